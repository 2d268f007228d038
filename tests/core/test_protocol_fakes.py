"""The shared protocol fakes (tests/support/fake_*.py) speak the protocols as the app
reads them: paging links, rate-limit headers, 429s and the server's own clock."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from companion.core.errors import RateLimitedError
from companion.core.net import HttpClient, server_date
from tests.support.fake_bluesky import FakeBluesky, bsky_post
from tests.support.fake_mastodon import FakeMastodon, status
from tests.support.httpserver import LoopbackServer

SERVER_NOW = datetime(2019, 6, 1, 12, 0, tzinfo=UTC)  # far from the real date


def test_mastodon_pages_the_tag_timeline_with_link_headers(loopback: LoopbackServer) -> None:
    loopback.clock = lambda: SERVER_NOW
    fake = FakeMastodon(loopback)
    fake.add(*[status(str(n)) for n in range(1, 6)])
    http = HttpClient(now=lambda: SERVER_NOW)
    first = http.get(loopback.url("/api/v1/timelines/tag/shareASM?limit=2"))
    assert [s["id"] for s in first.json()] == ["5", "4"]
    older = http.get(first.links["next"]["url"] + "&limit=2")
    assert [s["id"] for s in older.json()] == ["3", "2"]
    assert http.rate_limit(first).reset_at == SERVER_NOW + timedelta(minutes=5)
    assert server_date(first.headers) == SERVER_NOW  # Date from LoopbackServer.clock


def test_mastodon_posts_show_on_the_tag_timeline(loopback: LoopbackServer) -> None:
    fake = FakeMastodon(loopback)
    http = HttpClient(now=lambda: SERVER_NOW)
    auth = {"Authorization": f"Bearer {fake.personal_token()}"}
    http.post(loopback.url("/api/v1/statuses"), json={"status": "Habari #shareASM"}, headers=auth)
    http.post(loopback.url("/api/v1/statuses"), json={"status": "no tag"}, headers=auth)
    timeline = http.get(loopback.url("/api/v1/timelines/tag/shareasm")).json()
    assert [s["content"] for s in timeline] == ["<p>Habari #shareASM</p>"]


def test_mastodon_429_says_when_to_come_back(loopback: LoopbackServer) -> None:
    loopback.clock = lambda: SERVER_NOW
    fake = FakeMastodon(loopback, post_faults=["429"])
    http = HttpClient(now=lambda: SERVER_NOW)
    resp = http.post(
        loopback.url("/api/v1/statuses"),
        json={"status": "x"},
        headers={"Authorization": f"Bearer {fake.token}"},
    )
    with pytest.raises(RateLimitedError) as info:
        http.raise_for_status(resp)
    assert info.value.reset_at == SERVER_NOW + timedelta(seconds=30)


def test_bluesky_429_and_search_carry_ratelimit_headers(loopback: LoopbackServer) -> None:
    loopback.clock = lambda: SERVER_NOW
    fake = FakeBluesky(loopback, post_faults=["429"], posts=[bsky_post("a"), bsky_post("b")])
    http = HttpClient(now=lambda: SERVER_NOW)
    resp = http.post(
        loopback.url("/xrpc/com.atproto.repo.createRecord"),
        json={},
        headers={"Authorization": f"Bearer {fake.token}"},
    )
    with pytest.raises(RateLimitedError) as info:
        http.raise_for_status(resp)
    assert info.value.reset_at == SERVER_NOW + timedelta(seconds=300)
    found = http.get(loopback.url("/xrpc/app.bsky.feed.searchPosts?q=x&limit=1"))
    assert len(found.json()["posts"]) == 1 and found.json()["cursor"] == "1"
    assert http.rate_limit(found).remaining == 2999


def test_bluesky_session_lives_on_the_pds_behind_the_entryway() -> None:
    with LoopbackServer() as entryway, LoopbackServer() as pds:
        fake = FakeBluesky(entryway, pds)
        http = HttpClient(now=lambda: SERVER_NOW)
        session = http.post(
            entryway.url("/xrpc/com.atproto.server.createSession"),
            json={"identifier": fake.handle, "password": fake.app_password},
        ).json()
        assert session["didDoc"]["service"][0]["serviceEndpoint"] == pds.base_url
        refreshed = http.post(
            pds.url("/xrpc/com.atproto.server.refreshSession"),
            headers={"Authorization": f"Bearer {session['refreshJwt']}"},
        )
        assert refreshed.status_code == 200 and fake.refresh_calls == 1
        again = http.post(  # refresh tokens are single-use
            pds.url("/xrpc/com.atproto.server.refreshSession"),
            headers={"Authorization": f"Bearer {session['refreshJwt']}"},
        )
        assert again.status_code == 400 and again.json()["error"] == "ExpiredToken"
