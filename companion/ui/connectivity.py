"""Online/offline state for the status bar and the senders, probed off the GUI thread."""

from __future__ import annotations

import logging
from collections.abc import Sequence

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from companion.core.connectivity import is_online
from companion.ui.ops import QueryOp
from companion.ui.tasks import TaskManager

log = logging.getLogger(__name__)


class ConnectivityMonitor(QObject):
    """Probes a few hosts with a TCP connect every ``interval_s`` seconds.

    Signals:
        online_changed(bool): the state changed (first result included).
    """

    online_changed = Signal(bool)

    def __init__(
        self,
        tasks: TaskManager,
        hosts: Sequence[str],
        interval_s: int = 60,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._hosts = list(hosts)
        self._online: bool | None = None
        self._busy = False
        self._timer = QTimer(self)
        self._timer.setInterval(max(5, interval_s) * 1000)
        self._timer.timeout.connect(self.check_now)

    @property
    def online(self) -> bool | None:
        """``None`` until the first probe finished."""
        return self._online

    def start(self) -> None:
        self._timer.start()
        self.check_now()

    def stop(self) -> None:
        self._timer.stop()

    @Slot()
    def check_now(self) -> None:
        if self._busy or not self._hosts:
            return
        self._busy = True
        hosts = list(self._hosts)
        QueryOp(self._tasks, lambda: is_online(hosts), lane="net").success(self._on_result).failure(
            self._on_error
        ).run()

    def _on_result(self, online: bool) -> None:
        self._busy = False
        self.set_online(online)

    def _on_error(self, exc: BaseException) -> None:
        self._busy = False
        self.set_online(False)

    def set_online(self, online: bool) -> None:
        if online != self._online:
            log.info("network is now %s", "online" if online else "offline")
            self._online = online
            self.online_changed.emit(online)
