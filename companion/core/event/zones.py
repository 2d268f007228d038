"""The user's time zone: an IANA name when one can be found, else the system's rules."""

from __future__ import annotations

import logging
import os
from datetime import tzinfo
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

log = logging.getLogger(__name__)


def zone_or_none(name: str) -> ZoneInfo | None:
    """``ZoneInfo(name)``, or None for "" or an unknown name."""
    name = name.strip()
    if not name:
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        log.info("unknown time zone %r ignored", name)
        return None


def system_zone_name() -> str:
    """The IANA name of the system zone on POSIX (``TZ`` or ``/etc/localtime``), or ""."""
    tz = os.environ.get("TZ", "").lstrip(":")
    if tz and zone_or_none(tz) is not None:
        return tz
    link = Path("/etc/localtime")
    try:
        target = str(link.resolve())
    except OSError:
        return ""
    marker = "zoneinfo/"
    if marker in target:
        name = target.split(marker, 1)[1]
        if zone_or_none(name) is not None:
            return name
    return ""


def local_zone(override: str = "", system_name: str = "") -> tzinfo | None:
    """The zone to show "local" times in: the setting, then the system's IANA name;
    ``None`` means "use the computer's rules" (``datetime.astimezone()``)."""
    return zone_or_none(override) or zone_or_none(system_name or system_zone_name())


def valid_zone_names() -> set[str]:
    return available_timezones()
