"""Python's cyclic garbage collector runs on the GUI thread only.

Automatic collection can start in whatever thread happens to allocate, and a Qt
object freed from a worker thread crashes Qt later ("Timers cannot be stopped from
another thread", segfaults). Like Anki (``aqt/__init__.py``), the app turns automatic
collection off and collects on a GUI-thread timer instead. Reference counting still
frees most objects at once; only cycles wait for the timer.

The first collection also *settles* what the start made (:meth:`GarbageCollector.settle`):
the modules, classes and widgets that live as long as the window go to the permanent
generation (``gc.freeze``), so no later collection walks them again, nor the one at exit
(tens of thousands of objects, ~10 ms a full collection; issue 19).
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
        self._settled = False

    def settle(self, *, collect: bool = True) -> None:
        """Move every object alive now to the permanent generation (``gc.freeze``):
        collections, and the one at exit, no longer walk them. With ``collect`` the
        garbage is collected first, so none of it is kept for good."""
        if collect:
            gc.collect()
        gc.freeze()
        self._settled = True

    @Slot()
    def check(self) -> None:
        """Collect the generations whose allocation counts passed their thresholds
        (the first time: everything, then what is left is settled)."""
        if not self._settled:
            self.settle()
            return
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
