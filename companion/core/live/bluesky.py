"""Bluesky: ``app.bsky.feed.searchPosts`` by tag, newest first, parsed into posts.

Through the user's PDS session when there is one; otherwise the public AppView is
tried, and a refusal (401/403) becomes "Bluesky needs a login".
"""

from __future__ import annotations

import html
import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

from companion.core.accounts.bluesky import raise_if_inactive
from companion.core.accounts.urls import host_of
from companion.core.errors import QT_TRANSLATE_NOOP, NeedsLoginError, ServerError
from companion.core.jsonsafe import response_json
from companion.core.live.model import Author, Media, ParseError, Post, iso, parse_time, scrub
from companion.core.live.sanitize import safe_url
from companion.core.messages import REPLY_UNREADABLE
from companion.core.net import HttpClient, RateLimit

log = logging.getLogger(__name__)
_LOGIN_EXPIRED = QT_TRANSLATE_NOOP("Errors", "Bluesky: the login has expired.")

PUBLIC_APPVIEW = "https://public.api.bsky.app"
SEARCH = "/xrpc/app.bsky.feed.searchPosts"
SENSITIVE_LABELS = {"porn", "sexual", "nudity", "graphic-media", "gore", "nsfl"}


def _s(d: object, key: str) -> str:
    if not isinstance(d, dict):
        return ""
    v = d.get(key)
    return scrub(v) if isinstance(v, str) else ""


def _d(d: object, key: str) -> dict[str, Any]:
    v = d.get(key) if isinstance(d, dict) else None
    return v if isinstance(v, dict) else {}


def _l(d: object, key: str) -> list[Any]:
    v = d.get(key) if isinstance(d, dict) else None
    return v if isinstance(v, list) else []


#: where bsky.app shows hashtags and profiles
WEB = "https://bsky.app"


def render_facets(text: str, facets: list[Any]) -> tuple[str, list[str], list[str]]:
    """Safe HTML for ``text`` with its link/tag facets (UTF-8 byte offsets), plus the
    links and tags found. Bad or overlapping facets are ignored."""
    data = text.encode("utf-8")
    spans: list[tuple[int, int, str | None]] = []
    links: list[str] = []
    tags: list[str] = []
    for facet in facets:
        index = _d(facet, "index")
        start, end = index.get("byteStart"), index.get("byteEnd")
        if not isinstance(start, int) or not isinstance(end, int) or not 0 <= start < end:
            continue
        if end > len(data):
            continue
        href: str | None = None
        for feature in _l(facet, "features"):
            kind = _s(feature, "$type")
            if kind.endswith("#link"):
                href = safe_url(_s(feature, "uri"))
                if href:
                    links.append(href)
            elif kind.endswith("#tag") and _s(feature, "tag"):
                tags.append(_s(feature, "tag"))
                # hashtags and mentions open on bsky.app, as the official client does
                # (not counted as links shared)
                href = f"{WEB}/hashtag/{quote(_s(feature, 'tag'), safe='')}"
            elif kind.endswith("#mention") and _s(feature, "did").startswith("did:"):
                href = f"{WEB}/profile/{quote(_s(feature, 'did'), safe=':')}"
        if href:
            spans.append((start, end, href))
    spans.sort()
    out: list[str] = []
    pos = 0
    for start, end, href in spans:
        if start < pos:
            continue  # overlapping facet
        out.append(_esc(data[pos:start]))
        out.append(
            f'<a href="{html.escape(href or "")}" rel="nofollow noopener noreferrer">'
            f"{_esc(data[start:end])}</a>"
        )
        pos = end
    out.append(_esc(data[pos:]))
    return "<p>" + "".join(out) + "</p>", links, tags


def _esc(chunk: bytes) -> str:
    return html.escape(chunk.decode("utf-8", errors="replace"), quote=False).replace("\n", "<br>")


def _media(embed: dict[str, Any]) -> list[Media]:
    kind = _s(embed, "$type")
    out: list[Media] = []
    if kind.startswith("app.bsky.embed.images"):
        for img in _l(embed, "images"):
            out.append(
                Media(
                    "image",
                    safe_url(_s(img, "fullsize")),
                    safe_url(_s(img, "thumb")),
                    _s(img, "alt"),
                )
            )
    elif kind.startswith("app.bsky.embed.video"):
        out.append(
            Media(
                "video",
                safe_url(_s(embed, "playlist")),
                safe_url(_s(embed, "thumbnail")),
                _s(embed, "alt"),
            )
        )
    elif kind.startswith("app.bsky.embed.external"):
        ext = _d(embed, "external")
        out.append(
            Media("link", safe_url(_s(ext, "uri")), safe_url(_s(ext, "thumb")), _s(ext, "title"))
        )
    elif kind.startswith("app.bsky.embed.recordWithMedia"):
        out.extend(_media(_d(embed, "media")))
    return out


def parse_post(raw: object, source: str = "bluesky") -> Post:
    """A ``postView`` as a :class:`Post`. Raises :class:`ParseError` only."""
    if not isinstance(raw, dict):
        raise ParseError(QT_TRANSLATE_NOOP("Errors", "a Bluesky post is not an object"))
    uri = _s(raw, "uri")
    if not uri.startswith("at://"):
        raise ParseError(QT_TRANSLATE_NOOP("Errors", "a Bluesky post has no at:// uri"))
    record = _d(raw, "record")
    author_raw = _d(raw, "author")
    handle = _s(author_raw, "handle") or _s(author_raw, "did") or "?"
    try:
        created = parse_time(_s(record, "createdAt"))
    except ParseError:
        # createdAt is whatever the author's client wrote (records are not validated
        # by the AppView): fall back to when the AppView indexed the post
        created = parse_time(_s(raw, "indexedAt"))
    sort_at = created
    if _s(raw, "indexedAt"):
        try:
            # the AppView orders and filters ("since") by sortAt: the earlier of
            # createdAt and indexedAt, so a post from a wrong clock cannot claim
            # the future (app.bsky.feed.searchPosts, "since" parameter)
            sort_at = min(created, parse_time(_s(raw, "indexedAt")))
        except ParseError:
            pass
    text = _s(record, "text")
    body, links, tags = render_facets(text, _l(record, "facets"))
    tags += [scrub(t) for t in _l(record, "tags") if isinstance(t, str)]
    langs = [scrub(x) for x in _l(record, "langs") if isinstance(x, str)]
    labels = {_s(x, "val") for x in _l(raw, "labels")} | {
        _s(x, "val") for x in _l(_d(record, "labels"), "values")
    }
    rkey = uri.rsplit("/", 1)[-1]
    media = _media(_d(raw, "embed"))
    links += [m.url for m in media if m.kind == "link" and m.url]
    return Post(
        uri=uri,
        network="bluesky",
        author=Author(
            name=_s(author_raw, "displayName") or handle,
            handle=handle,
            avatar=safe_url(_s(author_raw, "avatar")),
            url=f"https://bsky.app/profile/{handle}",
        ),
        created_at=created,
        html=body,
        text=text,
        url=f"https://bsky.app/profile/{handle}/post/{rkey}",
        links=tuple(dict.fromkeys(links)),
        tags=tuple(dict.fromkeys(tags)),
        language=langs[0][:16] if langs else None,
        sensitive=bool(labels & SENSITIVE_LABELS),
        media=tuple(media),
        source=source,
        remote_id=uri,
        extra={"cid": _s(raw, "cid"), "sort_at": iso(sort_at)},
    )


def parse_search(raw: object, source: str = "bluesky") -> tuple[list[Post], str | None]:
    if not isinstance(raw, dict) or not isinstance(raw.get("posts"), list):
        raise ParseError(QT_TRANSLATE_NOOP("Errors", "the search reply has no list of posts"))
    posts: list[Post] = []
    for item in raw["posts"]:
        try:
            posts.append(parse_post(item, source))
        except ParseError as exc:
            log.info("skipped a Bluesky post: %s", exc)
    cursor = raw.get("cursor")
    return posts, cursor if isinstance(cursor, str) else None


@dataclass
class SearchResult:
    posts: list[Post]
    rate_limit: RateLimit
    requests: int
    #: False when paging back to ``since`` stopped short (paging budget, page cap)
    complete: bool = True


class BlueskyClient:
    """Searches posts by tag, through ``base_url`` (a PDS with ``auth``, or the AppView)."""

    def __init__(
        self,
        http: HttpClient,
        base_url: str = PUBLIC_APPVIEW,
        auth: Mapping[str, str] | None = None,
        label: str = "Bluesky",
    ) -> None:
        self.http = http
        self.base_url = base_url.rstrip("/")
        self.auth = dict(auth or {})
        self.host = host_of(self.base_url)
        #: whose session ``auth`` is (for messages)
        self.label = label

    def search(
        self,
        tags: list[str],
        *,
        since: str | None = None,
        limit: int = 50,
        max_pages: int = 3,
        can_page: Callable[[], bool] | None = None,
        short_page_is_last: bool = True,
    ) -> SearchResult:
        """Newest posts with each tag. With ``since`` (a poll, or ``feed --since``),
        ``cursor`` pages are followed while full, up to ``max_pages`` per tag and while
        ``can_page()`` allows each further page; ``complete`` says whether they ran out.

        ``app.bsky.feed.searchPosts``: ``q`` is required; ``tag`` is given without
        "#" (several ``tag`` values would be AND-ed, so each tag is its own query);
        ``sort=latest``; ``since`` is inclusive and compares with ``sortAt``;
        ``limit`` is 1-100; ``cursor`` comes back while there may be more.

        ``short_page_is_last``: a page with fewer posts than ``limit`` ends the paging
        (a poll for what is new). Reading back to a time (``feed --since``) goes on
        while a cursor comes back: the AppView drops posts it will not show this
        reader (blocked authors, taken-down posts) from a page after paging."""
        posts: list[Post] = []
        limit_seen = RateLimit()
        requests = 0
        complete = True
        limit = max(1, min(limit, 100))
        for raw_tag in tags:
            tag = raw_tag.strip().lstrip("#＃")
            if not tag:
                continue
            cursor: str | None = None
            for page in range(max_pages if since else 1):
                if page and can_page is not None and not can_page():
                    complete = False
                    break
                params: dict[str, str | int] = {
                    "q": f"#{tag}",
                    "tag": tag,
                    "sort": "latest",
                    "limit": limit,
                }
                if since:
                    params["since"] = since
                if cursor:
                    params["cursor"] = cursor
                found, cursor, limit_seen = self._page(params)
                requests += 1
                posts.extend(found)
                if not cursor or not found or (short_page_is_last and len(found) < limit):
                    break
            else:
                complete = complete and not (since and cursor)
        return SearchResult(posts, limit_seen, requests, complete)

    def _page(self, params: dict[str, str | int]) -> tuple[list[Post], str | None, RateLimit]:
        resp = self.http.get(self.base_url + SEARCH, params=params, headers=self.auth)
        limit_seen = self.http.rate_limit(resp)
        if self.auth:  # a deactivated or taken-down account: no new login helps
            raise_if_inactive(resp, self.label)
        if resp.status_code in (401, 403):
            if self.auth:
                raise NeedsLoginError(_LOGIN_EXPIRED)
            raise NeedsLoginError(
                QT_TRANSLATE_NOOP("Errors", "Bluesky needs a login to search posts."),
                hint=QT_TRANSLATE_NOOP(
                    "Errors", "Add a Bluesky account (with an app password) in Accounts."
                ),
            )
        if resp.status_code == 400 and self.auth and "ExpiredToken" in resp.text:
            raise NeedsLoginError(_LOGIN_EXPIRED)
        self.http.raise_for_status(resp, what="Bluesky")
        try:
            found, cursor = parse_search(response_json(resp))
        except ValueError as exc:
            raise ServerError(REPLY_UNREADABLE, args=("Bluesky",)) from exc
        return found, cursor, limit_seen
