"""Post HTML made safe: the Mastodon subset only, no remote resources, plus plain text.

The app's one HTML→text reader (the composer's check of what a server published uses
:func:`html_to_text` too). Two passes: ``nh3`` (the ammonia sanitizer) drops every tag,
attribute, class and URL scheme outside the allow-list and the contents of
``script``/``style`` (a post in Mastodon's own markup gets nh3's output written at
once: :mod:`companion.core.live.usual_markup`); then Mastodon's display rules (hide
``span.invisible``, ``…`` after ``span.ellipsis``, drop ``p.quote-inline``) are
applied, the markup rewritten and the plain text and the list of links read. A post
in the usual shape (shortened links, hashtags, mentions, nothing nested deeper than
:data:`MAX_DEPTH`) takes a few regular expressions over nh3's output (issue 19: ~3×
faster); anything else walks the tags one by one (:class:`_Render`). Tests hold both
to the same result.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from functools import lru_cache
from html.parser import HTMLParser
from urllib.parse import urlsplit

import nh3

from companion.core.live.model import scrub
from companion.core.live.usual_markup import as_cleaned

#: longer post HTML is cut before sanitizing (Mastodon's own limit is far below this)
MAX_HTML = 100_000
#: deeper markup keeps its text but loses its tags: Qt takes seconds to lay out
#: thousands of nested lists or quotes, and no real post nests this deep
MAX_DEPTH = 12

TAGS = {
    "p", "br", "span", "a", "del", "pre", "code", "em", "strong", "b", "i", "u",
    "ul", "ol", "li", "blockquote",
}  # fmt: skip
SCHEMES = {"http", "https", "mailto"}
_BLOCK = {"p", "blockquote", "pre", "ul", "ol"}

#: the classes the display rules read; nh3 drops every other one
CLASSES = {"span": {"invisible", "ellipsis"}, "p": {"quote-inline"}, "a": {"mention", "hashtag"}}

#: built once: ``nh3.clean`` builds its sanitizer on every call
_CLEANER = nh3.Cleaner(
    tags=TAGS,
    attributes={"a": {"href"}},
    allowed_classes=CLASSES,
    url_schemes=SCHEMES,
    url_relative="deny",
    link_rel=None,
    strip_comments=True,
)
#: nh3's output is serialised by html5ever: lower-case tags, attribute values in double
#: quotes with ``&quot;`` inside, ``<`` escaped in text, no comments. This reads it ~5×
#: faster than ``HTMLParser`` (issue 19); anything else it does not read whole goes
#: through ``HTMLParser`` as before.
_TOKEN = re.compile(r'<(/?)([a-z][a-z0-9]*)((?:\s+[^\s"\'<>/=]+(?:="[^"]*")?)*)\s*/?>|([^<]+)')
_ATTR = re.compile(r'([^\s"\'<>/=]+)(?:="([^"]*)")?')


@dataclass
class Clean:
    html: str
    text: str
    #: links that are not mentions or hashtags
    links: list[str] = field(default_factory=list)


def safe_url(url: str | None) -> str | None:
    """``url`` when it is http(s) or mailto, else ``None``."""
    if not url or not isinstance(url, str):
        return None
    if url[-1] > " " and _plain_http(url):
        # what _safe_url says (nothing to strip), before its cache: a post's own
        # address is seen once and would only push the authors' addresses out of it
        # (issue 19)
        return url
    return _safe_url(url)


def _plain_http(url: str) -> bool:
    """An http(s) address urlsplit would read without parsing it (it only raises on
    brackets or on non-ASCII host names): ~10 µs a post (issue 19)."""
    return (
        url.isascii()
        and url.startswith(("https://", "http://"))
        and "[" not in url
        and "]" not in url
    )


@lru_cache(maxsize=4096)
def _safe_url(url: str) -> str | None:
    """Cached: the same avatars and profile links come with every post of an author."""
    url = url.strip()
    if _plain_http(url):
        return url
    try:
        scheme = urlsplit(url).scheme.lower()
    except ValueError:
        return None
    return url if scheme in SCHEMES else None


def sanitize(raw: str, *, scrubbed: bool = False) -> Clean:
    """``raw`` (a post's HTML from anywhere) as safe HTML, its text as shown, its links.
    ``scrubbed``: ``raw`` is known to hold no lone surrogate (msgspec's reading of a
    reply refuses them, the plain reading scrubs every field): not looked for again."""
    if not isinstance(raw, str):
        raw = ""
    cleaned = _clean((raw if scrubbed else scrub(raw))[:MAX_HTML])
    return _fast(cleaned) or _walk(cleaned, display=True)


def html_to_text(raw: str, *, as_shown: bool = True) -> str:
    """The plain text of a post's HTML (safe to show, quote or compare).

    ``as_shown``: with Mastodon's display rules (shortened links as the post shows
    them: ``iied.org/very…``); False keeps every character the author wrote (the whole
    link, the ``RE:`` line), as the composer needs to recognise its own post."""
    if not isinstance(raw, str):
        raw = ""
    cleaned = _clean(scrub(raw)[:MAX_HTML])
    if as_shown:
        return (_fast(cleaned) or _walk(cleaned, display=True)).text
    return _walk(cleaned, display=False).text


def _clean(raw: str) -> str:
    """nh3's output for ``raw`` (scrubbed and cut): written at once for a post in
    Mastodon's usual markup (:mod:`usual_markup`, issue 19), else by nh3."""
    cleaned = as_cleaned(raw)
    return _CLEANER.clean(raw) if cleaned is None else cleaned


def _walk(cleaned: str, *, display: bool) -> Clean:
    """The tag-by-tag reading of nh3's output ``cleaned``."""
    walker: _Render = _Render(display=display)
    if not _walk_tokens(walker, cleaned):
        walker = _Walker(display=display)
        walker.feed(cleaned)
    walker.close()
    return Clean("".join(walker.out), _tidy("".join(walker.text)), walker.links)


def _tidy(text: str) -> str:
    text = text.strip()
    while "\n\n\n" in text:
        text = text.replace("\n\n\n", "\n\n")
    return text


# -- the usual shape, in a few passes (issue 19) ---------------------------------------
#: what nh3 writes for the display rules' spans when they hold only text
_INVISIBLE = re.compile(r'<span class="invisible">[^<]*</span>')
_ELLIPSIS = re.compile(r'<span class="ellipsis">([^<]*)</span>')
#: a link's opening tag (nh3 writes attribute values in double quotes)
_A_TAG = re.compile(r'<a((?:\s+[^\s"\'<>/=]+(?:="[^"]*")?)*)\s*>')
_TAG_OR_CLOSE = re.compile(r"<(/?)(?!br>)")
#: a block's start or end: a blank line in the text (a list's start: a line break)
_BLOCK_EDGE = re.compile(r"<(?:p|blockquote|pre)>|</(?:p|blockquote|pre|ul|ol)>")
_LIST_OPEN = re.compile(r"<(?:ul|ol)>")
#: any tag of the rewritten markup (its only attribute values are escaped, no ``>``)
_ANY_TAG = re.compile(r"<[^>]*>")
_REL = ' rel="nofollow noopener noreferrer">'
_QREL = '"' + _REL
#: a link's attributes as nh3 writes the usual ones: a plain http(s) address (printable
#: ASCII without ``&"'<>[]``, which ``safe_url`` and ``html.escape`` leave as it is), then
#: no class (a link shared) or the allowed ``mention``/``hashtag`` classes
_PLAIN_HREF = r' href="(https?://[!#$%()*+,\-./0-9:;=?@A-Z\\^_`a-z{|}~]*)"'
_PLAIN_CLASS = r' class="(?:mention|hashtag|mention hashtag|hashtag mention)"'
_PLAIN_ATTRS = re.compile(_PLAIN_HREF + f"({_PLAIN_CLASS})?")
#: a whole opening tag in that form; its second group is "" with a class, None without
_PLAIN_A = re.compile(f"<a{_PLAIN_HREF}(?:{_PLAIN_CLASS}()|)>")


def _fast(cleaned: str) -> Clean | None:
    """:func:`_walk` (display rules on) for nh3 output in the usual shape, or None.

    Every ``<`` in nh3's output starts a tag (text has ``&lt;``), every element is
    closed, the only attributes left are ``href`` and the allowed classes."""
    if "quote-inline" in cleaned:
        return None
    html_ = cleaned
    if "invisible" in html_:
        html_ = _INVISIBLE.sub("", html_)
    if "ellipsis" in html_:
        html_ = _ELLIPSIS.sub(r"<span>\1</span>…", html_)
    if 'class=""' in html_:  # in tags only: a post's text may say class="" too
        html_ = html_.replace('<span class="">', "<span>").replace('<p class="">', "<p>")
    links: list[str] = []
    if "<a" in html_:
        links_in = html_.count("<a")
        # the usual links (a plain address, the allowed classes) cut out in one pass:
        # [before, address, class, between, address, class, ..., after] (issue 19:
        # a Python call per link was a third of this reading)
        parts = _PLAIN_A.split(html_)
        if len(parts) // 3 == links_in:
            out = [parts[0]]
            for i in range(1, len(parts), 3):
                url = parts[i]
                if parts[i + 1] is None:
                    links.append(url)
                out += ('<a href="', url, _QREL, parts[i + 2])
            html_ = "".join(out)
        else:

            def link(m: re.Match[str]) -> str:
                tag, target = _link(m.group(1))
                if target:
                    links.append(target)
                return tag

            html_, rewritten = _A_TAG.subn(link, html_)
            if rewritten != links_in:
                return None  # a link tag in a form not expected: the walk reads it
    if 'class="' in html_ or not _shallow(html_):
        return None  # a class left on a span or p (nested, combined), or deep markup
    entities = "&" in html_
    if entities and "&nbsp;" in html_:  # html5ever writes U+00A0 so; the walker as is
        html_ = html_.replace("&nbsp;", "\xa0")
    text = html_.replace("<br>", "\n")
    if "<blockquote>" in text or "<pre>" in text or "</ul>" in text or "</ol>" in text:
        text = _BLOCK_EDGE.sub("\n\n", text)
        if "l>" in text:
            text = _LIST_OPEN.sub("\n", text)
    else:  # paragraphs only (every list is closed: no </ul> or </ol>, no list): what
        # _BLOCK_EDGE does, without the regular expression (issue 19)
        text = text.replace("<p>", "\n\n").replace("</p>", "\n\n")
    if "<li>" in text:
        text = text.replace("<li>", "\n• ")
    text = _ANY_TAG.sub("", text)
    if entities and "&" in text:
        text = html.unescape(text)
    return Clean(html_, _tidy(text), links)


@lru_cache(maxsize=1024)
def _link(attrs: str) -> tuple[str, str | None]:
    """A link's opening tag as :class:`_Render` writes it, and its target unless it is
    a mention or a hashtag. Cached: every post links the same hashtags."""
    plain = _PLAIN_ATTRS.fullmatch(attrs)
    if plain is not None:  # the usual form, read at once (issue 19: a link shared is
        # seen once, so most links are read, not found in the cache)
        url, cls = plain.group(1, 2)
        return f'<a href="{url}"{_REL}', None if cls else url
    href: str | None = None
    classes = ""
    for a in _ATTR.finditer(attrs):
        value = a.group(2) or ""
        if a.group(1) == "href":
            href = html.unescape(value) if "&" in value else value
        elif a.group(1) == "class":
            classes = value
    url = safe_url(href)
    if url is None:
        return "<a>", None
    words = classes.split()
    target = None if "mention" in words or "hashtag" in words else url
    return f'<a href="{html.escape(url)}"{_REL}', target


def _shallow(markup: str) -> bool:
    """No element nested deeper than :data:`MAX_DEPTH` (the walker drops their tags)."""
    if markup.count("</") <= MAX_DEPTH:
        # fewer elements than levels: every element but ``<br>`` is closed in nh3's
        # output, so each has its ``</`` (one count, not three: issue 19)
        return True
    depth = 0
    for m in _TAG_OR_CLOSE.finditer(markup):
        depth += -1 if m.group(1) else 1
        if depth > MAX_DEPTH:
            return False
    return True


def _walk_tokens(walker: _Render, cleaned: str) -> bool:
    """Feed ``cleaned`` (nh3's output) to ``walker`` token by token, as ``HTMLParser``
    would; False (and nothing fed) when some of it is not in the expected form."""
    tokens = []
    pos = 0
    for m in _TOKEN.finditer(cleaned):
        if m.start() != pos:
            return False
        pos = m.end()
        tokens.append(m)
    if pos != len(cleaned):
        return False
    unescape = html.unescape
    for m in tokens:
        data = m.group(4)
        if data is not None:
            walker.handle_data(unescape(data) if "&" in data else data)
            continue
        tag = m.group(2)
        if m.group(1):
            walker.handle_endtag(tag)
            continue
        attrs: list[tuple[str, str | None]] = []
        if m.group(3):
            for a in _ATTR.finditer(m.group(3)):
                value = a.group(2)
                if value is not None and "&" in value:
                    value = unescape(value)
                attrs.append((a.group(1), value))
        if m.group(0).endswith("/>"):
            walker.handle_startendtag(tag, attrs)
        else:
            walker.handle_starttag(tag, attrs)
    return True


def plain_to_html(text: str) -> str:
    """Escape plain text (Bluesky, X) as safe HTML paragraphs."""
    return "<p>" + html.escape(text).replace("\n", "<br>") + "</p>"


class _Render:
    """Mastodon's display rules over a stream of tags and text (from :func:`_walk_tokens`
    or, for anything else, :class:`_Walker`). ``display=False``: every character the
    author wrote, no display rules."""

    def __init__(self, *, display: bool = True) -> None:
        self.display = display
        self.out: list[str] = []
        self.text: list[str] = []
        self.links: list[str] = []
        #: stack of (tag, hidden, ellipsis, too deep to emit)
        self._stack: list[tuple[str, bool, bool, bool]] = []
        self._hidden = 0
        self._list_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in TAGS:
            return
        a = {k: v or "" for k, v in attrs}
        classes = set(a.get("class", "").split())
        if tag == "br":
            if not self._hidden:
                self.out.append("<br>")
                self.text.append("\n")
            return
        hidden = self.display and (
            (tag == "span" and "invisible" in classes) or (tag == "p" and "quote-inline" in classes)
        )
        ellipsis = self.display and tag == "span" and "ellipsis" in classes
        deep = len(self._stack) >= MAX_DEPTH
        self._stack.append((tag, hidden, ellipsis, deep))
        if hidden:
            self._hidden += 1
        if self._hidden or deep:
            return
        if tag == "a":
            href = safe_url(a.get("href"))
            if href is None:
                self.out.append("<a>")
                return
            if "mention" not in classes and "hashtag" not in classes:
                self.links.append(href)
            self.out.append(f'<a href="{html.escape(href)}" rel="nofollow noopener noreferrer">')
            return
        if tag in _BLOCK and self.text and not self.text[-1].endswith("\n\n"):
            self.text.append("\n\n" if tag != "ul" and tag != "ol" else "\n")
        if tag == "li":
            self.text.append("\n• ")
        self.out.append(f"<{tag}>")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag != "br" and tag in TAGS:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag not in TAGS or tag == "br":
            return
        # close up to the matching tag (tolerates bad nesting)
        for i in range(len(self._stack) - 1, -1, -1):
            if self._stack[i][0] == tag:
                break
        else:
            return
        while len(self._stack) > i:
            name, hidden, ellipsis, deep = self._stack.pop()
            if not self._hidden:
                if not deep:
                    self.out.append(f"</{name}>")
                if ellipsis:
                    self.out.append("…")
                    self.text.append("…")
                if name in _BLOCK and not deep:
                    self.text.append("\n\n")
            if hidden:
                self._hidden -= 1

    def handle_data(self, data: str) -> None:
        if self._hidden:
            return
        self.out.append(html.escape(data, quote=False))
        self.text.append(data)

    def close(self) -> None:
        while self._stack:
            self.handle_endtag(self._stack[-1][0])


class _Walker(_Render, HTMLParser):
    def __init__(self, *, display: bool = True) -> None:
        _Render.__init__(self, display=display)
        HTMLParser.__init__(self, convert_charrefs=True)

    def close(self) -> None:
        HTMLParser.close(self)
        _Render.close(self)
