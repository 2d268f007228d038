"""Bluesky rich text for posting: mentions and bare-domain links found the way the
official client finds them, on top of the link and hashtag facets of
:func:`~companion.core.compose.counting.bluesky_facets`.

The official client (``detectFacets`` in the ``@atproto/api`` package,
``packages/api/src/rich-text/detection.ts``) finds

* a mention: ``@`` at the start, after white space or ``(``, then letters, digits,
  dots and hyphens up to a word boundary, ending in a known top-level domain (or
  ``.test``); it then resolves the handle to a DID and leaves the text plain when
  that fails;
* a link without a scheme: at the start of a line, after white space or ``(``, a
  name ``[a-z][a-z0-9]*`` with at least one ``.label`` after it, ending in a known
  top-level domain, plus whatever non-space follows (``example.org/asm``); the link
  is ``https://`` + that text, less one trailing ``.,;:!?`` and one ``)`` when the
  text has no ``(``.

Offsets are UTF-8 byte offsets into the final text (``app.bsky.richtext.facet``).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from typing import Any

from twitter_text.regexp.valid_cctld import valid_cctld
from twitter_text.regexp.valid_gtld import valid_gtld

from companion.core.compose.counting import bluesky_facets

log = logging.getLogger(__name__)

MENTION = "app.bsky.richtext.facet#mention"
LINK = "app.bsky.richtext.facet#link"
TAG = "app.bsky.richtext.facet#tag"

# JavaScript's \b is ASCII: so is this one (an accented letter ends a handle)
_MENTION_RE = re.compile(r"(^|\s|\()(@)([a-zA-Z0-9.-]+)(\b)", re.ASCII)
_LINK_RE = re.compile(
    r"(^|\s|\()((https?://\S+)|((?P<domain>[a-z][a-z0-9]*(\.[a-z0-9]+)+)\S*))",
    re.IGNORECASE | re.MULTILINE,
)

#: turns a handle into a DID, or None when it does not resolve
Resolver = Callable[[str], str | None]


def is_valid_domain(name: str) -> bool:
    """Ends in ``.`` + a known top-level domain (the IANA list twitter-text ships;
    compared as written, like the official client's list of lower-case TLDs)."""
    if "." not in name:
        return False
    tld = name.rsplit(".", 1)[1]
    return bool(tld) and bool(valid_gtld.fullmatch(tld) or valid_cctld.fullmatch(tld))


def _b(text: str, index: int) -> int:
    return len(text[:index].encode("utf-8"))


def find_mentions(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, handle)`` in ``str`` indices, ``start`` at the ``@``."""
    out: list[tuple[int, int, str]] = []
    for m in _MENTION_RE.finditer(text):
        handle = m.group(3)
        if not is_valid_domain(handle) and not handle.endswith(".test"):
            continue  # probably not a handle
        out.append((m.start(2), m.end(3), handle))
    return out


def find_bare_links(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, uri)`` for links written without ``http(s)://``."""
    out: list[tuple[int, int, str]] = []
    for m in _LINK_RE.finditer(text):
        if m.group(3):  # with a scheme: bluesky_facets has it
            continue
        domain = m.group("domain")
        if not domain or not is_valid_domain(domain):
            continue
        start, end = m.start(2), m.end(2)
        uri = m.group(2)
        if uri[-1] in ".,;:!?":
            uri, end = uri[:-1], end - 1
        if uri.endswith(")") and "(" not in uri:
            uri, end = uri[:-1], end - 1
        out.append((start, end, "https://" + uri))
    return out


def detect_facets(text: str, resolve: Resolver) -> list[dict[str, Any]]:
    """Every facet of ``text``: links (with or without a scheme), hashtags and the
    mentions whose handle ``resolve`` turns into a DID; sorted, never overlapping.
    An unresolvable handle stays plain text."""
    spans: list[tuple[int, int, dict[str, Any]]] = []
    for facet in bluesky_facets(text):
        index = facet["index"]
        spans.append((index["byteStart"], index["byteEnd"], facet["features"][0]))
    for start, end, uri in find_bare_links(text):
        spans.append((_b(text, start), _b(text, end), {"$type": LINK, "uri": uri}))
    resolved: dict[str, str | None] = {}
    for start, end, handle in find_mentions(text):
        key = handle.lower()
        if key not in resolved:
            resolved[key] = resolve(key)
        did = resolved[key]
        if not did:
            log.info("a mention did not resolve; left as plain text")
            continue
        spans.append((_b(text, start), _b(text, end), {"$type": MENTION, "did": did}))
    spans.sort(key=lambda s: (s[0], -s[1]))
    facets: list[dict[str, Any]] = []
    last_end = -1
    for start, end, feature in spans:
        if start < last_end:
            continue  # overlaps an earlier facet
        facets.append({"index": {"byteStart": start, "byteEnd": end}, "features": [feature]})
        last_end = end
    return facets
