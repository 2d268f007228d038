"""Bluesky (AT Protocol) sessions with an app password: create at the entryway,
then talk to the user's own PDS; refresh with single-use refresh tokens."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from typing import Any

import requests

from companion.core.accounts.urls import BLUESKY_SERVER, host_of, normalise_server
from companion.core.errors import (
    QT_TRANSLATE_NOOP,
    InvalidInputError,
    KnownError,
    NeedsLoginError,
    ServerError,
)
from companion.core.jsonsafe import response_json
from companion.core.messages import REPLY_UNREADABLE
from companion.core.net import HttpClient, error_detail, raise_for_status

log = logging.getLogger(__name__)

DEFAULT_SERVICE = "https://bsky.social"
APP_PASSWORD_RE = re.compile(r"^[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}$")
#: errors meaning "this session is over: log in again"
_SESSION_OVER = {"ExpiredToken", "InvalidToken", "AuthenticationRequired"}
#: errors meaning "the account itself cannot act": no new login helps
#: (the PDS's auth verifier: AuthRequiredError 'AccountDeactivated' / 'AccountTakedown')
INACTIVE_ERRORS = {"AccountDeactivated": "deactivated", "AccountTakedown": "takendown"}


class AccountInactiveError(NeedsLoginError):
    """The Bluesky account is deactivated, suspended or taken down: logging in again
    does not help. What waits to be sent stays queued (like "needs login")."""

    def __init__(self, label: str, status: str) -> None:
        self.status = status
        if status == "deactivated":
            super().__init__(
                QT_TRANSLATE_NOOP("Errors", "%1: this Bluesky account is deactivated."),
                hint=QT_TRANSLATE_NOOP(
                    "Errors",
                    "Reactivate it by logging in with the Bluesky app, then log in again "
                    "in Accounts. Its queued posts wait and are not lost.",
                ),
                args=(label,),
            )
        else:
            super().__init__(
                QT_TRANSLATE_NOOP(
                    "Errors", "%1: Bluesky has suspended or taken down this account."
                ),
                hint=QT_TRANSLATE_NOOP(
                    "Errors",
                    "Logging in again does not help: Bluesky's moderation (the appeal "
                    "form in the Bluesky app) can say why. Its queued posts wait and are "
                    "not lost.",
                ),
                args=(label,),
            )


def inactive_answer(resp: requests.Response) -> str:
    """``deactivated`` / ``takendown`` when an XRPC error answer says the account is
    inactive, else ""."""
    if resp.status_code not in (400, 401, 403):
        return ""
    return INACTIVE_ERRORS.get(_error_name(resp), "")


def raise_if_inactive(resp: requests.Response, label: str) -> None:
    status = inactive_answer(resp)
    if status:
        raise AccountInactiveError(label, status)


def check_app_password(text: str) -> str:
    """The app password, normalised; refuses anything shaped otherwise."""
    value = text.strip().lower()
    if not APP_PASSWORD_RE.match(value):
        raise InvalidInputError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "That does not look like a Bluesky app password (four groups of four "
                "letters or digits, like abcd-efgh-ijkl-mnop).",
            ),
            hint=QT_TRANSLATE_NOOP(
                "Errors",
                "Create one in Bluesky under Settings → Privacy and security → App "
                "passwords. Never give the app your main password.",
            ),
        )
    return value


def normalise_handle(text: str) -> str:
    handle = text.strip().lstrip("@").strip().lower()
    if not handle or " " in handle:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP("Errors", "Enter your Bluesky handle, e.g. name.bsky.social.")
        )
    if "." not in handle and not handle.startswith("did:"):
        handle += ".bsky.social"
    return handle


@dataclass(frozen=True)
class BlueskySession:
    did: str
    handle: str
    access_jwt: str = field(repr=False)
    refresh_jwt: str = field(repr=False)
    pds: str
    #: "deactivated" / "takendown" when the server said ``active: false``, else ""
    inactive: str = ""

    def secret(self) -> dict[str, str]:
        return {"accessJwt": self.access_jwt, "refreshJwt": self.refresh_jwt, "did": self.did}


def pds_from_did_doc(doc: Any) -> str | None:
    """The ``#atproto_pds`` service endpoint of a DID document."""
    if not isinstance(doc, dict):
        return None
    services = doc.get("service")
    if not isinstance(services, list):
        return None
    for service in services:
        if not isinstance(service, dict):
            continue
        sid = str(service.get("id", ""))
        if sid == "#atproto_pds" or sid.endswith("#atproto_pds"):
            endpoint = service.get("serviceEndpoint")
            if isinstance(endpoint, str) and endpoint:
                try:
                    return normalise_server(endpoint, what="PDS")
                except InvalidInputError:
                    log.info("ignored an unusable PDS endpoint in the DID document")
                    return None
    return None


def _error_name(resp: requests.Response) -> str:
    try:
        body = response_json(resp)
    except ValueError:
        return ""
    return str(body.get("error", "")) if isinstance(body, dict) else ""


def is_expired_answer(resp: requests.Response) -> bool:
    """An XRPC answer saying the access token is no longer good."""
    if resp.status_code == 401:
        return True
    return resp.status_code == 400 and _error_name(resp) in ("ExpiredToken", "InvalidToken")


def _session_from(raw: Any, fallback_pds: str, what: str) -> BlueskySession:
    if not isinstance(raw, dict):
        raise ServerError(REPLY_UNREADABLE, args=(what,))
    access, refresh, did = raw.get("accessJwt"), raw.get("refreshJwt"), raw.get("did")
    if not (isinstance(access, str) and isinstance(refresh, str) and isinstance(did, str)):
        raise ServerError(
            QT_TRANSLATE_NOOP("Errors", "%1: the server's answer had no session."), args=(what,)
        )
    pds = pds_from_did_doc(raw.get("didDoc")) or fallback_pds
    inactive = ""
    if raw.get("active") is False:
        inactive = "deactivated" if raw.get("status") == "deactivated" else "takendown"
    return BlueskySession(did, str(raw.get("handle") or did), access, refresh, pds, inactive)


def create_session(
    http: HttpClient, handle: str, app_password: str, service: str = DEFAULT_SERVICE
) -> BlueskySession:
    """``com.atproto.server.createSession`` at the entryway ``service``."""
    identifier = normalise_handle(handle)
    password = check_app_password(app_password)
    service = normalise_server(service, what=BLUESKY_SERVER)
    host = host_of(service)
    resp = http.post(
        f"{service}/xrpc/com.atproto.server.createSession",
        json={"identifier": identifier, "password": password},
    )
    if resp.status_code in (400, 401):
        name = _error_name(resp)
        if name == "AuthFactorTokenRequired":
            raise NeedsLoginError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Bluesky asked for an email code: that happens with the main password.",
                ),
                hint=QT_TRANSLATE_NOOP(
                    "Errors",
                    "Use an app password instead (Settings → Privacy and security → "
                    "App passwords).",
                ),
            )
        if name in INACTIVE_ERRORS:
            raise AccountInactiveError(identifier, INACTIVE_ERRORS[name])
        raise NeedsLoginError(
            QT_TRANSLATE_NOOP("Errors", "%1 did not accept this handle and app password."),
            hint=QT_TRANSLATE_NOOP(
                "Errors", "Check the handle, and create a new app password if in doubt."
            ),
            args=(host,),
        )
    raise_for_status(resp, http.now(), what=host)
    try:
        raw = response_json(resp)
    except ValueError:
        raise ServerError(REPLY_UNREADABLE, args=(host,)) from None
    session = _session_from(raw, service, host)
    if session.inactive:
        # createSession answers ``active: false`` with a ``status`` (takendown,
        # suspended, deactivated) for accounts that cannot post
        # (lexicons/com/atproto/server/createSession.json): end the session made
        try:
            delete_session(http, session.pds, session.refresh_jwt)
        except KnownError as exc:
            log.info("could not end the session of an inactive account: %s", exc)
        raise AccountInactiveError(identifier, session.inactive)
    return session


def refresh_session(
    http: HttpClient, pds: str, refresh_jwt: str, label: str = ""
) -> BlueskySession:
    """``com.atproto.server.refreshSession``; the refresh token is used up by this.
    A deactivated account still gets a new pair, with ``inactive`` set: the caller
    saves the pair (the old one is spent), then reports the account inactive."""
    host = host_of(pds)
    resp = http.post(
        f"{pds}/xrpc/com.atproto.server.refreshSession",
        headers={"Authorization": f"Bearer {refresh_jwt}"},
    )
    raise_if_inactive(resp, label or host)
    if resp.status_code in (400, 401):
        name = _error_name(resp)
        if resp.status_code == 401 or name in _SESSION_OVER:
            raise NeedsLoginError(
                QT_TRANSLATE_NOOP("Errors", "%1: the Bluesky session has ended (%2)."),
                args=(host, name or 401),
            )
        raise ServerError(
            QT_TRANSLATE_NOOP("Errors", "%1: the session could not be renewed (%2)."),
            args=(host, error_detail(resp)),
        )
    raise_for_status(resp, http.now(), what=host)
    try:
        raw = response_json(resp)
    except ValueError:
        raise ServerError(REPLY_UNREADABLE, args=(host,)) from None
    return _session_from(raw, pds, host)


def delete_session(http: HttpClient, pds: str, refresh_jwt: str) -> None:
    """End the session on the server (log out). 400/401: it had already ended."""
    resp = http.post(
        f"{pds}/xrpc/com.atproto.server.deleteSession",
        headers={"Authorization": f"Bearer {refresh_jwt}"},
    )
    if resp.status_code in (400, 401):
        return
    raise_for_status(resp, http.now(), what=host_of(pds))
