from __future__ import annotations

from datetime import UTC, datetime

import pytest

from companion.core.clock import Clock
from companion.core.errors import NeedsLoginError, RateLimitedError, ServerError
from companion.core.live.bluesky import BlueskyClient, parse_post, parse_search, render_facets
from companion.core.live.model import ParseError
from companion.core.net import HttpClient
from tests.support.fake_bluesky import FakeBluesky, bsky_post
from tests.support.fake_mastodon import T0
from tests.support.httpserver import LoopbackServer, Reply


def test_facets_use_utf8_byte_offsets_after_emoji() -> None:
    text = "👩🏽‍🔧 read https://iied.org/asm now"
    start = len("👩🏽‍🔧 read ".encode())
    end = start + len(b"https://iied.org/asm")
    html, links, _ = render_facets(
        text,
        [
            {
                "index": {"byteStart": start, "byteEnd": end},
                "features": [
                    {"$type": "app.bsky.richtext.facet#link", "uri": "https://iied.org/asm"}
                ],
            },
            {"index": {"byteStart": 0, "byteEnd": 999}, "features": []},  # out of range
            {
                "index": {"byteStart": 2, "byteEnd": 5},
                "features": [
                    {"$type": "app.bsky.richtext.facet#link", "uri": "javascript:alert(1)"}
                ],
            },
        ],
    )
    assert (
        '<a href="https://iied.org/asm" rel="nofollow noopener noreferrer">https://iied.org/asm</a>'
        in html
    )
    assert links == ["https://iied.org/asm"] and "javascript" not in html


def test_parse_post_images_alt_labels_and_rtl() -> None:
    raw = bsky_post(
        "3kabc",
        text="<b>not html</b> مرحبا",
        embed={
            "$type": "app.bsky.embed.images#view",
            "images": [
                {
                    "thumb": "https://cdn.bsky.app/t.jpg",
                    "fullsize": "https://cdn.bsky.app/f.jpg",
                    "alt": "A gold pan",
                }
            ],
        },
        labels=[{"val": "graphic-media"}],
    )
    p = parse_post(raw)
    assert p.url == "https://bsky.app/profile/kofi.bsky.social/post/3kabc"
    assert p.media[0].alt == "A gold pan" and p.sensitive
    assert "&lt;b&gt;" in p.html and "<b>" not in p.html
    assert p.text.endswith("مرحبا")
    assert p.created_at == datetime(2026, 11, 26, 9, 0, tzinfo=UTC)


def test_parse_rejects_shapeless() -> None:
    with pytest.raises(ParseError):
        parse_post({"uri": "https://x"})
    with pytest.raises(ParseError):
        parse_search({"feed": []})
    posts, cursor = parse_search({"posts": [bsky_post("a"), {"bad": 1}], "cursor": "x"})
    assert len(posts) == 1 and cursor == "x"


def test_public_search_refused_means_login(loopback: LoopbackServer) -> None:
    FakeBluesky(loopback, need_auth=True)
    with pytest.raises(NeedsLoginError, match="Bluesky needs a login"):
        BlueskyClient(HttpClient(now=Clock().now), loopback.base_url).search(["shareASM"])


def test_search_with_session(loopback: LoopbackServer) -> None:
    fake = FakeBluesky(loopback, need_auth=True)
    fake.posts = [bsky_post("b", minutes=2), bsky_post("a")]
    result = BlueskyClient(
        HttpClient(now=Clock().now), loopback.base_url, {"Authorization": "Bearer t"}
    ).search(["shareASM"])
    assert [p.uri[-1] for p in result.posts] == ["b", "a"]
    req = loopback.requests[-1]
    assert (
        req.arg("tag") == "shareASM" and req.arg("sort") == "latest" and req.arg("q") == "#shareASM"
    )
    assert result.rate_limit.remaining == 2999 and result.rate_limit.reset_at is not None


def test_rate_limit_epoch_reset(loopback: LoopbackServer) -> None:
    fake = FakeBluesky(loopback)
    fake.override = lambda req: Reply.json(
        {"error": "RateLimitExceeded"},
        429,
        {"ratelimit-remaining": "0", "ratelimit-reset": "1795000000"},
    )
    with pytest.raises(RateLimitedError) as info:
        BlueskyClient(HttpClient(now=Clock().now), loopback.base_url).search(["shareASM"])
    assert info.value.reset_at == datetime.fromtimestamp(1795000000, tz=UTC)


def test_truncated_reply(loopback: LoopbackServer) -> None:
    fake = FakeBluesky(loopback)
    fake.override = lambda req: Reply(
        200, b'{"posts": [{"uri": "at://x', {"Content-Type": "application/json"}, truncate_at=10
    )
    with pytest.raises((ServerError, NeedsLoginError, Exception)) as info:
        BlueskyClient(HttpClient(now=Clock().now), loopback.base_url).search(["shareASM"])
    from companion.core.errors import KnownError

    assert isinstance(info.value, KnownError)


def test_burst_between_polls_is_paged_with_cursor(loopback: LoopbackServer) -> None:
    from companion.core.live.sources import BlueskySource

    fake = FakeBluesky(loopback)
    fake.posts = [bsky_post(f"old{n}", minutes=n) for n in range(3)]
    src = BlueskySource(HttpClient(now=Clock().now), ["#shareASM"], loopback.base_url)
    first = src.poll(T0)
    assert len(first.posts) == 3 and first.requests == 1
    assert loopback.requests[-1].arg("tag") == "shareASM"  # no "#": the lexicon says so
    # 120 posts during the opening panel: more than one page of 50
    fake.posts += [bsky_post(f"new{n:03d}", minutes=10 + n) for n in range(120)]
    second = src.poll(T0)
    assert second.new_count == 120 and second.requests == 3
    assert [r.arg("cursor") for r in loopback.requests[-3:]] == [None, "50", "100"]
    assert all(r.arg("since") for r in loopback.requests[-3:])


def test_future_clock_post_does_not_blind_the_feed(loopback: LoopbackServer) -> None:
    from datetime import timedelta

    from companion.core.live.sources import BlueskySource

    fake = FakeBluesky(loopback)
    liar = bsky_post("liar", minutes=1)
    liar["record"]["createdAt"] = "2031-01-01T00:00:00.000Z"  # a phone clock years ahead
    fake.posts = [bsky_post("a"), liar]
    src = BlueskySource(HttpClient(now=Clock().now), ["shareASM"], loopback.base_url)
    src.poll(T0)
    assert src.newest is not None and src.newest - T0 < timedelta(hours=1)
    fake.posts.append(bsky_post("b", minutes=5))
    result = src.poll(T0)
    assert "at://did:plc:abc/app.bsky.feed.post/b" in [p.uri for p in result.posts]
    assert result.new_count == 1


def test_unreadable_created_at_falls_back_to_indexed_at() -> None:
    raw = bsky_post("x", minutes=3)
    raw["record"]["createdAt"] = "0000-01-01T00:00:00Z"
    post = parse_post(raw)
    assert post.created_at == datetime(2026, 11, 26, 9, 3, tzinfo=UTC)
    raw["record"]["createdAt"] = "yesterday"
    assert parse_post(raw).created_at == post.created_at
