"""Event files with absurd years are refused; any accepted year exports and counts down."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from companion.core.event.countdown import seconds_to_next_change, state_at
from companion.core.event.ics import build_calendar
from companion.core.event.model import EventFileError
from companion.core.event.parse import parse_event_bytes
from tests.core.event.helpers import event_bytes


def _event(start: str, end: str, zone: str = "Europe/London") -> bytes:
    session = {"id": "a", "start": start, "end": end, "title": "A"}
    return event_bytes(start=start, end=end, timezone=zone, all_day=False, sessions=[session])


@pytest.mark.parametrize(
    ("start", "end", "zone"),
    [
        ("9999-12-31T00:00:00", "9999-12-31T23:00:00", "Europe/London"),
        ("0001-01-01T00:00:00", "0001-01-01T23:00:00", "Pacific/Kiritimati"),
        ("1850-06-01T10:00:00", "1850-06-01T11:00:00", "Africa/Dar_es_Salaam"),
    ],
)
def test_absurd_years_are_refused(start: str, end: str, zone: str) -> None:
    with pytest.raises(EventFileError, match="out of range"):
        parse_event_bytes(_event(start, end, zone))


@settings(max_examples=60, deadline=None)
@given(
    st.datetimes(min_value=datetime(1900, 1, 2), max_value=datetime(2999, 12, 30, 20)),
    st.sampled_from(["Pacific/Kiritimati", "Pacific/Pago_Pago", "Africa/Accra", "America/Manaus"]),
    st.integers(min_value=0, max_value=10_000),
)
def test_any_accepted_day_exports_and_counts_down(
    start: datetime, zone: str, reminder: int
) -> None:
    iso = start.replace(microsecond=0).isoformat()
    end = start.replace(microsecond=0, hour=23, minute=0, second=0)
    if end <= start:
        return
    event = parse_event_bytes(_event(iso, end.isoformat(), zone))
    data = build_calendar(event, event.sessions, now=event.start, reminder_minutes=reminder)
    assert b"BEGIN:VEVENT" in data
    for now in (event.start, event.end, datetime(1900, 1, 1, tzinfo=UTC)):
        state_at(event, now)
        seconds_to_next_change(event, now)
