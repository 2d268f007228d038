from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from companion.core.live.sanitize import MAX_HTML, SCHEMES, safe_url, sanitize

HOSTILE = (
    '<p>Hi<script>alert("x")</script><img src="https://evil.example/t.png">'
    '<a href="javascript:alert(1)">click</a> <a href="data:text/html,x">d</a>'
    '<style>p{color:red}</style><iframe src="https://evil.example"></iframe>'
    '<a href="https://ok.example/x" onclick="steal()" style="x">ok</a></p>'
)


def test_hostile_html_is_neutralised() -> None:
    c = sanitize(HOSTILE)
    low = c.html.lower()
    for bad in (
        "<script",
        "<img",
        "javascript:",
        "data:",
        "<style",
        "<iframe",
        "onclick",
        "style=",
    ):
        assert bad not in low
    assert "alert" not in c.text
    assert '<a href="https://ok.example/x" rel="nofollow noopener noreferrer">ok</a>' in c.html
    assert c.links == ["https://ok.example/x"]


def test_mastodon_display_rules() -> None:
    raw = (
        '<p class="quote-inline">RE: <a href="https://a.example/1">x</a></p>'
        '<p><a href="https://example.org/very/long/path" class="">'
        '<span class="invisible">https://</span><span class="ellipsis">example.org/very</span>'
        '<span class="invisible">/long/path</span></a> '
        '<a href="https://m.example/tags/shareASM" class="mention hashtag">'
        "#<span>shareASM</span></a></p>"
    )
    c = sanitize(raw)
    assert "RE:" not in c.text
    assert c.text == "example.org/very… #shareASM"
    assert "https://" not in c.text
    assert c.links == ["https://example.org/very/long/path"]  # hashtags are not links
    assert "class=" not in c.html


def test_emoji_rtl_and_structure() -> None:
    c = sanitize("<p>مرحبا 👩🏽‍🔧 שלום</p><p>a<br/>b</p><ul><li>one</li><li>two</li></ul>")
    assert "مرحبا 👩🏽‍🔧 שלום" in c.text
    assert "a\nb" in c.text
    assert "• one\n• two" in c.text


def test_huge_content_is_cut() -> None:
    c = sanitize("<p>" + "x" * (MAX_HTML * 3) + "</p>")
    assert len(c.text) <= MAX_HTML


def test_safe_url() -> None:
    assert safe_url("https://a.example") == "https://a.example"
    assert safe_url("mailto:a@b.c") == "mailto:a@b.c"
    assert safe_url(" JaVaScript:alert(1)") is None
    assert safe_url("file:///etc/passwd") is None
    assert safe_url("") is None


@given(st.text(st.characters(blacklist_categories=()), max_size=400))
def test_fuzz_never_emits_active_content(raw: str) -> None:
    c = sanitize(raw)
    low = c.html.lower()
    assert "<script" not in low and "<img" not in low and "javascript:" not in low.replace(" ", "")


@given(
    st.lists(
        st.sampled_from(
            [
                "<p>",
                "</p>",
                "<span class='invisible'>",
                "</span>",
                "<a href='https://x'>",
                "</a>",
                "<script>",
                "</script>",
                "<img src=x>",
                "x",
                "<br>",
                "&amp;",
                "<li>",
                "<ul>",
                "<",
            ]
        ),
        max_size=40,
    )
)
def test_fuzz_tag_soup(parts: list[str]) -> None:
    c = sanitize("".join(parts))
    assert "<img" not in c.html and "<script" not in c.html


_HTML_TOKENS = [
    "<p>", "</p>", "<br>", "<br/>", '<a href="https://x.org/?a=1&b=2" class="mention">',
    "<a href='javascript:alert(1)'>", "</a>", '<span class="invisible">', '<span class="ellipsis">',
    "</span>", '<p class="quote-inline">', "<ul>", "<li>", "</ul>", "<blockquote>", "<pre>",
    "<code>", "<script>x</script>", "<img src=x onerror=1>", "<!-- c -->", "&amp;", "&lt;",
    "&#x3c;", "&nbsp;", '"', "'", "<", ">", "/", "=", "a", " ", "\n", "é", "👩🏽‍🔧", "\ud800",
]  # fmt: skip


@given(st.lists(st.sampled_from(_HTML_TOKENS), max_size=60))
@settings(max_examples=300, deadline=None)
def test_tokenizer_reads_nh3_output_as_html_parser_does(tokens: list[str]) -> None:
    """Issue 19: nh3's output is read by a small tokenizer, not HTMLParser; the result
    must be the same (HTML, text, links) for anything nh3 lets through."""
    from companion.core.live import sanitize as s

    raw = "".join(tokens)
    new = s.sanitize(raw)
    cleaned = s._CLEANER.clean(s.scrub(raw)[: s.MAX_HTML])
    assert s._walk_tokens(s._Render(), cleaned), "the tokenizer must read all nh3 output"
    walker = s._Walker()
    walker.feed(cleaned)
    walker.close()
    text = "".join(walker.text).strip()
    while "\n\n\n" in text:
        text = text.replace("\n\n\n", "\n\n")
    assert (new.html, new.text, new.links) == ("".join(walker.out), text, walker.links)


@given(
    st.sampled_from(["https://", "http://", "HTTPS://", " https://", "javascript:", "mailto:"]),
    st.text(alphabet=st.sampled_from([*"ab/.:@[]?#%\t \n", "\u2100", "é"]), max_size=20),
)
def test_safe_url_fast_path_says_what_urlsplit_says(prefix: str, rest: str) -> None:
    """Issue 19: plain http(s) URLs skip urlsplit; the answer must not change."""
    from urllib.parse import urlsplit

    url = prefix + rest
    stripped = url.strip()
    try:
        expected = stripped if urlsplit(stripped).scheme.lower() in SCHEMES else None
    except ValueError:
        expected = None
    assert safe_url(url) == (expected or None)


#: Mastodon's own markup (hashtags, mentions, shortened links) and odd variants of it
_MASTODON_TOKENS = [
    *_HTML_TOKENS,
    '<a href="https://m.example/tags/asm" class="mention hashtag" rel="tag">',
    '<span class="h-card" translate="no">', '<a href="https://m.example/@a" class="u-url mention">',
    '<a href="https://iied.org/x?a=1&amp;b=%3E" target="_blank" rel="nofollow noopener">',
    '<a href="/relative">', '<a class="hashtag" href="https://m.example/tags/x">',
    '<span class="invisible">https://</span>', '<span class="ellipsis">iied.org/very</span>',
    '<span class="">', '<span class="invisible ellipsis">', '<p class="quote-inline">',
    "<li>", "</li>", "<ol>", "</ol>", "</blockquote>", "</pre>", "\u00a0", "&nbsp;", "&#39;",
    "<strong>", "</strong>", "<em>", "</em>", "#", "@", "…",
    # addresses the quick reading of a link must leave to the full one (issue 19)
    "<a href=\"https://x.example/a'b\">", '<a href="https://x.example/<b>">',
    '<a href="https://x.example/[b]">', '<a href="HTTPS://X.example/">',
    '<a href=" https://x.example/sp ace ">', '<a href="mailto:a@x.example">',
    '<a href="https://x.example/é">', '<a href="https://x.example/%3E?a=`{|}~">',
    '<a href="https://x.example/t" class="hashtag mention">',
    '<a href="https://x.example/t" class="mention mention">',
    '<a class="mention" href="https://x.example/t">', '<a href="http://[::1]/">',
    '<a href="https://x.example/e" class="">', 'class=""', ' class="mention" ', "<a>",
    ' rel="nofollow noopener noreferrer">',
]  # fmt: skip


@given(st.lists(st.sampled_from(_MASTODON_TOKENS), max_size=80))
@settings(max_examples=500, deadline=None)
def test_fast_reading_says_what_the_walk_says(tokens: list[str]) -> None:
    """Issue 19: posts in the usual shape skip the tag-by-tag walk; when the quick
    reading answers, its HTML, text and links are the walk's."""
    from companion.core.live import sanitize as s

    cleaned = s._CLEANER.clean(s.scrub("".join(tokens))[: s.MAX_HTML])
    fast = s._fast(cleaned)
    if fast is not None:
        assert fast == s._walk(cleaned, display=True)


@pytest.mark.parametrize(
    "raw",
    [
        '<p>Hi <a href="https://m.example/tags/shareASM" class="mention hashtag" rel="tag">'
        "#<span>shareASM</span></a></p>",
        '<p><span class="h-card" translate="no"><a href="https://m.example/@iied" '
        'class="u-url mention">@<span>iied</span></a></span> see <a href="https://iied.org/a" '
        'target="_blank" rel="nofollow noopener" translate="no"><span class="invisible">'
        'https://</span><span class="ellipsis">iied.org/a</span><span class="invisible">'
        "/b/c</span></a></p><p>a<br>b &amp; c</p>",
        "<p>مرحبا 👩🏽‍🔧</p><ul><li>one</li><li>two</li></ul>",
    ],
)
def test_usual_posts_take_the_quick_reading(raw: str) -> None:
    from companion.core.live import sanitize as s

    cleaned = s._CLEANER.clean(raw)
    fast = s._fast(cleaned)
    assert fast is not None
    assert fast == s._walk(cleaned, display=True) == sanitize(raw)


def test_html_to_text_as_shown_and_as_written() -> None:
    """One HTML→text reading for the live view (as shown) and the composer (as written:
    the whole link, as the author typed it)."""
    from companion.core.live.sanitize import html_to_text

    raw = (
        '<p>See <a href="https://iied.org/very/long/path" rel="nofollow">'
        '<span class="invisible">https://</span><span class="ellipsis">iied.org/very</span>'
        '<span class="invisible">/long/path</span></a> &amp;lt;<script>x()</script></p>'
        "<p>two<br>lines</p>"
    )
    assert html_to_text(raw) == sanitize(raw).text == "See iied.org/very… &lt;\n\ntwo\nlines"
    assert html_to_text(raw, as_shown=False) == (
        "See https://iied.org/very/long/path &lt;\n\ntwo\nlines"
    )
    assert html_to_text(None, as_shown=False) == ""  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "attrs",
    [
        ' href="https://iied.org/asm-1"',
        ' href="https://m.example/tags/x" class="mention hashtag"',
        ' href="https://m.example/@a" class="mention"',
        ' href="http://m.example/a?b=1;c=(2)#~_x" class="hashtag mention"',
        ' href="https://x.example/a\'b"',
        ' href="https://x.example/a&amp;b"',
        ' href="https://x.example/[b]"',
        ' href="javascript:alert(1)"',
        ' href="https://x.example/a" class="u-url"',
    ],
)
def test_a_link_read_at_once_is_read_as_before(attrs: str) -> None:
    """Issue 19: a link in the usual form (a plain address, the allowed classes) is read
    without parsing its attributes; the tag and target are the full reading's."""
    from companion.core.live import sanitize as s

    s._link.cache_clear()
    quick = s._link(attrs)
    assert s._PLAIN_ATTRS.fullmatch(attrs) is None or quick[0].startswith('<a href="')
    s._link.cache_clear()
    real_match = s._PLAIN_ATTRS
    try:
        s._PLAIN_ATTRS = re.compile(r"(?!)")  # never matches: the full reading
        assert s._link(attrs) == quick
    finally:
        s._PLAIN_ATTRS = real_match
        s._link.cache_clear()


def test_text_that_reads_like_markup_is_kept() -> None:
    """A post that writes ``class=""`` in its text lost those words on the quick
    reading (issue 19 review: the empty classes were removed anywhere, text included)."""
    raw = (
        '<p>write <span class="invisible">x</span>class="" or '
        '<span class="">in</span> <a href="https://x.example/a" class="">l</a></p>'
    )
    clean = sanitize(raw)
    assert clean.text == 'write class="" or in l'
    assert clean.links == ["https://x.example/a"]
    assert clean.html == (
        '<p>write class="" or <span>in</span> '
        '<a href="https://x.example/a" rel="nofollow noopener noreferrer">l</a></p>'
    )
