"""Translated wording and time formatting for the countdown area."""

from __future__ import annotations

from datetime import datetime, timedelta, tzinfo

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QObject

from companion.core.event.countdown import Remaining, in_zone, utc_offset_label
from companion.ui import locale_format


def tr(text: str) -> str:
    return QCoreApplication.translate("Countdown", text)


def long_date(value: datetime) -> str:
    return QLocale().toString(
        QDate(value.year, value.month, value.day), QLocale.FormatType.LongFormat
    )


def hm(value: datetime) -> str:
    return locale_format.hm(value)


def zone_label(local: datetime, zone: tzinfo | None) -> str:
    """``Africa/Dar_es_Salaam, UTC+3`` or ``EAT, UTC+3`` for the system zone."""
    name = str(zone) if zone is not None else (local.tzname() or "")
    if name in ("UTC", "Etc/UTC", "Etc/GMT", "GMT", "Etc/Universal", "Universal", "Zulu"):
        name = ""
    offset = utc_offset_label(local)
    return f"{name}, {offset}" if name else offset


def when(instant: datetime, zone: tzinfo | None) -> str:
    """``Thursday, 15 March 2018, 03:00 (Africa/Dar_es_Salaam, UTC+3)``."""
    local = in_zone(instant, zone)
    return (
        QCoreApplication.translate("Countdown", "%1, %2 (%3)")
        .replace("%1", long_date(local))
        .replace("%2", hm(local))
        .replace("%3", zone_label(local, zone))
    )


class Countdown(QObject):
    """Plural wording in the "Countdown" translation context: pyside6-lupdate marks
    only ``self.tr(text, "", n)`` calls as plural (numerus), not ``translate(…, n)``."""

    def days(self, n: int) -> str:
        return self.tr("%Ln days", "", n)

    def hours(self, n: int) -> str:
        return self.tr("%Ln hours", "", n)

    def minutes(self, n: int) -> str:
        return self.tr("%Ln minutes", "", n)

    def hours_short(self, n: int) -> str:
        return self.tr("%Ln h", "", n)

    def minutes_short(self, n: int) -> str:
        return self.tr("%Ln min", "", n)


_plural_source: list[Countdown] = []


def _plurals() -> Countdown:
    if not _plural_source:
        _plural_source.append(Countdown())
    return _plural_source[0]


def remaining_text(r: Remaining) -> str:
    clock = f"{r.hours:02d}:{r.minutes:02d}:{r.seconds:02d}"
    if r.days == 0:
        return clock
    days = _plurals().days(r.days)
    return f"{days} {clock}"


def duration_text(seconds: float) -> str:
    """``3 h 12 min``, ``2 days 1 h``: to the nearest minute, zero parts left out."""
    total = round(abs(seconds) / 60)
    days, rest = divmod(total, 24 * 60)
    hours, minutes = divmod(rest, 60)
    words = _plurals()
    parts = [words.days(days)] if days else []
    if hours:
        parts.append(words.hours_short(hours))
    if minutes or not parts:
        parts.append(words.minutes_short(minutes))
    return " ".join(parts)


def clock_notice(wrong_by: timedelta) -> str:
    """The line under the countdown when this computer's clock is known to be wrong
    (``wrong_by`` from :meth:`companion.core.clock.Clock.wrong_by`); "" when it is not."""
    seconds = wrong_by.total_seconds()
    if not seconds:
        return ""
    if seconds < 0:
        text = QCoreApplication.translate(
            "Countdown", "This computer's clock is %1 behind; times shown are corrected"
        )
    else:
        text = QCoreApplication.translate(
            "Countdown", "This computer's clock is %1 ahead; times shown are corrected"
        )
    return text.replace("%1", duration_text(seconds))


def site_name(zone_name: str) -> str:
    """``Africa/Dar_es_Salaam`` → ``Dar es Salaam``."""
    return zone_name.rsplit("/", 1)[-1].replace("_", " ")


def spoken_remaining(r: Remaining) -> str:
    """The figure in words for a screen reader: ``1 hour 59 minutes``, not ``01:59:53``."""
    p = _plurals()
    parts = []
    if r.days:
        parts.append(p.days(r.days))
    if r.hours:
        parts.append(p.hours(r.hours))
    if r.minutes:
        parts.append(p.minutes(r.minutes))
    if not parts:
        return QCoreApplication.translate("Countdown", "less than a minute")
    return " ".join(parts)
