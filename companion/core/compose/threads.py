"""Split a text too long for a network into a numbered thread.

Each part, with its " i/n" number and (on the first part, or every part when
``tag_every_part``) the event hashtag, fits the network's limit. Splits prefer
paragraph, then sentence, then word boundaries; a single over-long word is cut
at grapheme boundaries.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import regex  # type: ignore[import-untyped]

from companion.core.accounts.model import Network
from companion.core.compose.counting import Limits, count, find_urls

# split after sentence-ending punctuation *and* its spaces, keeping both
_SENTENCE_END = regex.compile(r"(?<=[.!?…。！？]\s+)(?=\S)")
_GRAPHEME = regex.compile(r"\X")


def numbered(part: str, index: int, total: int) -> str:
    return f"{part} {index}/{total}"


def _fits(network: Network, limits: Limits) -> Callable[[str], bool]:
    def check(text: str) -> bool:
        return count(network, text, limits=limits, with_facets=False).fits

    return check


def _words(text: str) -> list[str]:
    """Tokens that must not be cut: words (URLs whole), keeping their spacing."""
    return [str(w) for w in regex.findall(r"\S+\s*", text)]


def _pieces(text: str) -> list[str]:
    """Sentences (with trailing space) — the preferred split units."""
    out: list[str] = []
    for para in regex.split(r"(\n\s*\n)", text):
        if not para:
            continue
        out.extend(p for p in _SENTENCE_END.split(para) if p)
    return out


def split_thread(
    text: str,
    network: Network,
    limits: Limits | None = None,
    *,
    hashtag: str = "",
    max_parts: int = 25,
) -> list[str]:
    """Parts of ``text`` (numbered when more than one) each within the limit.

    ``hashtag`` (without "#") is kept on the first part if the text contains it
    nowhere else; the caller has normally already put it into ``text``."""
    limits = limits or Limits.for_network(network)
    ok = _fits(network, limits)
    text = text.strip()
    if ok(text):
        return [text]
    tag = f"#{hashtag.lstrip('#')}" if hashtag else ""
    closing = regex.compile(r"(?:^|\s+)" + regex.escape(tag) + r"$", regex.IGNORECASE)
    if tag and closing.search(text):
        # the tag closing the text (as ensure_hashtag adds it) moves to the first part,
        # so every thread is findable by it; one typed inside a sentence stays there
        text = closing.sub("", text, count=1).strip()
    else:
        tag = ""
    for total_guess in (9, 99):
        parts = _greedy(text, ok, tag, total_guess, max_parts)
        if parts is not None and len(str(len(parts))) <= len(str(total_guess)):
            total = len(parts)
            return [
                numbered(p + (f" {tag}" if tag and i == 0 else ""), i + 1, total)
                for i, p in enumerate(parts)
            ]
    raise ValueError("text too long to split into a thread")


def _greedy(
    text: str, ok: Callable[[str], bool], tag: str, total: int, max_parts: int
) -> list[str] | None:
    """Fill parts greedily, measuring each with a worst-case number suffix."""
    suffix_total = total

    def fits_part(candidate: str, index: int) -> bool:
        extra = f" {tag}" if tag and index == 0 else ""
        return ok(numbered(candidate.strip() + extra, suffix_total, suffix_total))

    parts: list[str] = []
    current = ""
    units: list[str] = []
    for sentence in _pieces(text):
        units.append(sentence)
    queue = list(units)
    while queue:
        unit = queue.pop(0)
        candidate = current + unit
        if fits_part(candidate, len(parts)):
            current = candidate
            continue
        if current.strip():
            parts.append(current.strip())
            current = ""
            if len(parts) > max_parts:
                return None
            queue.insert(0, unit)
            continue
        # a single sentence too long for a part: fall back to words
        words = _words(unit)
        if len(words) > 1:
            queue[0:0] = words
            continue
        # a single word too long: cut at grapheme boundaries (never inside a URL
        # would be nicer, but a 300-char URL cannot be posted whole anyway)
        if find_urls(unit) and fits_part(unit, len(parts)):
            current = unit
            continue
        cut = _cut(unit, lambda s: fits_part(s, len(parts)))
        if not cut:
            return None
        parts.append(cut.strip())
        queue.insert(0, unit[len(cut) :])
    if current.strip():
        parts.append(current.strip())
    return parts if len(parts) <= max_parts else None


def _cut(word: str, fits: Callable[[str], bool]) -> str:
    clusters = _GRAPHEME.findall(word)
    lo, hi = 0, len(clusters)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if fits("".join(clusters[:mid])):
            lo = mid
        else:
            hi = mid - 1
    return "".join(clusters[:lo])


def strip_number(part: str, index: int, total: int) -> str:
    """``part`` without the " index/total" that :func:`numbered` added."""
    suffix = f" {index}/{total}"
    return part[: -len(suffix)] if total > 1 and part.endswith(suffix) else part


def resplit(
    texts: list[str],
    first: int,
    total: int,
    network: Network,
    limits: Limits,
    *,
    spoiler: str = "",
) -> list[str]:
    """New parts for the unsent parts ``first``… (``texts``, of a thread of ``total``)
    after a server refused one as too long: their text, without the old numbers,
    split again within ``limits``. Parts already posted stay as they are, so the new
    parts are numbered on from them (``first + 1``…). Raises ValueError when it
    cannot be done."""
    bodies = [strip_number(t, first + n + 1, total).strip() for n, t in enumerate(texts)]
    tag = regex.search(r"(?<![\w#])#(\w+)$", bodies[0]) if first == 0 and bodies else None
    if tag is not None:
        # the event hashtag closed the first part: it closes the text again, so the
        # new split puts it back at the end of the first part (findable threads)
        bodies[0] = bodies[0][: tag.start()].strip()
        bodies.append(tag.group(0))
    body = " ".join(b for b in bodies if b)
    if not body or body == (tag.group(0) if tag else None):
        raise ValueError("nothing left to post")
    room = limits
    if spoiler:
        room = replace(room, max_characters=max(50, room.max_characters - len(spoiler)))
    if first == 0:
        parts = split_thread(body, network, room, hashtag=tag.group(1) if tag else "")
    else:
        reserve = len(f" {first + 99}/{first + 99}")
        inner = replace(room, max_characters=room.max_characters - reserve)
        if inner.max_characters < 10:
            raise ValueError("limit too small")
        pieces = split_thread(body, network, inner)
        pieces = [strip_number(p, j + 1, len(pieces)) for j, p in enumerate(pieces)]
        parts = [numbered(p, first + j + 1, first + len(pieces)) for j, p in enumerate(pieces)]
    for part in parts:
        if not count(network, part, spoiler=spoiler, limits=limits, with_facets=False).fits:
            raise ValueError("a part still does not fit")
    return parts
