"""Online, offline or "sign in to this network", checked off the GUI thread."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from companion.core.connectivity import DEFAULT_CHECK_EXPECT, NetState, Reach, check
from companion.ui.ops import QueryOp
from companion.ui.tasks import TaskManager

log = logging.getLogger(__name__)


class ConnectivityMonitor(QObject):
    """Asks the check address (:func:`companion.core.connectivity.check`) every
    ``interval_s`` seconds, and sooner when a request of the app failed.

    Signals:
        online_changed(bool): online or not changed (first result included); a network
            that wants a sign-in is not online.
        reach_changed(object): the full state (:class:`Reach`) changed.
        unreachable_changed(int): how many of the app's servers did not answer.
    """

    online_changed = Signal(bool)
    reach_changed = Signal(object)
    unreachable_changed = Signal(int)

    def __init__(
        self,
        tasks: TaskManager,
        check_url: str = "",
        interval_s: int = 60,
        parent: QObject | None = None,
        *,
        expect: str = DEFAULT_CHECK_EXPECT,
    ) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._url = check_url.strip()
        self._expect = expect
        self._online: bool | None = None
        self._reach: Reach | None = None
        self._unreachable = 0
        self._busy = False
        self._timer = QTimer(self)
        self._timer.setInterval(max(5, interval_s) * 1000)
        self._timer.timeout.connect(self.check_now)
        # a failed request asks for a check, at most every few seconds
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.setInterval(3000)
        self._soon.timeout.connect(self.check_now)

    @property
    def online(self) -> bool | None:
        """``None`` until the first check finished (or when checking is off)."""
        return self._online

    @property
    def reach(self) -> Reach | None:
        return self._reach

    @property
    def unreachable(self) -> int:
        return self._unreachable

    @property
    def enabled(self) -> bool:
        return bool(self._url)

    def set_check(self, url: str, expect: str = DEFAULT_CHECK_EXPECT) -> None:
        self._url, self._expect = url.strip(), expect
        self.check_now()

    def start(self) -> None:
        self._timer.start()
        self.check_now()

    def stop(self) -> None:
        self._timer.stop()
        self._soon.stop()

    @Slot()
    def check_now(self) -> None:
        if self._busy or not self._url:
            return
        self._busy = True
        url, expect = self._url, self._expect
        QueryOp(self._tasks, lambda: check(url, expect), lane="net").success(
            self._on_result
        ).failure(self._on_error).run()

    @Slot()
    def request_failed(self) -> None:
        """A request of the app could not reach its server: look again soon."""
        if self._url and not self._soon.isActive():
            self._soon.start()

    def set_unreachable(self, count: int) -> None:
        """How many of the app's servers (the live sources) do not answer now."""
        if count != self._unreachable:
            self._unreachable = count
            self.unreachable_changed.emit(count)

    def _on_result(self, reach: Reach) -> None:
        self._busy = False
        self.set_reach(reach)

    def _on_error(self, exc: BaseException) -> None:
        self._busy = False
        self.set_reach(Reach(NetState.OFFLINE, detail=f"{type(exc).__name__}"))

    def set_reach(self, reach: Reach) -> None:
        if reach != self._reach:
            log.info("network: %s (%s)", reach.state.value, reach.detail)
            self._reach = reach
            self.reach_changed.emit(reach)
        self._set(reach.online)

    def set_online(self, online: bool) -> None:
        """Set the state directly (tests; a sender that just succeeded)."""
        self.set_reach(Reach(NetState.ONLINE if online else NetState.OFFLINE, detail="set"))

    def _set(self, online: bool) -> None:
        if online != self._online:
            self._online = online
            self.online_changed.emit(online)
