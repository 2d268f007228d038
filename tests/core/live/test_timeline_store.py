from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from companion.core.live.mastodon import parse_status
from companion.core.live.store import PostStore
from companion.core.live.timeline import Filter, merge, posts_per_hour, top_contributors
from companion.core.services import CoreServices
from tests.support.fake_mastodon import T0, status


def _two_instances_and_a_boost() -> list:
    original = status("100", uri="https://gh.example/users/kofi/statuses/1", acct="kofi@gh.example")
    on_a = parse_status(original, "mastodon:https://a")
    seen_b = dict(original, id="01JDQ8ZK5V00000000000000AB", acct="kofi@gh.example")
    on_b = parse_status(seen_b, "mastodon:https://b")
    boost = parse_status(
        status("7", uri="https://b/x/7", acct="lena", reblog=original, minutes=5),
        "mastodon:https://b",
    )
    other = parse_status(status("101", minutes=3), "mastodon:https://a")
    return [boost, on_a, on_b, other]


def test_dedupe_across_instances_and_boost() -> None:
    merged = merge(_two_instances_and_a_boost())
    assert len(merged) == 2
    assert merged[0].uri.endswith("/101")  # newest first
    kofi = merged[1]
    assert kofi.reposted_by is None  # the original wins over the boost


def test_edit_replaces() -> None:
    a = parse_status(status("1"))
    b = parse_status(status("1", content="<p>fixed</p>", edited_at="2026-11-26T09:10:00Z"))
    assert merge([b, a])[0].text == "fixed"
    assert merge([a, b])[0].text == "fixed"


def test_store_round_trip_edits_deletes_cursor(core: CoreServices) -> None:
    store = PostStore(core.db)
    posts = _two_instances_and_a_boost()
    store.save(posts, T0)
    assert store.count() == 2
    assert store.recent()[0] == merge(posts)[0]
    store.save(
        [
            parse_status(
                status("101", minutes=3, content="<p>v2</p>", edited_at="2026-11-26T10:00:00Z"),
                "mastodon:https://a",
            )
        ],
        T0,
    )
    assert store.recent()[0].text == "v2"
    # a delete arrives from instance b by its own id for the post
    assert store.delete_remote("mastodon:https://b", "01JDQ8ZK5V00000000000000AB") is not None
    assert store.count() == 1
    assert store.delete_remote("mastodon:https://b", "nope") is None
    store.set_cursor("mastodon:https://a", "01ABC", T0)
    assert store.cursor("mastodon:https://a") == "01ABC"
    assert store.last_success() == T0


def test_prune(core: CoreServices) -> None:
    store = PostStore(core.db)
    store.save([parse_status(status(str(i), minutes=i)) for i in range(30)], T0)
    store.prune(keep=10)
    assert store.count() == 10
    assert store.recent()[-1].remote_id == "20"


def test_filters_and_mutes() -> None:
    posts = [
        parse_status(status("1", language="fr", content="<p>Orpaillage</p>")),
        parse_status(status("2", acct="spam@bad.example", content="<p>buy crypto</p>")),
        parse_status(status("3", media_attachments=[{"type": "image", "url": "https://x/i.png"}])),
        parse_status(status("4", uri="https://b/4", acct="lena", reblog=status("5"))),
    ]
    assert [p.remote_id for p in posts if Filter(language="fr").accepts(p)] == ["1"]
    assert [p.remote_id for p in posts if Filter(media_only=True).accepts(p)] == ["3"]
    assert len([p for p in posts if Filter(hide_reposts=True).accepts(p)]) == 3
    assert "2" not in [
        p.remote_id for p in posts if Filter(muted_accounts=["@spam@bad.example"]).accepts(p)
    ]
    assert "2" not in [p.remote_id for p in posts if Filter(muted_words=["CRYPTO"]).accepts(p)]
    assert "4" not in [p.remote_id for p in posts if Filter(muted_accounts=["lena"]).accepts(p)]
    assert [p.remote_id for p in posts if Filter(search="orpa").accepts(p)] == ["1"]
    assert [p.remote_id for p in posts if Filter(networks={"bluesky"}).accepts(p)] == []


def test_stats() -> None:
    posts = [
        parse_status(status(str(i), minutes=i * 30, acct="a" if i % 3 else "b")) for i in range(6)
    ]
    counts = posts_per_hour(posts, T0 + timedelta(hours=2, minutes=40), hours=3)
    assert counts == [2, 2, 2]
    assert top_contributors(posts)[0] == ("a", 4)


def test_store_batch_keeps_the_edit_and_replaces_an_unreadable_row(core: CoreServices) -> None:
    """One batch (issue 19: looked up and written together) keeps what a post-by-post
    save kept: an edit later in the batch wins, an older copy after it does not, a
    cached row that cannot be read is replaced; 1,200 posts span several lookups."""
    store = PostStore(core.db)
    src = "mastodon:https://a"
    v1 = parse_status(status("1", content="<p>v1</p>"), src)
    v2 = parse_status(status("1", content="<p>v2</p>", edited_at="2026-11-26T10:00:00Z"), src)
    many = [parse_status(status(f"{i:05d}", minutes=i), src) for i in range(10, 1210)]
    assert store.save([v1, v2, v1, *many], T0) == 2 + 1200
    assert store.count() == 1201
    assert next(p for p in store.recent(limit=5000) if p.uri == v1.uri).text == "v2"
    assert store.save([v1, *many], T0) == 0  # nothing newer
    core.db.execute("UPDATE live_posts SET data = ? WHERE uri = ?", ('{"uri": 1}', v1.uri))
    assert store.save([v1], T0) == 1
    assert next(p for p in store.recent(limit=5000) if p.uri == v1.uri).text == "v1"


def test_cache_rows_are_compact_and_older_caches_still_read(core: CoreServices) -> None:
    """Issue 19: posts are cached as a compact row (no keys; smaller, quicker to write);
    a cache written by an older version (one JSON object a post) is still read, and its
    edits still win over an older copy. A broken compact row is replaced."""
    import json

    from companion.core.live.model import ROW_VERSION, ParseError, Post

    store = PostStore(core.db)
    src = "mastodon:https://a"
    boosted = parse_status(
        status("7", uri="https://b/x/7", acct="lena", reblog=status("9"), minutes=5), src
    )
    post = parse_status(status("1", content="<p>a &amp; b</p>", spoiler_text="cw"), src)
    assert Post.from_row(post.to_row()) == post and Post.from_row(boosted.to_row()) == boosted
    for bad in ([ROW_VERSION + 1, *post.to_row()[1:]], [ROW_VERSION], [ROW_VERSION, 1, 2]):
        with pytest.raises(ParseError):
            Post.from_row(bad)
    store.save([post], T0)
    (data,) = core.db.query_one("SELECT data FROM live_posts") or ("",)
    assert data.startswith(f"[{ROW_VERSION},") and len(data) < len(json.dumps(post.to_json()))
    # an older cache: the object form, with an edit the fresh copy does not have
    edited = parse_status(status("1", content="<p>v2</p>", edited_at="2026-11-26T10:00:00Z"), src)
    core.db.execute("UPDATE live_posts SET data = ?", (json.dumps(edited.to_json()),))
    assert store.recent() == [edited]
    assert store.save([post], T0) == 0  # the cached edit is newer
    core.db.execute("UPDATE live_posts SET data = ?", (f"[{ROW_VERSION}, 1]",))
    assert store.recent() == []  # unreadable rows are skipped
    assert store.save([post], T0) == 1 and store.recent() == [post]


def test_cache_rows_keep_text_as_utf8_and_any_post_is_still_written(core: CoreServices) -> None:
    """Issue 19: rows are written by msgspec (quicker), non-ASCII text as UTF-8, not as
    ``\\u`` escapes; a post it cannot write (a lone surrogate no parser lets through)
    is written by ``json`` as before and read back."""
    from dataclasses import replace

    from companion.core.live.model import Post

    store = PostStore(core.db)
    src = "mastodon:https://a"
    arabic = parse_status(status("1", content="<p>مرحبا 👩🏽‍🔧 «ok»</p>"), src)
    odd = replace(
        parse_status(status("2", minutes=1), src),
        text="a\ud800b",
        extra={"cid": "x"},
    )
    assert store.save([arabic, odd], T0) == 2
    rows = dict(core.db.query("SELECT uri, data FROM live_posts"))
    assert "مرحبا 👩🏽‍🔧" in rows[arabic.uri] and "\\u" not in rows[arabic.uri]
    assert "\\ud800" in rows[odd.uri]
    back = {p.uri: p for p in store.recent()}
    assert back[arabic.uri] == arabic and back[arabic.uri].to_row() == arabic.to_row()
    assert back[odd.uri].text == "a\ud800b" and back[odd.uri].extra == {"cid": "x"}
    assert isinstance(back[odd.uri], Post)


def _parse_time_before(value: object) -> object:
    """``parse_time`` before its quick path for "…Z" (issue 19), for comparison."""
    from datetime import datetime

    from companion.core.live.model import ParseError

    if not isinstance(value, str) or not value:
        return ParseError
    text = value.strip().replace("z", "Z")
    if text.endswith("Z"):
        text = text[:-1] + "+00:00"
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        return ParseError
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    try:
        return parsed.astimezone(UTC)
    except (OverflowError, ValueError):
        return ParseError


@pytest.mark.parametrize(
    "value",
    [
        "2026-11-26T09:00:00.000Z", "2026-11-26T09:00:00Z", " 2026-11-26T09:00:00Z",
        "2026-11-26T09:00:00Z ", "2026-11-26t09:00:00z", "2026-11-26T09:00:00.123456789Z",
        "2026-11-26 09:00Z", "20261126T090000Z", "2026-W48-4T09:00:00Z", "2026-11-26Z",
        "9999-12-31T23:59:59.999Z", "0001-01-01T00:00:00Z", "2026-11-26T09:00:00+01:00",
        "2026-11-26T09:00:00", "Z", "ZZ", "2026-11-26T24:00:00Z", "2026-02-30T09:00:00Z",
        "2026-11-26T09:00:00+00:00Z", "2026-11-26T09:00:00.000-00:00",
    ],
)  # fmt: skip
def test_parse_time_quick_path_reads_as_before(value: str) -> None:
    from companion.core.live.model import ParseError, parse_time

    try:
        got: object = parse_time(value)
    except ParseError:
        got = ParseError
    want = _parse_time_before(value)
    assert got == want
    if want is not ParseError:
        assert got.tzinfo is UTC  # type: ignore[attr-defined]


@given(
    st.datetimes(
        timezones=st.sampled_from([UTC, timezone(timedelta(hours=3)), timezone(timedelta(0))])
    ),
)
def test_iso_quick_path_writes_as_before(value: datetime) -> None:
    """Issue 19: a UTC time is written by msgspec; the text is isoformat's, as before."""
    from companion.core.live.model import iso

    try:
        before = value.astimezone(UTC).isoformat().replace("+00:00", "Z")
    except OverflowError:
        return  # a time at the edge of the range in another zone: not a UTC one
    assert iso(value) == before


def test_a_cache_from_before_the_ids_index_was_dropped_still_works(tmp_path: Path) -> None:
    """Issue 19: migration 10 drops the index of post ids by uri (a third of writing
    them). A database made before it keeps its posts and ids; a delete still removes
    the post and every id that names it, and saving goes on as before."""
    from companion.core.live import schema as live_schema
    from companion.core.schema import MIGRATIONS
    from companion.core.storage import Database

    old = MIGRATIONS[: MIGRATIONS.index(live_schema.V2)]
    src_a, src_b = "mastodon:https://a", "mastodon:https://b"
    db = Database(tmp_path / "old.sqlite3", old)
    posts = [parse_status(status(f"{i:03d}", minutes=i), src_a) for i in range(30)]
    same_on_b = parse_status(status("b7", uri=posts[5].uri), src_b)
    assert PostStore(db).save([*posts, same_on_b], T0) == 30
    assert db.query_one("SELECT 1 FROM sqlite_master WHERE name = 'live_ids_uri'")
    db.close()

    db = Database(tmp_path / "old.sqlite3")
    assert db.user_version == len(MIGRATIONS)
    assert db.query_one("SELECT 1 FROM sqlite_master WHERE name = 'live_ids_uri'") is None
    store = PostStore(db)
    assert store.count() == 30 and store.recent(limit=100)[0] == posts[-1]
    assert store.delete_remote(src_b, "b7") == posts[5].uri
    assert store.count() == 29
    assert db.query("SELECT * FROM live_ids WHERE uri = ?", (posts[5].uri,)) == []
    assert store.delete_remote(src_a, posts[5].remote_id) is None
    more = [parse_status(status(f"n{i}", minutes=100 + i), src_a) for i in range(3)]
    assert store.save([*more, posts[0]], T0) == 3 and store.count() == 32
    db.close()


def test_rows_written_from_bytes_are_text(core: CoreServices) -> None:
    """Issue 19: msgspec's UTF-8 bytes go to SQLite as they are (``CAST(? AS TEXT)``);
    the column holds text, not a blob, for msgspec's rows and ``json``'s alike, and
    an edit written over a row keeps it text."""
    from dataclasses import replace

    store = PostStore(core.db)
    src = "mastodon:https://a"
    arabic = parse_status(status("1", content="<p>مرحبا 👩🏽‍🔧</p>"), src)
    odd = replace(parse_status(status("2", minutes=1), src), text="a\ud800b")
    edit = parse_status(status("1", content="<p>v2 ✓</p>", edited_at="2026-11-26T10:00:00Z"), src)
    assert store.save([arabic, odd, edit], T0) == 3
    kinds = core.db.query("SELECT typeof(data), data FROM live_posts ORDER BY created_at")
    assert [k for k, _ in kinds] == ["text", "text"]
    assert all(isinstance(d, str) for _, d in kinds) and "v2 ✓" in kinds[0][1]
    assert {p.text for p in store.recent()} == {"v2 ✓", "a\ud800b"}


_JSON_PIECES = [
    "[", "]", "{", "}", ",", ":", '"a"', '"\\ud800"', '"\\udc00\\ud800"', '"\\ud83d\\ude00"',
    "NaN", "Infinity", "1e400", "-0.0", "123456789012345678901234567890", "01", "1.", "true",
    "null", '"é"', '"\u2028"', '"a\nb"', "\ufeff", " ", "\x00", '"\\u00e9"', "1", "[1,", "x",
]  # fmt: skip


@given(st.lists(st.sampled_from(_JSON_PIECES), max_size=12))
def test_cached_rows_are_read_as_json_reads_them(pieces: list[str]) -> None:
    """Issue 19: cached rows are read by msgspec, and by ``json`` whatever msgspec
    refuses: the same value, or the same ``ValueError``, as ``json.loads`` alone."""
    import json

    from companion.core.live.store import _loads

    text = "".join(pieces)
    try:
        expected: object = json.loads(text)
    except ValueError:
        expected = ValueError
    try:
        got: object = _loads(text)
    except ValueError:
        got = ValueError
    assert repr(got) == repr(expected)  # repr: NaN is not equal to itself


def test_cached_posts_share_their_authors_and_odd_rows_read_as_before() -> None:
    """Issue 19: posts read from the cache share one author object per author (as
    parsed ones do); a row whose avatar is of another type is still read as before."""
    from companion.core.live.model import Post

    src = "mastodon:https://a"
    a, b = (parse_status(status(str(i), minutes=i), src) for i in (1, 2))
    ra, rb = Post.from_row(a.to_row()), Post.from_row(b.to_row())
    assert (ra, rb) == (a, b) and ra.author is rb.author
    odd = a.to_row()
    odd[5] = ["not", "an", "address"]
    assert Post.from_row(odd).author.avatar == ["not", "an", "address"]
    bidi = a.to_row()
    bidi[3] = "\u202eknab"
    assert Post.from_row(bidi).author.name == "knab"  # checked as any author is
