from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

import pytest

from companion.core.clock import Clock
from companion.core.errors import NeedsLoginError, OfflineError, RateLimitedError, ServerError
from companion.core.net import (
    Backoff,
    HttpClient,
    Validators,
    is_transient,
    parse_reset,
    rate_limit_from_headers,
    server_wait,
)
from tests.support.httpserver import LoopbackServer, Reply

NOW = datetime(2018, 3, 15, 9, 0, tzinfo=UTC)


def test_mastodon_reset_is_iso() -> None:
    rl = rate_limit_from_headers(
        {
            "X-RateLimit-Limit": "300",
            "X-RateLimit-Remaining": "0",
            "X-RateLimit-Reset": "2018-03-15T09:05:00.123Z",
        },
        NOW,
    )
    assert rl.limit == 300 and rl.remaining == 0
    assert rl.reset_at == NOW + timedelta(seconds=300.123)


def test_bluesky_reset_is_epoch() -> None:
    epoch = int((NOW + timedelta(seconds=90)).timestamp())
    rl = rate_limit_from_headers(
        {"ratelimit-limit": "3000", "ratelimit-remaining": "12", "ratelimit-reset": str(epoch)},
        NOW,
    )
    assert rl.remaining == 12
    assert rl.reset_at == NOW + timedelta(seconds=90)


def test_garbage_reset_is_ignored() -> None:
    assert parse_reset("soon", NOW) is None
    assert rate_limit_from_headers({"X-RateLimit-Remaining": "x"}, NOW).remaining is None


def test_backoff_grows_with_jitter_and_caps() -> None:
    b = Backoff(base=1, cap=10, rng=random.Random(1))
    delays = [b.next_delay() for _ in range(8)]
    assert all(0 < d <= 10 for d in delays)
    assert max(delays[5:]) > max(delays[:2])
    assert len(set(delays)) == len(delays)


def test_status_mapping_against_a_real_server() -> None:
    with LoopbackServer() as srv:
        srv.route(
            "GET", "/401", lambda r: Reply.json({"error": "The access token is invalid"}, 401)
        )
        srv.route(
            "GET",
            "/429",
            lambda r: Reply.json({"error": "Too many requests"}, 429, {"Retry-After": "30"}),
        )
        srv.route("GET", "/500", lambda r: Reply.text("oops", 500))
        client = HttpClient(now=lambda: NOW)
        with pytest.raises(NeedsLoginError):
            client.raise_for_status(client.get(srv.url("/401")))
        with pytest.raises(RateLimitedError) as info:
            client.raise_for_status(client.get(srv.url("/429")))
        assert info.value.reset_at == NOW + timedelta(seconds=30)
        with pytest.raises(ServerError) as err:
            client.raise_for_status(client.get(srv.url("/500")))
        assert err.value.status == 500 and "oops" in str(err.value)


def test_unreachable_is_offline() -> None:
    client = HttpClient(timeout=(1, 1), now=Clock().now)
    with LoopbackServer() as srv:
        url = srv.url("/")
    with pytest.raises(OfflineError):
        client.get(url)


def test_timeout_is_offline() -> None:
    with LoopbackServer() as srv:
        srv.route("GET", "/slow", lambda r: Reply.text("late", delay=1.5))
        with pytest.raises(OfflineError):
            HttpClient(timeout=(1, 0.3), now=Clock().now).get(srv.url("/slow"))


def test_tls_verification_cannot_be_disabled() -> None:
    with pytest.raises(ValueError):
        HttpClient(now=Clock().now).get("https://127.0.0.1:9/", verify=False)


def test_conditional_get_uses_validators() -> None:
    with LoopbackServer() as srv:

        def handler(req):  # type: ignore[no-untyped-def]
            if req.header("If-None-Match") == '"v1"':
                return Reply(304)
            return Reply.text("body", headers={"ETag": '"v1"', "Last-Modified": "x"})

        srv.route("GET", "/file", handler)
        client = HttpClient(now=Clock().now)
        first = client.get(srv.url("/file"))
        v = Validators.from_response(first)
        second = client.get(srv.url("/file"), headers=v.headers())
        assert first.status_code == 200 and second.status_code == 304


def test_backoff_jitters_within_its_band() -> None:
    """Each delay is drawn from [ceiling * (1 - jitter), ceiling]: spread, never zero."""
    delays = [Backoff(base=8, cap=100, rng=random.Random(seed)).next_delay() for seed in range(50)]
    assert all(8 * 0.1 <= d <= 8 for d in delays)
    assert max(delays) - min(delays) > 4  # really spread, not one value
    half = [Backoff(base=8, jitter=0.5, rng=random.Random(s)).next_delay() for s in range(50)]
    assert all(4 <= d <= 8 for d in half)
    assert Backoff(base=1, factor=1.5, jitter=0.0).next_delay() == 1.0  # no jitter: exact


def test_backoff_doubles_up_to_its_cap_and_resets() -> None:
    b = Backoff(base=1, cap=10, jitter=0.0)
    assert [b.next_delay() for _ in range(6)] == [1, 2, 4, 8, 10, 10]
    b.attempts = 10_000  # a long outage: no overflow, still the cap
    assert b.next_delay() == 10
    b.reset()
    assert b.next_delay() == 1
    polls = Backoff(base=1.0, cap=10.0, factor=1.5, jitter=0.0)
    assert [polls.next_delay() for _ in range(3)] == [1.0, 1.5, 2.25]


def test_backoff_never_comes_back_before_the_servers_reset() -> None:
    """The server's reset is a floor, even past the cap; other errors keep the backoff."""
    limited = RateLimitedError("slow down", reset_at=NOW + timedelta(seconds=900))
    b = Backoff(base=1, cap=10, rng=random.Random(3))
    assert b.next_delay(limited, NOW) == pytest.approx(900)
    assert server_wait(limited, NOW + timedelta(seconds=1000)) == 0  # already past
    assert b.next_delay(limited, NOW + timedelta(seconds=1000)) <= 10
    assert server_wait(ServerError("bad", status=503), NOW) == 0
    assert server_wait(RateLimitedError("slow down"), NOW) == 0  # no reset given


def test_backoff_honours_a_real_429s_retry_after() -> None:
    with LoopbackServer() as srv:
        srv.clock = lambda: NOW
        srv.route(
            "GET", "/x", lambda r: Reply.json({"error": "Too many"}, 429, {"Retry-After": "120"})
        )
        client = HttpClient(now=lambda: NOW)
        with pytest.raises(RateLimitedError) as info:
            client.raise_for_status(client.get(srv.url("/x")))
    delay = Backoff(base=2, cap=30).next_delay(info.value, NOW)
    assert delay == pytest.approx(120)


def test_transient_errors() -> None:
    assert is_transient(ServerError("bad", status=503))
    assert is_transient(RateLimitedError("slow"))
    assert is_transient(OfflineError("gone"))
    assert not is_transient(ServerError("bad", status=422))


@pytest.mark.parametrize("skew_hours", [-26, -3, 0, 3, 26])
def test_reset_is_measured_on_the_servers_clock(skew_hours: int) -> None:
    """A laptop clock hours or days off waits the server's 30 s, not hours or nothing."""
    laptop_now = datetime(2026, 11, 27, 9, 0, tzinfo=UTC)
    server_now = laptop_now - timedelta(hours=skew_hours)
    headers = {
        "Date": server_now.strftime("%a, %d %b %Y %H:%M:%S GMT"),
        "X-RateLimit-Remaining": "0",
        "X-RateLimit-Reset": (server_now + timedelta(seconds=30)).isoformat(),
    }
    limit = rate_limit_from_headers(headers, laptop_now)
    assert limit.reset_at == laptop_now + timedelta(seconds=30)
    epoch = {"date": headers["Date"], "ratelimit-reset": str(int(server_now.timestamp()) + 30)}
    assert rate_limit_from_headers(epoch, laptop_now).reset_at == laptop_now + timedelta(seconds=30)


def test_429_against_a_server_a_day_behind_waits_its_reset() -> None:
    laptop_now = datetime(2026, 11, 27, 9, 0, tzinfo=UTC)
    with LoopbackServer() as srv:
        srv.clock = lambda: laptop_now - timedelta(days=1)
        srv.route(
            "GET",
            "/x",
            lambda req: Reply.json(
                {"error": "Too many requests"},
                429,
                {"X-RateLimit-Reset": (srv.now() + timedelta(seconds=90)).isoformat()},
            ),
        )
        http = HttpClient(now=lambda: laptop_now)
        resp = http.get(srv.url("/x"))
        with pytest.raises(RateLimitedError) as info:
            http.raise_for_status(resp)
    assert info.value.reset_at == laptop_now + timedelta(seconds=90)


def test_huge_or_odd_reset_values_are_ignored() -> None:
    now = datetime(2026, 11, 27, 9, 0, tzinfo=UTC)
    for value in ("9" * 400, "1e999", "-5", "nan", "Mon, 99 Foo 2026"):
        limit = rate_limit_from_headers(
            {"X-RateLimit-Reset": value, "X-RateLimit-Remaining": value}, now
        )
        assert limit.reset_at is None or limit.reset_at > now
