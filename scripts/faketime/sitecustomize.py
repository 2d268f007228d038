"""Loaded by Python at start-up only in the shifted-clock test runs (scripts/test.sh
with ``COMPANION_FAKETIME``), never by the app.

libfaketime 0.9.10 (Debian 12) breaks ``time.sleep`` when the monotonic clock is not
faked: Python 3.11 sleeps with ``clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME)``
and libfaketime shifts that absolute deadline by the fake offset, so the kernel
answers EINVAL (wolfcw/libfaketime#426, fixed after 0.9.10). Faking the monotonic
clock instead is worse: every lock or event wait with a timeout then waits 400 days.
So the runs leave the monotonic clock alone and sleep through a timed wait, which
libfaketime passes through untouched.
"""

from __future__ import annotations

import threading
import time


def _sleep(seconds: float) -> None:
    if seconds < 0:
        raise ValueError("sleep length must be non-negative")
    threading.Event().wait(seconds)


time.sleep = _sleep
