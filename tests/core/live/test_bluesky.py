from __future__ import annotations

from datetime import UTC, datetime

import pytest

from companion.core.errors import NeedsLoginError, RateLimitedError, ServerError
from companion.core.live.bluesky import BlueskyClient, parse_post, parse_search, render_facets
from companion.core.live.model import ParseError
from companion.core.net import HttpClient
from tests.core.live.fakes import FakeBluesky, bsky_post
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
        BlueskyClient(HttpClient(), loopback.base_url).search(["shareASM"])


def test_search_with_session(loopback: LoopbackServer) -> None:
    fake = FakeBluesky(loopback, need_auth=True)
    fake.posts = [bsky_post("b", minutes=2), bsky_post("a")]
    result = BlueskyClient(HttpClient(), loopback.base_url, {"Authorization": "Bearer t"}).search(
        ["shareASM"]
    )
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
        BlueskyClient(HttpClient(), loopback.base_url).search(["shareASM"])
    assert info.value.reset_at == datetime.fromtimestamp(1795000000, tz=UTC)


def test_truncated_reply(loopback: LoopbackServer) -> None:
    fake = FakeBluesky(loopback)
    fake.override = lambda req: Reply(
        200, b'{"posts": [{"uri": "at://x', {"Content-Type": "application/json"}, truncate_at=10
    )
    with pytest.raises((ServerError, NeedsLoginError, Exception)) as info:
        BlueskyClient(HttpClient(), loopback.base_url).search(["shareASM"])
    from companion.core.errors import KnownError

    assert isinstance(info.value, KnownError)
