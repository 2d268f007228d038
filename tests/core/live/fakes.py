"""Loopback servers that answer like Mastodon and Bluesky, and recorded-shape payloads."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

from tests.support.httpserver import LoopbackServer, Reply, Request

T0 = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)


def status(
    sid: str,
    *,
    uri: str | None = None,
    minutes: int = 0,
    content: str = "<p>Hello #shareASM</p>",
    acct: str = "amina@example.org",
    **extra: Any,
) -> dict[str, Any]:
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
            "avatar": "https://example.org/a.png",
            "avatar_static": "https://example.org/a.png",
            "url": "https://example.org/@amina",
        },
        "media_attachments": [],
        "tags": [{"name": "shareasm"}],
        "emojis": [],
        "reblog": None,
    }
    s.update(extra)
    return s


class FakeMastodon:
    """A tag timeline of ``statuses`` (newest first) with min_id/max_id paging and
    Link headers, Mastodon rate-limit headers, and an optional scripted override."""

    def __init__(self, server: LoopbackServer, tag: str = "shareASM") -> None:
        self.server = server
        self.tag = tag
        self.statuses: list[dict[str, Any]] = []
        self.access = "public"
        self.remaining = 299
        self.override: Callable[[Request], Reply | None] | None = None
        self.stream: Callable[[Request], Reply] | None = None
        #: (next_url, prev_url) -> Link header value; Mastodon's own form by default
        self.link_format: Callable[[str, str], str] = lambda nxt, prev: (
            f'<{nxt}>; rel="next", <{prev}>; rel="prev"'
        )
        self.lock = threading.Lock()
        server.route("GET", "/api/v2/instance", self._instance)
        server.route("GET", f"/api/v1/timelines/tag/{tag}", self._tag)
        server.route("GET", "/api/v1/streaming/hashtag", self._stream)

    def _instance(self, req: Request) -> Reply:
        return Reply.json(
            {
                # a server on a non-default port has host:port as its domain
                "domain": self.server.base_url.split("://", 1)[1],
                "version": "4.5.0",
                "configuration": {
                    "urls": {"streaming": self.server.base_url.replace("http", "ws", 1)},
                    "timelines_access": {
                        "hashtag_feeds": {"local": self.access, "remote": self.access}
                    },
                },
            }
        )

    def _stream(self, req: Request) -> Reply:
        if self.stream is None:
            return Reply.json({"error": "Not found"}, 404)
        return self.stream(req)

    def _tag(self, req: Request) -> Reply:
        if self.override is not None:
            reply = self.override(req)
            if reply is not None:
                return reply
        with self.lock:
            ids = [s["id"] for s in self.statuses]
            limit = int(req.arg("limit", "20") or 20)
            min_id, max_id = req.arg("min_id"), req.arg("max_id")
            if min_id is not None:
                # an id this server never gave (e.g. seen on the stream): nothing newer
                end = ids.index(min_id) if min_id in ids else 0
                page = self.statuses[max(0, end - limit) : end]
            elif max_id is not None:
                start = ids.index(max_id) + 1 if max_id in ids else len(ids)
                page = self.statuses[start : start + limit]
            else:
                page = self.statuses[:limit]
        headers = {
            "X-RateLimit-Limit": "300",
            "X-RateLimit-Remaining": str(self.remaining),
            "X-RateLimit-Reset": (self.server.now() + timedelta(minutes=5)).isoformat(),
        }
        if page:
            base = self.server.url(f"/api/v1/timelines/tag/{self.tag}")
            headers["Link"] = self.link_format(
                f"{base}?max_id={page[-1]['id']}", f"{base}?min_id={page[0]['id']}"
            )
        return Reply.json(page, headers=headers)

    def add(self, *items: dict[str, Any]) -> None:
        """Newest go on top."""
        with self.lock:
            for item in items:
                self.statuses.insert(0, item)


def sse(*frames: tuple[str, Any]) -> bytes:
    out = b""
    for event, data in frames:
        payload = data if isinstance(data, str) else json.dumps(data)
        out += f"event: {event}\ndata: {payload}\n\n".encode()
    return out


def bsky_post(
    rkey: str, *, minutes: int = 0, text: str = "Hi #shareASM", **extra: Any
) -> dict[str, Any]:
    p: dict[str, Any] = {
        "uri": f"at://did:plc:abc/app.bsky.feed.post/{rkey}",
        "cid": "bafyre" + rkey,
        "author": {
            "did": "did:plc:abc",
            "handle": "kofi.bsky.social",
            "displayName": "Kofi",
            "avatar": "https://cdn.bsky.app/img/avatar/x.jpg",
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


class FakeBluesky:
    def __init__(self, server: LoopbackServer, *, need_auth: bool = False) -> None:
        self.server = server
        self.posts: list[dict[str, Any]] = []
        self.need_auth = need_auth
        self.override: Callable[[Request], Reply | None] | None = None
        server.route("GET", "/xrpc/app.bsky.feed.searchPosts", self._search)

    def _search(self, req: Request) -> Reply:
        if self.override is not None:
            reply = self.override(req)
            if reply is not None:
                return reply
        if self.need_auth and not req.header("Authorization"):
            return Reply.json({"error": "Forbidden", "message": "search needs auth"}, 403)
        headers = {
            "ratelimit-limit": "3000",
            "ratelimit-remaining": "2999",
            "ratelimit-reset": str(int(self.server.now().timestamp()) + 300),
        }
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
        body: dict[str, Any] = {"posts": page}
        if start + limit < len(posts):
            body["cursor"] = str(start + limit)
        return Reply.json(body, headers=headers)


def sort_at(post: dict[str, Any]) -> str:
    return str(min(post["record"]["createdAt"], post["indexedAt"]))


def chunks(data: bytes, size: int) -> Iterator[bytes]:
    for i in range(0, len(data), size):
        yield data[i : i + size]
