"""Mastodon (and compatible servers): parse statuses, read the instance, page a tag.

Ids are opaque strings (GoToSocial uses ULIDs): they are never compared as numbers.
New posts are fetched with ``min_id`` = the newest id this instance gave us, and
further pages are followed through the ``Link`` header's ``rel="prev"``.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import lru_cache
from sys import intern
from typing import Any
from urllib.parse import parse_qs, quote, urlsplit

import msgspec
import requests

from companion.core.accounts.urls import host_of, same_origin
from companion.core.errors import QT_TRANSLATE_NOOP, NeedsLoginError, ServerError
from companion.core.jsonsafe import MAX_REPLY_BYTES, loads, response_json
from companion.core.live.links import parse_link_header
from companion.core.live.model import (
    Author,
    Media,
    ParseError,
    Post,
    one_line,
    parse_time,
    scrub,
)
from companion.core.live.sanitize import safe_url, sanitize
from companion.core.messages import MASTODON_LOGIN_HINT, REPLY_UNREADABLE, WANTS_LOGIN
from companion.core.net import HttpClient, RateLimit

log = logging.getLogger(__name__)

MEDIA_KINDS = {"image", "gifv", "video", "audio"}
PAGE_LIMIT = 40
#: more attachments or tags than any server allows are ignored
MAX_MEDIA = 16
MAX_TAGS = 64


def _s(d: Mapping[str, Any], key: str) -> str:
    v = d.get(key)
    if v.__class__ is str:  # not isinstance: ~10 µs a post over a dozen fields (issue 19)
        return v if v.isascii() else scrub(v)
    return scrub(v) if isinstance(v, str) else ""


@lru_cache(maxsize=256)
def source_domain(source: str) -> str:
    """The domain of a ``mastodon:URL`` source (``host:port`` off the default port)."""
    prefix = "mastodon:"
    return host_of(source[len(prefix) :]) if source.startswith(prefix) else ""


def full_acct(acct: str, domain: str) -> str:
    """``acct`` with its server: a local author's bare ``bob`` is ``bob@domain``
    (Mastodon and the servers like it leave the domain out for their own users)."""
    if not acct or "@" in acct or not domain or acct == "?":
        return acct
    return f"{acct}@{domain}"


@lru_cache(maxsize=4096)
def _author(name: str, handle: str, avatar: str | None, url: str | None) -> Author:
    """One shared (frozen) :class:`Author` for all the posts of an author (issue 19:
    time and memory for thousands of posts by a few hundred people)."""
    return Author(name=name, handle=handle, avatar=avatar, url=url)


@lru_cache(maxsize=4096)
def _account(
    acct: str, username: str, display_name: str, avatar: str, url: str, domain: str
) -> Author:
    """The :class:`Author` of an ``Account`` object's fields, worked out once per author."""
    handle = full_acct(acct or username or "?", domain)
    return _author(display_name or handle, handle, safe_url(avatar), safe_url(url))


# -- timeline replies read straight into typed records (issue 19) ----------------------
# Only the fields the app reads are declared; msgspec's C decoder skips every other one
# without building it (no dict per status or account: ~6x quicker than ``json.loads``).
# A reply in any other shape (a field of another type, an error object, a status that is
# not an object, bad JSON) is read again by :func:`~companion.core.jsonsafe.loads` and
# :func:`parse_status`, so it meets the same errors and the same per-status tolerance.
# msgspec refuses lone surrogates anywhere (``"\ud800"``): every string it gives can be
# encoded as UTF-8; numbers are never read from these records.


class _Tag(msgspec.Struct, gc=False):
    name: str | None = None


class _Attachment(msgspec.Struct, gc=False):
    type: str | None = None
    url: str | None = None
    remote_url: str | None = None
    preview_url: str | None = None
    description: str | None = None


class _Account(msgspec.Struct, gc=False):
    acct: str | None = None
    username: str | None = None
    display_name: str | None = None
    avatar: str | None = None
    avatar_static: str | None = None
    url: str | None = None


class _Original(msgspec.Struct, gc=False):
    """A ``Status`` as far as :func:`_typed_post` reads it (a boost's original too)."""

    id: str | None = None
    uri: str | None = None
    url: str | None = None
    created_at: str | None = None
    edited_at: str | None = None
    account: _Account | None = None
    content: str | None = None
    media_attachments: list[_Attachment] | None = None
    tags: list[_Tag] | None = None
    language: str | None = None
    spoiler_text: str | None = None
    sensitive: bool | None = None


class _Status(_Original, gc=False):
    reblog: _Original | None = None


_TIMELINE = msgspec.json.Decoder(list[_Status])
_BOM = b"\xef\xbb\xbf"


def load_statuses(data: bytes, what: str = "The server's reply") -> Any:
    """A timeline reply's body for :func:`parse_statuses`: typed records when it has the
    usual shape, else what :func:`~companion.core.jsonsafe.loads` reads (the same
    :class:`~companion.core.jsonsafe.JsonInputError` for a body it refuses)."""
    if len(data) <= MAX_REPLY_BYTES:
        try:
            return _TIMELINE.decode(data[3:] if data.startswith(_BOM) else data)
        except (msgspec.DecodeError, RecursionError):  # ValidationError is a DecodeError
            pass
    return loads(data, what=what, max_bytes=MAX_REPLY_BYTES)


def _typed_post(raw: _Status, source: str, domain: str) -> Post:
    """:func:`parse_status` for a typed record: the reply's own, or a plain object read
    into one by :func:`_record`."""
    domain = domain or source_domain(source)
    booster: str | None = None
    status: _Original = raw
    if raw.reblog is not None:
        acc = raw.account
        booster = full_acct(acc.acct or "", domain) if acc is not None else "?"
        status = raw.reblog
    uri = status.uri or status.url
    if not uri:
        raise ParseError(QT_TRANSLATE_NOOP("Errors", "a status has no uri"))
    created = parse_time(status.created_at)
    edited: datetime | None = None
    if status.edited_at:
        try:
            edited = parse_time(status.edited_at)
        except ParseError:
            pass
    acc = status.account
    author = (
        _account(
            acc.acct or "",
            acc.username or "",
            acc.display_name or "",
            acc.avatar_static or acc.avatar or "",
            acc.url or "",
            domain,
        )
        if acc is not None
        else _account("", "", "", "", "", domain)
    )
    clean = sanitize(status.content or "", scrubbed=True)  # msgspec and _s scrub
    media: tuple[Media, ...] = ()
    if status.media_attachments:
        media = tuple(
            Media(
                kind=m.type if m.type in MEDIA_KINDS else "unknown",
                url=safe_url(m.url or m.remote_url),
                preview_url=safe_url(m.preview_url),
                alt=m.description or "",
            )
            for m in status.media_attachments[:MAX_MEDIA]
        )
    tags: tuple[str, ...] = ()
    if status.tags:
        tags = tuple([intern(t.name) for t in status.tags[:MAX_TAGS] if t.name])
    lang = status.language
    # the values as Post.__post_init__ would make them (one copy of each repeated
    # string, the booster's name on one line), the post built without it (issue 19)
    return Post.normalised(
        uri,
        "mastodon",
        author,
        created,
        clean.html,
        clean.text,
        safe_url(status.url),
        edited,
        tuple(clean.links),
        tags,
        intern(lang[:16]) if lang else None,
        status.spoiler_text or "",
        status.sensitive is True,
        media,
        intern(one_line(booster)) if booster is not None else None,
        intern(source),
        raw.id or "",
    )


def parse_status(raw: object, source: str = "", domain: str = "") -> Post:
    """A Mastodon ``Status`` as a :class:`Post`; a boost becomes the original with
    ``reposted_by``. ``domain``: the instance's (default: the source's host), added
    to local authors' bare handles. Raises :class:`ParseError` only."""
    if raw.__class__ is _Status:
        return _typed_post(raw, source, domain)
    if not isinstance(raw, dict):
        raise ParseError(QT_TRANSLATE_NOOP("Errors", "a status is not an object"))
    return _typed_post(_record(raw), source, domain)


def _record(raw: dict[str, Any]) -> _Status:
    """A status read as a plain object (a reply not in the usual shape) as the typed
    record :func:`_typed_post` reads: each field of another type counts as absent, as
    in the typed reader's usual shape; a status without uri or time is refused here,
    naming the value found."""
    status = raw["reblog"] if isinstance(raw.get("reblog"), dict) else raw
    if not (_s(status, "uri") or _s(status, "url")):
        raise ParseError(QT_TRANSLATE_NOOP("Errors", "a status has no uri"))
    created = status.get("created_at")
    if not isinstance(created, str):
        parse_time(created)  # raises, naming what the server sent
    reblog = _Original(**_original_fields(status)) if status is not raw else None
    return _Status(**_original_fields(raw), reblog=reblog)


def _original_fields(status: dict[str, Any]) -> dict[str, Any]:
    created, edited = status.get("created_at"), status.get("edited_at")
    attachments, tags = status.get("media_attachments"), status.get("tags")
    account = status.get("account")
    return {
        "id": _s(status, "id"),
        "uri": _s(status, "uri"),
        "url": _s(status, "url"),
        # the times as sent (a time with an odd character fails as before)
        "created_at": created if isinstance(created, str) else None,
        "edited_at": edited if isinstance(edited, str) else None,
        "account": _account_record(account) if isinstance(account, dict) else None,
        "content": _s(status, "content"),
        "media_attachments": [
            _Attachment(
                type=_s(m, "type"),
                url=_s(m, "url"),
                remote_url=_s(m, "remote_url"),
                preview_url=_s(m, "preview_url"),
                description=_s(m, "description"),
            )
            for m in attachments[:MAX_MEDIA]
            if isinstance(m, dict)
        ]
        if isinstance(attachments, list)
        else None,
        "tags": [_Tag(name=_s(t, "name")) for t in tags[:MAX_TAGS] if isinstance(t, dict)]
        if isinstance(tags, list)
        else None,
        "language": _s(status, "language"),
        "spoiler_text": _s(status, "spoiler_text"),
        "sensitive": bool(status.get("sensitive")),
    }


def _account_record(acc: dict[str, Any]) -> _Account:
    return _Account(
        acct=_s(acc, "acct"),
        username=_s(acc, "username"),
        display_name=_s(acc, "display_name"),
        avatar=_s(acc, "avatar"),
        avatar_static=_s(acc, "avatar_static"),
        url=_s(acc, "url"),
    )


def parse_statuses(raw: object, source: str = "", domain: str = "") -> list[Post]:
    """A list of statuses; broken entries are skipped (logged), a non-list is an error."""
    if not isinstance(raw, list):
        raise ParseError(QT_TRANSLATE_NOOP("Errors", "the server did not send a list of posts"))
    posts: list[Post] = []
    domain = domain or source_domain(source)  # once a page, not once a post
    for item in raw:
        try:
            if item.__class__ is _Status:  # the usual reply: straight to the builder
                posts.append(_typed_post(item, source, domain))
            else:
                posts.append(parse_status(item, source, domain))
        except ParseError as exc:
            log.info("skipped a status from %s: %s", source, exc)
    return posts


@dataclass(frozen=True)
class InstanceInfo:
    #: public | authenticated | disabled (for hashtag feeds of remote posts)
    hashtag_access: str = "public"
    streaming_url: str | None = None
    version: str = ""
    #: the server's own domain (``host:port`` off the default port), "" when not said
    domain: str = ""


def parse_instance(raw: object) -> InstanceInfo:
    if not isinstance(raw, dict):
        raise ParseError(QT_TRANSLATE_NOOP("Errors", "the instance description is not an object"))
    conf = raw.get("configuration")
    conf = conf if isinstance(conf, dict) else {}
    access = "public"
    ta = conf.get("timelines_access")
    if isinstance(ta, dict) and isinstance(ta.get("hashtag_feeds"), dict):
        feeds = ta["hashtag_feeds"]
        values = {_s(feeds, "local"), _s(feeds, "remote")} - {""}
        # the combined feed needs a login when either half does (Mastodon 4.5)
        if "authenticated" in values:
            access = "authenticated"
        elif values == {"disabled"}:
            access = "disabled"
    urls = conf.get("urls")
    raw_stream = _s(urls, "streaming") if isinstance(urls, dict) else ""
    for ws, http in (("wss://", "https://"), ("ws://", "http://")):
        if raw_stream.lower().startswith(ws):
            raw_stream = http + raw_stream[len(ws) :]
    streaming = safe_url(raw_stream)
    return InstanceInfo(access, streaming, _s(raw, "version"), _s(raw, "domain").lower())


@dataclass
class TagPage:
    posts: list[Post]
    #: the newest id to poll from next time ("" when nothing came)
    newest_id: str
    rate_limit: RateLimit
    #: requests made that carried min_id/max_id (count against the paging budget)
    paged_requests: int = 0
    requests: int = 0
    deleted_ids: list[str] = field(default_factory=list)
    #: False when paging back to ``since`` stopped before reaching it (budget, page cap)
    complete: bool = True


def _prev_link(resp: requests.Response) -> str | None:
    """The ``rel="prev"`` target (newer posts), absolute. Parsed per RFC 8288, not by
    ``requests`` (see :mod:`companion.core.live.links`)."""
    return parse_link_header(resp.headers.get("Link"), resp.url).get("prev")


def _oldest(body: list[Any]) -> datetime:
    """When the last status of a timeline page was put on the timeline (a boost's
    own time, not the boosted post's); the far future when unreadable (keep paging)."""
    last = body[-1]
    if isinstance(last, _Status):
        when: object = last.created_at
    else:
        when = last.get("created_at") if isinstance(last, dict) else None
    try:
        return parse_time(when)
    except ParseError:
        return datetime.max.replace(tzinfo=UTC)


def min_id_from_link(resp: requests.Response) -> str | None:
    prev = _prev_link(resp)
    if not prev:
        return None
    ids = parse_qs(urlsplit(prev).query).get("min_id")
    return ids[0] if ids else None


class MastodonClient:
    """Reads one instance's hashtag timeline."""

    def __init__(
        self, http: HttpClient, base_url: str, auth: Mapping[str, str] | None = None
    ) -> None:
        self.http = http
        self.base_url = base_url.rstrip("/")
        self.auth = dict(auth or {})
        self.host = host_of(self.base_url)
        #: the instance's domain for local authors' handles (set from the instance info)
        self.domain = self.host

    @property
    def source(self) -> str:
        return f"mastodon:{self.base_url}"

    def instance(self) -> InstanceInfo:
        resp = self.http.get(self.base_url + "/api/v2/instance", headers=self.auth)
        if resp.status_code == 404:  # older or non-Mastodon servers
            return InstanceInfo()
        self.http.raise_for_status(resp, what=self.host)
        try:
            return parse_instance(response_json(resp))
        except ValueError as exc:
            raise ServerError(
                QT_TRANSLATE_NOOP("Errors", "%1: the instance description is unreadable."),
                args=(self.host,),
            ) from exc

    def fetch_tag(
        self,
        tag: str,
        any_tags: Sequence[str] = (),
        *,
        min_id: str | None = None,
        max_pages: int = 3,
        can_page: Any = None,
    ) -> TagPage:
        """Posts newer than ``min_id`` (or the latest page). ``can_page()`` is asked
        before each request that counts against the paging budget."""
        params: list[tuple[str, str]] = [("limit", str(PAGE_LIMIT))]
        params += [("any[]", t) for t in any_tags if t.lower() != tag.lower()]
        if min_id:
            params.append(("min_id", min_id))
        url: str | None = f"{self.base_url}/api/v1/timelines/tag/{quote(tag, safe='')}"
        out = TagPage([], min_id or "", RateLimit())
        pages = 0
        while url is not None and pages < max_pages:
            paged = "min_id=" in url or any(k == "min_id" for k, _ in params)
            if paged and can_page is not None and not can_page():
                break
            resp = self._get(url, params)
            params = []
            if resp is None:  # unknown tag: nothing posted with it there yet
                break
            pages += 1
            out.requests += 1
            out.paged_requests += 1 if paged else 0
            out.rate_limit = self.http.rate_limit(resp)
            try:
                body = load_statuses(resp.content)
            except ValueError as exc:
                raise ServerError(REPLY_UNREADABLE, args=(self.host,)) from exc
            batch = parse_statuses(body, self.source, self.domain)
            # without a Link header: the first post (results come newest first)
            newest = min_id_from_link(resp) or (batch[0].remote_id if batch else "")
            if newest:
                out.newest_id = newest
            out.posts.extend(batch)
            # more new posts than one page holds: follow rel="prev" (only when polling)
            if not min_id or len(body) < PAGE_LIMIT:
                break
            prev = _prev_link(resp)
            url = prev if prev and self._same_origin(prev) else None
        return out

    def fetch_since(
        self,
        tag: str,
        any_tags: Sequence[str] = (),
        *,
        since: datetime,
        max_pages: int = 25,
        can_page: Any = None,
    ) -> TagPage:
        """Every post back to ``since``: the latest page, then ``rel="next"`` (older
        posts, ``max_id``) while the oldest post read is still at or after ``since``.
        ``can_page()`` is asked before each ``max_id`` request (they count against
        the paging budget); ``complete`` is False when paging stopped short."""
        params: list[tuple[str, str]] = [("limit", str(PAGE_LIMIT))]
        params += [("any[]", t) for t in any_tags if t.lower() != tag.lower()]
        url: str | None = f"{self.base_url}/api/v1/timelines/tag/{quote(tag, safe='')}"
        out = TagPage([], "", RateLimit())
        while url is not None:
            paged = out.requests > 0
            if paged and (out.requests >= max_pages or (can_page is not None and not can_page())):
                out.complete = False
                break
            if paged and "limit" not in parse_qs(urlsplit(url).query):
                params = [("limit", str(PAGE_LIMIT))]  # a link that dropped it: ask again
            elif paged:
                params = []
            resp = self._get(url, params)
            if resp is None:  # unknown tag: nothing posted with it there yet
                break
            out.requests += 1
            out.paged_requests += 1 if paged else 0
            out.rate_limit = self.http.rate_limit(resp)
            try:
                body = load_statuses(resp.content)
            except ValueError as exc:
                raise ServerError(REPLY_UNREADABLE, args=(self.host,)) from exc
            batch = parse_statuses(body, self.source, self.domain)
            if not paged:
                out.newest_id = min_id_from_link(resp) or (batch[0].remote_id if batch else "")
            out.posts.extend(batch)
            if not isinstance(body, list) or not body or _oldest(body) < since:
                break
            nxt = parse_link_header(resp.headers.get("Link"), resp.url).get("next")
            url = nxt if nxt and self._same_origin(nxt) else None
        return out

    def _same_origin(self, url: str) -> bool:
        """Only follow pages on this server: the login token goes with every request
        (a prefix test passes ``https://host@elsewhere/`` and ``https://host.evil/``)."""
        return same_origin(url, self.base_url)

    def _get(self, url: str, params: list[tuple[str, str]]) -> requests.Response | None:
        resp = self.http.get(url, params=params or None, headers=self.auth)
        if resp.status_code == 401 or (resp.status_code == 403 and not self.auth):
            raise NeedsLoginError(WANTS_LOGIN, args=(self.host,), hint=MASTODON_LOGIN_HINT)
        if resp.status_code == 404:
            return None
        self.http.raise_for_status(resp, what=self.host)
        return resp
