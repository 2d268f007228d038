"""X's weighted length (twitter-text v3) counted piece by piece, and "post on X"
links. Moved out of :mod:`counting`, which re-exports these names."""

from __future__ import annotations

import functools
import logging
import re
from urllib.parse import quote

import regex  # type: ignore[import-untyped]
import twitter_text

log = logging.getLogger(__name__)

# Sentence ends and line breaks: URLs and emoji sequences never span them, so the
# weighted length of the whole is the sum over these pieces (checked against the
# library on random texts in the tests). Parsing 3,000 characters at once takes
# ~25 ms; with the cache only the sentence being typed is parsed again.
_X_PIECES = regex.compile(r"(?<=[.!?]\s+|\n)(?=\S)")
#: the same cut points found without a variable-length look-behind, by the standard
#: ``re`` with ``regex``'s ``\s`` spelt out (Unicode White_Space; ``re`` would also take
#: U+001C..U+001F): a match ends exactly where ``_X_PIECES`` cuts (tests check it)
_WS = "\t\n\x0b\x0c\r \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
_X_CUTS = re.compile(f"(?:[.!?][{_WS}]+|\n)(?=[^{_WS}])")


def x_pieces(text: str) -> list[str]:
    """``_X_PIECES.split(text)``, faster."""
    out: list[str] = []
    start = 0
    for m in _X_CUTS.finditer(text):
        out.append(text[start : m.end()])
        start = m.end()
    out.append(text[start:])
    return out


@functools.lru_cache(maxsize=4096)
def _x_piece(piece: str, after_space: bool) -> int:
    if not piece:
        return 0
    if after_space:
        # in the whole text a space precedes this piece; URL detection at the very
        # start of a string differs, so give the library the same context
        return int(twitter_text.parse_tweet(" " + piece).weightedLength) - 1
    return int(twitter_text.parse_tweet(piece).weightedLength)


def x_length(text: str) -> int:
    """twitter-text v3 weighted length (NFC, URLs 23, emoji sequences 2)."""
    if not text:
        return 0
    return sum(_x_piece(p, n > 0) for n, p in enumerate(x_pieces(text)))


def x_length_whole(text: str) -> int:
    """The library's answer on the whole text at once (the reference)."""
    return int(twitter_text.parse_tweet(text).weightedLength) if text else 0


def x_intent_url(text: str) -> str:
    """A "post on X" link that opens X with the text ready (no API needed)."""
    return "https://x.com/intent/post?text=" + quote(text, safe="")
