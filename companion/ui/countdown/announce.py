"""When the countdown speaks by itself to a screen reader: never every second.

The figure changes every second on screen; a screen reader hears it politely at most
once a minute, and only when it matters: every quarter hour, each minute of the last
ten, and when the phase changes (the day starts, the day ends). "Say time left"
(a button and Ctrl+Shift+T) says it at any moment.
"""

from __future__ import annotations

import logging

from companion.core.event.countdown import Phase, Remaining

log = logging.getLogger(__name__)

#: the countdown never announces by itself more often than this (seconds)
MIN_GAP_S = 60.0
#: each minute is announced when this few minutes are left
LAST_MINUTES = 10
#: otherwise every this many minutes
EVERY_MINUTES = 15


def total_minutes(r: Remaining) -> int:
    return (r.days * 24 + r.hours) * 60 + r.minutes


class AnnouncePolicy:
    """Decides, tick by tick, whether the figure is announced now."""

    def __init__(self) -> None:
        self._phase: Phase | None = None
        self._minutes: int | None = None
        self._last: float | None = None

    def due(self, phase: Phase, remaining: Remaining | None, now: float) -> bool:
        """Call once a tick with the app clock's timestamp ``now``."""
        minutes = total_minutes(remaining) if remaining is not None else None
        first = self._phase is None
        changed_phase = not first and phase is not self._phase
        changed_minute = not first and minutes is not None and minutes != self._minutes
        self._phase, self._minutes = phase, minutes
        if first:
            return False  # the area was just shown: the user reads it, nothing to say
        wanted = changed_phase or (
            changed_minute
            and minutes is not None
            and (minutes < LAST_MINUTES or minutes % EVERY_MINUTES == 0)
        )
        if not wanted:
            return False
        if self._last is not None and 0 <= now - self._last < MIN_GAP_S:
            return False
        self._last = now
        return True

    def reset(self) -> None:
        """The area was hidden: start afresh when it shows again."""
        self._phase = None
        self._minutes = None
