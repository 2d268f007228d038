"""The shifted-clock runs (scripts/test.sh with ``COMPANION_FAKETIME``, run by .ci/run)
really move the clock the app reads, and only that clock: a run where libfaketime was
not loaded would pass without proving anything."""

from __future__ import annotations

import os
import re
import threading
import time
from datetime import timedelta
from pathlib import Path


def expected_shift() -> timedelta:
    """The offset libfaketime was given (``+400d``, ``-400d``, ``+2h``…), else zero."""
    spec = os.environ.get("FAKETIME", "")
    if not spec:
        return timedelta(0)
    match = re.fullmatch(r"([+-]\d+(?:\.\d+)?)([smhdy]?)", spec.strip())
    assert match, f"unexpected FAKETIME {spec!r}: use a relative offset such as +400d"
    unit = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400, "y": 365 * 86400}[match.group(2)]
    return timedelta(seconds=float(match.group(1)) * unit)


def test_the_wall_clock_is_shifted_as_asked(tmp_path: Path) -> None:
    """File times come from the kernel (never faked): they show the real time."""
    probe = tmp_path / "probe"
    probe.write_bytes(b"")
    real = probe.stat().st_mtime
    shift = time.time() - real
    assert abs(shift - expected_shift().total_seconds()) < 300


def test_timeouts_still_work() -> None:
    """The monotonic clock stays real: a timed wait ends on time, a sleep sleeps."""
    start = time.monotonic()
    assert not threading.Event().wait(0.2)
    time.sleep(0.05)
    assert 0.2 <= time.monotonic() - start < 5
