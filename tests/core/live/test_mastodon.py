from __future__ import annotations

from datetime import UTC, datetime

import pytest

from companion.core.clock import Clock
from companion.core.errors import NeedsLoginError, OfflineError, RateLimitedError, ServerError
from companion.core.live.mastodon import MastodonClient, parse_instance, parse_status
from companion.core.live.model import ParseError
from companion.core.net import HttpClient
from tests.support.fake_mastodon import FakeMastodon, status
from tests.support.httpserver import LoopbackServer, Reply

ULIDS = ["01JDQ8ZK5V0000000000000003", "01JDQ8ZK5V0000000000000002", "01JDQ8ZK5V0000000000000001"]


def test_parse_status_fields_and_media_alt() -> None:
    raw = status(
        "9",
        spoiler_text="mining accident",
        sensitive=True,
        media_attachments=[
            {
                "type": "image",
                "url": "https://m.example/i.jpg",
                "preview_url": "https://m.example/p.jpg",
                "description": "Women panning for gold",
            },
            {"type": "video", "url": None, "preview_url": None, "description": None},
        ],
    )
    p = parse_status(raw, "mastodon:https://a")
    assert p.uri.endswith("/9") and p.remote_id == "9"
    assert p.author.handle == "amina@example.org"
    assert p.content_warning == "mining accident" and p.sensitive
    assert p.media[0].alt == "Women panning for gold"
    assert p.media[1].url is None and p.media[1].alt == ""
    assert p.created_at == datetime(2026, 11, 26, 9, 0, tzinfo=UTC)
    assert p.text == "Hello #shareASM" and p.language == "en"


def test_boost_is_keyed_by_the_original() -> None:
    original = status("5", acct="kofi@gh.example")
    boost = status(
        "77", uri="https://b.example/users/x/statuses/77/activity", acct="booster", reblog=original
    )
    p = parse_status(boost)
    assert p.uri == original["uri"]
    assert p.reposted_by == "booster" and p.author.handle == "kofi@gh.example"
    assert p.remote_id == "77"


def test_missing_fields() -> None:
    p = parse_status({"id": "1", "uri": "https://x/1", "created_at": "2026-11-26T09:00:00Z"})
    assert p.author.handle == "?" and p.text == "" and p.media == ()
    with pytest.raises(ParseError):
        parse_status({"id": "1", "created_at": "2026-11-26T09:00:00Z"})
    with pytest.raises(ParseError):
        parse_status({"id": "1", "uri": "x", "created_at": "yesterday"})
    with pytest.raises(ParseError):
        parse_status([])


def test_instance_timelines_access() -> None:
    assert parse_instance({"configuration": {}}).hashtag_access == "public"
    info = parse_instance(
        {
            "configuration": {
                "timelines_access": {
                    "hashtag_feeds": {"local": "public", "remote": "authenticated"}
                },
                "urls": {"streaming": "wss://streaming.example"},
            }
        }
    )
    assert info.hashtag_access == "authenticated"
    assert info.streaming_url == "https://streaming.example"


def test_polling_with_opaque_ids_and_link_paging(loopback: LoopbackServer) -> None:
    fake = FakeMastodon(loopback)
    fake.add(*[status(f"01JDQ{n:021d}", minutes=n) for n in range(50)])
    client = MastodonClient(HttpClient(now=Clock().now), loopback.base_url)
    first = client.fetch_tag("shareASM")
    assert len(first.posts) == 40 and first.paged_requests == 0
    assert first.newest_id == "01JDQ000000000000000000049"
    # 45 new posts arrive: the poll follows rel="prev" pages until it has them all
    fake.add(*[status(f"01JDR{n:021d}", minutes=100 + n) for n in range(45)])
    page = client.fetch_tag("shareASM", min_id=first.newest_id)
    assert len(page.posts) == 45
    assert page.paged_requests == 2
    assert page.newest_id == "01JDR000000000000000000044"
    assert all(r.arg("limit") in ("40", None) for r in loopback.requests)
    again = client.fetch_tag("shareASM", min_id=page.newest_id)
    assert again.posts == [] and again.newest_id == page.newest_id


def test_extra_tags_are_any(loopback: LoopbackServer) -> None:
    FakeMastodon(loopback)
    MastodonClient(HttpClient(now=Clock().now), loopback.base_url).fetch_tag(
        "shareASM", ["ASM", "shareasm"]
    )
    assert loopback.requests[-1].query["any[]"] == ["ASM"]


def test_budget_stops_paging(loopback: LoopbackServer) -> None:
    fake = FakeMastodon(loopback)
    fake.add(status("a"))
    client = MastodonClient(HttpClient(now=Clock().now), loopback.base_url)
    page = client.fetch_tag("shareASM", min_id="a", can_page=lambda: False)
    assert page.requests == 0 and loopback.requests == []


@pytest.mark.parametrize(
    ("reply", "error"),
    [
        (Reply.json({"error": "This API requires an authenticated user"}, 401), NeedsLoginError),
        (
            Reply.json(
                {"error": "Too many requests"},
                429,
                {"X-RateLimit-Remaining": "0", "X-RateLimit-Reset": "2026-11-26T10:15:00.000Z"},
            ),
            RateLimitedError,
        ),
        (Reply.json({"error": "boom"}, 500), ServerError),
        (Reply.text("<html>Bad gateway</html>", 502), ServerError),
        (
            Reply(
                200,
                b'[{"id": "1", "uri": "x", "created_at": "2026-',
                {"Content-Type": "application/json"},
                truncate_at=20,
            ),
            (ServerError, OfflineError),
        ),
    ],
)
def test_error_replies(loopback: LoopbackServer, reply: Reply, error: type[Exception]) -> None:
    fake = FakeMastodon(loopback)
    fake.override = lambda req: reply
    with pytest.raises(error) as info:
        MastodonClient(HttpClient(now=Clock().now), loopback.base_url).fetch_tag("shareASM")
    if isinstance(info.value, RateLimitedError):
        assert info.value.reset_at == datetime(2026, 11, 26, 10, 15, tzinfo=UTC)
    if isinstance(info.value, NeedsLoginError):
        assert "wants a login" in info.value.message


def test_slow_reply_times_out(loopback: LoopbackServer) -> None:
    fake = FakeMastodon(loopback)
    fake.override = lambda req: Reply.json([], delay=1.0)
    with pytest.raises(OfflineError):
        MastodonClient(
            HttpClient(timeout=(2.0, 0.2), now=Clock().now), loopback.base_url
        ).fetch_tag("shareASM")


def test_unknown_tag_is_empty(loopback: LoopbackServer) -> None:
    page = MastodonClient(HttpClient(now=Clock().now), loopback.base_url).fetch_tag("nothing")
    assert page.posts == []


def test_no_link_header_and_junk_first_entry(loopback: LoopbackServer) -> None:
    # a server without Link headers whose first entry is not a status: the newest
    # id comes from the first status (results are newest first)
    fake = FakeMastodon(loopback)
    fake.override = lambda req: Reply.json(["junk", status("b", minutes=2), status("a")])
    page = MastodonClient(HttpClient(now=Clock().now), loopback.base_url).fetch_tag("shareASM")
    assert [p.remote_id for p in page.posts] == ["b", "a"] and page.newest_id == "b"


def test_hash_in_a_typed_tag_is_dropped(loopback: LoopbackServer) -> None:
    from companion.core.live.sources import MastodonSource, build_sources

    fake = FakeMastodon(loopback)
    fake.add(status("a"))
    (src,) = build_sources(
        HttpClient(now=Clock().now), ["#shareASM", " #ASM", "#"], [("mastodon", loopback.base_url)]
    )
    assert isinstance(src, MastodonSource)
    page = src.client.fetch_tag(src.tag, src.extra_tags)
    assert [p.remote_id for p in page.posts] == ["a"]
    assert loopback.requests[-1].path == "/api/v1/timelines/tag/shareASM"
    assert loopback.requests[-1].query["any[]"] == ["ASM"]
    assert (
        build_sources(HttpClient(now=Clock().now), ["#", " "], [("mastodon", loopback.base_url)])
        == []
    )


def test_a_poll_leaves_the_schedule_to_the_thread_that_records_it(
    loopback: LoopbackServer,
) -> None:
    # the live view polls on a worker thread and reads the schedule on the GUI thread:
    # the poll itself must not move the schedule, only record() (run on the GUI thread)
    from companion.core.live.schedule import Phase
    from companion.core.live.sources import build_sources, poll_once, poll_safely, record

    fake = FakeMastodon(loopback)
    fake.override = lambda req: Reply(503, b"down")
    now = datetime(2026, 11, 26, 10, 0, tzinfo=UTC)
    (src,) = build_sources(
        HttpClient(now=Clock().now), ["#shareASM"], [("mastodon", loopback.base_url)]
    )
    outcome = poll_once(src, now)
    assert isinstance(outcome, ServerError)
    assert src.schedule.phase is Phase.STARTING and src.schedule.next_at is None
    record(src, now, outcome)
    assert src.schedule.phase is Phase.ERROR and src.schedule.next_at is not None
    assert src.schedule.next_at > now
    # answering again: the schedule follows once the answer is recorded
    fake.override = None
    fake.add(status("a"))
    outcome = poll_once(src, now)
    assert not isinstance(outcome, Exception) and src.schedule.phase is Phase.ERROR
    record(src, now, outcome)
    assert src.schedule.phase is Phase.POLLING
    # the one-call form, for the command line, does both
    fake.override = lambda req: Reply(503, b"down")
    assert isinstance(poll_safely(src, now), ServerError) and src.schedule.phase is Phase.ERROR


def test_the_cursor_never_moves_back(loopback: LoopbackServer) -> None:
    """A poll on a worker reads "110" as the newest while the stream (the GUI thread)
    has already moved the cursor on to "120": the poll must not take it back, nor an
    older post arriving late on the stream."""
    import threading

    from companion.core.live.sources import MastodonSource

    fake = FakeMastodon(loopback)
    fake.add(status("90"), status("100", minutes=1), status("110", minutes=2))
    asked, release = threading.Event(), threading.Event()

    def held(req: object) -> None:
        asked.set()
        release.wait(10)
        return None  # then the server's own answer

    fake.override = held
    src = MastodonSource(
        MastodonClient(HttpClient(now=Clock().now), loopback.base_url), "shareASM", cursor="100"
    )
    src.check_access()
    worker = threading.Thread(target=src.poll, args=(Clock().now(),), daemon=True)
    worker.start()
    assert asked.wait(10)
    assert src.advance_cursor("120") == "120"  # streamed while the poll is out
    release.set()
    worker.join(10)
    assert loopback.requests[-1].arg("min_id") == "100"
    assert src.cursor == "120"
    assert src.advance_cursor("105") == "120"  # an older post, late
    assert src.advance_cursor("1000") == "1000"  # longer ids are newer
    assert src.advance_cursor("") == "1000"
