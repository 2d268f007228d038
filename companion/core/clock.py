"""The app's notion of "now": the system clock, or a fixed/offset instant for demos,
and how far the system clock is from the servers' (:class:`ClockSkew`).

``--now 2018-03-15T10:00:00Z`` makes the app behave as if the clock read that
instant when it started; time then moves on normally from there.

Field laptops often have a wrong clock (a wrong time zone on Windows moves UTC by
whole hours). :class:`ClockSkew` learns the difference from the ``Date`` header of
replies (fed by :class:`companion.core.net.HttpClient`), and :meth:`Clock.corrected_now`
is the time the countdown and reminders use. How replies are chosen and combined:

* only replies a captive portal or proxy cannot forge count: HTTPS (the certificate was
  checked) and loopback servers (see ``net.trusted_for_time``); a reply that took more
  than a minute is too vague to count;
* the estimate is the median of the last :data:`SKEW_SAMPLES` replies, so one server
  with a wrong clock cannot move it;
* under :data:`SKEW_THRESHOLD` (2 min) it is noise: nothing is corrected or shown;
* it is saved (SQLite ``meta``) so it holds after a restart while offline, until the
  first reply of the new session replaces it;
* if the system clock is changed while the app runs (the user fixes it), the estimate
  no longer applies and is dropped; a change made while the app was closed is only
  noticed at the next reply;
* a demonstration clock (``--now``) is never corrected.
"""

from __future__ import annotations

import json
import logging
import sys
import threading
import time
from collections import deque
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from functools import partial
from types import ModuleType

from companion.core.errors import QT_TRANSLATE_NOOP, InvalidInputError

log = logging.getLogger(__name__)

#: a computer clock this far from the servers' is called wrong, corrected and shown
SKEW_THRESHOLD = timedelta(minutes=2)
#: the estimate is the median of this many recent replies
SKEW_SAMPLES = 5


def parse_instant(text: str) -> datetime:
    """Parse ISO-8601 with an offset (``Z`` accepted); naive times are refused."""
    try:
        value = datetime.fromisoformat(text.strip().replace("z", "Z"))
    except ValueError as exc:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP("Errors", "Not an ISO-8601 date and time: %1"), args=(repr(text),)
        ) from exc
    if value.tzinfo is None:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP(
                "Errors", "The time %1 has no time zone; add Z or an offset such as +03:00."
            ),
            args=(repr(text),),
        )
    return value.astimezone(UTC)


def sleep_counting_clock(
    platform: str = sys.platform, clocks: ModuleType = time
) -> Callable[[], float]:
    """A clock nobody sets that runs on while the computer sleeps, for ``platform``:

    * Linux: ``CLOCK_BOOTTIME`` (``CLOCK_MONOTONIC`` stops in suspend);
    * macOS: ``CLOCK_MONOTONIC_RAW``, which Apple's clock_gettime(3) says increments
      while the system is asleep (``mach_continuous_time``); ``time.monotonic`` there is
      ``mach_absolute_time``, which stands still while the lid is closed;
    * Windows and anything else: ``time.monotonic`` (on Windows it counts sleep too).

    ``clocks`` is the :mod:`time` module (a test passes a stand-in)."""
    name = {"darwin": "CLOCK_MONOTONIC_RAW"}.get(platform, "CLOCK_BOOTTIME")
    clock_id = getattr(clocks, name, None)
    if clock_id is not None:
        read: Callable[[], float] = partial(clocks.clock_gettime, clock_id)
        return read
    monotonic: Callable[[], float] = clocks.monotonic
    return monotonic


_since_boot = sleep_counting_clock()


def since_boot() -> float:
    """Seconds on a clock that nobody sets and that runs through sleep (see
    :func:`sleep_counting_clock`): the wall clock minus this moves only when someone
    sets the wall clock."""
    return _since_boot()


class ClockSkew:
    """How far this computer's clock is ahead of the servers' (``local - server``),
    from the ``Date`` of recent replies. Thread-safe: replies arrive on worker threads.

    ``on_change`` gets the state to save (see :meth:`dump`/:meth:`restore`) when the
    estimate moved enough to matter.
    """

    def __init__(
        self,
        *,
        wall: Callable[[], float] = time.time,
        reference: Callable[[], float] = since_boot,
        keep: int = SKEW_SAMPLES,
        on_change: Callable[[str], None] | None = None,
    ) -> None:
        self._wall = wall
        self._reference = reference
        self._samples: deque[float] = deque(maxlen=keep)
        #: the estimate restored from the last session, until a reply of this one
        self._restored: float | None = None
        #: the estimate last handed to ``on_change``
        self._saved: float | None = None
        #: wall minus reference when the estimate was made: moves if the clock is set
        self._anchor = self._anchor_now()
        self._lock = threading.Lock()
        self.on_change = on_change

    def _anchor_now(self) -> float:
        return self._wall() - self._reference()

    def _clock_was_set(self) -> bool:
        return abs(self._anchor_now() - self._anchor) > SKEW_THRESHOLD.total_seconds()

    # -- feeding -------------------------------------------------------------------
    def observe(self, local: datetime, server: datetime) -> None:
        """One reply: the server said ``server`` when this computer's clock read
        ``local`` (the middle of the request)."""
        sample = (local - server).total_seconds()
        with self._lock:
            if self._clock_was_set():
                self._samples.clear()
            self._anchor = self._anchor_now()
            self._restored = None
            self._samples.append(sample)
            value = self._estimate()
            changed = self._worth_saving(value)
            if changed:
                self._saved = value
        if changed:
            log.info("this computer's clock is %+.0f s from the servers' clock", value or 0.0)
            if self.on_change is not None:
                self.on_change(self.dump())

    def _estimate(self) -> float | None:
        if self._samples:
            import statistics  # off the start path: it imports decimal and fractions

            return float(statistics.median(self._samples))
        return self._restored

    def _worth_saving(self, value: float | None) -> bool:
        old = self._saved
        if value is None or old is None:
            return value != old
        limit = SKEW_THRESHOLD.total_seconds()
        return (abs(value) > limit) != (abs(old) > limit) or abs(value - old) >= 30.0

    # -- reading -------------------------------------------------------------------
    def offset(self) -> timedelta:
        """``local - server`` as estimated; zero when unknown or no longer valid."""
        with self._lock:
            value = self._estimate()
            if value is None or self._clock_was_set():
                return timedelta(0)
            return timedelta(seconds=value)

    def wrong_by(self) -> timedelta:
        """How far this computer's clock is ahead (negative: behind) when that is more
        than :data:`SKEW_THRESHOLD`; zero otherwise."""
        offset = self.offset()
        if abs(offset) <= SKEW_THRESHOLD:
            return timedelta(0)
        # ``Date`` has whole seconds: finer than that would be pretence
        return timedelta(seconds=round(offset.total_seconds()))

    # -- saving --------------------------------------------------------------------
    def dump(self) -> str:
        with self._lock:
            value = self._estimate()
        return json.dumps({"offset_s": value, "measured_at": self._wall()})

    def restore(self, text: str | None) -> None:
        """Take the estimate saved by the last session (ignores anything unreadable)."""
        if not text:
            return
        try:
            value = json.loads(text).get("offset_s")
        except (ValueError, AttributeError):
            log.info("ignoring a saved clock estimate that cannot be read")
            return
        if not isinstance(value, int | float) or isinstance(value, bool):
            return
        with self._lock:
            if self._samples:
                return
            self._restored = self._saved = float(value)
            self._anchor = self._anchor_now()


class Clock:
    """Returns aware UTC datetimes. Injected everywhere instead of ``datetime.now``."""

    def __init__(
        self,
        start_at: datetime | None = None,
        *,
        wall: Callable[[], float] = time.time,
        monotonic: Callable[[], float] = since_boot,
        skew: ClockSkew | None = None,
    ) -> None:
        self._wall = wall
        self._monotonic = monotonic
        if start_at is None:
            self._offset = 0.0
        else:
            self._offset = start_at.timestamp() - wall()
        #: the servers' view of this computer's clock (fed by the HTTP client)
        self.skew = skew if skew is not None else ClockSkew(wall=wall, reference=monotonic)

    def now(self) -> datetime:
        return datetime.fromtimestamp(self._wall() + self._offset, tz=UTC)

    def timestamp(self) -> float:
        return self._wall() + self._offset

    @property
    def is_shifted(self) -> bool:
        return self._offset != 0.0

    # -- corrected by the servers' clocks --------------------------------------------
    def wrong_by(self) -> timedelta:
        """How far this computer's clock is ahead of the servers' (negative: behind),
        when more than :data:`SKEW_THRESHOLD`; zero otherwise and for a demo clock."""
        if self.is_shifted:
            return timedelta(0)
        return self.skew.wrong_by()

    def corrected_now(self) -> datetime:
        """The servers' time when this computer's clock is known to be wrong, else
        :meth:`now`. What people read as "the time" (countdown, reminders) uses this."""
        return self.now() - self.wrong_by()

    def corrected_timestamp(self) -> float:
        return self.timestamp() - self.wrong_by().total_seconds()
