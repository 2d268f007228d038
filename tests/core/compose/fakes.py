"""Loopback Mastodon and Bluesky servers that misbehave on request."""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from companion.core.accounts.credentials import MemoryCredentialStore
from companion.core.accounts.model import Account, AccountRepository, Network
from companion.core.storage import Database
from tests.support.httpserver import LoopbackServer, Reply, Request


@dataclass
class FakeMastodon:
    """Statuses, media and the misbehaviours the outbox must survive.

    ``post_faults``: what to do with each POST /api/v1/statuses in turn:
    "ok", "drop_after_create", "500", "503", "429", "401".

    ``software``: "mastodon", or a server that speaks the API the way the real one
    does (issue 13, seen on Takahē 0.11 and GoToSocial 0.16): "takahe" or
    "gotosocial" — no Idempotency-Key, 404 on GET /api/v1/scheduled_statuses,
    ``scheduled_at`` ignored (published at once), length in raw code points with URLs
    in full (although the instance advertises ``characters_reserved_per_url``) and a
    "too long" refusal. Build them with :meth:`takahe` / :meth:`gotosocial`.
    """

    srv: LoopbackServer
    token: str = "tok"
    honour_idempotency: bool = True
    post_faults: list[str] = field(default_factory=list)
    media_polls_until_ready: int = 0
    statuses: list[dict[str, Any]] = field(default_factory=list)
    keys: dict[str, dict[str, Any]] = field(default_factory=dict)
    media: dict[str, dict[str, Any]] = field(default_factory=dict)
    scheduled: list[dict[str, Any]] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)
    #: False: an older server with POST /api/v1/media only (synchronous, 200 + url)
    v2_media: bool = True
    #: the server's clock: scheduled_at must be at least 5 minutes after it
    server_now: Callable[[], datetime] | None = None
    #: a server without scheduling that posts at once and answers with a Status
    ignores_schedule: bool = False
    software: str = "mastodon"
    #: the server's character limit (checked by its own rule), or None: no check
    max_chars: int | None = None
    #: what GET /api/v1/scheduled_statuses answers (404 on Takahē and GoToSocial)
    has_scheduled_statuses: bool = True
    version: str = "4.3.2"
    #: seconds each successful POST /api/v1/statuses takes to answer (a slow link)
    post_delay: float = 0.0

    @classmethod
    def takahe(cls, srv: LoopbackServer, max_chars: int = 500) -> FakeMastodon:
        return cls(
            srv,
            honour_idempotency=False,
            ignores_schedule=True,
            software="takahe",
            max_chars=max_chars,
            has_scheduled_statuses=False,
            version="takahe/0.11.0",
        )

    @classmethod
    def gotosocial(cls, srv: LoopbackServer, max_chars: int = 500) -> FakeMastodon:
        return cls(
            srv,
            honour_idempotency=False,
            ignores_schedule=True,
            software="gotosocial",
            max_chars=max_chars,
            has_scheduled_statuses=False,
            version="0.16.0+git-8da7bde",
        )

    def instance(self, req: Request) -> Reply:
        doc: dict[str, Any] = {
            "domain": f"127.0.0.1:{self.srv.port}",
            "version": self.version,
            "configuration": {
                "statuses": {
                    "max_characters": self.max_chars or 500,
                    "max_media_attachments": 4,
                    # advertised by all three; only Mastodon applies it
                    "characters_reserved_per_url": 23,
                },
                "media_attachments": {
                    "supported_mime_types": ["image/jpeg", "image/png", "video/mp4"],
                    "image_size_limit": 10485760,
                    "video_size_limit": 0 if self.software == "gotosocial" else 41943040,
                },
            },
        }
        if self.software == "gotosocial":
            doc["source_url"] = "https://github.com/superseriousbusiness/gotosocial"
        return Reply.json(doc)

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

    def _scheduled_list(self, req: Request) -> Reply:
        if not self.has_scheduled_statuses:
            return Reply.json({"error": "Not Found"}, 404)
        return Reply.json(
            [{**s, "params": {"text": s["params"]["status"]}} for s in self.scheduled]
        )

    def install(self) -> None:
        self.srv.route("POST", "/api/v1/statuses", self._post)
        if self.v2_media:
            self.srv.route("POST", "/api/v2/media", self._media)
        self.srv.route("POST", "/api/v1/media", self._media_v1)
        self.srv.route("GET", "/api/v1/media/*", self._media_get)
        self.srv.route("GET", "/api/v1/accounts/verify_credentials", self._me)
        self.srv.route("GET", "/api/v1/accounts/1/statuses", self._mine)
        self.srv.route("GET", "/api/v1/scheduled_statuses", self._scheduled_list)
        self.srv.route("GET", "/api/v2/instance", self.instance)

    def _authed(self, req: Request) -> bool:
        return req.header("Authorization") == f"Bearer {self.token}"

    def _me(self, req: Request) -> Reply:
        if not self._authed(req):
            return Reply.json({"error": "The access token is invalid"}, 401)
        return Reply.json({"id": "1", "acct": "me"})

    def _mine(self, req: Request) -> Reply:
        if not self._authed(req):
            return Reply.json({"error": "The access token is invalid"}, 401)
        return Reply.json(list(reversed(self.statuses)))

    def _media(self, req: Request) -> Reply:
        if not self._authed(req):
            return Reply.json({"error": "The access token is invalid"}, 401)
        media_id = str(100 + len(self.media))
        ready = self.media_polls_until_ready == 0
        self.media[media_id] = {"id": media_id, "polls": 0, "body": req.body}
        url = f"{self.srv.base_url}/m/{media_id}.jpg" if ready else None
        return Reply.json({"id": media_id, "type": "image", "url": url}, 200 if ready else 202)

    def _media_v1(self, req: Request) -> Reply:
        if not self._authed(req):
            return Reply.json({"error": "The access token is invalid"}, 401)
        media_id = str(100 + len(self.media))
        self.media[media_id] = {"id": media_id, "polls": 10**6, "body": req.body}
        return Reply.json(
            {"id": media_id, "type": "image", "url": f"{self.srv.base_url}/m/{media_id}.jpg"}
        )

    def _media_get(self, req: Request) -> Reply:
        media_id = req.path.rsplit("/", 1)[-1]
        entry = self.media[media_id]
        entry["polls"] += 1
        ready = entry["polls"] >= self.media_polls_until_ready
        return Reply.json(
            {"id": media_id, "url": f"{self.srv.base_url}/m/{media_id}.jpg" if ready else None}
        )

    def _post(self, req: Request) -> Reply:
        if not self._authed(req):
            return Reply.json({"error": "The access token is invalid"}, 401)
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
                {"X-RateLimit-Remaining": "0", "X-RateLimit-Reset": reset},
            )
        if fault == "401":
            self.token = "revoked"
            return Reply.json({"error": "The access token was revoked"}, 401)
        body = req.json()
        key = req.header("Idempotency-Key")
        with self.lock:
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
                return Reply(drop=True) if fault == "drop_after_create" else Reply.json(sched)
            status_id = str(1000 + len(self.statuses))
            text = body["status"].replace("&", "&amp;").replace("<", "&lt;")
            status = {
                "id": status_id,
                "uri": f"{self.srv.base_url}/users/me/statuses/{status_id}",
                "url": f"{self.srv.base_url}/@me/{status_id}",
                "content": "<p>" + text.replace("\n", "<br>") + "</p>",
                "in_reply_to_id": body.get("in_reply_to_id"),
                "language": body.get("language"),
                "spoiler_text": body.get("spoiler_text", ""),
                "sensitive": bool(body.get("sensitive")),
                "media_ids": body.get("media_ids") or [],
                "created_at": self.srv.now().isoformat(),
                "account": {"id": "1", "acct": "me"},
            }
            self.statuses.append(status)
            if key:
                self.keys[key] = status
        if fault == "drop_after_create":
            return Reply(drop=True)
        reply = Reply.json(status)
        reply.delay = self.post_delay
        return reply


#: atproto.com/specs/tid: 13 chars of base32-sortable, first char keeps the top bit 0
TID_RE = re.compile(r"^[234567abcdefghij][234567abcdefghijklmnopqrstuvwxyz]{12}$")
#: what Bluesky writes (and what the app must write): RFC 3339, milliseconds, "Z"
DATETIME_RE = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$")
FACET_TYPES = {
    "app.bsky.richtext.facet#link",
    "app.bsky.richtext.facet#tag",
    "app.bsky.richtext.facet#mention",
}


@dataclass
class FakeBluesky:
    srv: LoopbackServer
    did: str = "did:plc:abc123"
    token: str = "jwt"
    post_faults: list[str] = field(default_factory=list)
    records: dict[str, dict[str, Any]] = field(default_factory=dict)
    blobs: list[bytes] = field(default_factory=list)
    uploaded: list[dict[str, Any]] = field(default_factory=list)

    def install(self) -> None:
        self.srv.route("POST", "/xrpc/com.atproto.repo.createRecord", self._create)
        self.srv.route("GET", "/xrpc/com.atproto.repo.getRecord", self._get)
        self.srv.route("POST", "/xrpc/com.atproto.repo.uploadBlob", self._blob)

    def _authed(self, req: Request) -> Reply | None:
        if req.header("Authorization") != f"Bearer {self.token}":
            return Reply.json({"error": "ExpiredToken", "message": "Token has expired"}, 400)
        return None

    def _blob(self, req: Request) -> Reply:
        if (bad := self._authed(req)) is not None:
            return bad
        self.blobs.append(req.body)
        ref = f"bafkrei{len(self.blobs)}"
        blob = {
            "$type": "blob",
            "ref": {"$link": ref},
            "mimeType": req.header("Content-Type"),
            "size": len(req.body),
        }
        self.uploaded.append(blob)
        return Reply.json({"blob": blob})

    def _create(self, req: Request) -> Reply:
        if (bad := self._authed(req)) is not None:
            return bad
        fault = self.post_faults.pop(0) if self.post_faults else "ok"
        if fault == "500":
            return Reply.json({"error": "InternalServerError"}, 500)
        if fault == "expire":
            self.token = "gone"
            return Reply.json({"error": "ExpiredToken", "message": "Token has expired"}, 400)
        if fault == "invalid":
            return Reply.json(
                {
                    "error": "InvalidRequest",
                    "message": "Invalid app.bsky.feed.post record: Record/text must not be "
                    "longer than 300 graphemes",
                },
                400,
            )
        body = req.json()
        problem = self._invalid(body)
        if problem:  # the PDS validates records against the lexicon
            return Reply.json(
                {
                    "error": "InvalidRequest",
                    "message": f"Invalid app.bsky.feed.post record: {problem}",
                },
                400,
            )
        rkey = body["rkey"]
        if rkey in self.records:
            # the reference PDS: MST.add throws "There is already a value at key",
            # which XRPC turns into a bare 500
            return Reply.json(
                {"error": "InternalServerError", "message": "Internal Server Error"}, 500
            )
        uri = f"at://{self.did}/app.bsky.feed.post/{rkey}"
        self.records[rkey] = {"uri": uri, "cid": f"cid{len(self.records)}", "value": body["record"]}
        if fault == "drop_after_create":
            return Reply(drop=True)
        return Reply.json({"uri": uri, "cid": self.records[rkey]["cid"]})

    def _invalid(self, body: dict[str, Any]) -> str:
        """What breaks com.atproto.repo.createRecord / app.bsky.feed.post, or ""."""
        if body.get("repo") != self.did or body.get("collection") != "app.bsky.feed.post":
            return "repo/collection"
        if not TID_RE.match(str(body.get("rkey", ""))):
            return "rkey must be a TID"  # atproto.com/specs/tid
        record = body.get("record")
        if not isinstance(record, dict) or record.get("$type") != "app.bsky.feed.post":
            return "$type"
        if not DATETIME_RE.match(str(record.get("createdAt", ""))):
            return "createdAt must be RFC 3339 with a timezone"  # atproto.com/specs/lexicon
        text = record.get("text")
        if not isinstance(text, str) or len(text.encode()) > 3000:
            return "text"
        langs = record.get("langs", [])
        if not isinstance(langs, list) or len(langs) > 3:
            return "langs"
        for facet in record.get("facets", []):
            index = facet.get("index", {})
            if not isinstance(index.get("byteStart"), int) or not isinstance(
                index.get("byteEnd"), int
            ):
                return "facet index"
            for feature in facet.get("features", []):
                if feature.get("$type") not in FACET_TYPES:
                    return "facet feature $type"
        reply = record.get("reply")
        if reply is not None:
            for key in ("root", "parent"):
                ref = reply.get(key)
                if not isinstance(ref, dict) or not ref.get("uri") or not ref.get("cid"):
                    return "reply refs need uri and cid"
        embed = record.get("embed")
        if embed is not None:
            if embed.get("$type") != "app.bsky.embed.images":
                return "embed $type"
            images = embed.get("images", [])
            if not 1 <= len(images) <= 4:
                return "embed images count"
            for image in images:
                if not isinstance(image.get("alt"), str):
                    return "image alt is required"
                ratio = image.get("aspectRatio")
                if ratio is not None and not (
                    isinstance(ratio.get("width"), int) and ratio["width"] >= 1
                    and isinstance(ratio.get("height"), int) and ratio["height"] >= 1
                ):  # fmt: skip
                    return "aspectRatio"
                if image.get("image") not in self.uploaded:
                    return "blob ref not as uploadBlob returned it"
        return ""

    def _get(self, req: Request) -> Reply:
        rkey = req.arg("rkey") or ""
        if rkey not in self.records:
            return Reply.json(
                {"error": "RecordNotFound", "message": "Could not locate record"}, 400
            )
        return Reply.json(self.records[rkey])


def add_account(
    db: Database,
    creds: MemoryCredentialStore,
    network: Network,
    server: str,
    secret: dict[str, str],
    info: dict[str, Any] | None = None,
) -> Account:
    account = Account(
        Account.new_id(),
        network,
        server,
        "me@example" if network is Network.MASTODON else "me.bsky.social",
        info=info or {},
    )
    AccountRepository(db).save(account)
    creds.set(account.id, json.dumps(secret))
    return account


SleepLog = Callable[[float], None]
