"""A loopback server that answers like Bluesky: an entryway and a PDS (one server or two).

One fake for every test that talks to Bluesky: app-password sessions
(``createSession`` on the entryway, whose DID document points at the PDS;
single-use ``refreshSession`` tokens; ``deleteSession``), accounts that became
inactive, handles (``resolveHandle``), posting (``createRecord`` validated against
the ``app.bsky.feed.post`` lexicon, ``getRecord``, ``uploadBlob``) and the live
search (``searchPosts``, newest first by sortAt, ``since``, cursor paging). Replies
carry ``ratelimit-*`` headers; a fault gives the 429 the PDS sends. Times come from
``LoopbackServer.clock``.

    fake = FakeBluesky(loopback)                  # entryway and PDS in one
    fake = FakeBluesky(entryway, pds)             # a PDS behind an entryway
    fake.posts = [bsky_post("k")]                 # what searchPosts finds
"""

from __future__ import annotations

import base64
import re
import secrets
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from tests.support.fake_mastodon import NOWHERE, T0
from tests.support.httpserver import LoopbackServer, Reply, Request

#: atproto.com/specs/tid: 13 chars of base32-sortable, first char keeps the top bit 0
TID_RE = re.compile(r"^[234567abcdefghij][234567abcdefghijklmnopqrstuvwxyz]{12}$")
#: what Bluesky writes (and what the app must write): RFC 3339, milliseconds, "Z"
DATETIME_RE = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$")
FACET_TYPES = {
    "app.bsky.richtext.facet#link",
    "app.bsky.richtext.facet#tag",
    "app.bsky.richtext.facet#mention",
}
EXPIRED = {"error": "ExpiredToken", "message": "Token has expired"}


def jwt(kind: str) -> str:
    """A JWT-shaped opaque token (the client never decodes it)."""
    body = base64.urlsafe_b64encode(f'{{"scope":"{kind}"}}'.encode()).rstrip(b"=").decode()
    return f"eyJhbGciOiJFUzI1NksifQ.{body}.{secrets.token_urlsafe(16)}"


def bsky_post(
    rkey: str, *, minutes: int = 0, text: str = "Hi #shareASM", **extra: Any
) -> dict[str, Any]:
    """A PostView as searchPosts returns it."""
    p: dict[str, Any] = {
        "uri": f"at://did:plc:abc/app.bsky.feed.post/{rkey}",
        "cid": "bafyre" + rkey,
        "author": {
            "did": "did:plc:abc",
            "handle": "kofi.bsky.social",
            "displayName": "Kofi",
            "avatar": NOWHERE + "/img/avatar/x.jpg",
        },
        "record": {
            "$type": "app.bsky.feed.post",
            "text": text,
            "createdAt": (T0 + timedelta(minutes=minutes)).isoformat().replace("+00:00", "Z"),
            "langs": ["en"],
            "facets": [],
        },
        "indexedAt": (T0 + timedelta(minutes=minutes)).isoformat().replace("+00:00", "Z"),
        "labels": [],
    }
    p.update(extra)
    return p


def sort_at(post: dict[str, Any]) -> str:
    return str(min(post["record"]["createdAt"], post["indexedAt"]))


@dataclass
class FakeBluesky:
    """The server's state and its faults; see the module's docstring.

    ``post_faults``: what to do with each createRecord in turn: "ok", "500", "429",
    "expire" (the access token expires), "invalid" (too long), "drop_after_create".
    """

    #: where logins go (createSession); also the PDS unless ``pds`` is given
    entryway: LoopbackServer
    #: the account's PDS: sessions, records, blobs, search
    pds: LoopbackServer = None  # type: ignore[assignment]  # set in __post_init__
    app_password: str = "abcd-efgh-ijkl-mnop"
    handle: str = "amina.bsky.social"
    did: str = "did:plc:abc123"
    #: an access token the PDS accepts from the start (what the tests' accounts hold)
    token: str = "jwt"
    valid_access: set[str] = field(default_factory=set)
    valid_refresh: set[str] = field(default_factory=set)
    spent_refresh: set[str] = field(default_factory=set)
    #: refresh token -> its access token: the sessions alive on the PDS
    sessions: dict[str, str] = field(default_factory=dict)
    refresh_calls: int = 0
    #: set while refreshSession should hold its answer (to widen a race on purpose)
    refresh_gate: threading.Event | None = None
    #: createSession's "status" for an inactive account (takendown, deactivated...)
    inactive_status: str = ""
    #: the account was deactivated / taken down after login: what the PDS then says
    #: ("deactivated" or "takendown"; the auth verifier's AccountDeactivated /
    #: AccountTakedown, refreshSession's active: false for a deactivated account)
    became: str = ""
    post_faults: list[str] = field(default_factory=list)
    records: dict[str, dict[str, Any]] = field(default_factory=dict)
    blobs: list[bytes] = field(default_factory=list)
    uploaded: list[dict[str, Any]] = field(default_factory=list)
    #: handle -> DID, for com.atproto.identity.resolveHandle
    handles: dict[str, str] = field(default_factory=dict)
    resolve_calls: list[str] = field(default_factory=list)
    #: what searchPosts finds
    posts: list[dict[str, Any]] = field(default_factory=list)
    #: posts searchPosts finds but leaves out of its answer after paging (the AppView's
    #: rules drop blocked authors' and taken-down posts from a page, cursor unchanged)
    hidden: set[str] = field(default_factory=set)
    #: searchPosts wants an Authorization header (as the AppView does since 2025)
    need_auth: bool = False
    #: answers searchPosts instead of the server when it returns a Reply
    override: Callable[[Request], Reply | None] | None = None
    lock: threading.Lock = field(default_factory=threading.Lock)

    def __post_init__(self) -> None:
        if self.pds is None:
            self.pds = self.entryway
        self.install()

    @property
    def srv(self) -> LoopbackServer:
        """The PDS (with one server, the only one)."""
        return self.pds

    def install(self) -> FakeBluesky:
        """Route the servers' endpoints (again: undoes a test's own ``route``)."""
        self.entryway.route("POST", "/xrpc/com.atproto.server.createSession", self._create_session)
        r = self.pds.route
        r("POST", "/xrpc/com.atproto.server.refreshSession", self._refresh)
        r("POST", "/xrpc/com.atproto.server.deleteSession", self._delete)
        r("GET", "/xrpc/app.bsky.actor.getPreferences", self._prefs)
        r("POST", "/xrpc/com.atproto.repo.createRecord", self._create_record)
        r("GET", "/xrpc/com.atproto.repo.getRecord", self._get_record)
        r("POST", "/xrpc/com.atproto.repo.uploadBlob", self._blob)
        r("GET", "/xrpc/app.bsky.feed.searchPosts", self._search)
        r("GET", "/xrpc/com.atproto.identity.resolveHandle", self._resolve)
        return self

    def _rate_headers(self, remaining: int = 2999) -> dict[str, str]:
        return {
            "ratelimit-limit": "3000",
            "ratelimit-remaining": str(remaining),
            "ratelimit-reset": str(int(self.pds.now().timestamp()) + 300),
            "ratelimit-policy": "3000;w=300",
        }

    # -- sessions (app passwords) ---------------------------------------------------
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

    def _create_session(self, req: Request) -> Reply:
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
        return Reply.json(pair, headers=self._rate_headers())

    def expire_access(self) -> None:
        with self.lock:
            self.valid_access.clear()

    @property
    def live_sessions(self) -> int:
        with self.lock:
            return len(self.valid_refresh)

    @staticmethod
    def _bearer(req: Request) -> str:
        return (req.header("Authorization") or "").removeprefix("Bearer ")

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

    def _refresh(self, req: Request) -> Reply:
        if self.refresh_gate is not None:
            self.refresh_gate.wait(10)
        token = self._bearer(req)
        with self.lock:
            self.refresh_calls += 1
            if token in self.spent_refresh or token not in self.valid_refresh:
                return Reply.json(EXPIRED, 400)
            if self.became == "takendown":
                return self._inactive() or Reply()
            self.valid_refresh.discard(token)
            self.valid_access.discard(self.sessions.pop(token, ""))
            self.spent_refresh.add(token)
            pair = self._pair()
            if self.became:  # a deactivated account may still log in (to reactivate)
                pair.update(active=False, status=self.became)
            return Reply.json(pair)

    def _delete(self, req: Request) -> Reply:
        with self.lock:
            token = self._bearer(req)
            if token not in self.valid_refresh:
                return Reply.json({"error": "ExpiredToken"}, 400)
            self.valid_refresh.discard(token)
            self.valid_access.discard(self.sessions.pop(token, ""))
            return Reply.json({})

    def _authed(self, req: Request) -> Reply | None:
        """None when the access token is good, else the PDS's refusal."""
        bearer = self._bearer(req)
        with self.lock:
            ok = bool(bearer) and (bearer == self.token or bearer in self.valid_access)
        if not ok:
            return Reply.json(EXPIRED, 400)
        return self._inactive()

    def _prefs(self, req: Request) -> Reply:
        if (bad := self._authed(req)) is not None:
            return bad
        return Reply.json({"preferences": []})

    # -- posting ----------------------------------------------------------------------
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
        return Reply.json({"blob": blob}, headers=self._rate_headers())

    def _create_record(self, req: Request) -> Reply:
        if (bad := self._authed(req)) is not None:
            return bad
        fault = self.post_faults.pop(0) if self.post_faults else "ok"
        if fault == "500":
            return Reply.json({"error": "InternalServerError"}, 500)
        if fault == "429":
            return Reply.json(
                {"error": "RateLimitExceeded", "message": "Rate Limit Exceeded"},
                429,
                self._rate_headers(remaining=0),
            )
        if fault == "expire":
            self.token = "gone"
            return Reply.json(EXPIRED, 400)
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
        return Reply.json(
            {"uri": uri, "cid": self.records[rkey]["cid"]}, headers=self._rate_headers()
        )

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

    def _get_record(self, req: Request) -> Reply:
        rkey = req.arg("rkey") or ""
        if rkey not in self.records:
            return Reply.json(
                {"error": "RecordNotFound", "message": "Could not locate record"}, 400
            )
        return Reply.json(self.records[rkey])

    def _resolve(self, req: Request) -> Reply:
        """Handle -> DID; public (the app must not send its login along)."""
        handle = req.arg("handle") or ""
        self.resolve_calls.append(handle)
        if req.header("Authorization"):
            return Reply.json({"error": "unexpected login"}, 500)
        if handle not in self.handles:
            return Reply.json(
                {"error": "InvalidRequest", "message": "Unable to resolve handle"}, 400
            )
        return Reply.json({"did": self.handles[handle]})

    # -- the live search ----------------------------------------------------------------
    def _search(self, req: Request) -> Reply:
        if self.override is not None:
            reply = self.override(req)
            if reply is not None:
                return reply
        if self.need_auth and not req.header("Authorization"):
            return Reply.json({"error": "Forbidden", "message": "search needs auth"}, 403)
        # app.bsky.feed.searchPosts: newest first by sortAt (the earlier of createdAt
        # and indexedAt), "since" inclusive on sortAt, limit 1-100 (default 25), and an
        # opaque cursor while more remain
        limit = int(req.arg("limit", "25") or 25)
        if not 1 <= limit <= 100 or not req.arg("q") or (req.arg("tag") or "").startswith("#"):
            return Reply.json({"error": "InvalidRequest", "message": "bad params"}, 400)
        since = req.arg("since")
        ordered = sorted(self.posts, key=sort_at, reverse=True)
        posts = [p for p in ordered if not since or sort_at(p) >= since]
        start = int(req.arg("cursor") or 0)
        page = posts[start : start + limit]
        body: dict[str, Any] = {"posts": [p for p in page if p["uri"] not in self.hidden]}
        if start + limit < len(posts):
            body["cursor"] = str(start + limit)
        return Reply.json(body, headers=self._rate_headers())
