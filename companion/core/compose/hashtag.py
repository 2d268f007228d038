"""The one rule for the event hashtag in a post (the composer and ``outbox add``).

The hashtag is added once, on its own after a blank line, when the text does not
already carry it. A tag glued to the word before it ("Geita#shareASM", left by an
older "New") is no hashtag on any network: it is moved onto its own line.
"""

from __future__ import annotations

import logging

import regex  # type: ignore[import-untyped]

log = logging.getLogger(__name__)

#: what separates the user's words from the added hashtag
SEPARATOR = "\n\n"


def _patterns(tag: str) -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    esc = regex.escape(tag)
    proper = regex.compile(r"(?<![\w#])#" + esc + r"(?![\w])", regex.IGNORECASE)
    glued = regex.compile(r"(?<=[\w])#" + esc + r"(?![\w])", regex.IGNORECASE)
    return proper, glued


def ensure_hashtag(text: str, hashtag: str) -> str:
    """``text`` with ``#hashtag`` present exactly once (case-insensitive); added at
    the end after a blank line when missing. An empty text gives the bare tag."""
    tag = hashtag.lstrip("#")
    if not tag:
        return text
    proper, glued = _patterns(tag)
    stripped = text.rstrip()
    found = list(glued.finditer(stripped))
    last = found[-1] if found else None
    if last is not None and last.end() == len(stripped):
        text = stripped[: last.start()] + SEPARATOR + last.group(0)
    text = glued.sub(lambda m: " " + m.group(0), text)
    matches = list(proper.finditer(text))
    if len(matches) > 1:
        # keep the first, drop later duplicates and the space before them
        for m in reversed(matches[1:]):
            start = m.start()
            while start > 0 and text[start - 1] in " \t":
                start -= 1
            text = text[:start] + text[m.end() :]
        return text
    if matches:
        return text
    stripped = text.rstrip()
    if not stripped:
        return "#" + tag
    return stripped + SEPARATOR + "#" + tag


def post_text(text: str, hashtag: str, *, has_media: bool = False) -> str:
    """The exact text that is posted for what the user typed ("" for an empty draft:
    nothing is posted, and the counters show 0)."""
    if not text.strip() and not has_media:
        return ""
    return ensure_hashtag(text, hashtag) if hashtag else text.strip()
