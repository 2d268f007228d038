"""The post cache in SQLite: what the Live view shows when the app opens offline."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable
from datetime import datetime
from typing import Any

import msgspec

from companion.core.live.model import ParseError, Post, iso, parse_time
from companion.core.storage import Database

log = logging.getLogger(__name__)

#: the cache keeps at most this many posts (oldest go first)
MAX_CACHED = 20_000
#: uris per lookup query (under SQLite's 999 host parameters of old builds)
_CHUNK = 500
#: what a cached row must have to be kept against a fresh copy
_REQUIRED: dict[str, type] = {"uri": str, "network": str, "author": dict, "created_at": str}
#: posts are written in :meth:`Post.to_row`'s compact form (older caches hold
#: :meth:`Post.to_json`'s objects; both are read), by msgspec: ~4x quicker than the
#: ``json`` encoder, and UTF-8 text is kept as it is (smaller than ``\\u`` escapes)
_MSGSPEC_ENCODE = msgspec.json.Encoder().encode
_JSON_ENCODE = json.JSONEncoder(separators=(",", ":")).encode


_MSGSPEC_DECODE = msgspec.json.Decoder().decode


def _loads(data: str) -> Any:
    """A cached row's JSON as ``json.loads`` reads it, read by msgspec (~3x quicker;
    issue 19: every cached post is read at start and on every save that meets it
    again). Anything msgspec refuses (a lone surrogate's escape, NaN, a number out of
    range, broken JSON) is read by ``json`` as before, with its errors."""
    try:
        return _MSGSPEC_DECODE(data)
    except (msgspec.DecodeError, UnicodeEncodeError):
        return json.loads(data)


def _encode(row: list[Any]) -> bytes | str:
    """A row as JSON: msgspec's UTF-8 bytes, which the insert stores as text
    (``CAST(? AS TEXT)``: SQLite keeps UTF-8 bytes as they are; issue 19: no decoding
    here and encoding again in ``sqlite3``). A string msgspec cannot write as UTF-8
    (a lone surrogate no parser lets through) or a value it does not know goes to
    ``json`` as before (text)."""
    try:
        return _MSGSPEC_ENCODE(row)
    except (msgspec.EncodeError, ValueError, TypeError):
        return _JSON_ENCODE(row)


class PostStore:
    def __init__(self, db: Database) -> None:
        self.db = db

    def save(self, posts: Iterable[Post], now: datetime) -> int:
        """Insert or replace (edits) posts; returns how many rows were written.
        Posts go 500 at a time: one query finds their cached copies and one batch
        writes them (issue 19: a query per post was most of storing 10,000; chunks
        keep the JSON waiting to be written small)."""
        posts = list(posts)
        stamp = iso(now)
        written = 0
        #: the copy each uri has now: the cached JSON, or a post written in this save
        known: dict[str, Post | str] = {}
        with self.db.transaction() as conn:
            for start in range(0, len(posts), _CHUNK):
                chunk = posts[start : start + _CHUNK]
                uris = [u for u in {p.uri: None for p in chunk} if u not in known]
                if uris:
                    marks = ",".join("?" * len(uris))  # only "?" marks: nothing user-made
                    query = f"SELECT uri, data FROM live_posts WHERE uri IN ({marks})"  # noqa: S608
                    known.update(conn.execute(query, uris))
                rows: list[tuple[str, str, str, bytes | str, str]] = []
                ids: list[tuple[str, str, str]] = []
                for p in chunk:
                    old = known.get(p.uri)
                    if old is None or _newer(p, old):
                        known[p.uri] = p
                        row = p.to_row()
                        rows.append((p.uri, row[7], p.network, _encode(row), stamp))
                    if p.remote_id and p.source:
                        ids.append((p.source, p.remote_id, p.uri))
                conn.executemany(
                    "INSERT INTO live_posts(uri, created_at, network, data, stored_at) "
                    "VALUES(?, ?, ?, CAST(? AS TEXT), ?) ON CONFLICT(uri) DO UPDATE SET "
                    "data = excluded.data, created_at = excluded.created_at",
                    rows,
                )
                conn.executemany(
                    "INSERT OR REPLACE INTO live_ids(source, remote_id, uri) VALUES(?, ?, ?)",
                    ids,
                )
                written += len(rows)
        return written

    def delete_remote(self, source: str, remote_id: str) -> str | None:
        """Remove the post ``source`` knows as ``remote_id``; returns its uri."""
        with self.db.transaction() as conn:
            row = conn.execute(
                "SELECT uri FROM live_ids WHERE source = ? AND remote_id = ?", (source, remote_id)
            ).fetchone()
            if row is None:
                return None
            uri = str(row[0])
            conn.execute("DELETE FROM live_posts WHERE uri = ?", (uri,))
            conn.execute("DELETE FROM live_ids WHERE uri = ?", (uri,))
            return uri

    def recent(self, limit: int = 5000, since: datetime | None = None) -> list[Post]:
        """Newest first."""
        if since is not None:
            rows = self.db.query(
                "SELECT data FROM live_posts WHERE created_at >= ? "
                "ORDER BY created_at DESC LIMIT ?",
                (iso(since), limit),
            )
        else:
            rows = self.db.query(
                "SELECT data FROM live_posts ORDER BY created_at DESC LIMIT ?", (limit,)
            )
        posts: list[Post] = []
        for row in rows:
            try:
                data = _loads(row[0])
                posts.append(
                    Post.from_row(data) if isinstance(data, list) else Post.from_json(data)
                )
            except (ValueError, ParseError) as exc:
                log.info("skipped an unreadable cached post: %s", exc)
        return posts

    def count(self) -> int:
        row = self.db.query_one("SELECT COUNT(*) FROM live_posts")
        return int(row[0]) if row else 0

    def prune(self, keep: int = MAX_CACHED) -> None:
        self.db.execute(
            "DELETE FROM live_posts WHERE uri IN (SELECT uri FROM live_posts "
            "ORDER BY created_at DESC LIMIT -1 OFFSET ?)",
            (keep,),
        )
        self.db.execute("DELETE FROM live_ids WHERE uri NOT IN (SELECT uri FROM live_posts)")

    # -- per-source cursors -------------------------------------------------
    def cursor(self, source: str) -> str:
        row = self.db.query_one("SELECT cursor FROM live_sources WHERE source = ?", (source,))
        return str(row[0]) if row else ""

    def set_cursor(self, source: str, cursor: str, now: datetime) -> None:
        self.db.execute(
            "INSERT INTO live_sources(source, cursor, last_success) VALUES(?, ?, ?) "
            "ON CONFLICT(source) DO UPDATE SET cursor = excluded.cursor, "
            "last_success = excluded.last_success",
            (source, cursor, iso(now)),
        )

    def source_successes(self) -> dict[str, datetime]:
        """When each source last answered (for "unreachable since …")."""
        out: dict[str, datetime] = {}
        for source, when in self.db.query("SELECT source, last_success FROM live_sources"):
            try:
                out[str(source)] = parse_time(when)
            except ParseError:
                continue
        return out

    def last_success(self) -> datetime | None:
        """When any source last answered (for "offline since …")."""
        row = self.db.query_one("SELECT MAX(last_success) FROM live_sources")
        if row is None or row[0] is None:
            return None
        try:
            return parse_time(row[0])
        except ParseError:
            return None


def _newer(post: Post, old: Post | str) -> bool:
    """Replace a cached post only with an edit (or a fuller copy). ``old``: the cached
    JSON (only the two fields compared are read) or a post already in this batch."""
    if isinstance(old, Post):
        old_edited, old_reposted = old.edited_at, old.reposted_by is not None
    else:
        try:
            d = _loads(old)
            if isinstance(d, list):
                cached = Post.from_row(d)  # checks the whole row
                old_edited, old_reposted = cached.edited_at, cached.reposted_by is not None
            elif not isinstance(d, dict) or not all(
                isinstance(d.get(k), t) for k, t in _REQUIRED.items()
            ):
                return True  # unreadable: a good copy replaces it
            else:
                edited = d.get("edited_at")
                old_edited = parse_time(edited) if edited else None
                old_reposted = d.get("reposted_by") is not None
        except (ValueError, ParseError):
            return True
    if post.edited_at and (old_edited is None or post.edited_at > old_edited):
        return True
    return old_reposted and post.reposted_by is None
