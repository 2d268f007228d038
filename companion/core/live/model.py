"""One normalised post for every network, and its JSON form for the cache and ``--json``."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import lru_cache
from sys import intern
from types import MappingProxyType
from typing import Any

import msgspec

from companion.core.errors import QT_TRANSLATE_NOOP, InvalidInputError
from companion.core.messages import NOT_A_TIME

_NO_EXTRA: Mapping[str, str] = MappingProxyType({})
_new = object.__new__
_builtins = msgspec.to_builtins
#: the version of :meth:`Post.to_row`'s form (the first item of every row)
ROW_VERSION = 1


class ParseError(InvalidInputError):
    """A server reply that does not have the shape of a post (the parsers' only error)."""


@dataclass(frozen=True, slots=True)
class Media:
    #: image | gifv | video | audio | link | unknown
    kind: str
    url: str | None = None
    preview_url: str | None = None
    #: alt text (image description), "" when the author gave none
    alt: str = ""


@dataclass(frozen=True, slots=True)
class Author:
    name: str
    #: "user@instance" (Mastodon) or "handle.bsky.social"
    handle: str
    avatar: str | None = None
    url: str | None = None

    def __post_init__(self) -> None:
        # names are shown next to the handle: no bidi override may flip it around;
        # interned, as the same few hundred authors write thousands of posts
        object.__setattr__(self, "name", intern(one_line(self.name)))
        object.__setattr__(self, "handle", intern(one_line(self.handle)))


@dataclass(frozen=True, slots=True)
class Post:
    #: the dedupe key: the original's ``uri`` (a repost is keyed by what it reposts)
    uri: str
    network: str
    author: Author
    created_at: datetime
    #: sanitized HTML (Mastodon subset) and its plain-text rendering
    html: str
    text: str
    url: str | None = None
    edited_at: datetime | None = None
    links: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    language: str | None = None
    content_warning: str = ""
    sensitive: bool = False
    media: tuple[Media, ...] = ()
    #: handle of who reposted it, when seen as a repost
    reposted_by: str | None = None
    #: where it was seen: "mastodon:https://host" or "bluesky"
    source: str = ""
    #: the post's id on that source (opaque string; for deletes)
    remote_id: str = ""
    #: Bluesky content id / other per-network extras (read-only; most posts share one
    #: empty mapping, issue 19: memory)
    extra: Mapping[str, str] = field(default_factory=lambda: _NO_EXTRA, compare=False, hash=False)

    def __post_init__(self) -> None:
        if self.reposted_by is not None:
            object.__setattr__(self, "reposted_by", intern(one_line(self.reposted_by)))
        # the same few values in every post: one copy each (issue 19, memory); set only
        # when not that copy already (the parsers pass the same objects, issue 19: time)
        network = intern(self.network)
        if network is not self.network:
            object.__setattr__(self, "network", network)
        source = intern(self.source)
        if source is not self.source:
            object.__setattr__(self, "source", source)
        if self.language is not None:
            object.__setattr__(self, "language", intern(self.language))
        if self.tags:
            object.__setattr__(self, "tags", tuple(map(intern, self.tags)))

    @classmethod
    def normalised(
        cls,
        uri: str,
        network: str,
        author: Author,
        created_at: datetime,
        html: str,
        text: str,
        url: str | None,
        edited_at: datetime | None,
        links: tuple[str, ...],
        tags: tuple[str, ...],
        language: str | None,
        content_warning: str,
        sensitive: bool,
        media: tuple[Media, ...],
        reposted_by: str | None,
        source: str,
        remote_id: str,
    ) -> Post:
        """A post from values already in the form :meth:`__post_init__` gives them
        (``reposted_by`` one line, ``network``, ``source``, ``language`` and the tags
        interned), as a parser that made them so builds thousands: the fields set
        directly, ~2 µs a post quicker than the dataclass's keyword ``__init__`` and
        the checks (issue 19). Tests hold it to the same post."""
        p = _new(cls)
        s = _SLOT_SETTERS  # in the order of the fields
        s[0](p, uri)
        s[1](p, network)
        s[2](p, author)
        s[3](p, created_at)
        s[4](p, html)
        s[5](p, text)
        s[6](p, url)
        s[7](p, edited_at)
        s[8](p, links)
        s[9](p, tags)
        s[10](p, language)
        s[11](p, content_warning)
        s[12](p, sensitive)
        s[13](p, media)
        s[14](p, reposted_by)
        s[15](p, source)
        s[16](p, remote_id)
        s[17](p, _NO_EXTRA)
        return p

    @property
    def has_media(self) -> bool:
        return any(m.kind != "link" for m in self.media)

    def to_json(self) -> dict[str, Any]:
        """The cache's form (the same keys as ``dataclasses.asdict``, built directly:
        ``asdict`` deep-copies every field and was a third of storing a post)."""
        a = self.author
        return {
            "uri": self.uri,
            "network": self.network,
            "author": {"name": a.name, "handle": a.handle, "avatar": a.avatar, "url": a.url},
            "created_at": iso(self.created_at),
            "html": self.html,
            "text": self.text,
            "url": self.url,
            "edited_at": iso(self.edited_at) if self.edited_at else None,
            "links": list(self.links),
            "tags": list(self.tags),
            "language": self.language,
            "content_warning": self.content_warning,
            "sensitive": self.sensitive,
            "media": [
                {"kind": m.kind, "url": m.url, "preview_url": m.preview_url, "alt": m.alt}
                for m in self.media
            ],
            "reposted_by": self.reposted_by,
            "source": self.source,
            "remote_id": self.remote_id,
            "extra": dict(self.extra),
        }

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> Post:
        try:
            a = d["author"]
            return cls(
                uri=str(d["uri"]),
                network=str(d["network"]),
                author=Author(str(a["name"]), str(a["handle"]), a.get("avatar"), a.get("url")),
                created_at=parse_time(d["created_at"]),
                html=str(d.get("html", "")),
                text=str(d.get("text", "")),
                url=d.get("url"),
                edited_at=parse_time(d["edited_at"]) if d.get("edited_at") else None,
                links=tuple(str(x) for x in d.get("links", ())),
                tags=tuple(str(x) for x in d.get("tags", ())),
                language=d.get("language"),
                content_warning=str(d.get("content_warning", "")),
                sensitive=bool(d.get("sensitive", False)),
                media=tuple(
                    Media(str(m["kind"]), m.get("url"), m.get("preview_url"), str(m.get("alt", "")))
                    for m in d.get("media", ())
                ),
                reposted_by=d.get("reposted_by"),
                source=str(d.get("source", "")),
                remote_id=str(d.get("remote_id", "")),
                extra={str(k): str(v) for k, v in (d.get("extra") or {}).items()} or _NO_EXTRA,
            )
        except (KeyError, TypeError, AttributeError, ValueError) as exc:
            raise ParseError(
                QT_TRANSLATE_NOOP("Errors", "A cached post is unreadable: %1"), args=(exc,)
            ) from exc

    def to_row(self) -> list[Any]:
        """The cache's compact form (issue 19): the fields in a fixed order, no keys,
        ~40 % smaller and ~35 % quicker to write than :meth:`to_json`. The first item
        is the form's version (:data:`ROW_VERSION`)."""
        a = self.author
        return [
            ROW_VERSION, self.uri, self.network, a.name, a.handle, a.avatar, a.url,
            iso(self.created_at), self.html, self.text, self.url,
            iso(self.edited_at) if self.edited_at else None, list(self.links),
            list(self.tags), self.language, self.content_warning, self.sensitive,
            [[m.kind, m.url, m.preview_url, m.alt] for m in self.media] if self.media else [],
            self.reposted_by, self.source, self.remote_id, self.extra or None,
        ]  # fmt: skip

    @classmethod
    def from_row(cls, row: list[Any]) -> Post:
        """A post from :meth:`to_row`'s form; :class:`ParseError` when it is not one."""
        try:
            if row[0] != ROW_VERSION:
                raise ParseError(
                    QT_TRANSLATE_NOOP("Errors", "A cached post has an unknown form (%1)."),
                    args=(repr(row[0])[:40],),
                )
            (_, uri, network, name, handle, avatar, author_url, created, html, text, url,
             edited, links, tags, language, cw, sensitive, media, reposted_by, source,
             remote_id, extra) = row  # fmt: skip
            try:  # the few hundred authors of thousands of cached posts: one each
                author = _cached_author(str(name), str(handle), avatar, author_url)
            except TypeError:  # an address of another type (unhashable): as before
                author = Author(str(name), str(handle), avatar, author_url)
            return cls(
                uri=str(uri),
                network=str(network),
                author=author,
                created_at=parse_time(created),
                html=str(html),
                text=str(text),
                url=url,
                edited_at=parse_time(edited) if edited else None,
                links=tuple(str(x) for x in links),
                tags=tuple(str(x) for x in tags),
                language=language,
                content_warning=str(cw),
                sensitive=bool(sensitive),
                media=tuple(Media(str(k), u, pu, str(alt)) for k, u, pu, alt in media),
                reposted_by=reposted_by,
                source=str(source),
                remote_id=str(remote_id),
                extra={str(k): str(v) for k, v in (extra or {}).items()} or _NO_EXTRA,
            )
        except (KeyError, TypeError, AttributeError, ValueError, IndexError) as exc:
            raise ParseError(
                QT_TRANSLATE_NOOP("Errors", "A cached post is unreadable: %1"), args=(exc,)
            ) from exc

    def public_json(self) -> dict[str, Any]:
        """The shape ``feed --json`` prints."""
        return {
            "uri": self.uri,
            "url": self.url,
            "network": self.network,
            "author": {
                "name": self.author.name,
                "handle": self.author.handle,
                "avatar": self.author.avatar,
                "url": self.author.url,
            },
            "time": iso(self.created_at),
            "edited": iso(self.edited_at) if self.edited_at else None,
            "text": self.text,
            "html": self.html,
            "links": list(self.links),
            "tags": list(self.tags),
            "media": [
                {"type": m.kind, "url": m.url, "preview": m.preview_url, "alt": m.alt}
                for m in self.media
            ],
            "language": self.language,
            "content_warning": self.content_warning,
            "sensitive": self.sensitive,
            "reposted_by": self.reposted_by,
            "source": self.source,
        }


#: each field's own slot setter (a frozen dataclass refuses ``setattr``), for
#: :meth:`Post.normalised`: ~35 % quicker than ``object.__setattr__`` by name
_SLOT_SETTERS = tuple(Post.__dict__[f].__set__ for f in Post.__slots__)
assert Post.__slots__ == (
    "uri", "network", "author", "created_at", "html", "text", "url", "edited_at", "links",
    "tags", "language", "content_warning", "sensitive", "media", "reposted_by", "source",
    "remote_id", "extra",
)  # fmt: skip


#: :meth:`Post.from_row`'s authors, one (frozen) copy each (issue 19: reading 5,000
#: cached posts made and checked an author for every one)
_cached_author = lru_cache(maxsize=4096, typed=True)(Author)  # typed: 1 is not True


_SURROGATE = re.compile("[\ud800-\udfff]")
#: bidi embeddings, overrides and isolates (a display name "\u202emoc.knab" reads
#: "bank.com" and flips the handle drawn after it), line breaks and other controls
_BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")
_CONTROLS = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]+")


def one_line(text: str) -> str:
    """A name or handle safe to show on one line next to other text."""
    if not text:
        return text
    return _CONTROLS.sub(" ", _BIDI_CONTROLS.sub("", scrub(text))).strip()


def scrub(text: str) -> str:
    """``text`` without lone surrogates (JSON may carry ``"\\ud800"``): they cannot be
    encoded, sanitized, stored or drawn, so they become U+FFFD."""
    if text.isascii():
        return text
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return _SURROGATE.sub("\ufffd", text)
    return text


def iso(value: datetime) -> str:
    """``value`` in UTC as ISO 8601 with ``Z`` (microseconds only when there are any)."""
    if value.tzinfo is UTC and value.__class__ is datetime:
        # msgspec writes a UTC time in this very form, ~6x quicker (issue 19: a time
        # or two for every post stored); tests hold the two to the same text
        return _builtins(value)  # type: ignore[no-any-return]
    return value.astimezone(UTC).isoformat().replace("+00:00", "Z")


def parse_time(value: object) -> datetime:
    """An ISO-8601 time from a server; naive times are taken as UTC."""
    if not isinstance(value, str) or not value:
        raise ParseError(NOT_A_TIME, args=(repr(value),))
    if value[-1] == "Z":  # the usual "2026-11-26T09:00:00.000Z": read as it is (issue 19)
        try:
            parsed = datetime.fromisoformat(value)
        except ValueError:
            pass  # spaces around it, or a form Python does not read with "Z": as below
        else:
            if parsed.tzinfo is UTC:
                return parsed
    text = value.strip().replace("z", "Z")
    if text.endswith("Z"):
        text = text[:-1] + "+00:00"
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError as exc:
        raise ParseError(NOT_A_TIME, args=(repr(value),)) from exc
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    try:
        return parsed.astimezone(UTC)
    except (OverflowError, ValueError) as exc:
        raise ParseError(NOT_A_TIME, args=(repr(value),)) from exc
