"""Length of a post by each network's own rules, and Bluesky facets.

* Mastodon (``StatusLengthValidator``): content warning + text in grapheme clusters;
  every ``http(s)://`` URL counts ``characters_reserved_per_url`` (23); a mention
  counts only ``@user`` (its ``@domain`` is free). Other servers that speak the
  Mastodon API count differently: see :func:`server_rule` and docs/server-rules.md.
* Bluesky: at most 300 graphemes **and** 3,000 UTF-8 bytes; URLs count in full.
* X: twitter-text v3 weighted length (``twitter-text-parser``), limit 280.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any

import regex  # type: ignore[import-untyped]

from companion.core.accounts.model import Network
from companion.core.compose.hashtag import ensure_hashtag as ensure_hashtag  # the one rule
from companion.core.compose.server_rules import (
    RULE_CODEPOINTS,
    RULE_MASTODON,
    RULE_PLAIN,
    STRICT_RULE,
    server_rule,
)
from companion.core.compose.x_counting import x_length

MASTODON_DEFAULT_MAX = 500
MASTODON_URL_WEIGHT = 23
MASTODON_DEFAULT_MEDIA = 4
BLUESKY_MAX_GRAPHEMES = 300
BLUESKY_MAX_BYTES = 3000
X_MAX_WEIGHTED = 280

_GRAPHEME = regex.compile(r"\X")
# Mastodon's URL pattern is twitter-text's; for counting, a scheme then non-space
# characters, minus trailing punctuation, is what matters.
_URL = regex.compile(r"(?<![\w/])https?://[^\s<>\"]+", regex.IGNORECASE)
_TRAILING = ".,;:!?)]}'\"…»”’"
# ``@user@domain``: only ``@user`` counts. Mastodon's Account::MENTION_RE (usernames
# are ASCII; the domain may be any word characters) as used by its Extractor, which
# also drops a match followed by "@", a Latin accent or "://" (twitter-text's
# end_mention_match) rather than shortening it: "@josé@x.org" is no mention.
_MENTION = regex.compile(
    r"(?<![=/\w])@([a-z0-9_]+(?:[a-z0-9_.-]+[a-z0-9_]+)?)(@[\w.-]+\w+)?", regex.IGNORECASE
)
_END_MENTION = regex.compile(
    r"[@＠\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff\u0100-\u024f\u0253\u0254\u0256\u0257"
    r"\u0259\u025b\u0263\u0268\u026f\u0272\u0289\u028b\u02bb\u0300-\u036f\u1e00-\u1eff]|://"
)
# hashtags as Bluesky's richtext detects them: a "#" not after a word char, then
# anything up to whitespace/punctuation, not all digits
_TAG = regex.compile(
    r"(?<![\w#&])[#＃]((?!\ufe0f)[^\s\u00AD\u2060\u200A\u200B\u200C\u200D\u20e2]*[^\d\s\p{P}\u00AD\u2060\u200A\u200B\u200C\u200D\u20e2]+[^\s\u00AD\u2060\u200A\u200B\u200C\u200D\u20e2]*)?"
)


def graphemes(text: str) -> int:
    """Number of extended grapheme clusters (what a person sees as characters)."""
    return len(_GRAPHEME.findall(text))


# Counting a long draft again on every keystroke took ~0.5 ms per rule (issue 19). A
# draft is cut into chunks of about CHUNK characters, each ending just before a word
# that starts after a space or line break with an ASCII letter or digit: a grapheme
# cluster never spans that point (UAX #29: nothing joins a space to a following
# letter), nor does a URL or a mention, so the lengths add up; each chunk's length is
# cached, and only the chunk being typed in is counted again.
_CHUNK_BREAK = re.compile(r"(?<=[ \n])(?=[A-Za-z0-9])")
CHUNK = 256


def chunks(text: str) -> list[str]:
    """``text`` cut at points where the per-network lengths add up (see above)."""
    if len(text) < 2 * CHUNK:
        return [text]
    out: list[str] = []
    start = 0
    while True:
        m = _CHUNK_BREAK.search(text, start + CHUNK)
        if m is None:
            out.append(text[start:])
            return out
        out.append(text[start : m.start()])
        start = m.start()


@functools.lru_cache(maxsize=1024)
def _graphemes_chunk(chunk: str) -> int:
    return len(_GRAPHEME.findall(chunk))


def graphemes_fast(text: str) -> int:
    """:func:`graphemes`, chunk by chunk with a cache (for counting as one types)."""
    return sum(_graphemes_chunk(c) for c in chunks(text))


def _strip_trailing(url: str) -> str:
    while url and url[-1] in _TRAILING:
        # keep a closing bracket that has its opening one inside the URL
        if url[-1] == ")" and url.count("(") >= url.count(")"):
            break
        url = url[:-1]
    return url


def find_urls(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, url)`` in ``str`` indices, trailing punctuation excluded."""
    out: list[tuple[int, int, str]] = []
    for m in _URL.finditer(text):
        url = _strip_trailing(m.group(0))
        if len(url) > len(m.group(0).split("://", 1)[0]) + 3:
            out.append((m.start(), m.start() + len(url), url))
    return out


# --------------------------------------------------------------------------- limits
@dataclass(frozen=True)
class Limits:
    network: Network
    max_characters: int
    url_weight: int = MASTODON_URL_WEIGHT
    max_bytes: int | None = None
    max_media: int = MASTODON_DEFAULT_MEDIA
    #: bytes an image may have after re-encoding
    image_size_limit: int = 10_000_000
    description_limit: int = 1500
    mime_types: tuple[str, ...] = ("image/jpeg", "image/png", "image/webp", "image/gif")
    #: how the server measures (RULE_MASTODON, RULE_PLAIN or RULE_CODEPOINTS)
    rule: str = RULE_MASTODON

    @property
    def plain_length(self) -> bool:
        """Pleroma/Akkoma: text + content warning in full, no URL or mention rules."""
        return self.rule == RULE_PLAIN

    def strict(self, max_characters: int | None = None) -> Limits:
        """The same limits counted the strictest way (code points, URLs in full)."""
        return replace(self, rule=STRICT_RULE, max_characters=max_characters or self.max_characters)

    @classmethod
    def for_network(cls, network: Network, info: Mapping[str, Any] | None = None) -> Limits:
        info = info or {}

        def num(key: str, default: int) -> int:
            value = info.get(key)
            return value if isinstance(value, int) and value > 0 else default

        if network is Network.MASTODON:
            mimes = info.get("supported_mime_types")
            return cls(
                network,
                num("max_characters", MASTODON_DEFAULT_MAX),
                url_weight=num("characters_reserved_per_url", MASTODON_URL_WEIGHT),
                max_media=num("max_media_attachments", MASTODON_DEFAULT_MEDIA),
                image_size_limit=num("image_size_limit", 16_777_216),
                description_limit=num("description_limit", 1500),
                mime_types=tuple(m for m in mimes if isinstance(m, str) and m.startswith("image/"))
                if isinstance(mimes, list) and mimes
                else cls.mime_types,
                rule=server_rule(info),
            )
        if network is Network.BLUESKY:
            return cls(
                network,
                BLUESKY_MAX_GRAPHEMES,
                url_weight=0,
                max_bytes=BLUESKY_MAX_BYTES,
                max_media=4,
                image_size_limit=1_000_000,
                description_limit=2000,
                mime_types=("image/jpeg", "image/png", "image/webp"),
            )
        return cls(
            network,
            num("max_characters", X_MAX_WEIGHTED),
            url_weight=23,
            max_media=4,
            image_size_limit=5_000_000,
            description_limit=1000,
            mime_types=("image/jpeg", "image/png", "image/webp", "image/gif"),
        )


# --------------------------------------------------------------------------- counting
@dataclass(frozen=True)
class Count:
    network: Network
    length: int
    limit: int
    #: UTF-8 bytes (Bluesky only, else 0) and the byte cap
    size_bytes: int = 0
    max_bytes: int | None = None
    facets: list[dict[str, Any]] = field(default_factory=list)

    @property
    def fits(self) -> bool:
        if self.length > self.limit:
            return False
        return self.max_bytes is None or self.size_bytes <= self.max_bytes

    @property
    def remaining(self) -> int:
        return self.limit - self.length

    def as_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "network": self.network.value,
            "length": self.length,
            "limit": self.limit,
            "fits": self.fits,
        }
        if self.network is Network.BLUESKY:
            out["bytes"] = self.size_bytes
            out["max_bytes"] = self.max_bytes
            out["facets"] = self.facets
        return out


def mastodon_length(text: str, spoiler: str = "", url_weight: int = MASTODON_URL_WEIGHT) -> int:
    """Length as Mastodon's ``StatusLengthValidator`` counts it."""
    pieces: list[str] = []
    pos = 0
    placeholder = "x" * url_weight
    for start, end, _url in find_urls(text):
        pieces.append(text[pos:start])
        pieces.append(placeholder)
        pos = end
    pieces.append(text[pos:])
    joined = "".join(pieces)

    def mention(m: Any) -> str:
        if _END_MENTION.match(joined, m.end()):
            return str(m.group(0))  # not a mention: counted in full
        return "@" + str(m.group(1))

    rewritten = _MENTION.sub(mention, joined)
    return graphemes(spoiler) + graphemes(rewritten)


@functools.lru_cache(maxsize=1024)
def _mastodon_chunk(chunk: str, url_weight: int) -> int:
    return mastodon_length(chunk, "", url_weight)


def mastodon_length_fast(
    text: str, spoiler: str = "", url_weight: int = MASTODON_URL_WEIGHT
) -> int:
    """:func:`mastodon_length`, chunk by chunk with a cache (for counting as one types)."""
    body = sum(_mastodon_chunk(c, url_weight) for c in chunks(text))
    return graphemes_fast(spoiler) + body


def count(
    network: Network,
    text: str,
    *,
    spoiler: str = "",
    limits: Limits | None = None,
    with_facets: bool = True,
) -> Count:
    limits = limits or Limits.for_network(network)
    if network is Network.MASTODON:
        if limits.rule == RULE_PLAIN:
            # Pleroma/Akkoma (ActivityDraft: String.trim(String.trim(status) <> summary))
            plain = (text.strip() + spoiler).strip()
            return Count(network, graphemes_fast(plain), limits.max_characters)
        if limits.rule == RULE_CODEPOINTS:
            # Takahē, GoToSocial, Misskey forks, unknown servers: every code point of
            # the text and the content warning, URLs and mentions in full
            return Count(network, len(text) + len(spoiler), limits.max_characters)
        return Count(
            network,
            mastodon_length_fast(text, spoiler, limits.url_weight),
            limits.max_characters,
        )
    if network is Network.BLUESKY:
        return Count(
            network,
            graphemes_fast(text),
            limits.max_characters,
            size_bytes=len(text.encode("utf-8")),
            max_bytes=limits.max_bytes or BLUESKY_MAX_BYTES,
            facets=bluesky_facets(text) if with_facets else [],
        )
    return Count(network, x_length(text), limits.max_characters)


def fits(network: Network, text: str, limits: Limits, spoiler: str = "") -> bool:
    return count(network, text, spoiler=spoiler, limits=limits, with_facets=False).fits


# --------------------------------------------------------------------------- facets
def _byte_offset(text: str, index: int) -> int:
    return len(text[:index].encode("utf-8"))


def bluesky_facets(text: str) -> list[dict[str, Any]]:
    """Link and hashtag facets with UTF-8 byte offsets into ``text`` (final text).

    Trailing punctuation is not part of a tag or link; facets never overlap."""
    spans: list[tuple[int, int, dict[str, Any]]] = []
    for start, end, url in find_urls(text):
        spans.append((start, end, {"$type": "app.bsky.richtext.facet#link", "uri": url}))
    for m in _TAG.finditer(text):
        if not m.group(1):
            continue
        tag = m.group(1)
        # trailing punctuation is not part of the tag
        tag = regex.sub(r"\p{P}+$", "", tag)
        if not tag or tag.isdigit() or graphemes(tag) > 64 or len(tag.encode()) > 640:
            continue
        start = m.start()
        end = start + 1 + len(tag)
        spans.append((start, end, {"$type": "app.bsky.richtext.facet#tag", "tag": tag}))
    spans.sort(key=lambda s: (s[0], -s[1]))
    facets: list[dict[str, Any]] = []
    last_end = -1
    for start, end, feature in spans:
        if start < last_end:
            continue  # overlaps an earlier facet (e.g. "#" inside a URL)
        facets.append(
            {
                "index": {
                    "byteStart": _byte_offset(text, start),
                    "byteEnd": _byte_offset(text, end),
                },
                "features": [feature],
            }
        )
        last_end = end
    return facets
