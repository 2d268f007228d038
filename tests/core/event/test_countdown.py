from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from companion.core.clock import Clock
from companion.core.event.countdown import (
    Phase,
    Remaining,
    in_zone,
    seconds_to_next_change,
    state_at,
    utc_offset_label,
)
from companion.core.event.parse import parse_event
from tests.core.event.helpers import event_dict

START = datetime(2018, 3, 15, tzinfo=UTC)
END = datetime(2018, 3, 16, tzinfo=UTC)
EVENT = parse_event(event_dict())
S = timedelta(seconds=1)


@pytest.mark.parametrize(
    ("now", "phase", "to_start", "to_end"),
    [
        (START - timedelta(days=3, hours=2), Phase.UPCOMING, 3 * 86400 + 7200, 4 * 86400 + 7200),
        (START - S, Phase.UPCOMING, 1, 86401),
        (START - timedelta(milliseconds=1), Phase.UPCOMING, 1, 86401),
        (START, Phase.LIVE, 0, 86400),
        (START + timedelta(hours=10), Phase.LIVE, 0, 14 * 3600),
        (END - S, Phase.LIVE, 0, 1),
        (END, Phase.ENDED, 0, 0),
        (END + S, Phase.ENDED, 0, 0),
        (END + timedelta(days=3000), Phase.ENDED, 0, 0),
    ],
)
def test_boundaries(now: datetime, phase: Phase, to_start: int, to_end: int) -> None:
    state = state_at(EVENT, now)
    assert state.phase is phase
    assert state.seconds_to_start == to_start
    assert state.seconds_to_end == to_end


def test_the_same_instant_in_any_offset_gives_the_same_state() -> None:
    for hours in range(-12, 15):
        zone = ZoneInfo(f"Etc/GMT{-hours:+d}") if hours else ZoneInfo("UTC")
        now = (START - S).astimezone(zone)
        assert now.utcoffset() == timedelta(hours=hours)
        state = state_at(EVENT, now)
        assert state.phase is Phase.UPCOMING and state.seconds_to_start == 1
        assert state_at(EVENT, START.astimezone(zone)).phase is Phase.LIVE
        assert state_at(EVENT, END.astimezone(zone)).phase is Phase.ENDED


@pytest.mark.parametrize(
    ("zone", "start_local"),
    [
        ("Etc/GMT+12", "2018-03-14T12:00:00-12:00"),  # UTC−12
        ("Pacific/Pago_Pago", "2018-03-14T13:00:00-11:00"),
        ("America/Manaus", "2018-03-14T20:00:00-04:00"),
        ("Africa/Accra", "2018-03-15T00:00:00+00:00"),
        ("Africa/Dar_es_Salaam", "2018-03-15T03:00:00+03:00"),
        ("Indian/Antananarivo", "2018-03-15T03:00:00+03:00"),
        ("Asia/Kathmandu", "2018-03-15T05:45:00+05:45"),
        ("Pacific/Kiritimati", "2018-03-15T14:00:00+14:00"),  # UTC+14
    ],
)
def test_start_shown_in_field_zones(zone: str, start_local: str) -> None:
    assert in_zone(EVENT.start, ZoneInfo(zone)).isoformat() == start_local


def test_dst_change_in_the_users_zone() -> None:
    """New York springs forward on 11 March 2018, between 'now' and the start."""
    ny = ZoneInfo("America/New_York")
    now = datetime(2018, 3, 10, 12, 0, tzinfo=ny)  # EST, UTC−5
    state = state_at(EVENT, now)
    # 4 days 7 hours by the instant, although the wall clocks read 4 days 8 hours apart
    assert state.seconds_to_start == 4 * 86400 + 7 * 3600
    wall_gap = in_zone(EVENT.start, ny).replace(tzinfo=None) - now.replace(tzinfo=None)
    assert wall_gap == timedelta(days=4, hours=8)
    assert in_zone(EVENT.start, ny).isoformat() == "2018-03-14T20:00:00-04:00"
    assert utc_offset_label(now) == "UTC−5"
    assert utc_offset_label(in_zone(EVENT.start, ny)) == "UTC−4"


def test_dst_change_in_the_event_zone() -> None:
    """A London event across the BST switch (25 March 2018, 01:00 UTC)."""
    event = parse_event(event_dict(start="2018-03-25T00:30", end="2018-03-25T03:30", sessions=[]))
    assert event.start == datetime(2018, 3, 25, 0, 30, tzinfo=UTC)
    assert event.end == datetime(2018, 3, 25, 2, 30, tzinfo=UTC)  # 03:30 BST
    assert state_at(event, event.start).seconds_to_end == 2 * 3600


def test_state_is_derived_from_the_clock_not_counted() -> None:
    """A clock jump (suspend, manual change) shows the right value at the next read."""
    wall = [START.timestamp() - 100.0]
    clock = Clock(wall=lambda: wall[0])
    assert state_at(EVENT, clock.now()).seconds_to_start == 100
    wall[0] += 3600 * 5  # laptop slept five hours
    assert state_at(EVENT, clock.now()).phase is Phase.LIVE
    wall[0] -= 3600 * 10  # clock set back
    assert state_at(EVENT, clock.now()).seconds_to_start == 100 + 5 * 3600


def test_current_and_next_sessions() -> None:
    at = datetime(2018, 3, 15, 8, 30, tzinfo=UTC)
    state = state_at(EVENT, at)
    assert [s.id for s in state.current] == ["a"]
    assert state.next_session is not None and state.next_session.id == "b"
    at_b = datetime(2018, 3, 15, 10, 0, tzinfo=UTC)
    assert [s.id for s in state_at(EVENT, at_b).current] == ["b"]
    assert state_at(EVENT, at_b).next_session is None
    assert state_at(EVENT, datetime(2018, 3, 15, 9, 0, tzinfo=UTC)).current == ()


def test_next_edition_after_the_end() -> None:
    raw = event_dict(
        next_edition={"name": "2019", "start": "2019-03-14T00:00", "end": "2019-03-15T00:00"}
    )
    event = parse_event(raw)
    assert state_at(event, END).next_edition is not None
    assert state_at(event, datetime(2019, 3, 14, 1, tzinfo=UTC)).next_edition is None


def test_remaining_breakdown_and_next_change() -> None:
    assert Remaining.from_seconds(90061) == Remaining(1, 1, 1, 1)
    assert Remaining.from_seconds(-5) == Remaining(0, 0, 0, 0)
    assert seconds_to_next_change(EVENT, START - S) == 1
    assert seconds_to_next_change(EVENT, datetime(2018, 3, 15, 8, 30, tzinfo=UTC)) == 1800
    assert seconds_to_next_change(EVENT, END) == float("inf")


def test_naive_now_is_refused() -> None:
    with pytest.raises(ValueError):
        state_at(EVENT, datetime(2018, 3, 15))


@pytest.mark.parametrize(
    ("now", "kind", "seconds", "session"),
    [
        (START - timedelta(hours=1), "day-start", 3600, None),
        (START + timedelta(hours=7), "session-next", 3600, "a"),  # a: 08:00–09:00
        (START + timedelta(hours=8, minutes=15), "session-live", 45 * 60, "a"),
        (START + timedelta(hours=9), "session-next", 3600, "b"),  # end exclusive
        (START + timedelta(hours=10), "session-live", 3600, "b"),
        (START + timedelta(hours=11), "day-end", 13 * 3600, None),  # programme over
        (END, "ended", 0, None),
    ],
)
def test_during_the_day_the_figure_follows_the_programme(
    now: datetime, kind: str, seconds: int, session: str | None
) -> None:
    from companion.core.event.countdown import focus_of

    focus = focus_of(state_at(EVENT, now), EVENT)
    assert (focus.kind, focus.seconds) == (kind, seconds)
    assert (focus.session.id if focus.session else None) == session


def test_a_day_without_programme_counts_to_its_end() -> None:
    from companion.core.event.countdown import FocusKind, focus_of

    bare = parse_event(event_dict(sessions=[]))
    focus = focus_of(state_at(bare, START + timedelta(hours=2)), bare)
    assert (focus.kind, focus.seconds) == (FocusKind.DAY_END, 22 * 3600)
