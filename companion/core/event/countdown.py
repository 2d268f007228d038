"""Where we are relative to the event, computed from the target instant every time.

Nothing here counts ticks: each call takes "now" and works out the state afresh, so
a laptop waking from sleep, a clock change or a DST switch cannot make it drift.
"""

from __future__ import annotations

import math
from datetime import UTC, datetime, tzinfo
from enum import StrEnum
from typing import NamedTuple

from companion.core.event.model import Event, NextEdition, Session


class Phase(StrEnum):
    UPCOMING = "upcoming"
    LIVE = "live"
    ENDED = "ended"


class Remaining(NamedTuple):
    days: int
    hours: int
    minutes: int
    seconds: int

    @classmethod
    def from_seconds(cls, total: int) -> Remaining:
        total = max(0, total)
        days, rest = divmod(total, 86400)
        hours, rest = divmod(rest, 3600)
        minutes, seconds = divmod(rest, 60)
        return cls(days, hours, minutes, seconds)


class CountdownState(NamedTuple):
    phase: Phase
    now: datetime
    #: whole seconds until the start (0 once started), rounded up so "1 s" shows until start
    seconds_to_start: int
    #: whole seconds until the end (0 once ended)
    seconds_to_end: int
    current: tuple[Session, ...]
    next_session: Session | None
    next_edition: NextEdition | None

    @property
    def remaining(self) -> Remaining:
        secs = self.seconds_to_start if self.phase is Phase.UPCOMING else self.seconds_to_end
        return Remaining.from_seconds(secs)


def _ceil_seconds(delta: float) -> int:
    return max(0, math.ceil(delta - 1e-9))


def state_at(event: Event, now: datetime) -> CountdownState:
    """The state at ``now`` (aware). Start is inclusive, end exclusive."""
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    now = now.astimezone(UTC)
    to_start = (event.start - now).total_seconds()
    to_end = (event.end - now).total_seconds()
    if to_start > 0:
        phase = Phase.UPCOMING
    elif to_end > 0:
        phase = Phase.LIVE
    else:
        phase = Phase.ENDED
    current = tuple(s for s in event.sessions if s.start <= now < s.end)
    upcoming = [s for s in event.sessions if s.start > now]
    next_edition = event.next_edition
    if next_edition is not None and next_edition.start <= now:
        next_edition = None
    return CountdownState(
        phase=phase,
        now=now,
        seconds_to_start=_ceil_seconds(to_start),
        seconds_to_end=_ceil_seconds(to_end),
        current=current,
        next_session=upcoming[0] if upcoming else None,
        next_edition=next_edition,
    )


class FocusKind(StrEnum):
    #: before the day: the time to its start
    DAY_START = "day-start"
    #: a programme item is running: the time to its end
    SESSION_LIVE = "session-live"
    #: between items: the time to the next one
    SESSION_NEXT = "session-next"
    #: no (more) items today: the time to the end of the day
    DAY_END = "day-end"
    ENDED = "ended"


class Focus(NamedTuple):
    """What the big figure counts down to."""

    kind: FocusKind
    seconds: int
    session: Session | None = None


def focus_of(state: CountdownState, event: Event) -> Focus:
    """During the day the figure follows the programme: the running item's end, else the
    next item's start; with no (more) items, the day's end."""
    if state.phase is Phase.UPCOMING:
        return Focus(FocusKind.DAY_START, state.seconds_to_start)
    if state.phase is Phase.ENDED:
        return Focus(FocusKind.ENDED, 0)
    if state.current:
        running = min(state.current, key=lambda s: (s.end, s.start, s.id))
        return Focus(
            FocusKind.SESSION_LIVE,
            _ceil_seconds((running.end - state.now).total_seconds()),
            running,
        )
    nxt = state.next_session
    if nxt is not None and nxt.start < event.end:
        return Focus(
            FocusKind.SESSION_NEXT, _ceil_seconds((nxt.start - state.now).total_seconds()), nxt
        )
    return Focus(FocusKind.DAY_END, state.seconds_to_end)


def seconds_to_next_change(event: Event, now: datetime) -> float:
    """Seconds until the phase or the current/next session changes (inf if never)."""
    now = now.astimezone(UTC)
    marks = [event.start, event.end]
    for s in event.sessions:
        marks += [s.start, s.end]
    future = [(m - now).total_seconds() for m in marks if m > now]
    return min(future) if future else math.inf


def in_zone(instant: datetime, zone: tzinfo | None) -> datetime:
    """``instant`` as wall time in ``zone``; ``None`` means the computer's local zone,
    looked up for that instant (so DST is right on both sides of a change)."""
    return instant.astimezone(zone) if zone is not None else instant.astimezone()


def utc_offset_label(local: datetime) -> str:
    """``UTC+3``, ``UTC−3:30``, ``UTC`` for an aware datetime."""
    offset = local.utcoffset()
    if offset is None:
        return ""
    minutes = int(offset.total_seconds() // 60)
    if minutes == 0:
        return "UTC"
    sign = "+" if minutes > 0 else "−"
    h, m = divmod(abs(minutes), 60)
    return f"UTC{sign}{h}" + (f":{m:02d}" if m else "")
