from __future__ import annotations

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
