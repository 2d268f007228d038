from __future__ import annotations

from datetime import UTC, date, datetime

import icalendar

from companion.core.event.ics import build_calendar, check_calendar
from companion.core.event.parse import parse_event, parse_event_bytes
from companion.core.event.store import shipped_event_path
from tests.core.event.helpers import event_dict

NOW = datetime(2018, 3, 1, tzinfo=UTC)


def test_day_and_sessions_with_a_vtimezone() -> None:
    event = parse_event(event_dict(timezone="America/Manaus", all_day=False))
    data = build_calendar(event, event.sessions[:1], now=NOW, reminder_minutes=10)
    cal = icalendar.Calendar.from_ical(data)
    zones = [str(z["TZID"]) for z in cal.walk("VTIMEZONE")]
    assert zones == ["America/Manaus"]
    events = cal.walk("VEVENT")
    assert len(events) == 2
    start = events[1].decoded("DTSTART")
    assert start.astimezone(UTC) == event.sessions[0].start
    assert str(events[1]["DTSTART"].params["TZID"]) == "America/Manaus"
    assert events[1].walk("VALARM")
    assert len({str(e["UID"]) for e in events}) == 2


def test_all_day_event_is_a_date_event() -> None:
    event = parse_event_bytes(shipped_event_path().read_bytes())
    cal = check_calendar(build_calendar(event, now=NOW))
    (day,) = cal.walk("VEVENT")
    assert day.decoded("DTSTART") == date(2018, 3, 15)
    assert day.decoded("DTEND") == date(2018, 3, 16)
    assert "shareASM" in str(day["DESCRIPTION"])
    assert str(day["ORGANIZER"]) == "mailto:info@iied.org"


def test_lines_are_folded_and_crlf() -> None:
    event = parse_event(event_dict(description="x" * 300))
    data = build_calendar(event, now=NOW)
    assert b"\r\n" in data
    assert max(len(line) for line in data.split(b"\r\n")) <= 75
