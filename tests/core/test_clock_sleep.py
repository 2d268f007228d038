"""The clock the app measures "somebody set the wall clock" against must run on while
the computer sleeps: on macOS ``time.monotonic`` stands still with the lid closed, so
every sleep over 2 minutes looked like the clock being set, and the learned error of
the computer's clock was dropped (audit 3, f6)."""

from __future__ import annotations

import sys
import time
from datetime import UTC, datetime, timedelta
from types import ModuleType, SimpleNamespace
from typing import cast

import pytest

from companion.core.clock import Clock, ClockSkew, since_boot, sleep_counting_clock

REAL_START = datetime(2026, 11, 27, 8, 0, tzinfo=UTC)


class Mac:
    """A stand-in for :mod:`time` on macOS: ``monotonic`` (mach_absolute_time) stops
    while asleep; ``CLOCK_MONOTONIC_RAW`` (mach_continuous_time) and
    ``CLOCK_UPTIME_RAW`` (awake time only) as Apple's clock_gettime(3) describes them."""

    CLOCK_REALTIME = 0
    CLOCK_MONOTONIC_RAW = 4
    CLOCK_UPTIME_RAW = 8

    def __init__(self) -> None:
        self.real_s = REAL_START.timestamp()
        self.awake_s = 100.0
        self.asleep_s = 0.0

    def monotonic(self) -> float:
        return self.awake_s

    def clock_gettime(self, clock_id: int) -> float:
        return {
            self.CLOCK_REALTIME: self.real_s,
            self.CLOCK_MONOTONIC_RAW: self.awake_s + self.asleep_s,
            self.CLOCK_UPTIME_RAW: self.awake_s,
        }[clock_id]

    def run(self, seconds: float) -> None:
        self.real_s += seconds
        self.awake_s += seconds

    def sleep(self, seconds: float) -> None:
        self.real_s += seconds
        self.asleep_s += seconds


def _module(stand_in: object) -> ModuleType:
    return cast(ModuleType, stand_in)


def test_macos_measures_on_a_clock_that_runs_through_sleep() -> None:
    mac = Mac()
    read = sleep_counting_clock("darwin", _module(mac))
    before = read()
    mac.sleep(3 * 3600)
    assert read() - before == 3 * 3600


def test_the_learned_clock_error_survives_a_sleep_on_macos() -> None:
    mac = Mac()
    fast = 3600.0  # the laptop's clock is an hour fast

    def wall() -> float:
        return mac.real_s + fast

    reference = sleep_counting_clock("darwin", _module(mac))
    skew = ClockSkew(wall=wall, reference=reference)
    clock = Clock(wall=wall, monotonic=reference, skew=skew)
    skew.observe(clock.now(), datetime.fromtimestamp(mac.real_s, tz=UTC))
    assert clock.wrong_by() == timedelta(hours=1)
    mac.sleep(3 * 3600)  # the lid closed for three hours
    mac.run(5)
    # it used to be dropped: the countdown went back to the wrong clock
    assert clock.wrong_by() == timedelta(hours=1)
    assert abs(clock.corrected_now() - datetime.fromtimestamp(mac.real_s, tz=UTC)) < timedelta(
        seconds=1
    )
    # setting the clock is still noticed
    fast = 0.0
    assert clock.wrong_by() == timedelta(0)


@pytest.mark.parametrize(
    ("platform", "clocks", "expected"),
    [
        ("linux", {"CLOCK_BOOTTIME": 7, "CLOCK_MONOTONIC_RAW": 4}, 7),
        ("darwin", {"CLOCK_MONOTONIC_RAW": 4, "CLOCK_UPTIME_RAW": 8}, 4),
        ("darwin", {}, "monotonic"),  # older than macOS 10.12
        ("win32", {}, "monotonic"),  # counts sleep on Windows
        ("freebsd14", {"CLOCK_MONOTONIC_RAW": 4}, "monotonic"),
    ],
)
def test_which_clock_each_platform_uses(
    platform: str, clocks: dict[str, int], expected: int | str
) -> None:
    read: list[object] = []
    stand_in = SimpleNamespace(
        monotonic=lambda: read.append("monotonic") or 1.0,
        clock_gettime=lambda clock_id: read.append(clock_id) or 1.0,
        **clocks,
    )
    sleep_counting_clock(platform, _module(stand_in))()
    assert read == [expected]


def test_since_boot_reads_this_platforms_clock() -> None:
    expected = sleep_counting_clock(sys.platform, time)()
    got = since_boot()
    assert 0.0 <= got - expected < 5.0
