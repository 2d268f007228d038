"""Mastodon (and compatible servers: GoToSocial, Akkoma, ...) login and facts.

Network only: nothing here touches SQLite or the keyring. Every call goes through
:class:`~companion.core.net.HttpClient`.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode

import requests

from companion import APP_NAME
from companion.core.accounts.oauth import OOB_REDIRECT, Pkce, new_state
from companion.core.accounts.urls import host_of
from companion.core.compose.server_rules import SOFTWARE_SCHEDULES, server_software
from companion.core.errors import (
    QT_TRANSLATE_NOOP,
    InvalidInputError,
    NeedsLoginError,
    ServerError,
)
from companion.core.jsonsafe import parse_digits, response_json
from companion.core.messages import REPLY_UNREADABLE
from companion.core.net import HttpClient, raise_for_status

log = logging.getLogger(__name__)

#: %1 the server's address
NOT_MASTODON = QT_TRANSLATE_NOOP("Errors", "%1 does not look like a Mastodon-compatible server.")
CHECK_INSTANCE = QT_TRANSLATE_NOOP(
    "Errors", "Check the address of your instance (for example mastodon.social)."
)

WEBSITE = "https://www.iied.org/"
#: smallest scopes first; older servers that reject them get the next set
SCOPE_CHOICES: tuple[str, ...] = (
    "read:statuses write:statuses write:media profile",
    "read:statuses write:statuses write:media read:accounts",
    "read write",
)
#: registered once per instance; the port of a loopback redirect is free (RFC 8252)
LOOPBACK_REDIRECT = "http://127.0.0.1/callback"

DEFAULT_LIMITS: dict[str, Any] = {
    "max_characters": 500,
    "max_media_attachments": 4,
    "characters_reserved_per_url": 23,
    "image_size_limit": 16 * 1024 * 1024,
    "video_size_limit": 99 * 1024 * 1024,
    "description_limit": 1500,
    "supported_mime_types": ["image/jpeg", "image/png", "image/gif", "image/webp", "video/mp4"],
    "streaming_url": "",
    "version": "",
}


def app_key(instance: str) -> str:
    """Credential-store key of the app registration on ``instance``."""
    return f"mastodon-app:{instance}"


@dataclass(frozen=True)
class AppRegistration:
    client_id: str = field(repr=False)
    client_secret: str = field(repr=False)
    scopes: str
    redirect_uris: tuple[str, ...]

    def to_json(self) -> str:
        return json.dumps(
            {
                "client_id": self.client_id,
                "client_secret": self.client_secret,
                "scopes": self.scopes,
                "redirect_uris": list(self.redirect_uris),
            }
        )

    @classmethod
    def from_json(cls, text: str) -> AppRegistration | None:
        try:
            raw = json.loads(text)
            return cls(
                str(raw["client_id"]),
                str(raw["client_secret"]),
                str(raw.get("scopes") or SCOPE_CHOICES[0]),
                tuple(str(u) for u in raw.get("redirect_uris") or ()),
            )
        except (ValueError, KeyError, TypeError):
            return None


@dataclass(frozen=True)
class Profile:
    id: str
    handle: str
    display_name: str
    url: str


def _json(resp: requests.Response, what: str) -> Any:
    try:
        return response_json(resp)
    except ValueError:
        raise ServerError(REPLY_UNREADABLE, args=(what,)) from None


def _num(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str):
        return parse_digits(value)
    return None


def parse_instance(raw: Mapping[str, Any], *, v2: bool) -> dict[str, Any]:
    """The composer's limits from a v2 (or v1) instance document, tolerant of gaps."""
    info = dict(DEFAULT_LIMITS)
    info["supported_mime_types"] = list(DEFAULT_LIMITS["supported_mime_types"])
    conf = raw.get("configuration") if isinstance(raw.get("configuration"), dict) else {}
    assert isinstance(conf, dict)
    statuses = conf.get("statuses") if isinstance(conf.get("statuses"), dict) else {}
    media = conf.get("media_attachments") if isinstance(conf.get("media_attachments"), dict) else {}
    assert isinstance(statuses, dict) and isinstance(media, dict)
    for key in ("max_characters", "max_media_attachments", "characters_reserved_per_url"):
        value = _num(statuses.get(key))
        if value is not None and value > 0:
            info[key] = value
    # Pleroma/Akkoma v1 style
    for key in ("max_toot_chars", "max_characters"):
        value = _num(raw.get(key))
        if value is not None and value > 0:
            info["max_characters"] = value
    for key in ("image_size_limit", "video_size_limit", "description_limit"):
        value = _num(media.get(key))
        if value is not None and value > 0:
            info[key] = value
    mimes = media.get("supported_mime_types")
    if isinstance(mimes, list) and all(isinstance(m, str) for m in mimes) and mimes:
        info["supported_mime_types"] = mimes
    if _num(media.get("video_size_limit")) == 0:
        # 0 is the server saying "no video" (GoToSocial with video off), not "unknown"
        info["video_size_limit"] = 0
        info["supported_mime_types"] = [
            m for m in info["supported_mime_types"] if not m.startswith("video/")
        ]
    streaming = ""
    urls = conf.get("urls") if v2 else raw.get("urls")
    if isinstance(urls, dict):
        value = urls.get("streaming") or urls.get("streaming_api")
        if isinstance(value, str):
            streaming = value
    info["streaming_url"] = streaming
    version = raw.get("version")
    info["version"] = version if isinstance(version, str) else ""
    api_versions = raw.get("api_versions")
    if isinstance(api_versions, dict) and _num(api_versions.get("mastodon")) is not None:
        info["api_version"] = _num(api_versions.get("mastodon"))
    info["limits_from"] = "v2" if v2 else "v1"
    info["length_rule"] = length_rule(raw, statuses)
    source_url = raw.get("source_url")
    info["source_url"] = source_url if isinstance(source_url, str) else ""
    software = server_software(info["version"], info["source_url"])
    info["software"] = software
    if software in SOFTWARE_SCHEDULES:
        # known from the software; for an unknown server the outbox asks
        # GET /api/v1/scheduled_statuses once before it hands it a scheduled post
        info["scheduled_statuses"] = SOFTWARE_SCHEDULES[software]
    return info


def length_rule(raw: Mapping[str, Any], statuses: Mapping[str, Any]) -> str:
    """How the server measures a post: "mastodon" (URLs weighed, mention domains
    free) or "plain" (Pleroma/Akkoma: ``String.length(String.trim(status <> spoiler))``,
    URLs and mentions in full; their v2 instance says ``characters_reserved_per_url: 0``,
    their v1 instance has a ``pleroma`` section and a "(compatible; Pleroma|Akkoma"
    version)."""
    if _num(statuses.get("characters_reserved_per_url")) == 0:
        return "plain"
    version = raw.get("version")
    if isinstance(raw.get("pleroma"), dict) or (
        isinstance(version, str) and ("pleroma" in version.lower() or "akkoma" in version.lower())
    ):
        return "plain"
    return "mastodon"


class MastodonApi:
    """The few calls login needs, against one instance."""

    def __init__(self, http: HttpClient, instance: str) -> None:
        self.http = http
        self.instance = instance
        self.host = host_of(instance)

    def _url(self, path: str) -> str:
        return self.instance + path

    # -- facts ----------------------------------------------------------------
    def instance_info(self) -> dict[str, Any]:
        """``/api/v2/instance``, falling back to v1 (404, 410, odd answers)."""
        resp = self.http.get(self._url("/api/v2/instance"), headers={"Accept": "application/json"})
        if resp.status_code < 400:
            try:
                raw = response_json(resp)
            except ValueError:
                raw = None
            if isinstance(raw, dict):
                return parse_instance(raw, v2=True)
        elif resp.status_code >= 500 or resp.status_code == 429:
            raise_for_status(resp, self.http.now(), what=self.host)
        log.info(
            "%s has no usable v2 instance document (%s); trying v1", self.host, resp.status_code
        )
        resp = self.http.get(self._url("/api/v1/instance"), headers={"Accept": "application/json"})
        if resp.status_code == 404:
            raise InvalidInputError(NOT_MASTODON, hint=CHECK_INSTANCE, args=(self.host,))
        raise_for_status(resp, self.http.now(), what=self.host)
        raw = _json(resp, self.host)
        if not isinstance(raw, dict):
            raise ServerError(REPLY_UNREADABLE, args=(self.host,))
        return parse_instance(raw, v2=False)

    def verify_credentials(self, token: str) -> Profile:
        resp = self.http.get(
            self._url("/api/v1/accounts/verify_credentials"),
            headers={"Authorization": f"Bearer {token}", "Accept": "application/json"},
        )
        if resp.status_code == 401:
            raise NeedsLoginError(
                QT_TRANSLATE_NOOP("Errors", "%1 did not accept this access token."),
                hint=QT_TRANSLATE_NOOP(
                    "Errors",
                    "Check that you copied the whole token, and that it has not been revoked.",
                ),
                args=(self.host,),
            )
        if resp.status_code in (404, 405):
            raise InvalidInputError(NOT_MASTODON, hint=CHECK_INSTANCE, args=(self.host,))
        if resp.status_code == 403:
            raise NeedsLoginError(
                QT_TRANSLATE_NOOP(
                    "Errors", "%1 accepted the token but it may not read your profile."
                ),
                hint=QT_TRANSLATE_NOOP(
                    "Errors",
                    "Make the token again with the 'profile' (or 'read:accounts') permission "
                    "ticked, as well as read:statuses, write:statuses and write:media.",
                ),
                args=(self.host,),
            )
        raise_for_status(resp, self.http.now(), what=self.host)
        raw = _json(resp, self.host)
        if not isinstance(raw, dict) or (not raw.get("acct") and not raw.get("username")):
            raise ServerError(
                QT_TRANSLATE_NOOP("Errors", "%1: the account could not be read."),
                args=(self.host,),
            )
        acct = str(raw.get("acct") or raw.get("username"))
        handle = acct if "@" in acct else f"{acct}@{self.host}"
        return Profile(
            id=str(raw.get("id", "")),
            handle="@" + handle.lstrip("@"),
            display_name=str(raw.get("display_name") or ""),
            url=str(raw.get("url") or ""),
        )

    # -- OAuth ----------------------------------------------------------------
    def register_app(self) -> AppRegistration:
        """``POST /api/v1/apps`` with the smallest scopes the server accepts."""
        last: requests.Response | None = None
        # some servers take one redirect URI only: then the code-paste login remains
        attempts = [
            (scopes, redirects)
            for scopes in SCOPE_CHOICES
            for redirects in ((OOB_REDIRECT, LOOPBACK_REDIRECT), (OOB_REDIRECT,))
        ]
        for scopes, redirect_uris in attempts:
            resp = self.http.post(
                self._url("/api/v1/apps"),
                data={
                    "client_name": APP_NAME,
                    "redirect_uris": "\n".join(redirect_uris),
                    "scopes": scopes,
                    "website": WEBSITE,
                },
                headers={"Accept": "application/json"},
            )
            if resp.status_code in (400, 422):
                log.info(
                    "%s refused app registration %r (%s)", self.host, scopes, len(redirect_uris)
                )
                last = resp
                continue
            raise_for_status(resp, self.http.now(), what=self.host)
            raw = _json(resp, self.host)
            if (
                not isinstance(raw, dict)
                or not raw.get("client_id")
                or not raw.get("client_secret")
            ):
                raise ServerError(
                    QT_TRANSLATE_NOOP("Errors", "%1: the app could not be registered."),
                    args=(self.host,),
                )
            return AppRegistration(
                str(raw["client_id"]), str(raw["client_secret"]), scopes, redirect_uris
            )
        assert last is not None
        raise_for_status(last, self.http.now(), what=self.host)
        raise AssertionError("unreachable")

    def exchange_code(self, app: AppRegistration, code: str, redirect_uri: str, pkce: Pkce) -> str:
        resp = self.http.post(
            self._url("/oauth/token"),
            data={
                "grant_type": "authorization_code",
                "code": code.strip(),
                "client_id": app.client_id,
                "client_secret": app.client_secret,
                "redirect_uri": redirect_uri,
                "code_verifier": pkce.verifier,
                "scope": app.scopes,
            },
            headers={"Accept": "application/json"},
        )
        if resp.status_code in (400, 401):
            raise NeedsLoginError(
                QT_TRANSLATE_NOOP("Errors", "%1 did not accept the login code."),
                hint=QT_TRANSLATE_NOOP(
                    "Errors", "Codes work once and for a few minutes: start the login again."
                ),
                args=(self.host,),
            )
        raise_for_status(resp, self.http.now(), what=self.host)
        raw = _json(resp, self.host)
        token = raw.get("access_token") if isinstance(raw, dict) else None
        if not isinstance(token, str) or not token:
            raise ServerError(
                QT_TRANSLATE_NOOP("Errors", "%1: no access token came back."), args=(self.host,)
            )
        return token

    def revoke(self, client_id: str, client_secret: str, token: str) -> None:
        resp = self.http.post(
            self._url("/oauth/revoke"),
            data={"client_id": client_id, "client_secret": client_secret, "token": token},
            headers={"Accept": "application/json"},
        )
        if resp.status_code in (401, 403):  # already gone, or not ours to revoke
            log.info("%s: revoke answered %s", self.host, resp.status_code)
            return
        raise_for_status(resp, self.http.now(), what=self.host)


@dataclass(frozen=True)
class PendingLogin:
    """A browser login in progress: what the token exchange needs afterwards."""

    instance: str
    app: AppRegistration
    redirect_uri: str
    state: str = field(repr=False)
    pkce: Pkce = field(repr=False)
    authorize_url: str = ""


def authorize_url(
    instance: str, app: AppRegistration, redirect_uri: str, state: str, pkce: Pkce
) -> str:
    query = urlencode(
        {
            "response_type": "code",
            "client_id": app.client_id,
            "redirect_uri": redirect_uri,
            "scope": app.scopes,
            "state": state,
            "code_challenge": pkce.challenge,
            "code_challenge_method": pkce.method,
        }
    )
    return f"{instance}/oauth/authorize?{query}"


def new_pending_login(instance: str, app: AppRegistration, redirect_uri: str) -> PendingLogin:
    state = new_state()
    pkce = Pkce.new()
    return PendingLogin(
        instance,
        app,
        redirect_uri,
        state,
        pkce,
        authorize_url(instance, app, redirect_uri, state, pkce),
    )
