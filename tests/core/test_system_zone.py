"""A change of the system's time zone while the app runs: Python reads the zone once
and keeps it (no ``tzset``) while Qt reads it anew; ``SYSTEM_ZONE.update`` makes
Python's local time follow (audit 3, item 3)."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest

from companion.core.event import zones
from companion.core.event.zones import SystemZone, follow_system_zone

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="TZ is read by tzset")

#: an instant (the offsets of Accra and Tokyo have no daylight saving)
T = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)


@pytest.fixture
def system_zone(monkeypatch: pytest.MonkeyPatch) -> Iterator[pytest.MonkeyPatch]:
    """The system zone, as ``TZ`` (the system's setting on Linux when it is set)."""
    # the Windows C runtime reads only POSIX rules from TZ
    monkeypatch.setenv("TZ", "GMT0" if sys.platform == "win32" else "Africa/Accra")
    follow_system_zone()
    yield monkeypatch
    monkeypatch.undo()
    follow_system_zone()


def offset() -> timedelta | None:
    return T.astimezone().utcoffset()


@posix_only
def test_python_follows_a_zone_changed_while_running(system_zone: pytest.MonkeyPatch) -> None:
    seen = SystemZone()
    assert seen.update(zones.system_zone_name())  # the first look
    assert offset() == timedelta(0)
    system_zone.setenv("TZ", "Asia/Tokyo")  # the traveller sets the laptop's zone
    assert offset() == timedelta(0)  # Python still has the zone it read first
    assert seen.update(zones.system_zone_name())
    assert seen.name == "Asia/Tokyo"
    assert offset() == timedelta(hours=9)
    assert not seen.update("Asia/Tokyo")  # no change: nothing to do


@posix_only
def test_an_unnamed_zone_is_followed_at_each_look(system_zone: pytest.MonkeyPatch) -> None:
    seen = SystemZone()
    system_zone.setenv("TZ", "JST-9")  # a POSIX rule: no IANA name to compare
    seen.update("")
    assert offset() == timedelta(hours=9)
    system_zone.setenv("TZ", "GMT0")
    assert not seen.update("")
    assert offset() == timedelta(0)


@posix_only
def test_following_is_harmless_when_nothing_changed(system_zone: pytest.MonkeyPatch) -> None:
    follow_system_zone()
    follow_system_zone()
    assert offset() == timedelta(0)


@pytest.mark.skipif(sys.platform != "win32", reason="the Windows C runtime's zone")
def test_the_windows_c_runtime_follows(system_zone: pytest.MonkeyPatch) -> None:
    """No ``time.tzset`` on Windows: ``astimezone()`` asks the C runtime, which keeps the
    zone it read first until its ``_tzset`` is called (checked under Wine, see
    ../shared/wine; the C runtime reads ``TZ`` first, then the system's setting)."""
    assert offset() == timedelta(0)
    system_zone.setenv("TZ", "JST-9")
    assert offset() == timedelta(0)  # the zone read first
    follow_system_zone()
    assert offset() == timedelta(hours=9)
