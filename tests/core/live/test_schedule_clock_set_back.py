"""The polling schedule when the computer's clock is set back (NTP, or the user fixing a
wrong clock): a source used to wait as long as the clock went back, days, on top of its
own wait, and the paging budget stayed spent for as long (audit 3, f2)."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from companion.core.clock import Clock
from companion.core.errors import OfflineError, RateLimitedError, ServerError
from companion.core.live.schedule import PagingBudget, Phase, Schedule
from companion.core.net import Backoff, RateLimit

START = datetime(2026, 11, 27, 9, 0, tzinfo=UTC)
TICK_S = 2.0  # the live controller's tick
#: a wait ends at most this late on a clock nobody sets: the tick after the clock was
#: set notices it (the time since the tick before is not known), the next one polls
LATE_S = 2 * TICK_S


class Machine:
    """A wall clock somebody may set, and a clock since boot nobody sets."""

    def __init__(self) -> None:
        self.wall_s = START.timestamp()
        self.boot_s = 1000.0
        self.clock = Clock(wall=lambda: self.wall_s, monotonic=lambda: self.boot_s)

    def run(self, seconds: float) -> None:
        self.wall_s += seconds
        self.boot_s += seconds

    def set_back(self, delta: timedelta) -> None:
        self.wall_s -= delta.total_seconds()


def _tick(m: Machine, s: Schedule, seconds: float) -> None:
    """The controller's ticks, with nothing due meanwhile."""
    end = m.boot_s + seconds
    while m.boot_s < end:
        m.run(TICK_S)
        assert not s.due(m.clock.now())


def _polls_over(m: Machine, s: Schedule, seconds: float) -> list[float]:
    """Tick like the controller for ``seconds``; when each poll happened (since boot)."""
    polls: list[float] = []
    end = m.boot_s + seconds
    while m.boot_s < end:
        m.run(TICK_S)
        if s.due(m.clock.now()):
            polls.append(m.boot_s)
            s.on_success(m.clock.now(), 0, RateLimit())
    return polls


def _wait_s(m: Machine, s: Schedule) -> float:
    assert s.next_at is not None
    return (s.next_at - m.clock.now()).total_seconds()


def test_a_source_is_polled_on_when_the_clock_is_set_back_two_days() -> None:
    m = Machine()
    s = Schedule()
    s.on_success(m.clock.now(), 0, RateLimit())
    wait = _wait_s(m, s)
    m.set_back(timedelta(days=2))  # before the first tick: nothing saw the old time
    started = m.boot_s
    polls = _polls_over(m, s, 3600)
    # used to be none at all for two days
    assert polls and polls[0] - started <= wait + LATE_S
    gaps = [b - a for a, b in itertools.pairwise(polls)]
    assert len(polls) >= 3600 / (s.max_s + TICK_S)
    assert max(gaps) <= s.max_s + TICK_S
    assert s.phase is Phase.POLLING


def test_a_step_back_neither_lengthens_nor_cuts_short_the_wait() -> None:
    m = Machine()
    s = Schedule()
    began = m.boot_s
    s.on_success(m.clock.now(), 0, RateLimit())
    wait = _wait_s(m, s)
    _tick(m, s, 10)
    m.set_back(timedelta(minutes=5))
    polls = _polls_over(m, s, 600)
    assert polls and wait <= polls[0] - began <= wait + LATE_S


def test_a_backoff_after_a_failure_lasts_its_own_length_when_the_clock_is_set_back() -> None:
    m = Machine()
    for make in (
        lambda: OfflineError("gone"),
        lambda: ServerError("boom", status=503),
        lambda: RateLimitedError("slow", reset_at=m.clock.now() + timedelta(minutes=5)),
    ):
        exc = make()
        s = Schedule(backoff=Backoff(base=10.0, cap=600.0, jitter=0.0))
        began = m.boot_s
        s.on_failure(m.clock.now(), exc)
        wait = _wait_s(m, s)
        _tick(m, s, 4)
        m.set_back(timedelta(hours=3))
        polls = _polls_over(m, s, 1200)
        assert polls and wait <= polls[0] - began <= wait + LATE_S, exc


def test_the_rate_limit_shown_moves_back_with_the_clock() -> None:
    m = Machine()
    s = Schedule()
    s.on_failure(m.clock.now(), RateLimitedError("slow", reset_at=START + timedelta(minutes=5)))
    assert s.state().until is not None
    left = s.state().until - m.clock.now()
    m.set_back(timedelta(days=1))
    m.run(TICK_S)
    assert not s.due(m.clock.now())
    until = s.state().until
    assert until is not None and left - timedelta(seconds=TICK_S) <= until - m.clock.now() <= left


def test_the_paging_budget_frees_up_within_a_window_after_the_clock_is_set_back() -> None:
    m = Machine()
    budget = PagingBudget(limit=3)
    budget.spend(m.clock.now(), 3)
    assert budget.available(m.clock.now()) == 0
    m.run(60)
    m.set_back(timedelta(days=1))
    now = m.clock.now()
    # spent requests count as made now: never more than one window to wait
    assert now < budget.next_free(now) <= now + budget.window
    m.run(budget.window.total_seconds())
    assert budget.available(m.clock.now()) == 3


def test_a_source_out_of_paging_budget_waits_one_window_at_most_after_a_step_back() -> None:
    m = Machine()
    s = Schedule(budget=PagingBudget(limit=2))
    began = m.boot_s
    s.budget.spend(m.clock.now(), 2)
    s.on_success(m.clock.now(), 3, RateLimit())
    assert s.phase is Phase.RATE_LIMITED
    _tick(m, s, 30)
    m.set_back(timedelta(days=1))
    polls = _polls_over(m, s, 1800)
    assert polls and polls[0] - began <= s.budget.window.total_seconds() + LATE_S
    # what that poll found: the budget free again, not spent for a day and a window
    assert s.budget.available(m.clock.now()) == 2


@given(
    st.lists(
        st.tuples(
            st.integers(min_value=0, max_value=400),  # seconds before the clock is set
            st.integers(min_value=-3 * 86400, max_value=3600),  # set by this much
            st.sampled_from(["ok", "new", "offline", "server", "limited"]),
        ),
        min_size=1,
        max_size=60,
    )
)
def test_no_wait_outlasts_its_own_length_whatever_the_clock_does(
    steps: list[tuple[int, int, str]],
) -> None:
    m = Machine()
    s = Schedule(budget=PagingBudget(limit=4))
    for before, set_by, outcome in steps:
        now = m.clock.now()
        assert s.due(now)
        if outcome in ("ok", "new"):
            if s.budget.available(now) > 0:
                s.budget.spend(now)
            s.on_success(now, 6 if outcome == "new" else 0, RateLimit())
        elif outcome == "limited":
            s.on_failure(now, RateLimitedError("slow", reset_at=now + timedelta(minutes=10)))
        else:
            err = OfflineError("x") if outcome == "offline" else ServerError("x", status=502)
            s.on_failure(now, err)
        assert s.next_at is not None
        length = (s.next_at - now).total_seconds()
        assert length <= max(s.backoff.cap, 600.0, s.budget.window.total_seconds(), s.max_s)
        began = m.boot_s
        # the controller ticks; somebody sets the clock meanwhile
        ticks_before = int(before // TICK_S)
        for tick in itertools.count():
            if tick == ticks_before:
                m.wall_s += set_by
            m.run(TICK_S)
            if s.due(m.clock.now()):
                break
        # never longer (on the clock nobody sets) than the wait itself
        assert m.boot_s - began <= length + LATE_S
        if s.until is not None and s.phase is Phase.RATE_LIMITED:
            assert s.until - m.clock.now() <= timedelta(seconds=TICK_S)
