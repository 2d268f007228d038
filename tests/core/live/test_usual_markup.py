"""Issue 19: a post in Mastodon's own markup gets nh3's output written without nh3.

Whatever :func:`as_cleaned` answers must be nh3's own output, character for character
(so the allow-list is nh3's); what it cannot answer goes to nh3."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from companion.core.live import sanitize as s
from companion.core.live.usual_markup import as_cleaned

#: text as Mastodon writes it: any character but the markup ones and the controls
#: html5ever rewrites, plus the entities it writes
_SAFE_CHARS = st.characters(
    codec="utf-8",
    blacklist_characters='<>&"\x00\x01\x02\x03\x04\x05\x06\x07\x08\x0b\x0c\r\x0e\x0f'
    "\x10\x11\x12\x13\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f\x7f",
)
_ENTITY = st.sampled_from(["&amp;", "&lt;", "&gt;", "&quot;", "&#39;", "&nbsp;"])
_SAFE_TEXT = st.lists(
    st.one_of(st.text(_SAFE_CHARS, min_size=1, max_size=12), _ENTITY,
              st.sampled_from([" ", "\n", "\t", "\xa0", "'", "é", "👩🏽‍🔧", "مرحبا", "\x85"])),
    max_size=4,
).map("".join)  # fmt: skip
#: anything at all, for the addresses and texts the gate must refuse or get right
_ANY_TEXT = st.text(st.characters(codec="utf-8"), max_size=8)

_LABEL = st.from_regex(r"[a-z0-9-]{1,12}", fullmatch=True).filter(lambda x: "xn--" not in x)
_PATH = st.from_regex(r"[/?#][!#$%()*+,\-./0-9:;=?@A-Z^_`a-z{|}~]{0,30}", fullmatch=True)


@st.composite
def _safe_url(draw: Any) -> str:
    host = ".".join(draw(st.lists(_LABEL, min_size=1, max_size=3)))
    tld = draw(st.from_regex(r"[a-z]{1,8}", fullmatch=True))
    port = draw(st.one_of(st.just(""), st.integers(0, 9999).map(lambda p: f":{p}")))
    path = draw(st.one_of(st.just(""), _PATH))
    return f"{draw(st.sampled_from(['http', 'https']))}://{host}.{tld}{port}{path}"


def _odd_url() -> Any:
    """Addresses nh3 may drop or keep: IPv4 look-alikes, punycode, upper case, ports
    past 65535, user names, brackets, odd characters."""
    return st.one_of(
        _safe_url(),
        st.builds(
            "{}{}".format,
            st.sampled_from(["https://", "http://", "HTTPS://", "ftp://", "javascript:", ""]),
            st.lists(st.sampled_from([*"aZ09.-:/@?#[]%&'\\ ", "xn--", "é", "\t", "&amp;"]),
                     max_size=20).map("".join),
        ),
        _safe_url().map(lambda u: u.replace("://", "://xn--")),
        _safe_url().map(lambda u: u + ":99999"),
    )  # fmt: skip


@st.composite
def _post(draw: Any, text: Any, url: Any) -> str:
    """A post built from Mastodon's markup: paragraphs, line breaks, hashtags, mentions,
    shortened links, in every attribute form the gate names."""

    def span() -> str:
        cls = draw(st.sampled_from(["", ' class="invisible"', ' class="ellipsis"', ' class=""']))
        return f"<span{cls}>{draw(text)}</span>"

    def link() -> str:
        cls = draw(st.sampled_from(["", ' class="mention hashtag"', ' class="u-url mention"',
                                    ' class="mention"', ' class="hashtag"']))  # fmt: skip
        extra = "".join(draw(st.lists(st.sampled_from([
            ' rel="tag"', ' target="_blank"', ' rel="nofollow noopener noreferrer"',
            ' rel="nofollow noopener"', ' translate="no"']), max_size=3)))  # fmt: skip
        inner = "".join(
            draw(text) if draw(st.booleans()) else span() for _ in range(draw(st.integers(0, 3)))
        )
        return f'<a href="{draw(url)}"{cls}{extra}>{inner}</a>'

    def inline() -> str:
        kind = draw(st.integers(0, 5))
        if kind == 0:
            return str(draw(text))
        if kind == 1:
            return str(draw(st.sampled_from(["<br>", "<br/>", "<br />"])))
        if kind == 2:
            return span()
        if kind == 3:
            card = draw(st.sampled_from(['<span class="h-card">',
                                         '<span class="h-card" translate="no">']))  # fmt: skip
            return f"{card}{link()}</span>"
        return link()

    parts = []
    for _ in range(draw(st.integers(0, 4))):
        if draw(st.booleans()):
            parts.append("<p>" + "".join(inline() for _ in range(draw(st.integers(0, 5)))) + "</p>")
        else:
            parts.append(inline())
    return "".join(parts)


@given(_post(_SAFE_TEXT, _safe_url()))
@settings(max_examples=1500, deadline=None)
def test_mastodon_markup_is_written_as_nh3_writes_it(raw: str) -> None:
    """Every post in the usual markup is answered (but one that says ``xn--``, which
    may be a host name nh3 decodes), and the answer is nh3's."""
    cleaned = as_cleaned(raw)
    if "xn--" in raw:
        assert cleaned is None
        return
    assert cleaned is not None, raw
    assert cleaned == s._CLEANER.clean(raw)


@given(_post(st.one_of(_SAFE_TEXT, _ANY_TEXT), _odd_url()))
@settings(max_examples=1500, deadline=None)
def test_whatever_is_answered_is_what_nh3_writes(raw: str) -> None:
    """Odd text and addresses: refused, or answered as nh3 would."""
    cleaned = as_cleaned(raw)
    if cleaned is not None:
        assert cleaned == s._CLEANER.clean(raw)


_SOUP = [
    "<p>", "</p>", "<br>", "<br />", "<span>", '<span class="invisible">', "</span>",
    '<span class="h-card" translate="no">', '<a href="https://m.example/@a" class="u-url mention">',
    '<a href="https://m.example/tags/asm" class="mention hashtag" rel="tag">', "</a>",
    '<a href="https://x.example/a" target="_blank" rel="nofollow noopener noreferrer" '
    'translate="no">', "<a>", "<a href='https://x.example/'>", '<A HREF="https://x.example/">',
    "<p class=\"quote-inline\">", "<script>x</script>", "<img src=x>", "<!-- c -->", "<ul>",
    "<li>", "</ul>", "<b>", "</b>", "&amp;", "&lt;", "&quot;", "&#39;", "&nbsp;", "&eacute;",
    "&", "<", ">", '"', "'", "=", " ", "\n", "\r", "\x00", "\x0c", "\xa0", "x", "é",
    ' rel="tag"', ' translate="no"', ' class="u-url mention"', '<span class="h-card">', "<p><p>",
    "</span></span>",
]  # fmt: skip


@given(st.lists(st.sampled_from(_SOUP), max_size=40))
@settings(max_examples=800, deadline=None)
def test_tag_soup_is_refused_or_written_as_nh3_writes_it(tokens: list[str]) -> None:
    raw = "".join(tokens)
    cleaned = as_cleaned(raw)
    if cleaned is not None:
        assert cleaned == s._CLEANER.clean(raw)


@pytest.mark.parametrize(
    "raw",
    [
        "<p>hi<script>alert(1)</script></p>",
        '<p><a href="javascript:alert(1)">x</a></p>',
        '<p><a href="https://x.example/" onclick="steal()">x</a></p>',
        '<p><img src="https://evil.example/t.png"></p>',
        '<p><a href="https://x.example/">x<a href="https://y.example/">y</a></a></p>',
        "<p>a<p>b</p></p>",
        "<p>text with a < sign</p>",
        '<p>text with a " quote</p>',
        "<p>a &eacute; b</p>",
        "<p>a\rb</p>",
        '<p><a href="https://1.2.3.4/">ip</a></p>',
        '<p><a href="https://xn--bad.example/">puny</a></p>',
        '<p><a href="https://X.example/">upper</a></p>',
        '<p><span class="h-card"><span>no link</span></span></p>',
        '<p>cut off <a href="https://x.example/',
    ],
)
def test_anything_else_goes_to_nh3(raw: str) -> None:
    assert as_cleaned(raw) is None
    clean = s.sanitize(raw)
    assert "<script" not in clean.html and "onclick" not in clean.html


def test_usual_posts_are_not_read_by_nh3(monkeypatch: pytest.MonkeyPatch) -> None:
    """The posts of a tag timeline take the quick writing: nh3 is not called for them,
    and the result is the one nh3's output gives."""
    raws = [
        '<p>Women miners <a href="https://x.example/tags/shareASM" class="mention hashtag" '
        'rel="tag">#<span>shareASM</span></a> &amp; &#39;gold&#39;</p>',
        '<p><span class="h-card" translate="no"><a href="https://x.example/@iied" '
        'class="u-url mention">@<span>iied</span></a></span> see <a href="https://iied.org/a" '
        'target="_blank" rel="nofollow noopener noreferrer" translate="no"><span class='
        '"invisible">https://</span><span class="ellipsis">iied.org/a</span><span class='
        '"invisible">/b</span></a></p><p>two<br />lines\xa0!</p>',
    ]
    expected = [s._fast(s._CLEANER.clean(r)) for r in raws]
    calls: list[str] = []
    real = s._CLEANER

    class Spy:
        def clean(self, html: str) -> str:
            calls.append(html)
            return real.clean(html)

    monkeypatch.setattr(s, "_CLEANER", Spy())
    assert [s.sanitize(r) for r in raws] == expected
    assert expected[1] is not None
    assert s.html_to_text(raws[1]) == expected[1].text
    assert calls == []
    s.sanitize("<p><b>bold</b></p>")
    assert calls == ["<p><b>bold</b></p>"]  # anything else: nh3 as before
