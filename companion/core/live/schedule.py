"""When to ask each source again: adaptive interval, backoff, rate limits, paging budget.

Pure logic with an injected "now", so an hour of polling can be simulated in a test.

"now" is the wall clock, which NTP or the user may set back (field laptops' clocks are
often wrong and get fixed during the day). No wait outlasts its own length because of
that (it used to last as long as the clock went back, days, on top): a schedule notices
the clock going back between two readings (:class:`ClockSteps`) and moves its wait back
as much; requests the paging budget counted at a time later than "now" count as made now.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum

from companion.core.errors import (
    KnownError,
    NeedsLoginError,
    OfflineError,
    RateLimitedError,
    ServerError,
)
from companion.core.net import Backoff, RateLimit

#: Mastodon: requests carrying min_id/max_id/since_id, 300 per 15 minutes per IP or user
PAGING_LIMIT = 300
PAGING_WINDOW = timedelta(minutes=15)
#: keep most of it for other people behind the same venue NAT
PAGING_SHARE = 0.5


class Phase(StrEnum):
    STARTING = "starting"
    LIVE = "live"  # a stream is connected
    POLLING = "polling"
    RATE_LIMITED = "rate_limited"
    OFFLINE = "offline"
    LOGIN_NEEDED = "login_needed"
    ERROR = "error"
    PAUSED = "paused"
    DISABLED = "disabled"


@dataclass(frozen=True)
class SourceState:
    phase: Phase
    interval_s: int = 0
    until: datetime | None = None
    reason: str = ""
    last_success: datetime | None = None
    #: the error behind ``reason``, so the UI can say it in the user's language
    error: KnownError | None = None


class ClockSteps:
    """Notices the wall clock being set back between two readings, so that a wait that
    ends at a wall-clock instant can be moved back as much and lasts its own length."""

    def __init__(self) -> None:
        #: the latest reading
        self.latest: datetime | None = None

    def back(self, now: datetime) -> timedelta:
        """How far the clock was set back since the latest reading (zero if it was not);
        ``now`` becomes the latest reading."""
        latest, self.latest = self.latest, now
        if latest is not None and now < latest:
            return latest - now
        return timedelta(0)

    def saw(self, now: datetime) -> None:
        """A reading that may be older than the latest one (when a poll began), which
        is not the clock going back."""
        if self.latest is None or now > self.latest:
            self.latest = now


class PagingBudget:
    """A sliding window of paged requests; never lets more than ``limit`` through."""

    def __init__(
        self,
        limit: int = int(PAGING_LIMIT * PAGING_SHARE),
        window: timedelta = PAGING_WINDOW,
    ) -> None:
        self.limit = limit
        self.window = window
        self._times: deque[datetime] = deque()

    def _trim(self, now: datetime) -> None:
        if self._times and self._times[-1] > now:
            # the clock went back: those requests were made before now, not in the
            # future; counted as made now they free up a window from now at the latest
            self._times = deque(min(t, now) for t in self._times)
        while self._times and now - self._times[0] >= self.window:
            self._times.popleft()

    def available(self, now: datetime) -> int:
        self._trim(now)
        return self.limit - len(self._times)

    def spend(self, now: datetime, n: int = 1) -> None:
        self._trim(now)
        self._times.extend([now] * n)

    def next_free(self, now: datetime) -> datetime:
        self._trim(now)
        if len(self._times) < self.limit:
            return now
        return self._times[0] + self.window

    @property
    def min_interval_s(self) -> float:
        return self.window.total_seconds() / max(1, self.limit)


@dataclass
class Schedule:
    """The polling rhythm of one source."""

    min_s: float = 20.0
    max_s: float = 180.0
    interval_s: float = 30.0
    budget: PagingBudget = field(default_factory=PagingBudget)
    backoff: Backoff = field(default_factory=lambda: Backoff(base=10.0, cap=600.0))
    next_at: datetime | None = None
    phase: Phase = Phase.STARTING
    reason: str = ""
    error: KnownError | None = None
    until: datetime | None = None
    last_success: datetime | None = None
    #: notices the clock being set back between readings
    steps: ClockSteps = field(default_factory=ClockSteps, repr=False, compare=False)

    def due(self, now: datetime) -> bool:
        self.notice(now)
        if self.phase in (Phase.LOGIN_NEEDED, Phase.DISABLED, Phase.PAUSED):
            return False
        return self.next_at is None or now >= self.next_at

    def notice(self, now: datetime) -> None:
        """Read the clock: if it was set back since the latest reading, the current
        wait ends as much earlier on it (the same moment, on a clock nobody sets)."""
        back = self.steps.back(now)
        if back:
            if self.next_at is not None:
                self.next_at -= back
            if self.until is not None:
                self.until -= back

    def _wait_until(self, now: datetime, at: datetime) -> None:
        self.next_at = at
        self.steps.saw(now)

    def on_success(self, now: datetime, new_posts: int, limit: RateLimit) -> None:
        self.backoff.reset()
        self.last_success = now
        if new_posts >= 5:
            self.interval_s = self.min_s
        elif new_posts > 0:
            self.interval_s = max(self.min_s, self.interval_s / 2)
        else:
            self.interval_s = min(self.max_s, self.interval_s * 1.5)
        self.interval_s = max(self.interval_s, self.budget.min_interval_s)
        wait = timedelta(seconds=self.interval_s)
        if self.phase is Phase.LIVE:
            # a stream is connected: a slow safety poll catches what it might miss
            self._wait_until(now, now + timedelta(seconds=self.max_s))
            return
        self.phase, self.reason, self.until = Phase.POLLING, "", None
        if limit.remaining is not None and limit.remaining <= 2 and limit.reset_at:
            wait = max(wait, limit.reset_at - now)
            self.phase, self.until = Phase.RATE_LIMITED, limit.reset_at
        free = self.budget.next_free(now)
        if free > now + wait:
            wait = free - now
            self.phase, self.until = Phase.RATE_LIMITED, free
        self._wait_until(now, now + wait)

    def on_failure(self, now: datetime, exc: KnownError) -> None:
        self.reason, self.error = exc.message, exc
        # the one retry rhythm (core/net.py): jittered, capped, never before the reset
        delay = timedelta(seconds=self.backoff.next_delay(exc, now))
        self.until = None
        if isinstance(exc, NeedsLoginError):
            self.phase = Phase.LOGIN_NEEDED
            self.next_at = None
            return
        if isinstance(exc, RateLimitedError):
            self.phase = Phase.RATE_LIMITED
            self.until = now + delay
        elif isinstance(exc, OfflineError):
            self.phase = Phase.OFFLINE
        elif isinstance(exc, ServerError):
            self.phase = Phase.ERROR
        else:
            self.phase = Phase.ERROR
        self._wait_until(now, now + delay)

    def state(self) -> SourceState:
        return SourceState(
            self.phase,
            round(self.interval_s),
            self.until,
            self.reason,
            self.last_success,
            self.error if self.reason else None,
        )
