"""X (Twitter) API v2 recent search, used only when the user gave API credentials.

``GET /2/tweets/search/recent`` with the hashtags, newest first; ``since_id`` from
the last reply's ``meta.newest_id`` (an opaque string, never compared as a number).
"""

from __future__ import annotations

import html
import logging
from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

from companion.core.errors import QT_TRANSLATE_NOOP, NeedsLoginError, ServerError
from companion.core.jsonsafe import response_json
from companion.core.live.model import Author, Media, ParseError, Post, parse_time, scrub
from companion.core.live.sanitize import safe_url
from companion.core.messages import REPLY_UNREADABLE
from companion.core.net import HttpClient, RateLimit

log = logging.getLogger(__name__)

API = "https://api.x.com"


def _s(d: object, key: str) -> str:
    v = d.get(key) if isinstance(d, dict) else None
    return scrub(v) if isinstance(v, str) else ""


def _l(d: object, key: str) -> list[Any]:
    v = d.get(key) if isinstance(d, dict) else None
    return v if isinstance(v, list) else []


def parse_search(raw: object, source: str = "x") -> tuple[list[Post], str]:
    """Posts and ``meta.newest_id`` ("" when none). Raises :class:`ParseError` only."""
    if not isinstance(raw, dict):
        raise ParseError(QT_TRANSLATE_NOOP("Errors", "the X reply is not an object"))
    data = raw.get("data", [])
    if not isinstance(data, list):
        raise ParseError(QT_TRANSLATE_NOOP("Errors", "the X reply has no list of posts"))
    includes = raw.get("includes") if isinstance(raw.get("includes"), dict) else {}
    users = {_s(u, "id"): u for u in _l(includes, "users")}
    media = {_s(m, "media_key"): m for m in _l(includes, "media")}
    posts: list[Post] = []
    for tweet in data:
        try:
            posts.append(_tweet(tweet, users, media, source))
        except ParseError as exc:
            log.info("skipped an X post: %s", exc)
    meta = raw.get("meta")
    return posts, _s(meta, "newest_id")


def _tweet(t: object, users: Mapping[str, Any], media: Mapping[str, Any], source: str) -> Post:
    tid = _s(t, "id")
    if not tid or not tid.isascii():
        raise ParseError(QT_TRANSLATE_NOOP("Errors", "an X post has no id"))
    user = users.get(_s(t, "author_id"), {})
    username = _s(user, "username") or "i"
    text = _s(t, "text")
    entities = t.get("entities") if isinstance(t, dict) else None
    links = [safe_url(_s(u, "expanded_url")) for u in _l(entities, "urls")]
    tags = [_s(h, "tag") for h in _l(entities, "hashtags") if _s(h, "tag")]
    attached = t.get("attachments") if isinstance(t, dict) else None
    items = []
    for key in _l(attached, "media_keys"):
        m = media.get(key) if isinstance(key, str) else None
        if isinstance(m, dict):
            kind = {"photo": "image", "animated_gif": "gifv", "video": "video"}.get(
                _s(m, "type"), "unknown"
            )
            preview = safe_url(_s(m, "preview_image_url") or _s(m, "url"))
            items.append(Media(kind, safe_url(_s(m, "url")), preview, _s(m, "alt_text")))
    url = f"https://x.com/{username}/status/{tid}"
    lang = _s(t, "lang")
    return Post(
        uri=url,
        network="x",
        author=Author(
            _s(user, "name") or username,
            username,
            safe_url(_s(user, "profile_image_url")),
            f"https://x.com/{username}",
        ),
        created_at=parse_time(_s(t, "created_at")),
        html=entities_html(text, entities),
        text=text,
        url=url,
        links=tuple(u for u in links if u),
        tags=tuple(tags),
        language=lang if lang and lang not in ("und", "zxx") else None,
        sensitive=bool(t.get("possibly_sensitive")) if isinstance(t, dict) else False,
        media=tuple(items),
        source=source,
        remote_id=tid,
    )


def entities_html(text: str, entities: object) -> str:
    """``text`` as safe HTML with its links, hashtags and mentions clickable (a t.co
    link shown as its ``display_url``, opening its ``expanded_url``). An entity whose
    indices do not point at what it names is left as text."""
    #: (start, end, where it opens, what it shows, what the text must say there)
    spans: list[tuple[int, int, str, str, str]] = []
    for u in _l(entities, "urls"):
        target = safe_url(_s(u, "expanded_url") or _s(u, "url"))
        if target:
            spans.append((*_at(u), target, _s(u, "display_url"), _s(u, "url")))
    for h in _l(entities, "hashtags"):
        tag = _s(h, "tag")
        if tag:
            href = f"https://x.com/hashtag/{quote(tag, safe='')}"
            spans.append((*_at(h), href, "", tag))
    for m in _l(entities, "mentions"):
        name = _s(m, "username")
        if name:
            spans.append((*_at(m), f"https://x.com/{quote(name, safe='')}", "", name))
    out: list[str] = []
    pos = 0
    for start, end, href, label, expect in sorted(spans):
        if start < pos or not 0 <= start < end <= len(text):
            continue  # overlapping or outside the text
        shown = text[start:end]
        if expect.lower() not in shown.lower():
            continue  # the indices do not point at the link, #tag or @name
        out.append(_text_html(text[pos:start]))
        out.append(
            f'<a href="{html.escape(href)}" rel="nofollow noopener noreferrer">'
            f"{html.escape(label or shown, quote=False)}</a>"
        )
        pos = end
    out.append(_text_html(text[pos:]))
    return "<p>" + "".join(out) + "</p>"


def _at(entity: object) -> tuple[int, int]:
    start = entity.get("start") if isinstance(entity, dict) else None
    end = entity.get("end") if isinstance(entity, dict) else None
    if isinstance(start, int) and isinstance(end, int):
        return start, end
    return -1, -1


def _text_html(text: str) -> str:
    return html.escape(text, quote=False).replace("\n", "<br>")


class _StaleSinceId(Exception):
    """X refused ``since_id`` (older than the 7 days recent search covers)."""


class XClient:
    def __init__(self, http: HttpClient, auth: Mapping[str, str], base_url: str = API) -> None:
        self.http = http
        self.auth = dict(auth)
        self.base_url = base_url.rstrip("/")

    def search(
        self, tags: list[str], since_id: str = "", max_pages: int = 3
    ) -> tuple[list[Post], str, RateLimit]:
        """Posts newer than ``since_id``. X answers newest first and cuts at
        ``max_results``; with ``since_id`` the rest of a burst is reached through
        ``meta.next_token`` (``pagination_token``), or it would be skipped for good
        once ``since_id`` moves past it (docs.x.com, GET /2/tweets/search/recent)."""
        # X evaluates AND (a space) before OR: without the parentheses
        # "#a OR #b -is:retweet" means "#a OR (#b -is:retweet)" and lets #a's
        # retweets through (docs.x.com, "Building queries for Search Posts",
        # operator logic and grouping)
        ors = " OR ".join(f"#{t.lstrip('#')}" for t in tags)
        query = (f"({ors})" if len(tags) > 1 else ors) + " -is:retweet"
        params = {
            "query": query,
            "max_results": "50",
            "tweet.fields": "created_at,lang,entities,possibly_sensitive,attachments,author_id",
            "expansions": "author_id,attachments.media_keys",
            "user.fields": "name,username,profile_image_url",
            "media.fields": "type,url,preview_image_url,alt_text",
        }
        if since_id:
            params["since_id"] = since_id
        posts: list[Post] = []
        newest = ""
        limit = RateLimit()
        for _page in range(max_pages if since_id else 1):
            try:
                batch, page_newest, token, limit = self._page(params)
            except _StaleSinceId:
                # recent search covers 7 days and refuses an older since_id with 400
                # ("Invalid 'since_id' ... must be a tweet id created after ..."):
                # after a week with the app closed, start again from the latest posts
                log.info("X: since_id %s is too old; starting from the latest posts", since_id)
                params.pop("since_id", None)
                batch, page_newest, token, limit = self._page(params)
                token = ""  # one page, as on a first poll
            posts.extend(batch)
            newest = newest or page_newest  # the first page holds the newest
            if not token:
                break
            params["pagination_token"] = token
        return posts, newest, limit

    def _page(self, params: dict[str, str]) -> tuple[list[Post], str, str, RateLimit]:
        resp = self.http.get(
            self.base_url + "/2/tweets/search/recent", params=params, headers=self.auth
        )
        if resp.status_code in (401, 403):
            raise NeedsLoginError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "X refused the API credentials (reading needs a paid developer account).",
                ),
                hint=QT_TRANSLATE_NOOP(
                    "Errors", "Check the X credentials in Accounts, or remove them."
                ),
            )
        if resp.status_code == 400 and "since_id" in params and "since_id" in resp.text:
            raise _StaleSinceId
        self.http.raise_for_status(resp, what="X")
        try:
            raw = response_json(resp)
            posts, newest = parse_search(raw)
        except ValueError as exc:
            raise ServerError(REPLY_UNREADABLE, args=("X",)) from exc
        meta = raw.get("meta") if isinstance(raw, dict) else None
        return posts, newest, _s(meta, "next_token"), self.http.rate_limit(resp)
