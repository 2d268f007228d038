from __future__ import annotations

from datetime import timedelta

from hypothesis import given
from hypothesis import strategies as st

from companion.core.errors import NeedsLoginError, OfflineError, RateLimitedError, ServerError
from companion.core.live.schedule import PagingBudget, Phase, Schedule
from companion.core.net import RateLimit
from tests.support.fake_mastodon import T0


@given(st.lists(st.integers(min_value=0, max_value=120), min_size=1, max_size=400))
def test_budget_never_exceeds_window(gaps: list[int]) -> None:
    budget = PagingBudget(limit=20, window=timedelta(minutes=15))
    now = T0
    spent: list = []
    for gap in gaps:
        now += timedelta(seconds=gap)
        if budget.available(now) > 0:
            budget.spend(now)
            spent.append(now)
        in_window = [t for t in spent if now - t < timedelta(minutes=15)]
        assert len(in_window) <= 20


def test_adaptive_interval() -> None:
    s = Schedule(min_s=20, max_s=180, interval_s=30)
    s.on_success(T0, 0, RateLimit())
    assert s.interval_s == 45 and s.phase is Phase.POLLING
    for _ in range(10):
        s.on_success(T0, 0, RateLimit())
    assert s.interval_s == 180
    s.on_success(T0, 2, RateLimit())
    assert s.interval_s == 90
    s.on_success(T0, 12, RateLimit())
    assert s.interval_s == 20
    assert s.next_at == T0 + timedelta(seconds=20)


def test_rate_limit_headers_push_the_next_poll() -> None:
    s = Schedule()
    reset = T0 + timedelta(minutes=4)
    s.on_success(T0, 0, RateLimit(300, 1, reset))
    assert s.phase is Phase.RATE_LIMITED and s.next_at == reset and s.state().until == reset


def test_failures() -> None:
    s = Schedule()
    s.on_failure(T0, RateLimitedError("slow down", reset_at=T0 + timedelta(hours=1)))
    assert s.phase is Phase.RATE_LIMITED and s.next_at == T0 + timedelta(hours=1)
    delays = []
    for _ in range(6):
        s.on_failure(T0, ServerError("boom", status=500))
        assert s.next_at is not None
        delays.append((s.next_at - T0).total_seconds())
    assert s.phase is Phase.ERROR and max(delays) > 10 and max(delays) <= 600
    s.on_failure(T0, OfflineError("gone"))
    assert s.phase is Phase.OFFLINE
    s.on_failure(T0, NeedsLoginError("login"))
    assert s.phase is Phase.LOGIN_NEEDED and not s.due(T0 + timedelta(days=1))


def test_exhausted_budget_waits() -> None:
    s = Schedule(budget=PagingBudget(limit=2))
    s.budget.spend(T0, 2)
    s.on_success(T0, 3, RateLimit())
    assert s.phase is Phase.RATE_LIMITED and s.next_at == T0 + timedelta(minutes=15)
