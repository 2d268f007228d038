"""Runs the outbox sender in the background: one job per account, on a timer,
when the connection returns and when asked."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from companion.core.compose.outbox import Outbox
from companion.core.compose.sender import Sender
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
        self.tasks.run_db(
            self.outbox_sender.prepare,
            on_success=self._on_prepared,
            on_failure=self._on_prepare_failed,
        )

    @Slot(bool)
    def on_online_changed(self, online: bool) -> None:
        if online and self.enabled and not self._stopped:
            now = self.now()
            self.tasks.run_db(lambda: self.outbox.wake_offline(now), on_success=self._on_woken)

    def stop(self) -> None:
        self._stopped = True
        self.timer.stop()

    # -- internals -------------------------------------------------------
    def _on_woken(self, _count: Any) -> None:
        self.send_due()

    def _on_prepared(self, account_ids: Any) -> None:
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
        def job() -> Any:
            return self.outbox_sender.run_account(account_id)  # a generator: one progress per item

        def done(_result: Any) -> None:
            self._on_account_done(account_id)

        def failed(_exc: BaseException) -> None:
            self._on_account_done(account_id)

        self.tasks.run_net(job, on_progress=self._on_progress, on_success=done, on_failure=failed)

    def _on_progress(self, _item_id: Any) -> None:
        self.changed.emit()

    def _on_account_done(self, account_id: str) -> None:
        self.inflight.discard(account_id)
        self.changed.emit()
