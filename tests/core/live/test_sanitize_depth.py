"""Deeply nested post HTML keeps its text but not thousands of levels of markup
(Qt spends tens of seconds laying out 10,000 nested lists on the GUI thread)."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest
from hypothesis import given
from hypothesis import strategies as st

from companion.core.live.sanitize import MAX_DEPTH, sanitize


class _Depth(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.depth = self.deepest = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag != "br":
            self.depth += 1
            self.deepest = max(self.deepest, self.depth)

    def handle_endtag(self, tag: str) -> None:
        if tag != "br":
            self.depth -= 1


def depth(markup: str) -> int:
    d = _Depth()
    d.feed(markup)
    d.close()
    assert d.depth == 0  # balanced
    return d.deepest


@pytest.mark.parametrize("opener", ["<ul><li>", "<blockquote>", "<span>", "<b><i>", "<ol><li><p>"])
def test_thousands_of_levels_are_flattened(opener: str) -> None:
    c = sanitize(opener * 3000 + "deep text")
    assert depth(c.html) <= MAX_DEPTH
    assert "deep text" in c.text and "deep text" in c.html


def test_ordinary_nesting_is_kept() -> None:
    raw = "<blockquote><ul><li><p><strong>a</strong> <em>b</em></p></li></ul></blockquote>"
    c = sanitize(raw)
    assert c.html == raw
    assert depth(c.html) == 5


def test_hidden_and_ellipsis_spans_still_work_below_the_limit() -> None:
    raw = (
        "<span>" * 40 + '<a href="https://e.example/long"><span class="invisible">https://</span>'
        '<span class="ellipsis">e.example/lo</span><span class="invisible">ng</span></a>'
        + "</span>"
        * 40
    )
    c = sanitize(raw)
    assert c.text == "e.example/lo…"
    assert depth(c.html) <= MAX_DEPTH


@given(st.lists(st.sampled_from(["<ul>", "<li>", "<blockquote>", "<p>", "<b>", "</li>", "x"]),
                max_size=400))  # fmt: skip
def test_depth_is_bounded_for_any_tag_soup(parts: list[str]) -> None:
    assert depth(sanitize("".join(parts)).html) <= MAX_DEPTH
