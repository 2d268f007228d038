"""Issue 14, property-based: mutated manifests, event files and Mastodon/Bluesky/X replies
go through every parser from raw bytes, as the app reads them. The rule: a clear
one-line error (a ``KnownError``) or a valid, usable result; never another exception.

Each document starts as a genuine one; the mutations replace, delete or add values at
any depth (with hostile tokens: 5,000-digit numbers, ``NaN``, ``1e999``, ``45.0``, lone
surrogates, deep nesting, Windows device names, fake zones, extreme dates), and then
may damage the bytes (truncate, flip, splice). Runs are derandomized and bounded.
"""

from __future__ import annotations

import copy
import dataclasses
import json
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from companion.core import jsonsafe
from companion.core.accounts import bluesky as accounts_bluesky
from companion.core.accounts import mastodon as accounts_mastodon
from companion.core.errors import KnownError
from companion.core.event.countdown import state_at
from companion.core.event.ics import build_calendar
from companion.core.event.model import Event
from companion.core.event.parse import parse_event_bytes
from companion.core.library.manifest import (
    MAX_FILE_BYTES,
    Manifest,
    check_relative_path,
    parse_manifest,
)
from companion.core.live import bluesky as live_bluesky
from companion.core.live import mastodon as live_mastodon
from companion.core.live import x as live_x
from companion.core.live.model import Post
from companion.core.live.sse import SseEvent, SseParser, decode_event
from tests.core.event.helpers import event_dict
from tests.core.library.packs import file_entry, photobook_raw
from tests.core.live.test_x import REPLY as X_REPLY
from tests.support.fake_bluesky import bsky_post
from tests.support.fake_mastodon import status

#: per parser: the number of generated cases (the whole file stays well under a minute)
EXAMPLES = 400
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

# ---------------------------------------------------------------------- documents
_FILES = {"pb/en/01.jpg": b"one", "pb/en/02.jpg": b"two", "pub/brief.pdf": b"%PDF"}
MANIFEST: dict[str, Any] = photobook_raw(
    {k: v for k, v in _FILES.items() if k.startswith("pb/")}
) | {"description": {"en": "All of it"}, "download_hosts": ["cdn.example.org"]}
MANIFEST["items"] += [
    {
        "id": "brief",
        "kind": "publication",
        "title": {"en": "Brief", "fr": "Note"},
        "date": "2026-11",
        "editions": {"en": {"files": [file_entry("pub/brief.pdf", b"%PDF", on_demand=True)]}},
    },
    {"id": "site", "kind": "link", "title": {"en": "IIED"}, "url": "https://www.iied.org/"},
]

EVENT: dict[str, Any] = event_dict(
    all_day=False,
    description="The day",
    organiser={"name": "IIED", "url": "https://www.iied.org/", "email": "a@iied.org"},
    extra_tags=["#ASM", "mining"],
    templates=["Hello {hashtag}"],
    notes=["note"],
    links=[{"kind": "stream", "title": "Stream", "url": "https://example.org/live"}],
    past_editions=[{"name": "2017", "date": "2017-03-15", "url": "https://example.org/2017"}],
    next_edition={"name": "2019", "start": "2019-03-14T09:00", "end": "2019-03-14T17:00"},
    archive_url="https://example.org/archive",
    updated="2018-03-01T12:00:00Z",
)
EVENT["sessions"][0].update(
    description="d", organisation="o", platform="Zoom", link="https://z.example/1", language="sw"
)

MASTODON_STATUS = status(
    "1",
    content='<p>Hi <a href="https://example.org/tags/shareASM">#shareASM</a></p>',
    media_attachments=[{"type": "image", "url": "https://x/i.jpg", "description": "alt"}],
    tags=[{"name": "shareASM", "url": "https://example.org/tags/shareASM"}],
    reblog=status("2"),
)
MASTODON_INSTANCE = {
    "domain": "example.org",
    "version": "4.3.2",
    "api_versions": {"mastodon": 2},
    "configuration": {
        "urls": {"streaming": "wss://streaming.example.org"},
        "statuses": {"max_characters": 500, "max_media_attachments": 4},
        "media_attachments": {
            "supported_mime_types": ["image/jpeg"],
            "image_size_limit": 16777216,
            "description_limit": 1500,
        },
        "timelines_access": {"hashtag_feeds": {"local": "public", "remote": "public"}},
    },
}
BLUESKY_SEARCH = {
    "posts": [
        bsky_post(
            "r1",
            text="Hi #shareASM",
            embed={
                "$type": "app.bsky.embed.images#view",
                "images": [{"thumb": "https://t/1", "fullsize": "https://f/1", "alt": "a"}],
            },
        )
    ],
    "cursor": "25",
}
BLUESKY_SESSION = {
    "did": "did:plc:abc",
    "handle": "kofi.bsky.social",
    "accessJwt": "a.b.c",
    "refreshJwt": "d.e.f",
    "active": True,
    "didDoc": {
        "id": "did:plc:abc",
        "service": [
            {
                "id": "#atproto_pds",
                "type": "AtprotoPersonalDataServer",
                "serviceEndpoint": "https://pds.example.org",
            }
        ],
    },
}

# ---------------------------------------------------------------------- mutations
#: raw JSON text that json.dumps cannot (or would not) write
HOSTILE_TOKENS = [
    "9" * 5000, "-" + "9" * 4400, "1" + "0" * 41, "1e999", "-1e999", "1e-999", "NaN",
    "Infinity", "-Infinity", "45.0", "0.5", "-1", "0", "true", "false", "null",
    '"\\ud800"', '"x\\udfffy"', '"\\ud83d\\ude00"', '"' + "9" * 5000 + '"', '"\u00b2"',
    '"\\u0000"', '"a\\nb"', '"../../etc/passwd"', '"/abs"', '"C:\\\\x"', '"COM0.pdf"',
    '"CONIN$"', '"nul .txt"', '"localtime"', '"posixrules"', '"Factory"', '"right/UTC"',
    '"0001-01-01T00:00"', '"9999-12-31T23:59:59"', '"2018-03-15T08:00+23:59"',
    '"2018-02-30T08:00"', '"javascript:alert(1)"', '"http://x"', '"' + "x" * 70000 + '"',
    "[" * 3000 + "]" * 3000, '{"a":' * 2000 + "1" + "}" * 2000, "[]", "{}", '""',
]  # fmt: skip
#: characters that break things downstream: surrogates, NUL, bidi overrides, BOM, …
_ODD_CHARS = ["\ud800", "\udfff", "\x00", "\n", "\u202e", "\ufeff", "\uffff", "\u200d", "😀"]
_ANY_TEXT = st.lists(
    st.sampled_from(_ODD_CHARS) | st.characters(codec=None, blacklist_categories=()), max_size=20
).map("".join)
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | _ANY_TEXT,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(_ANY_TEXT, inner, max_size=3),
    max_leaves=8,
)


@dataclasses.dataclass(frozen=True)
class Raw:
    """A value written into the JSON text as it is."""

    text: str


def _paths(doc: Any, prefix: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    yield prefix
    if isinstance(doc, dict):
        for key, value in doc.items():
            yield from _paths(value, (*prefix, key))
    elif isinstance(doc, list):
        for index, value in enumerate(doc):
            yield from _paths(value, (*prefix, index))


def _mutate(doc: Any, data: st.DataObject) -> Any:
    paths = list(_paths(doc))
    if data.draw(st.integers(0, 9), label="leaf?") < 7:  # mostly a value, not a branch
        paths = [p for p in paths if p and not isinstance(_at(doc, p), dict | list)] or paths
    path = data.draw(st.sampled_from(paths), label="path")
    op = data.draw(st.sampled_from(_OPS), label="op")
    if not path:
        return Raw(data.draw(st.sampled_from(HOSTILE_TOKENS))) if op == "token" else doc
    parent = doc
    for step in path[:-1]:
        parent = parent[step]
    last = path[-1]
    if op == "token":
        parent[last] = Raw(data.draw(st.sampled_from(HOSTILE_TOKENS), label="token"))
    elif op == "value":
        parent[last] = data.draw(JSON_VALUES, label="value")
    elif op == "text" and isinstance(parent[last], str):  # same type, any text
        parent[last] = data.draw(_ANY_TEXT, label="text")
    elif op == "delete":
        del parent[last]
    elif op == "add" and isinstance(parent, dict):
        parent[data.draw(_ANY_TEXT, label="key")] = data.draw(JSON_VALUES)
    elif op == "dup" and isinstance(parent, list):
        parent.append(copy.deepcopy(parent[last]))
    return doc


_OPS = ["token", "token", "token", "value", "text", "text", "delete", "add", "dup"]


def _at(doc: Any, path: tuple[Any, ...]) -> Any:
    for step in path:
        doc = doc[step]
    return doc


def _dumps(doc: Any) -> bytes:
    raws: list[str] = []

    def default(value: Any) -> str:
        raws.append(value.text)
        return f"\x00RAW{len(raws) - 1}\x00"

    text = json.dumps(doc, default=default, ensure_ascii=True)
    for index, raw in enumerate(raws):
        text = text.replace(json.dumps(f"\x00RAW{index}\x00"), raw, 1)
    return text.encode("utf-8", "surrogatepass")


@st.composite
def mutated(draw: st.DrawFn, base: Any) -> bytes:
    """``base`` with 1–6 value mutations and maybe one byte mutation."""
    data = draw(st.data())
    doc: Any = copy.deepcopy(base)
    for _ in range(draw(st.sampled_from([1, 1, 1, 2, 3, 6]))):
        doc = _mutate(doc, data) if not isinstance(doc, Raw) else doc
    raw = _dumps(doc)
    damage = draw(st.sampled_from(["none"] * 4 + ["truncate", "flip", "splice", "bom"]))
    if damage != "none" and raw:
        at = draw(st.integers(0, len(raw) - 1))
        if damage == "truncate":
            raw = raw[:at]
        elif damage == "flip":
            raw = raw[:at] + bytes([raw[at] ^ draw(st.integers(1, 255))]) + raw[at + 1 :]
        elif damage == "splice":
            raw = raw[:at] + draw(st.sampled_from(HOSTILE_TOKENS)).encode() + raw[at:]
        else:
            raw = b"\xef\xbb\xbf" + raw
    return raw


# ---------------------------------------------------------------------- the rule
def _usable_text(value: Any) -> None:
    """Every string in a result can be written to a file, SQLite or the screen."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            item.encode("utf-8")
        elif isinstance(item, dict):
            stack += [*item.keys(), *item.values()]
        elif isinstance(item, list | tuple | set | frozenset):
            stack += list(item)
        elif dataclasses.is_dataclass(item) and not isinstance(item, type):
            stack += [getattr(item, f.name) for f in dataclasses.fields(item)]


def _outcome(fn: Callable[[], Any]) -> Any:
    """The result, or None after a KnownError (counted in the statistics)."""
    try:
        result = fn()
    except KnownError as exc:
        assert exc.message and "\n" not in exc.message, exc.message
        event(f"refused: {type(exc).__name__}")
        return None
    event("accepted")
    return result


def _check_manifest(m: Manifest) -> None:
    _usable_text(m)
    for f in m.files():
        assert type(f.size) is int and 0 <= f.size <= MAX_FILE_BYTES
        check_relative_path(f.path)
    assert type(m.total_size) is int


def _check_event(e: Event) -> None:
    _usable_text(e)
    for now in (e.start - timedelta(days=1), e.start, e.end, e.end + timedelta(days=400)):
        state_at(e, now)
    build_calendar(e, list(e.sessions), now=e.start, reminder_minutes=15)


def _check_posts(posts: list[Post]) -> None:
    for post in posts:
        json.dumps(post.to_json(), ensure_ascii=False).encode("utf-8")


# ---------------------------------------------------------------------- the parsers
@FUZZ
@given(mutated(MANIFEST))
def test_mutated_manifests(data: bytes) -> None:
    manifest = _outcome(lambda: parse_manifest(data))
    if manifest is not None:
        _check_manifest(manifest)


@FUZZ
@given(mutated(EVENT))
def test_mutated_event_files(data: bytes) -> None:
    parsed = _outcome(lambda: parse_event_bytes(data))
    if parsed is not None:
        _check_event(parsed)


def _reply(data: bytes) -> Any:
    return jsonsafe.loads(data, what="The server's reply", max_bytes=jsonsafe.MAX_REPLY_BYTES)


@FUZZ
@given(mutated([MASTODON_STATUS, status("3", content="<p>two</p>")]))
def test_mutated_mastodon_timelines(data: bytes) -> None:
    posts = _outcome(lambda: live_mastodon.parse_statuses(_reply(data), "m"))
    if posts is not None:
        _check_posts(posts)


@FUZZ
@given(mutated(MASTODON_STATUS))
def test_mutated_mastodon_stream_events(data: bytes) -> None:
    text = data.decode("utf-8", "replace")  # the SSE reader decodes lines as UTF-8
    update = _outcome(lambda: decode_event(SseEvent("update", text), "m"))
    if update is not None and update.post is not None:
        _check_posts([update.post])


@FUZZ
@given(mutated(MASTODON_INSTANCE))
def test_mutated_mastodon_instances(data: bytes) -> None:
    def both() -> tuple[Any, Any]:
        raw = _reply(data)
        live = live_mastodon.parse_instance(raw)
        # the account side reads a v2 document only when it is an object
        limits = accounts_mastodon.parse_instance(raw, v2=True) if isinstance(raw, dict) else None
        return live, limits

    result = _outcome(both)
    if result is not None:
        _usable_text(result)


@FUZZ
@given(mutated(BLUESKY_SEARCH))
def test_mutated_bluesky_searches(data: bytes) -> None:
    result = _outcome(lambda: live_bluesky.parse_search(_reply(data)))
    if result is not None:
        posts, cursor = result
        _check_posts(posts)
        assert cursor is None or isinstance(cursor, str)


@FUZZ
@given(mutated(X_REPLY))
def test_mutated_x_searches(data: bytes) -> None:
    result = _outcome(lambda: live_x.parse_search(_reply(data)))
    if result is not None:
        posts, newest = result
        _check_posts(posts)
        assert isinstance(newest, str)


@FUZZ
@given(mutated(BLUESKY_SESSION))
def test_mutated_bluesky_sessions(data: bytes) -> None:
    def session() -> Any:
        raw = _reply(data)
        return accounts_bluesky._session_from(raw, "https://bsky.social", "bsky.social")

    result = _outcome(session)
    if result is not None:
        _usable_text(result)
        assert result.pds.startswith("https://")


@FUZZ
@given(mutated(MASTODON_STATUS), st.sampled_from(HOSTILE_TOKENS), st.integers(1, 64))
def test_mutated_mastodon_streams_through_the_sse_reader(
    data: bytes, token: str, chunk: int
) -> None:
    """The bytes of a stream, in odd chunks, with hostile ``retry:`` and ``id:`` lines."""
    stream = (
        b": heartbeat\nretry: " + token.encode() + b"\nid: " + token.encode()[:50] + b"\n"
        b"event: update\ndata: " + data.replace(b"\n", b" ") + b"\n\n"
        b"event: delete\ndata: 1\n\n"
    )

    def read() -> list[Any]:
        parser = SseParser()
        frames = [
            e for i in range(0, len(stream), chunk) for e in parser.feed(stream[i : i + chunk])
        ]
        return [decode_event(frame, "m") for frame in frames]

    updates = _outcome(read)
    for update in updates or []:
        if update is not None and update.post is not None:
            _check_posts([update.post])


#: free-text places, where the schema takes any string (length aside)
EVENT_TEXTS = [
    ("name",),
    ("description",),
    ("organiser", "name"),
    ("templates", 0),
    ("notes", 0),
    ("links", 0, "title"),
    ("sessions", 0, "title"),
    ("sessions", 1, "title"),
    ("sessions", 0, "platform"),
    ("next_edition", "name"),
]
MANIFEST_TEXTS = [("title", "en"), ("description", "en"), ("items", 0, "title", "sw"),
                  ("items", 0, "editions", "en", "captions", 1), ("items", 1, "title", "fr"),
                  ("items", 0, "description", "en")]  # fmt: skip


@st.composite
def retexted(draw: st.DrawFn, base: Any, places: list[tuple[Any, ...]]) -> bytes:
    """``base`` with 1–3 of its free texts replaced by any text (lone surrogates too)."""
    doc = copy.deepcopy(base)
    for place in draw(st.lists(st.sampled_from(places), min_size=1, max_size=3)):
        _at(doc, place[:-1])[place[-1]] = draw(_ANY_TEXT)
    return _dumps(doc)


@FUZZ
@given(retexted(EVENT, EVENT_TEXTS))
def test_any_text_in_an_event_file(data: bytes) -> None:
    parsed = _outcome(lambda: parse_event_bytes(data))
    if parsed is not None:
        _check_event(parsed)


@FUZZ
@given(retexted(MANIFEST, MANIFEST_TEXTS))
def test_any_text_in_a_manifest(data: bytes) -> None:
    manifest = _outcome(lambda: parse_manifest(data))
    if manifest is not None:
        _check_manifest(manifest)


def test_the_genuine_documents_are_accepted() -> None:
    """The seeds themselves parse: the mutations start from something valid."""
    _check_manifest(parse_manifest(_dumps(MANIFEST)))
    _check_event(parse_event_bytes(_dumps(EVENT)))
    assert len(live_mastodon.parse_statuses(_reply(_dumps([MASTODON_STATUS])))) == 1
    assert live_bluesky.parse_search(_reply(_dumps(BLUESKY_SEARCH)))[0]
    session = accounts_bluesky._session_from(BLUESKY_SESSION, "https://bsky.social", "b")
    assert session.pds == "https://pds.example.org"
    assert datetime.now(UTC).year > 2000  # (the clock is not used by the parsers)
