"""iCalendar export of the day and the starred sessions (``icalendar`` library).

Times are written in the event's own zone with a VTIMEZONE built from the IANA
rules, so calendar apps show them right wherever the user is; an all-day event is
a DATE event. The output is parsed back before it is returned.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from companion import version
from companion.core.errors import QT_TRANSLATE_NOOP, InvalidInputError
from companion.core.event.model import Event, Session

if TYPE_CHECKING:  # imported where used: not on the start path
    import icalendar


def _uid(event: Event, item: str) -> str:
    return f"{event.id}-{item}@shareasm-companion"


def build_calendar(
    event: Event,
    sessions: Iterable[Session] = (),
    *,
    now: datetime,
    reminder_minutes: int | None = None,
) -> bytes:
    """An ``.ics`` file with the day and ``sessions``; raises if it does not parse back."""
    import icalendar

    zone = event.zone
    cal = icalendar.Calendar()
    cal.add("prodid", f"-//shareASM Companion//{version()}//EN")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", event.name)

    day = icalendar.Event()
    day.add("uid", _uid(event, "day"))
    day.add("dtstamp", now)
    day.add("summary", event.name)
    local_start = event.start.astimezone(zone)
    local_end = event.end.astimezone(zone)
    if event.all_day and local_start.time() == local_end.time() == datetime.min.time():
        day.add("dtstart", local_start.date())
        day.add("dtend", local_end.date())
    else:
        day.add("dtstart", local_start)
        day.add("dtend", local_end)
    description = event.description
    if event.hashtag:
        description += f"\n\n#{event.hashtag}"
    day.add("description", description.strip())
    url = event.link("announcement") or (event.links[0] if event.links else None)
    if url is not None:
        day.add("url", url.url)
    if event.organiser and event.contact_email:
        organizer = icalendar.vCalAddress(f"mailto:{event.contact_email}")
        organizer.params["cn"] = icalendar.vText(event.organiser)
        day.add("organizer", organizer)
    _add_alarm(day, reminder_minutes, event.name)
    cal.add_component(day)

    chosen = list(sessions)
    for s in chosen:
        item = icalendar.Event()
        item.add("uid", _uid(event, s.id))
        item.add("dtstamp", now)
        item.add("summary", s.title)
        item.add("dtstart", s.start.astimezone(zone))
        item.add("dtend", s.end.astimezone(zone))
        details = [s.description, s.organisation, s.platform]
        if s.language:
            details.append(f"Language: {s.language}")
        item.add("description", "\n".join(d for d in details if d))
        if s.platform:
            item.add("location", s.platform)
        if s.link:
            item.add("url", s.link)
        _add_alarm(item, reminder_minutes, s.title)
        cal.add_component(item)

    # a compact VTIMEZONE: the zone's rules from a year before to a year after
    first = min([event.start, *(s.start for s in chosen)]) - timedelta(days=366)
    last = max([event.end, *(s.end for s in chosen)]) + timedelta(days=366)
    cal.add_missing_timezones(first_date=first.date(), last_date=last.date())
    data = cal.to_ical()
    check_calendar(data)
    return bytes(data)


def _add_alarm(component: icalendar.Event, minutes: int | None, title: str) -> None:
    import icalendar

    if minutes is None or minutes <= 0:
        return
    alarm = icalendar.Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", title)
    alarm.add("trigger", timedelta(minutes=-minutes))
    component.add_component(alarm)


def check_calendar(data: bytes) -> icalendar.Calendar:
    """Parse ``data`` back; raise :class:`InvalidInputError` if it isn't a usable calendar."""
    import icalendar

    try:
        cal = icalendar.Calendar.from_ical(data)
    except ValueError as exc:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP("Errors", "The calendar file could not be made: %1"), args=(exc,)
        ) from exc
    if not isinstance(cal, icalendar.Calendar) or not cal.walk("VEVENT"):
        raise InvalidInputError(
            QT_TRANSLATE_NOOP("Errors", "The calendar file could not be made: no events.")
        )
    return cal
