"""A loopback server that answers like Mastodon (and the servers that speak its API).

One fake for every test that talks to a Mastodon-API server: logging in (OAuth with
PKCE, personal tokens, revocation), the instance's limits (v2, or v1 only like older
servers), posting statuses (idempotency keys, scheduling, character limits), media
(v2 asynchronous or v1), the exactly-once lookups (the account's own statuses,
scheduled statuses), and the live hashtag view (``/timelines/tag`` with min_id/max_id
paging and ``Link`` headers, the streaming endpoint). Every reply carries
``X-RateLimit-*`` headers, a fault gives the 429 a real server sends, and every time
it writes or checks comes from ``LoopbackServer.clock`` (its ``Date`` too).

    fake = FakeMastodon(loopback)            # routes installed at once
    fake.add(status("1"), status("2"))       # the tag timeline, "2" newest
    token = fake.personal_token()            # a token the API accepts

Takahē and GoToSocial differ where the app must cope (issue 13): build them with
:meth:`FakeMastodon.takahe` / :meth:`FakeMastodon.gotosocial`.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
import secrets
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import parse_qs, urlencode

from tests.support.httpserver import LoopbackServer, Reply, Request

#: the time the payload helpers stamp posts from
T0 = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)

#: where the fakes' pictures live: loopback with nothing listening, so a test that
#: loads them never reaches off the machine (tests/support/netguard.py)
NOWHERE = "http://127.0.0.1:9"

INVALID_TOKEN = {"error": "The access token is invalid"}
HASHTAG = re.compile(r"(?<![\w/])#(\w+)")
LINK = re.compile(r"https?://[^\s<]+")


def takahe_link(match: re.Match[str]) -> str:
    """A link as Takahē 0.11 renders it (core/html.py ``create_link``): the scheme
    dropped from the text, which is cut to 30 characters (the full address only in
    ``href`` and ``title``); no hidden spans as Mastodon has."""
    href = match.group(0)
    shown = href.split("://", 1)[1]
    if len(shown) > 30:
        return f'<a href="{href}" rel="nofollow" class="ellipsis" title="{shown}">{shown[:30]}</a>'
    return f'<a href="{href}" rel="nofollow">{shown}</a>'


def form(req: Request) -> dict[str, str]:
    """An ``application/x-www-form-urlencoded`` body as a dict (first values)."""
    return {k: v[0] for k, v in parse_qs(req.body.decode(), keep_blank_values=True).items()}


def status(
    sid: str,
    *,
    uri: str | None = None,
    minutes: int = 0,
    content: str = "<p>Hello #shareASM</p>",
    acct: str = "amina@example.org",
    **extra: Any,
) -> dict[str, Any]:
    """A Status as a remote server federates it (the shape recorded from Mastodon 4)."""
    s: dict[str, Any] = {
        "id": sid,
        "uri": uri or f"https://example.org/users/amina/statuses/{sid}",
        "url": f"https://example.org/@amina/{sid}",
        "created_at": (T0 + timedelta(minutes=minutes)).isoformat().replace("+00:00", ".000Z"),
        "edited_at": None,
        "content": content,
        "spoiler_text": "",
        "sensitive": False,
        "language": "en",
        "visibility": "public",
        "account": {
            "acct": acct,
            "display_name": "Amina",
            "avatar": NOWHERE + "/a.png",
            "avatar_static": NOWHERE + "/a.png",
            "url": "https://example.org/@amina",
        },
        "media_attachments": [],
        "tags": [{"name": "shareasm"}],
        "emojis": [],
        "reblog": None,
    }
    s.update(extra)
    return s


def sse(*frames: tuple[str, Any]) -> bytes:
    """Server-sent events as the streaming API writes them."""
    out = b""
    for event, data in frames:
        payload = data if isinstance(data, str) else json.dumps(data)
        out += f"event: {event}\ndata: {payload}\n\n".encode()
    return out


def chunks(data: bytes, size: int) -> Iterator[bytes]:
    for i in range(0, len(data), size):
        yield data[i : i + size]


@dataclass
class FakeMastodon:
    """The server's state and its faults; see the module's docstring.

    ``post_faults``: what to do with each POST /api/v1/statuses in turn: "ok",
    "drop_after_create", "500", "503", "429", "401".
    """

    srv: LoopbackServer
    #: the hashtag whose timeline the live view reads
    tag: str = "shareASM"
    # -- who is logged in ------------------------------------------------------
    #: a token the API accepts from the start (what the tests' accounts hold)
    token: str = "tok"
    #: tokens issued by /oauth/token or personal_token() -> their client_id
    tokens: dict[str, str] = field(default_factory=dict)
    accepted_scopes: set[str] = field(
        default_factory=lambda: {"read:statuses", "write:statuses", "write:media", "profile"}
    )
    apps: dict[str, dict[str, str]] = field(default_factory=dict)
    codes: dict[str, dict[str, str]] = field(default_factory=dict)
    revoked: list[str] = field(default_factory=list)
    account_id: str = "1"
    acct: str = "amina"
    # -- what the instance says about itself -------------------------------------
    #: False: an older server with /api/v1/instance only
    v2: bool = True
    version: str = "4.5.0"
    software: str = "mastodon"
    #: the server's character limit (checked by its own rule), or None: no check
    max_chars: int | None = None
    #: what the instance advertises when ``max_chars`` is None
    advertised_chars: int = 1000
    max_media: int = 6
    mime_types: list[str] = field(default_factory=lambda: ["image/jpeg", "image/png"])
    image_size_limit: int = 16777216
    video_size_limit: int = 103809024
    #: None: the streaming API on this server (ws://host:port)
    streaming_url: str | None = None
    #: who may read hashtag timelines (Mastodon 4.5 ``timelines_access``)
    access: str = "public"
    # -- posting ---------------------------------------------------------------
    honour_idempotency: bool = True
    post_faults: list[str] = field(default_factory=list)
    #: seconds each successful POST /api/v1/statuses takes to answer (a slow link)
    post_delay: float = 0.0
    #: how a post without ``content_type`` is read: the author's setting on GoToSocial
    #: (and Pleroma, Akkoma, glitch-soc), which may be "text/markdown"
    default_content_type: str = "text/plain"
    #: a server without scheduling that posts at once and answers with a Status
    ignores_schedule: bool = False
    #: what GET /api/v1/scheduled_statuses answers (404 on Takahē and GoToSocial)
    has_scheduled_statuses: bool = True
    #: the server's clock for scheduled_at checks (default: the server's own)
    server_now: Callable[[], datetime] | None = None
    #: False: an older server with POST /api/v1/media only (synchronous, 200 + url)
    v2_media: bool = True
    media_polls_until_ready: int = 0
    media: dict[str, dict[str, Any]] = field(default_factory=dict)
    keys: dict[str, dict[str, Any]] = field(default_factory=dict)
    #: when each Idempotency-Key was first seen: Mastodon keeps one for an hour
    key_made: dict[str, datetime] = field(default_factory=dict)
    scheduled: list[dict[str, Any]] = field(default_factory=list)
    #: every status on this server, oldest first: those posted here and those added
    statuses: list[dict[str, Any]] = field(default_factory=list)
    # -- the live view -----------------------------------------------------------
    remaining: int = 299
    #: answers the tag timeline instead of the server when it returns a Reply
    override: Callable[[Request], Reply | None] | None = None
    #: answers the streaming endpoint (404 when None)
    stream: Callable[[Request], Reply] | None = None
    #: (next_url, prev_url) -> Link header value; Mastodon's own form by default
    link_format: Callable[[str, str], str] = lambda nxt, prev: (
        f'<{nxt}>; rel="next", <{prev}>; rel="prev"'
    )
    lock: threading.Lock = field(default_factory=threading.Lock)

    def __post_init__(self) -> None:
        self.install()

    @classmethod
    def takahe(cls, srv: LoopbackServer, max_chars: int = 500) -> FakeMastodon:
        """Takahē 0.11: no Idempotency-Key, no scheduled statuses (404), scheduled_at
        ignored, length in raw code points with URLs in full."""
        return cls(srv, software="takahe", version="takahe/0.11.0", **cls._lax(max_chars))

    @classmethod
    def gotosocial(cls, srv: LoopbackServer, max_chars: int = 500) -> FakeMastodon:
        """GoToSocial 0.16: as Takahē, and no video uploads."""
        return cls(
            srv,
            software="gotosocial",
            version="0.16.0+git-8da7bde",
            video_size_limit=0,
            **cls._lax(max_chars),
        )

    @staticmethod
    def _lax(max_chars: int) -> dict[str, Any]:
        return {
            "honour_idempotency": False,
            "ignores_schedule": True,
            "max_chars": max_chars,
            "has_scheduled_statuses": False,
            "max_media": 4,
            "mime_types": ["image/jpeg", "image/png", "video/mp4"],
            "image_size_limit": 10485760,
        }

    def install(self) -> FakeMastodon:
        """Route the server's endpoints (again: undoes a test's own ``route``)."""
        r = self.srv.route
        r("POST", "/api/v1/apps", self.apps_create)
        r("GET", "/oauth/authorize", self._authorize)
        r("POST", "/oauth/token", self._token)
        r("POST", "/oauth/revoke", self._revoke)
        r("GET", "/api/v1/accounts/verify_credentials", self._me)
        r("GET", "/api/v1/accounts/*", self._account_statuses)
        r("GET", "/api/v2/instance", self._instance_v2)
        r("GET", "/api/v1/instance", self._instance_v1)
        r("POST", "/api/v1/statuses", self._post)
        r("GET", "/api/v1/scheduled_statuses", self._scheduled_list)
        r("POST", "/api/v2/media", self._media)
        r("POST", "/api/v1/media", self._media_v1)
        r("GET", "/api/v1/media/*", self._media_get)
        r("GET", "/api/v1/timelines/tag/*", self._tag)
        r("GET", "/api/v1/streaming/hashtag", self._stream)
        return self

    # -- the live timeline -----------------------------------------------------
    def add(self, *items: dict[str, Any]) -> None:
        """Statuses arriving on the server: the last one is the newest."""
        with self.lock:
            self.statuses.extend(items)

    def _rate_headers(self) -> dict[str, str]:
        return {
            "X-RateLimit-Limit": "300",
            "X-RateLimit-Remaining": str(self.remaining),
            "X-RateLimit-Reset": (self.srv.now() + timedelta(minutes=5)).isoformat(),
        }

    def _tag(self, req: Request) -> Reply:
        if self.override is not None:
            reply = self.override(req)
            if reply is not None:
                return reply
        tag = req.path.rsplit("/", 1)[-1]
        with self.lock:
            timeline = [s for s in reversed(self.statuses) if _has_tag(s, tag)]
            ids = [s["id"] for s in timeline]
            limit = int(req.arg("limit", "20") or 20)
            min_id, max_id = req.arg("min_id"), req.arg("max_id")
            if min_id is not None:
                # an id this server never gave (e.g. seen on the stream): nothing newer
                end = ids.index(min_id) if min_id in ids else 0
                page = timeline[max(0, end - limit) : end]
            elif max_id is not None:
                start = ids.index(max_id) + 1 if max_id in ids else len(ids)
                page = timeline[start : start + limit]
            else:
                page = timeline[:limit]
        headers = self._rate_headers()
        if page:
            base = self.srv.url(f"/api/v1/timelines/tag/{tag}")
            headers["Link"] = self.link_format(
                f"{base}?max_id={page[-1]['id']}", f"{base}?min_id={page[0]['id']}"
            )
        return Reply.json(page, headers=headers)

    def _stream(self, req: Request) -> Reply:
        if self.stream is None:
            return Reply.json({"error": "Not found"}, 404)
        return self.stream(req)

    # -- the instance ------------------------------------------------------------
    def _instance_v2(self, req: Request) -> Reply:
        if not self.v2:
            return Reply.json({"error": "Not found"}, 404)
        doc: dict[str, Any] = {
            # a server on a non-default port has host:port as its domain
            "domain": self.srv.base_url.split("://", 1)[1],
            "version": self.version,
            "api_versions": {"mastodon": 2},
            "configuration": {
                "urls": {
                    "streaming": self.streaming_url or self.srv.base_url.replace("http", "ws", 1)
                },
                "timelines_access": {
                    "hashtag_feeds": {"local": self.access, "remote": self.access}
                },
                "statuses": {
                    "max_characters": self.max_chars or self.advertised_chars,
                    "max_media_attachments": self.max_media,
                    # advertised by all three; only Mastodon applies it
                    "characters_reserved_per_url": 23,
                },
                "media_attachments": {
                    "supported_mime_types": self.mime_types,
                    "description_limit": 1500,
                    "image_size_limit": self.image_size_limit,
                    "video_size_limit": self.video_size_limit,
                },
            },
        }
        if self.software == "gotosocial":
            doc["source_url"] = "https://github.com/superseriousbusiness/gotosocial"
        return Reply.json(doc, headers=self._rate_headers())

    def _instance_v1(self, req: Request) -> Reply:
        return Reply.json(
            {
                "uri": "127.0.0.1",
                "version": "2.7.2 (compatible; Pleroma 2.6.0)",
                "max_toot_chars": 5000,
                "urls": {"streaming_api": "wss://127.0.0.1"},
            }
        )

    # -- logging in (OAuth 2 with PKCE, docs.joinmastodon.org/spec/oauth) ------------
    def personal_token(self) -> str:
        """A token as made under Preferences > Development."""
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

    def _authorize(self, req: Request) -> Reply:
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

    def _token(self, req: Request) -> Reply:
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

    def _revoke(self, req: Request) -> Reply:
        data = form(req)
        app = self.apps.get(data.get("client_id", ""))
        if app is None or app["client_secret"] != data.get("client_secret"):
            return Reply.json({"error": "invalid_client"}, 401)
        token = data.get("token", "")
        if self.tokens.get(token) == data["client_id"]:
            del self.tokens[token]
            self.revoked.append(token)
        return Reply.json({})

    def _authed(self, req: Request) -> bool:
        bearer = (req.header("Authorization") or "").removeprefix("Bearer ")
        return bool(bearer) and (bearer == self.token or bearer in self.tokens)

    def _me(self, req: Request) -> Reply:
        if not self._authed(req):
            return Reply.json(INVALID_TOKEN, 401)
        return Reply.json(
            {
                "id": self.account_id,
                "username": self.acct,
                "acct": self.acct,
                "display_name": "Amina K.",
                "url": self.srv.url("/@" + self.acct),
            },
            headers=self._rate_headers(),
        )

    def _account_statuses(self, req: Request) -> Reply:
        """GET /api/v1/accounts/:id/statuses: the account's own, newest first."""
        if not self._authed(req):
            return Reply.json(INVALID_TOKEN, 401)
        parts = req.path.split("/")
        if len(parts) != 6 or parts[5] != "statuses":
            return Reply.json({"error": "Record not found"}, 404)
        self.publish_due()
        with self.lock:
            mine = [s for s in reversed(self.statuses) if s["account"].get("id") == parts[4]]
        return Reply.json(mine, headers=self._rate_headers())

    # -- posting -------------------------------------------------------------------
    def length(self, text: str, spoiler: str) -> int:
        """The post's length as this server measures it."""
        if self.software in ("takahe", "gotosocial"):
            return len(text) + len(spoiler)  # code points, URLs in full
        from companion.core.compose.counting import mastodon_length

        return mastodon_length(text, spoiler)

    def _too_long(self, length: int) -> Reply:
        if self.software == "takahe":
            return Reply.json({"error": "Status is too long"}, 400)
        if self.software == "gotosocial":
            return Reply.json(
                {
                    "error": f"Bad Request: status too long, {length} characters provided "
                    f"(limit {self.max_chars})"
                },
                400,
            )
        return Reply.json(
            {"error": f"Validation failed: Text character limit of {self.max_chars} exceeded"},
            422,
        )

    def publish_due(self) -> None:
        """Publish the scheduled statuses whose time has come by the server's clock, as
        Mastodon's scheduler does (the status is made then; it leaves the list)."""
        now = self.server_now() if self.server_now else self.srv.now()
        with self.lock:
            for sched in list(self.scheduled):
                when = datetime.fromisoformat(sched["scheduled_at"].replace("Z", "+00:00"))
                if when <= now and not sched.get("published"):
                    sched["published"] = True
                    params = {k: v for k, v in sched["params"].items() if k != "scheduled_at"}
                    self.statuses.append({**self._status_of(params), "created_at": now.isoformat()})

    def _scheduled_list(self, req: Request) -> Reply:
        if not self.has_scheduled_statuses:
            return Reply.json({"error": "Not Found"}, 404)
        self.publish_due()
        return Reply.json(
            [
                {**s, "params": {"text": s["params"]["status"]}}
                for s in self.scheduled
                if not s.get("published")
            ]
        )

    def _media(self, req: Request) -> Reply:
        if not self.v2_media:
            return Reply.json({"error": "Not found"}, 404)
        if not self._authed(req):
            return Reply.json(INVALID_TOKEN, 401)
        media_id = str(100 + len(self.media))
        ready = self.media_polls_until_ready == 0
        self.media[media_id] = {"id": media_id, "polls": 0, "body": req.body}
        url = f"{self.srv.base_url}/m/{media_id}.jpg" if ready else None
        return Reply.json({"id": media_id, "type": "image", "url": url}, 200 if ready else 202)

    def _media_v1(self, req: Request) -> Reply:
        if not self._authed(req):
            return Reply.json(INVALID_TOKEN, 401)
        media_id = str(100 + len(self.media))
        self.media[media_id] = {"id": media_id, "polls": 10**6, "body": req.body}
        return Reply.json(
            {"id": media_id, "type": "image", "url": f"{self.srv.base_url}/m/{media_id}.jpg"}
        )

    def _media_get(self, req: Request) -> Reply:
        media_id = req.path.rsplit("/", 1)[-1]
        entry = self.media.get(media_id)
        if entry is None:
            return Reply.json({"error": "Record not found"}, 404)
        entry["polls"] += 1
        ready = entry["polls"] >= self.media_polls_until_ready
        return Reply.json(
            {"id": media_id, "url": f"{self.srv.base_url}/m/{media_id}.jpg" if ready else None}
        )

    def _post(self, req: Request) -> Reply:
        if not self._authed(req):
            return Reply.json(INVALID_TOKEN, 401)
        fault = self.post_faults.pop(0) if self.post_faults else "ok"
        if fault == "500":
            return Reply.json({"error": "boom"}, 500)
        if fault == "503":
            return Reply.text("Service Unavailable", 503)
        if fault == "429":
            reset = (self.srv.now() + timedelta(seconds=30)).isoformat()
            return Reply.json(
                {"error": "Too many requests"},
                429,
                {
                    "X-RateLimit-Limit": "300",
                    "X-RateLimit-Remaining": "0",
                    "X-RateLimit-Reset": reset,
                },
            )
        if fault == "401":
            self.token = "revoked"
            return Reply.json({"error": "The access token was revoked"}, 401)
        body = req.json()
        key = req.header("Idempotency-Key")
        with self.lock:
            made = self.key_made.get(key or "")
            if made is not None and self.srv.now() - made > timedelta(hours=1):
                self.keys.pop(key or "", None)  # Mastodon forgets a key after an hour
            if self.honour_idempotency and key and key in self.keys:
                return Reply.json(self.keys[key])
            for media_id in body.get("media_ids") or []:
                m = self.media.get(str(media_id))
                if m is None or m["polls"] < self.media_polls_until_ready:
                    return Reply.json(
                        {
                            "error": "Cannot attach files that have not finished "
                            "processing. Try again in a moment!"
                        },
                        422,
                    )
            if self.max_chars is not None:
                length = self.length(body["status"], body.get("spoiler_text") or "")
                if length > self.max_chars:
                    return self._too_long(length)
            if body.get("scheduled_at") and not self.ignores_schedule:
                when = datetime.fromisoformat(body["scheduled_at"].replace("Z", "+00:00"))
                now = self.server_now() if self.server_now else None
                if now is not None and when < now + timedelta(minutes=5):
                    return Reply.json(
                        {
                            "error": "Validation failed: Scheduled at must be at least "
                            "5 minutes in the future"
                        },
                        422,
                    )
                sched = {
                    "id": str(900 + len(self.scheduled)),
                    "scheduled_at": body["scheduled_at"],
                    "params": body,
                }
                self.scheduled.append(sched)
                if key:
                    self.keys[key] = sched
                    self.key_made[key] = self.srv.now()
                return Reply(drop=True) if fault == "drop_after_create" else Reply.json(sched)
            new = self._status_of(body)
            self.statuses.append(new)
            if key:
                self.keys[key] = new
                self.key_made[key] = self.srv.now()
        if fault == "drop_after_create":
            return Reply(drop=True)
        reply = Reply.json(new, headers=self._rate_headers())
        reply.delay = self.post_delay
        return reply

    def _status_of(self, body: dict[str, Any]) -> dict[str, Any]:
        status_id = str(1000 + len(self.statuses))
        text = body["status"].replace("&", "&amp;").replace("<", "&lt;")
        if self.software == "takahe":
            text = LINK.sub(takahe_link, text)
        if (body.get("content_type") or self.default_content_type) == "text/markdown":
            text = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", text)
            text = re.sub(r"(?<!\w)[*_](.+?)[*_](?!\w)", r"<em>\1</em>", text)
        return {
            "id": status_id,
            "uri": f"{self.srv.base_url}/users/{self.acct}/statuses/{status_id}",
            "url": f"{self.srv.base_url}/@{self.acct}/{status_id}",
            "content": "<p>" + text.replace("\n", "<br>") + "</p>",
            "in_reply_to_id": body.get("in_reply_to_id"),
            "language": body.get("language"),
            "spoiler_text": body.get("spoiler_text", ""),
            "sensitive": bool(body.get("sensitive")),
            "media_ids": body.get("media_ids") or [],
            "created_at": self.srv.now().isoformat(),
            "account": {"id": self.account_id, "acct": self.acct},
            "tags": [{"name": t.lower()} for t in HASHTAG.findall(body["status"])],
        }


def _has_tag(item: dict[str, Any], tag: str) -> bool:
    return any(t.get("name", "").lower() == tag.lower() for t in item.get("tags") or [])
