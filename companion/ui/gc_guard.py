"""Python's cyclic garbage collector runs on the GUI thread only.

Automatic collection can start in whatever thread happens to allocate, and a Qt
object freed from a worker thread crashes Qt later ("Timers cannot be stopped from
another thread", segfaults). Like Anki (``aqt/__init__.py``), the app turns automatic
collection off and collects on a GUI-thread timer instead. Reference counting still
frees most objects at once; only cycles wait for the timer.
"""

from __future__ import annotations

import gc
import logging

from PySide6.QtCore import QObject, QTimer, Slot

log = logging.getLogger(__name__)


class GarbageCollector(QObject):
    def __init__(self, parent: QObject | None = None, interval_ms: int = 5_000) -> None:
        super().__init__(parent)
        self._threshold = gc.get_threshold()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.check)
        self._timer.start()

    @Slot()
    def check(self) -> None:
        """Collect the generations whose allocation counts passed their thresholds."""
        counts = gc.get_count()
        if counts[0] > self._threshold[0]:
            generation = 0
            if counts[1] > self._threshold[1]:
                generation = 2 if counts[2] > self._threshold[2] else 1
            freed = gc.collect(generation)
            if freed:
                log.debug("collected %d objects (generation %d)", freed, generation)

    def stop(self) -> None:
        self._timer.stop()
        gc.enable()
