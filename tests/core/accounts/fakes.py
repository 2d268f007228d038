"""Loopback servers that behave like Mastodon and a Bluesky PDS/entryway."""

from __future__ import annotations

import base64
import hashlib
import secrets
import threading
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs, urlencode

from tests.support.httpserver import LoopbackServer, Reply, Request


def form(req: Request) -> dict[str, str]:
    return {k: v[0] for k, v in parse_qs(req.body.decode(), keep_blank_values=True).items()}


@dataclass
class FakeMastodon:
    """``/api/v1/apps``, ``/oauth/authorize``, ``/oauth/token``, ``/oauth/revoke``,
    ``verify_credentials`` and ``/api/v2/instance`` (or only v1, like older servers)."""

    srv: LoopbackServer
    v2: bool = True
    accepted_scopes: set[str] = field(
        default_factory=lambda: {"read:statuses", "write:statuses", "write:media", "profile"}
    )
    tokens: dict[str, str] = field(default_factory=dict)  # token -> client_id
    apps: dict[str, dict[str, str]] = field(default_factory=dict)
    codes: dict[str, dict[str, str]] = field(default_factory=dict)
    revoked: list[str] = field(default_factory=list)
    acct: str = "amina"

    def install(self) -> FakeMastodon:
        r = self.srv.route
        r("POST", "/api/v1/apps", self.apps_create)
        r("GET", "/oauth/authorize", self.authorize)
        r("POST", "/oauth/token", self.token)
        r("POST", "/oauth/revoke", self.revoke)
        r("GET", "/api/v1/accounts/verify_credentials", self.verify)
        if self.v2:
            r("GET", "/api/v2/instance", self.instance_v2)
        r("GET", "/api/v1/instance", self.instance_v1)
        return self

    def personal_token(self) -> str:
        token = "pat-" + secrets.token_urlsafe(24)
        self.tokens[token] = ""
        return token

    def apps_create(self, req: Request) -> Reply:
        data = form(req)
        scopes = set(data.get("scopes", "").split())
        if not scopes <= self.accepted_scopes:
            return Reply.json({"error": "Validation failed: Scopes are invalid"}, 422)
        client_id = "cid-" + secrets.token_hex(8)
        self.apps[client_id] = {
            "client_secret": "csecret-" + secrets.token_hex(16),
            "redirect_uris": data.get("redirect_uris", ""),
            "scopes": data.get("scopes", ""),
        }
        return Reply.json(
            {
                "id": "1",
                "name": data.get("client_name"),
                "client_id": client_id,
                "client_secret": self.apps[client_id]["client_secret"],
            }
        )

    def authorize(self, req: Request) -> Reply:
        """Plays the user clicking "Authorize": answers with the redirect (or, for
        the OOB redirect, a page showing the code)."""
        client_id = req.arg("client_id") or ""
        app = self.apps.get(client_id)
        redirect = req.arg("redirect_uri") or ""
        if app is None or req.arg("code_challenge_method") != "S256":
            return Reply.json({"error": "invalid_request"}, 400)
        code = "code-" + secrets.token_hex(8)
        self.codes[code] = {
            "client_id": client_id,
            "challenge": req.arg("code_challenge") or "",
            "redirect_uri": redirect,
        }
        if redirect == "urn:ietf:wg:oauth:2.0:oob":
            return Reply.text(code)
        location = redirect + "?" + urlencode({"code": code, "state": req.arg("state") or ""})
        return Reply(302, b"", {"Location": location})

    def token(self, req: Request) -> Reply:
        data = form(req)
        grant = self.codes.pop(data.get("code", ""), None)
        app = self.apps.get(data.get("client_id", ""))
        if grant is None or app is None or app["client_secret"] != data.get("client_secret"):
            return Reply.json({"error": "invalid_grant"}, 400)
        verifier = data.get("code_verifier", "").encode()
        challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier).digest()).rstrip(b"=")
        if (
            challenge.decode() != grant["challenge"]
            or data.get("redirect_uri") != grant["redirect_uri"]
        ):
            return Reply.json({"error": "invalid_grant"}, 400)
        token = "tok-" + secrets.token_urlsafe(24)
        self.tokens[token] = grant["client_id"]
        return Reply.json({"access_token": token, "token_type": "Bearer", "scope": app["scopes"]})

    def revoke(self, req: Request) -> Reply:
        data = form(req)
        app = self.apps.get(data.get("client_id", ""))
        if app is None or app["client_secret"] != data.get("client_secret"):
            return Reply.json({"error": "invalid_client"}, 401)
        token = data.get("token", "")
        if self.tokens.get(token) == data["client_id"]:
            del self.tokens[token]
            self.revoked.append(token)
        return Reply.json({})

    def _bearer(self, req: Request) -> str:
        return (req.header("Authorization") or "").removeprefix("Bearer ")

    def verify(self, req: Request) -> Reply:
        if self._bearer(req) not in self.tokens:
            return Reply.json({"error": "The access token is invalid"}, 401)
        return Reply.json(
            {
                "id": "109",
                "username": self.acct,
                "acct": self.acct,
                "display_name": "Amina K.",
                "url": self.srv.url("/@" + self.acct),
            }
        )

    def instance_v2(self, req: Request) -> Reply:
        return Reply.json(
            {
                "domain": "127.0.0.1",
                "version": "4.3.2",
                "api_versions": {"mastodon": 2},
                "configuration": {
                    "urls": {"streaming": "wss://streaming.example"},
                    "statuses": {
                        "max_characters": 1000,
                        "max_media_attachments": 6,
                        "characters_reserved_per_url": 23,
                    },
                    "media_attachments": {
                        "supported_mime_types": ["image/jpeg", "image/png"],
                        "description_limit": 1500,
                        "image_size_limit": 16777216,
                        "video_size_limit": 103809024,
                    },
                },
            }
        )

    def instance_v1(self, req: Request) -> Reply:
        return Reply.json(
            {
                "uri": "127.0.0.1",
                "version": "2.7.2 (compatible; Pleroma 2.6.0)",
                "max_toot_chars": 5000,
                "urls": {"streaming_api": "wss://127.0.0.1"},
            }
        )


def jwt(kind: str) -> str:
    """A JWT-shaped opaque token (the client never decodes it)."""
    body = base64.urlsafe_b64encode(f'{{"scope":"{kind}"}}'.encode()).rstrip(b"=").decode()
    return f"eyJhbGciOiJFUzI1NksifQ.{body}.{secrets.token_urlsafe(16)}"


@dataclass
class FakeBluesky:
    """An entryway (``createSession``) whose DID document points at ``pds``, and a PDS
    with ``refreshSession`` (single-use refresh tokens), ``deleteSession`` and one
    authenticated XRPC method that answers 400 ExpiredToken for stale tokens."""

    entryway: LoopbackServer
    pds: LoopbackServer
    app_password: str = "abcd-efgh-ijkl-mnop"
    handle: str = "amina.bsky.social"
    did: str = "did:plc:amina123"
    valid_access: set[str] = field(default_factory=set)
    valid_refresh: set[str] = field(default_factory=set)
    spent_refresh: set[str] = field(default_factory=set)
    refresh_calls: int = 0
    #: set while refreshSession should hold its answer (to widen a race on purpose)
    refresh_gate: threading.Event | None = None
    #: createSession's "status" for an inactive account (takendown, deactivated...)
    inactive_status: str = ""
    #: the account was deactivated / taken down after login: what the PDS then says
    #: ("deactivated" or "takendown"; the auth verifier's AccountDeactivated /
    #: AccountTakedown, refreshSession's active: false for a deactivated account)
    became: str = ""
    #: refresh token -> its access token: the sessions alive on the PDS
    sessions: dict[str, str] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def install(self) -> FakeBluesky:
        self.entryway.route("POST", "/xrpc/com.atproto.server.createSession", self.create)
        self.pds.route("POST", "/xrpc/com.atproto.server.refreshSession", self.refresh)
        self.pds.route("POST", "/xrpc/com.atproto.server.deleteSession", self.delete)
        self.pds.route("GET", "/xrpc/app.bsky.actor.getPreferences", self.prefs)
        return self

    def _pair(self) -> dict[str, Any]:
        access, refresh = jwt("access"), jwt("refresh")
        self.valid_access.add(access)
        self.valid_refresh.add(refresh)
        self.sessions[refresh] = access
        return {
            "accessJwt": access,
            "refreshJwt": refresh,
            "handle": self.handle,
            "did": self.did,
            "didDoc": {
                "id": self.did,
                "service": [
                    {
                        "id": "#atproto_pds",
                        "type": "AtprotoPersonalDataServer",
                        "serviceEndpoint": self.pds.base_url,
                    }
                ],
            },
        }

    def create(self, req: Request) -> Reply:
        body = req.json() or {}
        if body.get("identifier") != self.handle or body.get("password") != self.app_password:
            return Reply.json(
                {"error": "AuthenticationRequired", "message": "Invalid identifier or password"},
                401,
            )
        with self.lock:
            pair = self._pair()
        if self.inactive_status:
            pair.update(active=False, status=self.inactive_status)
        return Reply.json(pair)

    def expire_access(self) -> None:
        with self.lock:
            self.valid_access.clear()

    def _bearer(self, req: Request) -> str:
        return (req.header("Authorization") or "").removeprefix("Bearer ")

    @property
    def live_sessions(self) -> int:
        with self.lock:
            return len(self.valid_refresh)

    def _inactive(self) -> Reply | None:
        if self.became == "takendown":
            return Reply.json(
                {"error": "AccountTakedown", "message": "Account has been taken down"}, 401
            )
        if self.became == "deactivated":
            return Reply.json(
                {"error": "AccountDeactivated", "message": "Account is deactivated"}, 401
            )
        return None

    def refresh(self, req: Request) -> Reply:
        if self.refresh_gate is not None:
            self.refresh_gate.wait(10)
        token = self._bearer(req)
        with self.lock:
            self.refresh_calls += 1
            if token in self.spent_refresh or token not in self.valid_refresh:
                return Reply.json({"error": "ExpiredToken", "message": "Token has expired"}, 400)
            if self.became == "takendown":
                return self._inactive() or Reply()
            self.valid_refresh.discard(token)
            self.valid_access.discard(self.sessions.pop(token, ""))
            self.spent_refresh.add(token)
            pair = self._pair()
            if self.became:  # a deactivated account may still log in (to reactivate)
                pair.update(active=False, status=self.became)
            return Reply.json(pair)

    def delete(self, req: Request) -> Reply:
        with self.lock:
            token = self._bearer(req)
            if token not in self.valid_refresh:
                return Reply.json({"error": "ExpiredToken"}, 400)
            self.valid_refresh.discard(token)
            self.valid_access.discard(self.sessions.pop(token, ""))
            return Reply.json({})

    def prefs(self, req: Request) -> Reply:
        with self.lock:
            ok = self._bearer(req) in self.valid_access
        inactive = self._inactive() if ok else None
        if inactive is not None:
            return inactive
        if not ok:
            return Reply.json({"error": "ExpiredToken", "message": "Token has expired"}, 400)
        return Reply.json({"preferences": []})
