"""Subcommands of the countdown feature: ``countdown`` and the ``event-*`` helpers."""

from __future__ import annotations

import argparse
import sys
from datetime import datetime, tzinfo
from pathlib import Path
from typing import Any

from companion.commands.common import open_services, out, print_json
from companion.core.app import AppServices
from companion.core.errors import QT_TRANSLATE_NOOP, InvalidInputError
from companion.core.messages import COULD_NOT_READ, COULD_NOT_WRITE


def register(sub: Any) -> None:
    """Add this feature's subcommands to ``sub`` (argparse subparsers)."""
    p = sub.add_parser(
        "countdown", help="print where we are: upcoming, live or ended, and the times"
    )
    p.add_argument("--now", dest="countdown_now", metavar="ISO-8601", help="act as if now were…")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument("--tz", metavar="ZONE", help="IANA zone for local time (default: the system's)")
    p.set_defaults(handler=countdown_command)

    p = sub.add_parser("event-check", help="check an event file without using it")
    p.add_argument("file", type=Path)
    p.set_defaults(handler=event_check_command)

    p = sub.add_parser("event-import", help="use a newer event file from disk")
    p.add_argument("file", type=Path)
    p.set_defaults(handler=event_import_command)

    p = sub.add_parser("event-fetch", help="fetch the event file from the URL in settings")
    p.add_argument("url", nargs="?", help="fetch this URL instead (and remember it)")
    p.set_defaults(handler=event_fetch_command)

    p = sub.add_parser("event-reset", help="go back to the event details shipped with the app")
    p.set_defaults(handler=event_reset_command)

    p = sub.add_parser("event-ics", help="export the day and starred sessions as iCalendar")
    p.add_argument("out", type=Path)
    p.add_argument("--all", action="store_true", help="include every session, not only starred")
    p.set_defaults(handler=event_ics_command)


def _zone(args: argparse.Namespace, override: str) -> tzinfo | None:
    from companion.core.event.zones import local_zone, zone_or_none

    name = getattr(args, "tz", None)
    if name:
        zone = zone_or_none(name)
        if zone is None:
            raise InvalidInputError(
                QT_TRANSLATE_NOOP(
                    "Errors", "Unknown time zone %1; use an IANA name such as Africa/Accra."
                ),
                args=(repr(name),),
            )
        return zone
    return local_zone(override)


def _fmt(value: datetime) -> str:
    return value.isoformat(timespec="seconds")


def countdown_command(args: argparse.Namespace) -> int:
    if args.countdown_now:
        args.now = args.countdown_now
    core = open_services(args)
    try:
        from companion.core.event.countdown import in_zone, state_at

        loaded = AppServices(core).events().load()
        if loaded.problem:
            sys.stderr.write(f"warning: {loaded.problem}\n")
        event = loaded.event
        zone = _zone(args, core.settings.event.local_timezone)
        # the servers' time when this computer's clock is known to be wrong
        state = state_at(event, core.clock.corrected_now())
        wrong_by = round(core.clock.wrong_by().total_seconds())
        start_local = in_zone(event.start, zone)
        info: dict[str, Any] = {
            "state": state.phase.value,
            "event": event.name,
            "event_id": event.id,
            "sample": event.sample,
            "now_utc": _fmt(state.now),
            "clock_wrong_by_s": wrong_by,
            "seconds_to_start": state.seconds_to_start,
            "seconds_to_end": state.seconds_to_end,
            "timezone": event.timezone,
            "local_timezone": str(zone) if zone is not None else start_local.tzname(),
            "start_utc": _fmt(event.start),
            "start_event_time": _fmt(event.start.astimezone(event.zone)),
            "start_local": _fmt(start_local),
            "end_utc": _fmt(event.end),
            "end_event_time": _fmt(event.end.astimezone(event.zone)),
            "end_local": _fmt(in_zone(event.end, zone)),
            "current_sessions": [s.id for s in state.current],
            "next_session": state.next_session.id if state.next_session else None,
            "source": loaded.source,
        }
        if state.next_edition is not None:
            info["next_edition_start_utc"] = _fmt(state.next_edition.start)
    finally:
        core.close()
    if args.json:
        print_json(info)
        return 0
    r = state.remaining
    out(f"{event.name}" + (" [SAMPLE]" if event.sample else ""))
    out(f"state: {info['state']}")
    if wrong_by:
        hours, minutes = divmod(round(abs(wrong_by) / 60), 60)
        amount = f"{hours} h {minutes} min" if hours else f"{minutes} min"
        way = "ahead" if wrong_by > 0 else "behind"
        out(f"this computer's clock is {amount} {way}; times shown are corrected")
    if state.phase.value == "upcoming":
        out(
            f"seconds to start: {state.seconds_to_start} "
            f"({r.days}d {r.hours:02d}:{r.minutes:02d}:{r.seconds:02d})"
        )
    elif state.phase.value == "live":
        out(
            f"seconds to end: {state.seconds_to_end} "
            f"({r.days * 24 + r.hours:02d}:{r.minutes:02d}:{r.seconds:02d} left)"
        )
    out(f"start (UTC): {info['start_utc']}")
    out(f"start (event time, {event.timezone}): {info['start_event_time']}")
    out(f"start (local, {info['local_timezone']}): {info['start_local']}")
    return 0


def event_check_command(args: argparse.Namespace) -> int:
    from companion.core.event.format import MAX_FILE_BYTES
    from companion.core.event.parse import parse_event_bytes
    from companion.core.userfile import read_capped

    try:
        data = read_capped(args.file, MAX_FILE_BYTES)
    except OSError as exc:
        raise InvalidInputError(COULD_NOT_READ, args=(args.file, exc.strerror or exc)) from exc
    event = parse_event_bytes(data)
    out(f"ok: {event.name} ({event.id}), {len(event.sessions)} sessions")
    return 0


def event_import_command(args: argparse.Namespace) -> int:
    core = open_services(args)
    try:
        loaded = AppServices(core).events().import_file(args.file, now=core.clock.now())
    finally:
        core.close()
    out(f"now using: {loaded.event.name} ({len(loaded.changed)} sessions new or changed)")
    return 0


def event_fetch_command(args: argparse.Namespace) -> int:
    core = open_services(args)
    try:
        app = AppServices(core)
        url = args.url or app.settings.current.event.event_url
        if not url:
            raise InvalidInputError(
                QT_TRANSLATE_NOOP("Errors", "No event address is set; give one: event-fetch URL")
            )
        outcome = app.events().fetch(core.http, url)
        if args.url:
            new_url = args.url
            app.settings.update(lambda s: setattr(s.event, "event_url", new_url))
    finally:
        core.close()
    out(f"{outcome.status}: {outcome.loaded.event.name}")
    return 0


def event_reset_command(args: argparse.Namespace) -> int:
    core = open_services(args)
    try:
        store = AppServices(core).events()
        store.forget()
        name = store.load().event.name
    finally:
        core.close()
    out(f"now using the shipped edition: {name}")
    return 0


def event_ics_command(args: argparse.Namespace) -> int:
    core = open_services(args)
    try:
        from companion.core.atomic import atomic_write_bytes
        from companion.core.event.ics import build_calendar

        app = AppServices(core)
        event = app.events().load().event
        stars = app.reminders().starred(event.id)
        chosen = [s for s in event.sessions if args.all or s.id in stars]
        data = build_calendar(
            event,
            chosen,
            now=core.clock.now(),
            reminder_minutes=core.settings.event.reminder_minutes,
        )
        try:
            atomic_write_bytes(args.out, data)
        except OSError as exc:
            raise InvalidInputError(COULD_NOT_WRITE, args=(args.out, exc.strerror or exc)) from exc
    finally:
        core.close()
    out(f"{args.out}: the day and {len(chosen)} sessions")
    return 0
