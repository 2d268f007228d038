"""Adding, re-authorising and removing accounts: the steps the GUI and the headless
commands share.

Network steps (``connect_*``, ``revoke``) and storage steps (``store``, ``forget``)
are separate calls. What changes both this computer and a server (``remove``,
``save_login``) is one call, run as one background job, in the order that is safe
when it is cut short (the app quits, the laptop sleeps): what is kept on this
computer first, the server last. Secrets go to the credential store only.
"""

from __future__ import annotations

import builtins
import json
import logging
from dataclasses import dataclass, field
from typing import Any

from companion.core.accounts import bluesky
from companion.core.accounts.credentials import CredentialStore
from companion.core.accounts.mastodon import (
    LOOPBACK_REDIRECT,
    AppRegistration,
    MastodonApi,
    PendingLogin,
    app_key,
    new_pending_login,
)
from companion.core.accounts.model import Account, AccountRepository, AccountState, Network
from companion.core.accounts.oauth import OOB_REDIRECT
from companion.core.accounts.session import SessionManager
from companion.core.accounts.urls import (
    BLUESKY_SERVER,
    MASTODON_INSTANCE,
    host_of,
    normalise_server,
)
from companion.core.errors import (
    QT_TRANSLATE_NOOP,
    InvalidInputError,
    KnownError,
    NeedsLoginError,
    Phrase,
)
from companion.core.net import HttpClient

log = logging.getLogger(__name__)

X_API = "https://api.x.com"


@dataclass
class Connected:
    """An account that logged in, not yet stored."""

    account: Account
    secret: dict[str, str] = field(repr=False)


@dataclass
class RemoveResult:
    #: the login was ended on the server too
    revoked: bool
    #: what the user should still do by hand, or ""
    note: str = ""


ACCESS_TOKEN = Phrase(QT_TRANSLATE_NOOP("Errors", "access token"))
LOGIN_CODE = Phrase(QT_TRANSLATE_NOOP("Errors", "login code"))
BEARER_TOKEN = Phrase(QT_TRANSLATE_NOOP("Errors", "bearer token"))


def _clean_secret(text: str, what: Phrase) -> str:
    value = text.strip()
    if not value:
        raise InvalidInputError(QT_TRANSLATE_NOOP("Errors", "The %1 is empty."), args=(what,))
    if any(c.isspace() for c in value):
        raise InvalidInputError(
            QT_TRANSLATE_NOOP(
                "Errors", "The %1 contains spaces; copy it again, without line breaks."
            ),
            args=(what,),
        )
    return value


class AccountService:
    def __init__(
        self,
        repo: AccountRepository,
        credentials: CredentialStore,
        http: HttpClient,
        sessions: SessionManager | None = None,
    ) -> None:
        self.repo = repo
        self.credentials = credentials
        self.http = http
        self.sessions = sessions or SessionManager(repo, credentials, http)

    # -- Mastodon -------------------------------------------------------------
    def connect_mastodon_token(self, instance: str, token: str) -> Connected:
        """A personal access token made in the instance's Development settings."""
        instance = normalise_server(instance, what=MASTODON_INSTANCE)
        token = _clean_secret(token, ACCESS_TOKEN)
        api = MastodonApi(self.http, instance)
        profile = api.verify_credentials(token)
        info = api.instance_info()
        return self._mastodon_connected(instance, profile, info, {"access_token": token})

    def app_for(self, instance: str) -> AppRegistration:
        """The app registration on ``instance``: from the store, or made once now."""
        instance = normalise_server(instance, what=MASTODON_INSTANCE)
        cached = self.credentials.get(app_key(instance))
        app = AppRegistration.from_json(cached) if cached else None
        if app is not None:
            return app
        app = MastodonApi(self.http, instance).register_app()
        self.credentials.set(app_key(instance), app.to_json())
        log.info("registered the app on %s (scopes %s)", instance, app.scopes)
        return app

    def begin_mastodon_login(self, instance: str, redirect_uri: str = OOB_REDIRECT) -> PendingLogin:
        """Register (or reuse) the app and prepare the authorize URL with PKCE + state.
        ``redirect_uri``: ``OOB_REDIRECT`` (the server shows a code to paste) or a
        :class:`~companion.core.accounts.oauth.LoopbackRedirect`'s URI."""
        instance = normalise_server(instance, what=MASTODON_INSTANCE)
        app = self.app_for(instance)
        if redirect_uri != OOB_REDIRECT and LOOPBACK_REDIRECT not in app.redirect_uris:
            raise KnownError(
                QT_TRANSLATE_NOOP(
                    "Errors", "%1 does not allow the app to receive the login by itself."
                ),
                hint=QT_TRANSLATE_NOOP("Errors", "Use “Paste a code” instead."),
                args=(host_of(instance),),
            )
        return new_pending_login(instance, app, redirect_uri)

    def finish_mastodon_login(self, login: PendingLogin, code: str) -> Connected:
        code = _clean_secret(code, LOGIN_CODE)
        api = MastodonApi(self.http, login.instance)
        token = api.exchange_code(login.app, code, login.redirect_uri, login.pkce)
        profile = api.verify_credentials(token)
        info = api.instance_info()
        secret = {
            "access_token": token,
            "client_id": login.app.client_id,
            "client_secret": login.app.client_secret,
        }
        info["scopes"] = login.app.scopes
        return self._mastodon_connected(login.instance, profile, info, secret)

    def _mastodon_connected(
        self, instance: str, profile: Any, info: dict[str, Any], secret: dict[str, str]
    ) -> Connected:
        info["account_id"] = profile.id
        info["profile_url"] = profile.url
        info["login"] = "oauth" if "client_id" in secret else "token"
        account = Account(
            id=Account.new_id(),
            network=Network.MASTODON,
            server=instance,
            handle=profile.handle,
            display_name=profile.display_name,
            info=info,
        )
        return Connected(account, secret)

    # -- Bluesky --------------------------------------------------------------
    def connect_bluesky(
        self, handle: str, app_password: str, service: str = bluesky.DEFAULT_SERVICE
    ) -> Connected:
        session = bluesky.create_session(self.http, handle, app_password, service)
        account = Account(
            id=Account.new_id(),
            network=Network.BLUESKY,
            server=session.pds,
            handle="@" + session.handle,
            info={
                "did": session.did,
                "pds": session.pds,
                "entryway": normalise_server(service, what=BLUESKY_SERVER),
            },
        )
        # an account already here: save_login ends its previous session once the new
        # one is stored (adding it twice leaves one live session)
        return Connected(account, session.secret())

    # -- X --------------------------------------------------------------------
    def connect_x(
        self, *, bearer_token: str = "", user_access_token: str = "", handle: str = ""
    ) -> Connected:
        """User-supplied X API credentials, kept in the keyring only (not checked:
        X charges per request)."""
        secret: dict[str, str] = {}
        if bearer_token.strip():
            secret["bearer_token"] = _clean_secret(bearer_token, BEARER_TOKEN)
        if user_access_token.strip():
            secret["user_access_token"] = _clean_secret(user_access_token, ACCESS_TOKEN)
        if not secret:
            raise InvalidInputError(
                QT_TRANSLATE_NOOP("Errors", "Give an X bearer token or user access token.")
            )
        name = handle.strip()
        name = ("@" + name.lstrip("@")) if name else "X API"
        account = Account(
            id=Account.new_id(),
            network=Network.X,
            server=X_API,
            handle=name,
            info={"can_post": "user_access_token" in secret},
        )
        return Connected(account, secret)

    # -- storage --------------------------------------------------------------
    def find_same(self, account: Account) -> Account | None:
        did = account.info.get("did") if account.network is Network.BLUESKY else None
        for existing in self.repo.list():
            if existing.network is not account.network:
                continue
            if did and existing.info.get("did") == did:
                return existing  # a Bluesky account is its DID (handles and PDS move)
            if (
                existing.server == account.server
                and existing.handle.lower() == account.handle.lower()
            ):
                return existing
        return None

    def _already_here(self, account: Account, replace_id: str | None) -> Account | None:
        """The stored account a new login of ``account`` replaces: ``replace_id`` (logging
        in again), or the same account added again."""
        same = self.repo.get(replace_id) if replace_id else None
        return same or self.find_same(account)

    def store(self, connected: Connected, *, replace_id: str | None = None) -> Account:
        """Save the secret, then the account row. Adding an account that is already
        here (or re-authorising ``replace_id``) updates it in place. The previous
        login is not ended on the server: :meth:`save_login` does that."""
        account = connected.account
        same = self._already_here(account, replace_id)
        if same is not None:
            account.id = same.id
        account.state = AccountState.CONNECTED
        self.credentials.set(account.id, json.dumps(connected.secret))
        self.repo.save(account)
        self.sessions.forget_refresh(account.id)
        log.info("account %s stored", account.label)
        return account

    def list(self) -> list[Account]:
        return self.repo.list()

    def list_with_logins(self) -> builtins.list[Account]:
        """The accounts, those without a saved login on this computer (a keyring that
        was emptied, a session-only store after a restart) shown as needing a login."""
        accounts = self.repo.list()
        for account in accounts:
            if account.state is not AccountState.NEEDS_LOGIN and not self.has_login(account):
                account.state = AccountState.NEEDS_LOGIN
        return accounts

    def has_login(self, account: Account) -> bool:
        try:
            return bool(self.credentials.get(account.id))
        except KnownError as exc:
            log.info("could not read the login of %s: %s", account.label, exc)
            return False

    def get(self, account_id: str) -> Account:
        account = self.repo.get(account_id)
        if account is None:
            ids = ", ".join(a.id for a in self.repo.list()) or "none"
            raise InvalidInputError(
                QT_TRANSLATE_NOOP("Errors", "No account with id %1 (accounts: %2)."),
                args=(repr(account_id), ids),
            )
        return account

    # -- saving a login -------------------------------------------------------
    def save_login(
        self, connected: Connected, *, replace_id: str | None = None, end_previous: bool = True
    ) -> Account:
        """Store a new login (secret, then row); when it replaces one (logging in again
        to ``replace_id``, or adding an account that is already here) and
        ``end_previous``, then end the previous login on the server with its secret
        read before (best effort: an unreachable server does not undo the new login).
        Stopped in between, the new login is kept and at worst the previous one still
        works on the server; never the other way round (the previous one ended, the new
        one lost). Network: run it off the GUI thread (the GUI: on the network pool)."""
        same = self._already_here(connected.account, replace_id) if end_previous else None
        previous = self._saved_secret(same) if same is not None else None
        account = self.store(connected, replace_id=replace_id)
        if same is None or previous is None or _same_login(previous, connected.secret):
            return account
        try:
            if self._revoke_with(same, previous).revoked:
                log.info("%s: the previous login was ended", same.label)
        except KnownError as exc:
            log.info("could not end the previous login of %s: %s", same.label, exc)
        return account

    # -- removal --------------------------------------------------------------
    def revoke(self, account: Account) -> RemoveResult:
        """End the login on the server. Raises OfflineError when unreachable."""
        try:
            secret = self.sessions.secret(account)
        except NeedsLoginError:
            return RemoveResult(False)
        return self._revoke_with(account, secret)

    def _saved_secret(self, account: Account) -> dict[str, str] | None:
        """The login saved for ``account``, or None (none saved, or unreadable)."""
        try:
            return self.sessions.secret(account)
        except KnownError as exc:
            log.info("could not read the login of %s: %s", account.label, exc)
            return None

    def _revoke_with(self, account: Account, secret: dict[str, str]) -> RemoveResult:
        """End the login ``secret`` (read before, it may be deleted here by now) on
        ``account``'s server. Raises OfflineError when unreachable."""
        if account.network is Network.MASTODON:
            token = secret.get("access_token", "")
            client_id, client_secret = secret.get("client_id"), secret.get("client_secret")
            if client_id and client_secret and token:
                MastodonApi(self.http, account.server).revoke(client_id, client_secret, token)
                return RemoveResult(True)
            return RemoveResult(
                False,
                "This token was made by hand: delete it on your instance under "
                "Preferences → Development.",
            )
        if account.network is Network.BLUESKY:
            refresh_jwt = secret.get("refreshJwt")
            if refresh_jwt:
                bluesky.delete_session(self.http, account.server, refresh_jwt)
                return RemoveResult(
                    True,
                    "To be sure, also revoke the app password in Bluesky "
                    "(Settings → Privacy and security → App passwords).",
                )
            return RemoveResult(False)
        return RemoveResult(False, "Revoke the X credentials in the X developer portal.")

    def forget(self, account: Account) -> None:
        """Delete every secret of ``account`` (and the instance's app registration
        when no other account uses it), then the account row."""
        self.credentials.delete(account.id)
        self.repo.delete(account.id)
        self.sessions.forget_refresh(account.id)
        if account.network is Network.MASTODON and not any(
            a.network is Network.MASTODON and a.server == account.server for a in self.repo.list()
        ):
            self.credentials.delete(app_key(account.server))
        log.info("account %s removed", account.label)

    def remove(self, account: Account, *, online: bool = True) -> RemoveResult:
        """Forget everything on this computer first (the secret it needs is read
        before), then, when online, end the login on the server (a failure to reach it
        is said in the result). Stopped in between, the account is gone from this
        computer and at worst its login still works on the server, as when the server
        cannot be reached; never a removed account that comes back with a dead login."""
        secret = self._saved_secret(account) if online else None
        self.forget(account)
        if secret is None:
            return RemoveResult(False)
        try:
            return self._revoke_with(account, secret)
        except KnownError as exc:
            log.info("could not revoke %s: %s", account.label, exc)
            return RemoveResult(False, "The server could not be reached to end the login there.")


#: the secret's keys that name one login (a token that ending one would end both)
_LOGIN_KEYS = ("access_token", "refreshJwt", "accessJwt", "user_access_token", "bearer_token")


def _same_login(old: dict[str, str], new: dict[str, str]) -> bool:
    """The new login is the old one again (a personal token pasted twice): ending the
    old one would end the new one too."""
    return any(old.get(key) and old.get(key) == new.get(key) for key in _LOGIN_KEYS)
