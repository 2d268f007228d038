"""Timeline replies read straight into typed records (issue 19): the same posts, the same
errors and the same tolerance of one bad status as ``jsonsafe.loads`` + the dict parser."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from companion.core.clock import Clock
from companion.core.errors import ServerError
from companion.core.jsonsafe import JsonInputError, loads
from companion.core.live import mastodon
from companion.core.live.mastodon import MastodonClient, load_statuses, parse_statuses
from companion.core.live.model import ParseError, Post
from companion.core.net import HttpClient
from tests.core.live.test_fuzz import mutate
from tests.support.fake_mastodon import FakeMastodon, status
from tests.support.httpserver import LoopbackServer, Reply

SOURCE = "mastodon:https://x.example"


def full(sid: str, **extra: Any) -> dict[str, Any]:
    """A status with every field the parser reads, media, tags, a boost's shape."""
    s = status(
        sid,
        content='<p>Hi <a href="https://iied.org/a?b=1&amp;c=2">link</a> #x</p>',
        media_attachments=[
            {"type": "image", "url": "https://x/i", "preview_url": "https://x/p",
             "remote_url": None, "description": "alt ✓"},
            {"type": "weird", "url": None, "remote_url": "https://r/i", "description": None},
        ],
        tags=[{"name": "shareasm"}, {"name": ""}, {"name": None}],
        language="sw", spoiler_text="cw", sensitive=True,
        edited_at="2026-11-26T10:00:00.000Z",
        **extra,
    )  # fmt: skip
    s["account"].update(display_name="Amina 🇹🇿", avatar_static="https://x/a.png", bot=False)
    return s


def both(body: bytes) -> tuple[Any, Any]:
    """(typed path, dict path): the posts, or the error each raised."""

    def run(read: Any) -> Any:
        try:
            return parse_statuses(read(body), SOURCE)
        except (JsonInputError, ParseError) as exc:
            return (type(exc), exc.message)

    return run(load_statuses), run(lambda b: loads(b, what="The server's reply"))


def body_of(*items: Any) -> bytes:
    return json.dumps(list(items), ensure_ascii=False).encode()


def test_the_usual_reply_is_read_into_typed_records() -> None:
    body = body_of(full("1"), full("2", reblog=full("3")), status("4"))
    read = load_statuses(body)
    assert all(isinstance(s, mastodon._Status) for s in read)
    typed, plain = both(body)
    assert typed == plain and len(typed) == 3
    for a, b in zip(typed, plain, strict=True):  # extra is not compared by ==
        assert a.extra == b.extra and a.to_row() == b.to_row()
    assert typed[1].reposted_by == "amina@example.org" and typed[1].remote_id == "2"
    assert typed[0].media[1].kind == "unknown" and typed[0].media[1].url == "https://r/i"
    assert typed[0].tags == ("shareasm",) and typed[0].links == ("https://iied.org/a?b=1&c=2",)


def test_a_byte_order_mark_is_allowed() -> None:
    body = b"\xef\xbb\xbf" + body_of(status("1"))
    assert isinstance(load_statuses(body)[0], mastodon._Status)
    assert [p.remote_id for p in parse_statuses(load_statuses(body))] == ["1"]


#: each field the parser reads, with a value of the wrong type
WRONG = [
    (path, value)
    for path in (
        ("id",), ("uri",), ("url",), ("created_at",), ("edited_at",), ("content",),
        ("language",), ("spoiler_text",), ("sensitive",), ("account",), ("reblog",),
        ("media_attachments",), ("tags",), ("account", "acct"), ("account", "username"),
        ("account", "display_name"), ("account", "avatar"), ("account", "avatar_static"),
        ("account", "url"), ("media_attachments", 0, "type"), ("media_attachments", 0, "url"),
        ("media_attachments", 0, "remote_url"), ("media_attachments", 0, "preview_url"),
        ("media_attachments", 0, "description"), ("media_attachments", 0),
        ("tags", 0, "name"), ("tags", 0),
    )
    for value in (5, 1.5, True, [], {}, "text", 10**50)
]  # fmt: skip


@pytest.mark.parametrize(("path", "value"), WRONG)
def test_a_wrong_type_in_any_field_read_is_handled_as_before(
    path: tuple[Any, ...], value: Any
) -> None:
    bad = full("bad")
    node: Any = bad
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = copy.deepcopy(value)
    body = body_of(full("1"), bad, full("2"))
    typed, plain = both(body)
    assert typed == plain
    if value != 10**50:  # the dict path refuses a 50-digit number anywhere
        assert isinstance(typed, list)  # one bad status never drops the page
        assert {"1", "2"} <= {p.remote_id for p in typed}


@pytest.mark.parametrize(
    ("body", "error"),
    [
        (b'{"error": "Record not found"}', ParseError),  # an error object, not a list
        (b'"just text"', ParseError),
        (b"null", ParseError),
        (b"[1, 2]", None),  # entries that are not statuses: skipped
        (b"[{}]", None),  # no uri: skipped
        (b"[]", None),
        (b'[{"uri": "u", "created_at": "2026-11-26T09:00:00Z", "content": NaN}]', JsonInputError),
        (b'[{"uri": "u", "created_at": "2026-11-26T09:00:00Z", "x": Infinity}]', JsonInputError),
        (b'[{"uri": "u", "created_at": "2026-11-26T09:00:00Z", "content": 1e999}]', JsonInputError),
        (b'[{"uri": "u", "created_at": "2026-11-26T09:00:00Z", "id": 1' + b"0" * 60 + b"}]",
         JsonInputError),
        (b'[{"uri": "u", "content": "a\\ud800b", "created_at": "2026-11-26T09:00:00Z"}]',
         JsonInputError),
        (b'[{"uri": "u", "x": "\\udfff", "created_at": "2026-11-26T09:00:00Z"}]', JsonInputError),
        (b'[{"uri": "u", "x": "\\ud800\\u0041", "created_at": "2026-11-26T09:00:00Z"}]',
         JsonInputError),
        (b'[{"uri": "\xed\xa0\x80"}]', JsonInputError),  # a surrogate encoded as UTF-8
        (b'[{"uri": "\xff"}]', JsonInputError),
        (b"[" * 100_000 + b"]" * 100_000, JsonInputError),
        (b'[{"uri": "u", "x": ' + b"[" * 100_000 + b"]" * 100_000 + b"}]", JsonInputError),
        (b'[{"uri": "u"', JsonInputError),
        (b"[] x", JsonInputError),
        (b"", JsonInputError),
    ],
)  # fmt: skip
def test_hostile_replies_meet_the_same_errors(body: bytes, error: type[Exception] | None) -> None:
    typed, plain = both(body)
    if error is None:
        assert isinstance(typed, list)
    else:
        assert typed == plain and typed[0] is error
        if error is JsonInputError:
            assert "\n" not in typed[1]  # one line, the reply named
            assert typed[1].startswith("The server's reply")


def test_numbers_in_fields_never_read_do_not_drop_the_page() -> None:
    """The typed reader skips the fields it does not read without converting them: a
    huge count in an account's ``followers_count`` (which ``jsonsafe`` refuses anywhere)
    no longer drops the whole page; no such number ever reaches the app."""
    s = full("1")
    s["account"]["followers_count"] = 10**60
    s["replies_count"] = 1e300
    body = body_of(s).replace(b"1e+300", b"1e999")
    with pytest.raises(JsonInputError):
        loads(body)
    posts = parse_statuses(load_statuses(body), SOURCE)
    assert [p.remote_id for p in posts] == ["1"]
    assert posts == parse_statuses([full("1")], SOURCE)


def test_bytes_that_are_not_utf8_only_in_a_field_never_read_keep_the_page() -> None:
    """The one other difference: ``jsonsafe`` refuses a reply with bytes that are not
    UTF-8 anywhere; the typed reader skips fields it does not read without decoding
    them, so such bytes there never reach the app; in a field it reads, the reply is
    refused as before."""
    good = body_of(full("1"))
    unread = good.replace(b'"bot": false', b'"bot\xed\xa0\x80": false', 1)
    assert unread != good
    with pytest.raises(JsonInputError):
        loads(unread)
    assert parse_statuses(load_statuses(unread), SOURCE) == parse_statuses([full("1")], SOURCE)
    read = good.replace(b"Amina", b"Am\xed\xa0\x80ina", 1)
    assert read != good
    with pytest.raises(JsonInputError):
        load_statuses(read)


def test_every_string_read_can_be_encoded() -> None:
    """Text outside the BMP, escaped as a surrogate pair, is joined; lone halves never
    get through (see the hostile replies)."""
    body = b'[{"uri": "u", "created_at": "2026-11-26T09:00:00Z", "content": "\\ud83d\\ude00"}]'
    (post,) = parse_statuses(load_statuses(body), SOURCE)
    assert post.text == "😀" and post.text.encode("utf-8")


def test_a_reply_over_the_size_cap_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    body = body_of(status("1"), status("2"))
    monkeypatch.setattr(mastodon, "MAX_REPLY_BYTES", len(body) - 1)
    with pytest.raises(JsonInputError, match="too large"):
        load_statuses(body)


# any code point, lone surrogates included; integers of up to 40 digits (a longer one
# in a field never read is the one difference: see above)
_text = st.text(st.characters(blacklist_categories=()), max_size=20)
_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(10**40) + 1, 10**40 - 1) | st.floats() | _text,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(_text, inner, max_size=3),
    max_leaves=10,
)


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_mutated_replies_give_the_same_posts_or_errors(data: st.DataObject) -> None:
    base = data.draw(st.sampled_from([full("1"), full("2", reblog=full("3")), status("4")]))
    doc = mutate(base, data)
    if data.draw(st.booleans()):
        doc = data.draw(_values) if data.draw(st.integers(0, 9)) == 0 else doc
    try:
        body = json.dumps([doc, full("9")], ensure_ascii=data.draw(st.booleans())).encode(
            "utf-8", "surrogatepass"
        )
    except ValueError:
        return
    typed, plain = both(body)
    try:
        body.decode("utf-8")
    except UnicodeDecodeError:
        # bytes that are not UTF-8 (a lone surrogate written raw): the dict path refuses
        # the whole reply; the typed path refuses it too when they are in a field the app
        # reads, and keeps the page when they are only in a field it never reads (msgspec
        # skips those bytes unread), which is the reply with them replaced
        assert isinstance(plain, tuple)
        if isinstance(typed, list):
            _, plain = both(body.decode("utf-8", "replace").encode("utf-8"))
    assert typed == plain
    if isinstance(typed, list):
        for a, b in zip(typed, plain, strict=True):
            assert isinstance(a, Post) and a.to_row() == b.to_row()


def test_one_bad_status_from_a_server_keeps_the_rest(loopback: LoopbackServer) -> None:
    bad = status("b", minutes=1)
    bad["content"] = {"html": "<p>not a string</p>"}
    bad["account"]["display_name"] = 42
    fake = FakeMastodon(loopback)
    fake.override = lambda req: Reply.json([status("c", minutes=2), bad, "junk", status("a")])
    page = MastodonClient(HttpClient(now=Clock().now), loopback.base_url).fetch_tag("shareASM")
    assert [p.remote_id for p in page.posts] == ["c", "b", "a"]
    assert page.posts[1].text == "" and page.posts[1].author.name == "amina@example.org"


@pytest.mark.parametrize(
    "body",
    [b'[{"id": "1", "content": "\\ud800"}]', b"[" * 50_000, b'[{"id": NaN}]', b"\xff\xfe[]"],
)
def test_an_unreadable_reply_from_a_server_is_one_clear_error(
    loopback: LoopbackServer, body: bytes
) -> None:
    fake = FakeMastodon(loopback)
    fake.override = lambda req: Reply(200, body, {"Content-Type": "application/json"})
    with pytest.raises(ServerError) as info:
        MastodonClient(HttpClient(now=Clock().now), loopback.base_url).fetch_tag("shareASM")
    assert "\n" not in info.value.message and isinstance(info.value.__cause__, JsonInputError)


def test_posts_built_without_the_dataclass_init_are_the_same_posts() -> None:
    """Issue 19: the parser builds posts with ``Post.normalised`` (fields set directly);
    each is the post the dataclass's own ``__init__`` and ``__post_init__`` make of the
    same fields, with the repeated strings shared as before."""
    from dataclasses import fields

    booster = full("6")
    booster["account"].update(acct="bo\u202eb\nby")  # a bidi override and a line break
    body = body_of(
        full("1"), full("2", reblog=full("3")), status("4"), {**booster, "reblog": full("5")}
    )
    for p in parse_statuses(load_statuses(body), SOURCE):
        again = Post(**{f.name: getattr(p, f.name) for f in fields(Post)})
        assert again == p and again.extra == p.extra and again.to_row() == p.to_row()
        for name in ("network", "source", "language", "reposted_by"):
            assert getattr(again, name) is getattr(p, name)  # one copy, interned
        assert all(a is b for a, b in zip(again.tags, p.tags, strict=True))
    reposted = parse_statuses(load_statuses(body), SOURCE)[-1]
    assert reposted.reposted_by == "bob by@x.example"
