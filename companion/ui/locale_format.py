"""Dates, times and numbers in the user's language (Python's ``%a``/``%b`` are always
English and ``f"{x:.1f}"`` always uses a dot): everything shown goes through QLocale.

The default QLocale is set by :func:`companion.ui.i18n.apply_language`.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, QLocale, QTime


def short_day(value: datetime) -> str:
    """ "Fri", "Ijumaa", "ven.", "sex." for the current UI locale."""
    return QLocale().dayName(value.isoweekday(), QLocale.FormatType.ShortFormat)


def hm(value: datetime) -> str:
    """Hours and minutes as the locale writes them ("09:30"; "9:30 AM" in en_US)."""
    return QLocale().toString(QTime(value.hour, value.minute), QLocale.FormatType.ShortFormat)


def hms(value: datetime) -> str:
    """Hours, minutes and seconds as the locale writes them."""
    fmt = QLocale().timeFormat(QLocale.FormatType.ShortFormat)
    if "ss" not in fmt:
        fmt = fmt.replace("mm", "mm:ss", 1)
    return QLocale().toString(QTime(value.hour, value.minute, value.second), fmt)


def day_and_time(value: datetime) -> str:
    """Short weekday and time, e.g. "Fri 09:30"."""
    return f"{short_day(value)} {hm(value)}"


def day_month_time(value: datetime) -> str:
    """Day, short month name and time, e.g. "5 Mar 09:30", "5 mars 09:30"."""
    day = QLocale().toString(QDate(value.year, value.month, value.day), "d MMM")
    return f"{day} {hm(value)}"


def number(value: float, decimals: int = 0) -> str:
    """A number with the locale's digit grouping and decimal sign ("1 234,5" in French)."""
    if decimals == 0:
        return QLocale().toString(round(value))
    return QLocale().toString(float(value), "f", decimals)
