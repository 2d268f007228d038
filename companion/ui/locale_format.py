"""Dates and times in the user's language (Python's ``%a`` is always English)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QLocale


def short_day(value: datetime) -> str:
    """ "Fri", "Ijumaa", "ven.", "sex." for the current UI locale."""
    return QLocale().dayName(value.isoweekday(), QLocale.FormatType.ShortFormat)


def day_and_time(value: datetime) -> str:
    """Short weekday and 24-hour time, e.g. "Fri 09:30"."""
    return f"{short_day(value)} {value:%H:%M}"
