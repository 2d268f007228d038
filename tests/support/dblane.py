"""Watch which threads touch SQLite (``Database``'s calls) while a test runs.

The app's rule: every SQLite call runs on the database lane. A test's own set-up
may use the database on the main thread; app code may not, on any thread but the
lane: not on the GUI thread (a call from ``companion/ui`` on the stack) and not on
the network pool, a stream thread or any other worker."""

from __future__ import annotations

import contextlib
import sys
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import FrameType
from typing import Any

from companion.core.lane import on_a_lane
from companion.core.storage import Database

_UI = str(Path(__file__).resolve().parents[2] / "companion" / "ui")
_COMPANION = str(Path(__file__).resolve().parents[2] / "companion")
WATCHED = ("execute", "query", "query_one", "transaction", "check_integrity")
#: the database lane's worker threads (``DbLane("db")``); other lanes (the pack
#: store's) are lanes too, but SQLite there would run beside the database lane
DB_LANE_THREAD = "db_"


@dataclass
class LaneWatch:
    violations: list[str] = field(default_factory=list)
    calls_on_lane: int = 0
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def check(self, what: str) -> None:
        thread = threading.current_thread()
        if on_a_lane() and thread.name.startswith(DB_LANE_THREAD):
            self.calls_on_lane += 1
            return
        frame: FrameType | None = sys._getframe(2)
        if thread is threading.main_thread():
            ui = _first_frame(frame, _UI)
            if ui is None:
                return  # the test's own set-up or checks
            where = ui
        else:
            where = _first_frame(frame, _COMPANION) or "?"
        with self._lock:
            self.violations.append(f"Database.{what} on thread {thread.name!r} from {where}")


def _first_frame(frame: FrameType | None, prefix: str) -> str | None:
    while frame is not None:
        name = frame.f_code.co_filename
        if name.startswith(prefix) and not name.endswith("storage.py"):
            return f"{Path(name).name}:{frame.f_lineno} in {frame.f_code.co_name}"
        frame = frame.f_back
    return None


def _wrap(original: Callable[..., Any], what: str, watch: LaneWatch) -> Callable[..., Any]:
    def checked(self: Database, *args: Any, **kwargs: Any) -> Any:
        watch.check(what)
        return original(self, *args, **kwargs)

    return checked


@contextlib.contextmanager
def watch_lane() -> Iterator[LaneWatch]:
    watch = LaneWatch()
    originals = {name: getattr(Database, name) for name in WATCHED}
    try:
        for name, original in originals.items():
            setattr(Database, name, _wrap(original, name, watch))
        yield watch
    finally:
        for name, original in originals.items():
            setattr(Database, name, original)
