"""Runs the outbox sender in the background: one job per account, on a timer,
when the connection returns and when asked."""

from __future__ import annotations

import threading
from collections.abc import Callable, Generator
from datetime import datetime

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from companion.core.compose.outbox import Outbox
from companion.core.compose.sender import Sender
from companion.ui.ops import QueryOp
from companion.ui.tasks import TaskManager

SEND_INTERVAL_MS = 30_000


class SenderRunner(QObject):
    """Signals:
    changed(): an outbox item may have changed state (refresh the view)."""

    changed = Signal()

    def __init__(
        self,
        outbox: Outbox,
        sender: Sender,
        tasks: TaskManager,
        now: Callable[[], datetime],
        *,
        enabled: bool = True,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.outbox = outbox
        self.outbox_sender = sender
        self.tasks = tasks
        self.now = now
        self.enabled = enabled
        self._preparing = False
        self._stopped = False
        #: set when the app quits: a running sender job begins no further item or upload
        self._stop = threading.Event()
        #: accounts whose sender job is running now
        self.inflight: set[str] = set()
        self.timer = QTimer(self)
        self.timer.setInterval(SEND_INTERVAL_MS)
        self.timer.timeout.connect(self.send_due)
        if enabled:
            self.timer.start()

    @Slot()
    def send_due(self) -> None:
        """Start one background job per account with work (each keeps its order)."""
        if self._preparing or self._stopped or not self.enabled:
            return
        self._preparing = True
        QueryOp(self.tasks, self.outbox_sender.prepare).success(self._on_prepared).failure(
            self._on_prepare_failed
        ).run()

    @Slot(bool)
    def on_online_changed(self, online: bool) -> None:
        if online and self.enabled and not self._stopped:
            now, outbox = self.now(), self.outbox
            QueryOp(self.tasks, lambda: outbox.wake_offline(now)).success(self._on_woken).run()

    def stop(self) -> None:
        """The app is quitting: no new job, and the running ones stop before their next
        item or upload (what is on its way finishes; the rest waits for the next start)."""
        self._stopped = True
        self._stop.set()
        self.timer.stop()

    # -- internals -------------------------------------------------------
    def _on_woken(self, _count: int) -> None:
        self.send_due()

    def _on_prepared(self, account_ids: list[str]) -> None:
        self._preparing = False
        for account_id in account_ids:
            if account_id in self.inflight or self._stopped:
                continue
            self.inflight.add(account_id)
            self._start(account_id)
        self.changed.emit()

    def _on_prepare_failed(self, _exc: BaseException) -> None:
        self._preparing = False

    def _start(self, account_id: str) -> None:
        """On the network pool; the sender's outbox and accounts run their SQLite on
        the database lane (they are bound to it by the composition root)."""
        sender, stop = self.outbox_sender, self._stop

        def job() -> Generator[int, None, None]:
            yield from sender.run_account(account_id, stop)  # one progress per item

        def done(_result: None) -> None:
            self._on_account_done(account_id)

        def failed(_exc: BaseException) -> None:
            self._on_account_done(account_id)

        QueryOp(self.tasks, job, lane="net").success(done).failure(failed).progress(
            self._on_progress
        ).run()

    def _on_progress(self, _item_id: int) -> None:
        self.changed.emit()

    def _on_account_done(self, account_id: str) -> None:
        self.inflight.discard(account_id)
        self.changed.emit()
