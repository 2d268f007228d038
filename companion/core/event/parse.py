"""Reading an event file: the versioned JSON document checked on load and turned into
an :class:`~companion.core.event.model.Event`.

Anything wrong with a file (too big, not JSON, wrong types, unknown time zone, end
before start, unsafe links) raises :class:`~companion.core.event.model.EventFileError`
with a message a field worker can act on. Nothing else escapes :func:`parse_event_bytes`.
"""

from __future__ import annotations

import logging
import re
from datetime import UTC, date, datetime, tzinfo
from functools import cache
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from companion.core import jsonsafe
from companion.core.errors import QT_TRANSLATE_NOOP, Phrase
from companion.core.event.format import EVENT_SCHEMA, FORMAT_NAME, FORMAT_VERSION, MAX_FILE_BYTES
from companion.core.event.model import (
    Edition,
    Event,
    EventFileError,
    EventText,
    Link,
    NextEdition,
    Session,
)
from companion.core.event.zones import is_iana_zone

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    import jsonschema


@cache
def _validator() -> jsonschema.protocols.Validator:
    """Built on first use: ``jsonschema`` costs ~60 ms to import, off the start path.
    Its "integer" refuses ``1.0`` and ``true``."""
    return jsonsafe.strict_validator(EVENT_SCHEMA)


def parse_event_bytes(data: bytes, *, schema_checked: bool = False) -> Event:
    """Check and parse the bytes of an event file. ``schema_checked``: these exact bytes
    passed the schema before (``EventStore`` keeps their hash), so the schema step, and
    its ~0.1 s import of ``jsonschema``, is left out; every other check still runs."""
    if len(data) > MAX_FILE_BYTES:
        raise EventFileError(
            QT_TRANSLATE_NOOP("Errors", "%1 is too large (%2 KB; at most %3 KB is accepted)."),
            args=(_WHAT, len(data) // 1024, MAX_FILE_BYTES // 1024),
        )
    try:
        raw = jsonsafe.loads(data, what=_WHAT)
    except jsonsafe.JsonInputError as exc:
        raise EventFileError(exc.template, args=exc.args_for_message) from None
    return parse_event(raw, schema_checked=schema_checked)


_WHAT = Phrase(QT_TRANSLATE_NOOP("Errors", "The event file"))


def _schema_error(raw: Any) -> jsonschema.ValidationError | None:
    try:
        import jsonschema.exceptions

        error: jsonschema.ValidationError | None = jsonschema.exceptions.best_match(
            _validator().iter_errors(raw)
        )
        return error
    except RecursionError as exc:
        raise EventFileError(
            QT_TRANSLATE_NOOP("Errors", "%1 is not valid JSON: it is nested too deeply."),
            args=(_WHAT,),
        ) from exc


def parse_event(raw: Any, *, schema_checked: bool = False) -> Event:
    """Check a decoded JSON value against the schema, then the rules a schema can't say."""
    if not isinstance(raw, dict):
        raise EventFileError(
            QT_TRANSLATE_NOOP("Errors", "The event file must contain a JSON object.")
        )
    try:  # text that no file, database or screen can hold (a lone "\ud800")
        jsonsafe.check_encodable(raw, _WHAT)
    except jsonsafe.JsonInputError as exc:
        raise EventFileError(exc.template, args=exc.args_for_message) from None
    if raw.get("format") != FORMAT_NAME:
        raise EventFileError(
            QT_TRANSLATE_NOOP(
                "Errors", 'This is not a shareASM event file ("format" must be "%1").'
            ),
            args=(FORMAT_NAME,),
        )
    version = raw.get("version")
    if isinstance(version, int) and not isinstance(version, bool) and version > FORMAT_VERSION:
        raise EventFileError(
            QT_TRANSLATE_NOOP(
                "Errors", "The event file uses format version %1; this app reads version %2."
            ),
            args=(version, FORMAT_VERSION),
            hint=QT_TRANSLATE_NOOP(
                "Errors",
                "Update the app to read it. The event details already here are still used.",
            ),
        )
    error = None if schema_checked else _schema_error(raw)
    if error is not None:
        where = "/".join(str(p) for p in error.absolute_path) or Phrase(
            QT_TRANSLATE_NOOP("Errors", "top level")
        )
        raise EventFileError(
            QT_TRANSLATE_NOOP("Errors", "The event file is invalid at %1: %2"),
            args=(where, _short(error.message)),
        )
    _check_controls(raw)
    try:
        if not is_iana_zone(raw["timezone"]):  # "localtime", "posixrules", "Factory"
            raise ZoneInfoNotFoundError(raw["timezone"])
        zone = ZoneInfo(raw["timezone"])
    except (ZoneInfoNotFoundError, ValueError, OSError) as exc:
        raise EventFileError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Unknown time zone in the event file: %1 (use an IANA name such as "
                "Africa/Nairobi).",
            ),
            args=(repr(raw["timezone"]),),
        ) from exc

    start = _instant(raw["start"], zone, "start")
    end = _instant(raw["end"], zone, "end")
    if end <= start:
        raise EventFileError(QT_TRANSLATE_NOOP("Errors", "The event ends before it starts."))
    sessions: list[Session] = []
    seen: set[str] = set()
    for i, s in enumerate(raw.get("sessions", [])):
        sid = s["id"]
        if sid in seen:
            raise EventFileError(
                QT_TRANSLATE_NOOP("Errors", "Two sessions share the id %1."), args=(repr(sid),)
            )
        seen.add(sid)
        s_start = _instant(s["start"], zone, f"sessions/{i}/start")
        s_end = _instant(s["end"], zone, f"sessions/{i}/end")
        if s_end <= s_start:
            raise EventFileError(
                QT_TRANSLATE_NOOP("Errors", "Session %1 ends before it starts."), args=(repr(sid),)
            )
        sessions.append(
            Session(
                id=sid,
                start=s_start,
                end=s_end,
                title=s["title"],
                description=s.get("description", ""),
                organisation=s.get("organisation", ""),
                platform=s.get("platform", ""),
                link=s.get("link", ""),
                language=s.get("language", ""),
            )
        )
    sessions.sort(key=lambda s: (s.start, s.end, s.id))
    organiser = raw.get("organiser", {})
    next_raw = raw.get("next_edition")
    next_edition = None
    if next_raw is not None:
        n_start = _instant(next_raw["start"], zone, "next_edition/start")
        n_end = _instant(next_raw["end"], zone, "next_edition/end")
        if n_end <= n_start:
            raise EventFileError(
                QT_TRANSLATE_NOOP("Errors", "The next edition ends before it starts.")
            )
        next_edition = NextEdition(next_raw["name"], n_start, n_end)
    past: list[Edition] = []
    for i, e in enumerate(raw.get("past_editions", [])):
        try:
            day = date.fromisoformat(e["date"])
        except ValueError as exc:
            raise EventFileError(
                QT_TRANSLATE_NOOP("Errors", "%1 is not a date (YYYY-MM-DD)."),
                args=(f"past_editions/{i}/date",),
            ) from exc
        past.append(Edition(e["name"], day, e.get("url", "")))
    return Event(
        id=raw["id"],
        name=raw["name"],
        hashtag=raw["hashtag"].lstrip("#"),
        timezone=raw["timezone"],
        start=start,
        end=end,
        all_day=bool(raw.get("all_day", False)),
        description=raw.get("description", ""),
        organiser=organiser.get("name", ""),
        organiser_url=organiser.get("url", ""),
        contact_email=organiser.get("email", ""),
        extra_tags=tuple(t.lstrip("#") for t in raw.get("extra_tags", [])),
        templates=tuple(raw.get("templates", [])),
        links=tuple(Link(lk["kind"], lk["title"], lk["url"]) for lk in raw.get("links", [])),
        past_editions=tuple(past),
        next_edition=next_edition,
        archive_url=raw.get("archive_url", ""),
        sessions=tuple(sessions),
        sample=bool(raw.get("sample", False)),
        updated=raw.get("updated", ""),
        notes=tuple(raw.get("notes", [])),
        language=raw.get("language", "en"),
        translations=_translations(raw, seen),
    )


def _translations(raw: dict[str, Any], session_ids: set[str]) -> tuple[tuple[str, EventText], ...]:
    out: list[tuple[str, EventText]] = []
    for lang, t in raw.get("translations", {}).items():
        unknown = sorted(set(t.get("sessions", {})) - session_ids)
        if unknown:
            raise EventFileError(
                QT_TRANSLATE_NOOP("Errors", "%1 names a session the file does not have: %2."),
                args=(f"translations/{lang}/sessions", repr(unknown[0])),
            )
        notes, templates = t.get("notes"), t.get("templates")
        out.append(
            (
                lang,
                EventText(
                    name=t.get("name", ""),
                    description=t.get("description", ""),
                    notes=None if notes is None else tuple(notes),
                    templates=None if templates is None else tuple(templates),
                    sessions=tuple(
                        (sid, s.get("title", ""), s.get("description", ""))
                        for sid, s in t.get("sessions", {}).items()
                    ),
                ),
            )
        )
    return tuple(out)


#: texts that may run over several lines (tabs and line breaks allowed)
_MULTILINE = frozenset({"description", "notes", "templates"})
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_CONTROL_MULTILINE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _check_controls(raw: dict[str, Any]) -> None:
    """No control characters in one-line texts (a name, an id, a title) and none but tabs
    and line breaks in descriptions, notes and templates. A schema ``pattern`` ending in
    ``$`` lets a final newline through, and a name with a line break breaks calendar
    export."""
    stack: list[tuple[str, object, bool]] = [("", raw, False)]
    while stack:
        where, value, multiline = stack.pop()
        if isinstance(value, dict):
            stack += [
                (f"{where}/{k}".lstrip("/"), v, multiline or k in _MULTILINE)
                for k, v in value.items()
            ]
        elif isinstance(value, list):
            stack += [(f"{where}/{i}", v, multiline) for i, v in enumerate(value)]
        elif isinstance(value, str):
            found = (_CONTROL_MULTILINE if multiline else _CONTROL).search(value)
            if found:
                raise EventFileError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "The event file is invalid at %1: it contains a control character "
                        "(%2); only descriptions, notes and templates may have line breaks.",
                    ),
                    args=(where, f"U+{ord(found.group()):04X}"),
                )


#: dates outside these years are refused (no real event, and date maths overflows)
MIN_YEAR, MAX_YEAR = 1900, 2999


def _instant(text: str, zone: tzinfo, where: str) -> datetime:
    """A wall time in the event's zone (or with an explicit offset) as an aware UTC instant."""
    try:
        value = datetime.fromisoformat(text)
    except ValueError as exc:
        raise EventFileError(
            QT_TRANSLATE_NOOP("Errors", "%1 is not an ISO-8601 date and time: %2."),
            args=(where, repr(text[:40])),
        ) from exc
    wall = value.tzinfo is None
    if wall:
        value = value.replace(tzinfo=zone)
    try:
        instant = value.astimezone(UTC)
        # a wall time in the hour the clocks skip ("01:30" the night summer time
        # starts) does not exist: Python quietly moves it an hour
        skipped = wall and instant.astimezone(zone).replace(tzinfo=None) != value.replace(
            tzinfo=None
        )
    except (OverflowError, ValueError) as exc:
        raise EventFileError(
            QT_TRANSLATE_NOOP("Errors", "%1 is out of range: %2."), args=(where, repr(text[:40]))
        ) from exc
    if skipped:
        raise EventFileError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "%1 is %2, a time that does not exist in %3 (the clocks skip it that day).",
            ),
            args=(where, repr(text[:40]), getattr(zone, "key", str(zone))),
        )
    # years like 0001 or 9999 overflow calendar export, reminders and countdowns
    if not MIN_YEAR <= instant.year <= MAX_YEAR:
        raise EventFileError(
            QT_TRANSLATE_NOOP("Errors", "%1 is out of range: %2 (years %3 to %4 only)."),
            args=(where, repr(text[:40]), MIN_YEAR, MAX_YEAR),
        )
    return instant


def _short(exc: object, limit: int = 160) -> str:
    text = str(exc)
    return text if len(text) <= limit else text[: limit - 1] + "…"
