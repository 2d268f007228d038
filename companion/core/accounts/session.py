"""``SessionManager``: how every feature calls servers as the user, without knowing
how login works (the publishers see it through the ``Auth`` protocol of
``companion.core.compose.publish_common``): ``auth_headers(account)`` for each request,
``refresh(account)`` once after the server said the token expired. ``refresh`` raises
:class:`NeedsLoginError` (and marks the account "needs login again") when that is
impossible; queued posts are kept.

Secrets are JSON objects in the credential store under the account's id:

* Mastodon: ``{"access_token": str}`` (plus the app's ``client_id``/``client_secret``
  when the app registered itself on the instance). ``Account.server`` is the
  instance URL, e.g. ``https://mastodon.social``.
* Bluesky: ``{"accessJwt": str, "refreshJwt": str, "did": str}``. ``Account.server`` is
  the user's PDS URL; ``Account.info["did"]`` holds the DID too.
* X: ``{"bearer_token": str}`` for reading and/or ``{"user_access_token": str}``
  (OAuth 2.0 user context) for posting.

Bluesky refresh tokens are single-use, so refreshes run one at a time per account:
a caller that finds a refresh in flight waits for it and reuses its result, and
each new token pair is written to the credential store before anything else. The
app makes one manager (``companion.core.app.AppServices.sessions``) that every
feature shares, so this holds across features.

Whether a refresh already happened is decided by the tokens, never by a time window:
a caller passes the headers its refused request carried, and a stored access token
other than that one means someone renewed the login after the request was made. A
window measured on a clock would be wrong after a suspend: ``time.monotonic`` stands
still while a Linux or macOS laptop sleeps, so a refresh made just before the lid was
closed looked "just finished" on waking, hours later, and its long-expired token was
reused (the account then showed "needs login" although its refresh token was good).
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import requests

from companion.core.accounts import bluesky
from companion.core.accounts.credentials import CredentialStore
from companion.core.accounts.model import Account, AccountRepository, AccountState, Network
from companion.core.accounts.urls import host_of, same_origin
from companion.core.errors import QT_TRANSLATE_NOOP, KnownError, NeedsLoginError
from companion.core.messages import LOGIN_NOT_ACCEPTED, NO_SAVED_LOGIN, SAVED_LOGIN_UNREADABLE
from companion.core.net import HttpClient

log = logging.getLogger(__name__)


@dataclass
class _RefreshState:
    lock: threading.Lock
    generation: int = 0
    #: why the last refresh could not renew the login, and the refresh token it spent
    #: (the answer holds while that token is the one stored: until a new login)
    error: KnownError | None = None
    failed_refresh: str = ""


def _bearer(headers: Mapping[str, str] | None) -> str | None:
    """The token of an ``Authorization: Bearer`` header (None: no headers given)."""
    if headers is None:
        return None
    for key, value in headers.items():
        if key.lower() == "authorization":
            scheme, _, token = value.partition(" ")
            return token.strip() if scheme.lower() == "bearer" else ""
    return ""


class SessionManager:
    def __init__(
        self,
        repo: AccountRepository,
        credentials: CredentialStore,
        http: HttpClient,
    ) -> None:
        self.repo = repo
        self.credentials = credentials
        self.http = http
        #: how many refreshSession calls were made (diagnostics and tests)
        self.refresh_calls = 0
        #: per account: the refresh in flight or just finished
        self._refresh_states: dict[str, _RefreshState] = {}
        self._states_lock = threading.Lock()

    # -- secrets --------------------------------------------------------------
    def secret(self, account: Account) -> dict[str, str]:
        raw = self.credentials.get(account.id)
        if not raw:
            raise NeedsLoginError(NO_SAVED_LOGIN, args=(account.label,))
        try:
            value = json.loads(raw)
        except ValueError:
            raise NeedsLoginError(SAVED_LOGIN_UNREADABLE, args=(account.label,)) from None
        if not isinstance(value, dict):
            raise NeedsLoginError(SAVED_LOGIN_UNREADABLE, args=(account.label,))
        return {k: str(v) for k, v in value.items()}

    def auth_headers(self, account: Account) -> dict[str, str]:
        secret = self.secret(account)
        key = {
            Network.MASTODON: "access_token",
            Network.BLUESKY: "accessJwt",
            Network.X: "user_access_token",
        }[account.network]
        token = secret.get(key) or secret.get("bearer_token")
        if not token:
            raise NeedsLoginError(NO_SAVED_LOGIN, args=(account.label,))
        return {"Authorization": f"Bearer {token}"}

    def mark_needs_login(self, account: Account) -> None:
        """The server refused the login: the account shows "needs login again"."""
        account.state = AccountState.NEEDS_LOGIN
        self.repo.set_state(account.id, AccountState.NEEDS_LOGIN)

    # -- refresh --------------------------------------------------------------
    def _state(self, account_id: str) -> _RefreshState:
        with self._states_lock:
            state = self._refresh_states.get(account_id)
            if state is None:
                state = self._refresh_states[account_id] = _RefreshState(threading.Lock())
            return state

    def refresh(self, account: Account, refused: Mapping[str, str] | None = None) -> None:
        """Renew expired credentials after the server refused a request that carried
        the headers ``refused`` (from :meth:`auth_headers`). Bluesky: one
        refreshSession at a time per account; when the stored access token is no
        longer the refused one, someone renewed the login since the request was made
        and that is used (no refresh). Without ``refused``, only a refresh that
        finished while this caller waited is reused. Raises NeedsLoginError, marking
        the account, when impossible."""
        if account.network is not Network.BLUESKY:
            self.mark_needs_login(account)
            raise NeedsLoginError(LOGIN_NOT_ACCEPTED, args=(account.label,))
        state = self._state(account.id)
        seen = state.generation
        sent = _bearer(refused)
        with state.lock:
            stored = self._stored(account)
            if state.error is not None and stored.get("refreshJwt") == state.failed_refresh:
                raise state.error  # the same refresh token: the same answer, no request
            if sent is not None:
                current = stored.get("accessJwt", "")
                renewed = bool(current) and current != sent
            else:
                renewed = state.generation != seen and state.error is None
            if renewed:
                log.debug("%s: the login was renewed since the request was made", account.label)
                return
            try:
                self._refresh_bluesky(account)
            except NeedsLoginError as exc:
                self._finish(state, exc, stored.get("refreshJwt", ""))
                raise
            # other trouble (offline...): nothing was settled; the next caller retries
            self._finish(state, None, "")

    def _stored(self, account: Account) -> dict[str, str]:
        """The saved secret, or {} when there is none or it cannot be read."""
        try:
            return self.secret(account)
        except NeedsLoginError:
            return {}

    def _finish(self, state: _RefreshState, error: KnownError | None, spent: str) -> None:
        state.error = error
        state.failed_refresh = spent
        state.generation += 1

    def forget_refresh(self, account_id: str) -> None:
        """After a new login: no earlier refresh result applies any more."""
        with self._states_lock:
            self._refresh_states.pop(account_id, None)

    def _refresh_bluesky(self, account: Account) -> None:
        secret = self.secret(account)
        refresh_jwt = secret.get("refreshJwt")
        if not refresh_jwt:
            self.mark_needs_login(account)
            raise NeedsLoginError(NO_SAVED_LOGIN, args=(account.label,))
        self.refresh_calls += 1
        try:
            session = bluesky.refresh_session(self.http, account.server, refresh_jwt, account.label)
        except NeedsLoginError:
            self.mark_needs_login(account)
            raise
        # the old refresh token is spent: save the new pair before anything else
        self.credentials.set(account.id, json.dumps(session.secret()))
        if session.inactive:  # refreshSession said active: false (deactivated...)
            self.mark_needs_login(account)
            raise bluesky.AccountInactiveError(account.label, session.inactive)
        log.info("%s: Bluesky session renewed", account.label)
        if account.state is not AccountState.CONNECTED:
            account.state = AccountState.CONNECTED
            self.repo.set_state(account.id, AccountState.CONNECTED)

    # -- requests -------------------------------------------------------------
    def request(self, account: Account, method: str, url: str, **kwargs: Any) -> requests.Response:
        """Make ``method url`` as ``account``. Bluesky: an expired access token is
        refreshed (once, shared with concurrent callers) and the request repeated.
        Mastodon/X: a 401 marks the account "needs login again" and raises.
        The login goes only to the account's own origin (scheme, host and port)."""
        if not same_origin(url, account.server):
            log.info("refused to send the login of %s to another server", account.label)
            raise KnownError(
                QT_TRANSLATE_NOOP("Errors", "%1: the login is only sent to its own server, %2."),
                args=(account.label, host_of(account.server)),
            )
        extra = dict(kwargs.pop("headers", None) or {})
        auth = self.auth_headers(account)
        resp = self.http.request(method, url, headers={**extra, **auth}, **kwargs)
        inactive = bluesky.inactive_answer(resp) if account.network is Network.BLUESKY else ""
        if inactive:  # a deactivated or taken-down account: no refresh helps
            self.mark_needs_login(account)
            raise bluesky.AccountInactiveError(account.label, inactive)
        if account.network is Network.BLUESKY and bluesky.is_expired_answer(resp):
            self.refresh(account, auth)
            resp = self.http.request(
                method, url, headers={**extra, **self.auth_headers(account)}, **kwargs
            )
            if bluesky.is_expired_answer(resp):
                self.mark_needs_login(account)
                raise NeedsLoginError(
                    QT_TRANSLATE_NOOP("Errors", "%1: the login has expired."), args=(account.label,)
                )
        elif resp.status_code == 401:
            self.mark_needs_login(account)
            raise NeedsLoginError(LOGIN_NOT_ACCEPTED, args=(account.label,))
        return resp
