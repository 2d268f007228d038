"""The user's time zone: an IANA name when one can be found, else the system's rules.

Only IANA zone names are accepted (``Africa/Accra``, ``UTC``; old aliases such as
``US/Eastern`` or ``Asia/Calcutta`` too, as the tz database keeps them). Files in the
system's zone folder that are not zones are refused even though ``ZoneInfo`` opens
them: ``localtime`` (whatever this computer is set to: the same file would mean
different times on different laptops), ``posixrules`` and ``Factory`` (no real place),
and the ``posix/``/``right/`` copies (``right/`` counts leap seconds: 27 s off).
"""

from __future__ import annotations

import logging
import os
import sys
import time
from datetime import tzinfo
from functools import cache
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

log = logging.getLogger(__name__)


#: in the zone folders, but not a place's zone
NOT_ZONES = frozenset({"localtime", "posixrules", "Factory"})


@cache
def _listing() -> str:
    """Every zone name the tz database lists, one a line, with a line break before the
    first and after the last: the ``tzdata`` package's list (0.2 ms), else the system's
    zone folder (~30 ms). Kept as one string, ~9 KB (a set of the ~600 names held ~80 KB
    of the start's memory, issue 19)."""
    try:
        names = _tzdata_zones().split()
    except (ImportError, OSError, ValueError):
        names = sorted(available_timezones())
    return "\n" + "\n".join(names) + "\n"


def iana_zone_names() -> frozenset[str]:
    """Every IANA zone name (with the tz database's aliases)."""
    return frozenset(n for n in _listing().split() if _is_a_place(n))


def _is_a_place(name: str) -> bool:
    return name not in NOT_ZONES and not name.startswith(("posix/", "right/"))


def _tzdata_zones() -> str:
    """The ``tzdata`` package's list of zone names: read beside the package where it is
    a folder (importing ``importlib.resources`` costs ~2 ms of a start, issue 19), else
    through ``importlib.resources`` (a zipped package)."""
    from importlib.util import find_spec

    spec = find_spec("tzdata")
    if spec is None:
        raise ImportError("no tzdata package")
    for folder in spec.submodule_search_locations or ():
        beside = Path(folder) / "zones"
        if beside.is_file():
            return beside.read_text("utf-8")
    from importlib import resources

    return resources.files("tzdata").joinpath("zones").read_text("utf-8")


def is_iana_zone(name: str) -> bool:
    """``name`` is one of :func:`iana_zone_names`, found in the listing itself."""
    return (
        bool(name)
        and not any(c.isspace() for c in name)
        and f"\n{name}\n" in _listing()
        and _is_a_place(name)
    )


def zone_or_none(name: str) -> ZoneInfo | None:
    """``ZoneInfo(name)``, or None for "" or a name that is not an IANA zone."""
    name = name.strip()
    if not name:
        return None
    if not is_iana_zone(name):
        log.info("unknown time zone %r ignored", name)
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


# -- a change of the system's zone while the app runs ------------------------------------
def follow_system_zone() -> None:
    """Make Python's local time (``datetime.astimezone()``, ``time.localtime``) follow a
    change of the system's zone made while the app runs. Python reads the zone once (C's
    ``tzset``) and never again, while Qt reads it anew: without this, the outbox, the
    editor and the live view keep showing times in the old zone beside Qt's date editor
    in the new one. POSIX: ``time.tzset()``. Windows has no ``time.tzset``; there
    ``astimezone()`` asks the C runtime (``localtime_s``), which keeps the zone it read
    first until its ``_tzset`` is called: the one C runtime of the process (ucrtbase,
    shared with python3.dll) is asked to read it again."""
    tzset = getattr(time, "tzset", None)
    if tzset is not None:
        tzset()
    elif sys.platform == "win32":
        _crt_tzset()


def _crt_tzset() -> None:
    import ctypes  # only after a zone change, on Windows

    try:
        ctypes.CDLL("ucrtbase")._tzset()
    except (OSError, AttributeError):
        log.info("the C runtime's time zone could not be read again", exc_info=True)


class SystemZone:
    """The system zone's name as last seen while the app runs (one per process,
    :data:`SYSTEM_ZONE`); ``""`` until first looked at. The GUI looks now and then
    (``companion.ui.app.check_system_zone``); whatever shows local times compares
    :attr:`name` with the one it used."""

    def __init__(self) -> None:
        self.name = ""

    def update(self, name: str) -> bool:
        """``name`` was just read from the system: True when it is not the one seen
        before. Python's local time is made to follow whenever the name changed or is
        unknown (a zone set without a name, followed blindly: ``tzset`` is cheap)."""
        changed = name != self.name
        if changed:
            log.info("the system's time zone is now %r", name or "(unnamed)")
            self.name = name
        if changed or not name:
            follow_system_zone()
        return changed


SYSTEM_ZONE = SystemZone()
