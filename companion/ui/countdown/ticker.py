"""A once-a-second tick aligned to the second boundary, only while the area can be seen.

One single-shot timer is re-armed at each tick for the next whole second of the
app's clock, so there is no busy timer and no drift. The gate watches the area and
its top-level window (hidden, minimised, another area shown) and stops the timer.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QWindow
from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)

#: fire this many ms after the boundary so the clock reads the new second
SLACK_MS = 3


def ms_to_next_second(timestamp: float) -> int:
    """Milliseconds from ``timestamp`` to just after the next whole second."""
    frac_ms = round((timestamp % 1.0) * 1000)
    return max(1, 1000 - frac_ms + SLACK_MS)


class SecondTicker(QObject):
    """Emits ``tick`` just after every whole second while running.

    Signals:
        tick(): a new second began (read the clock; never count ticks).
    """

    tick = Signal()

    def __init__(self, timestamp: Callable[[], float], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timestamp = timestamp
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._on_timeout)
        self._running = False

    @property
    def running(self) -> bool:
        return self._running

    def start(self) -> None:
        if not self._running:
            self._running = True
            self._arm()

    def stop(self) -> None:
        self._running = False
        self._timer.stop()

    def _arm(self) -> None:
        self._timer.start(ms_to_next_second(self._timestamp()))

    @Slot()
    def _on_timeout(self) -> None:
        if not self._running:
            return
        self._arm()
        self.tick.emit()


class VisibilityGate(QObject):
    """Tells whether ``widget`` can be seen: shown, and its window neither hidden nor
    minimised. Emits ``changed(bool)`` when that flips.

    The widget tells the gate from its ``showEvent``/``hideEvent`` (:meth:`shown`,
    :meth:`hidden`: a window hiding hides its children too); minimising is followed
    through the window's ``QWindow`` signals. No event filter: the first event PySide
    hands to a Python ``eventFilter`` makes it build the types of every ``QEvent``
    subclass (~3 ms and ~1.3 MB of a start, issue 19).

    Signals:
        changed(bool): the widget became visible (True) or not (False).
    """

    changed = Signal(bool)

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self._widget = widget
        self._handle: QWindow | None = None
        self._visible = False

    @property
    def visible(self) -> bool:
        return self._visible

    def shown(self) -> None:
        """The widget was shown (from its ``showEvent``)."""
        self._watch_window()
        QTimer.singleShot(0, self, self.update)

    def hidden(self) -> None:
        """The widget was hidden (from its ``hideEvent``)."""
        QTimer.singleShot(0, self, self.update)

    def _watch_window(self) -> None:
        handle = self._widget.window().windowHandle()
        if handle is not None and handle is not self._handle:
            self._handle = handle
            handle.visibilityChanged.connect(self._on_visibility_changed)
            handle.windowStateChanged.connect(self._on_window_state_changed)

    @Slot(QWindow.Visibility)
    def _on_visibility_changed(self, _visibility: QWindow.Visibility) -> None:
        self.update()

    @Slot(Qt.WindowState)
    def _on_window_state_changed(self, _state: Qt.WindowState) -> None:
        self.update()

    @Slot()
    def update(self) -> None:
        """Re-evaluate now (also called by tests)."""
        visible = self._compute()
        if visible != self._visible:
            self._visible = visible
            log.debug("countdown %s", "visible" if visible else "hidden")
            self.changed.emit(visible)

    def _compute(self) -> bool:
        try:
            widget = self._widget
            if not widget.isVisible():
                return False
            window = widget.window()
            if window.isMinimized() or window.isHidden():
                return False
            handle = window.windowHandle()
            if handle is not None and handle.visibility() in (
                QWindow.Visibility.Hidden,
                QWindow.Visibility.Minimized,
            ):
                return False
        except RuntimeError:  # widget already deleted
            return False
        return True
