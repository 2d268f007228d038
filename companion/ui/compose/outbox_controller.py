"""Fills the outbox tab and handles its buttons (retry, remove, open link)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QBrush, QColor, QDesktopServices
from PySide6.QtWidgets import QTreeWidgetItem

from companion.core.accounts.model import Account
from companion.core.compose.outbox import Outbox, OutboxItem, State
from companion.core.compose.sender import sent_by_this_computer
from companion.core.weblink import web_url
from companion.ui.a11y import announce
from companion.ui.compose.outbox_view import OutboxView
from companion.ui.locale_format import day_and_time, hm
from companion.ui.plain import plain_tooltip
from companion.ui.tasks import TaskManager


def _tr(text: str) -> str:
    return QCoreApplication.translate("OutboxController", text)


def state_label(state: State) -> str:
    return {
        State.QUEUED: QCoreApplication.translate("OutboxController", "Queued"),
        State.SENDING: QCoreApplication.translate("OutboxController", "Sending…"),
        State.SENT: QCoreApplication.translate("OutboxController", "Sent"),
        State.SCHEDULED: QCoreApplication.translate("OutboxController", "Scheduled on server"),
        State.FAILED: QCoreApplication.translate("OutboxController", "Failed"),
        State.NEEDS_LOGIN: QCoreApplication.translate("OutboxController", "Needs login"),
        State.PUBLISHED_EARLY: QCoreApplication.translate("OutboxController", "Published early"),
        State.NEEDS_EDITING: QCoreApplication.translate("OutboxController", "Needs editing"),
    }[state]


STATE_COLOURS = {
    State.SENT: "#1b6e20",
    State.SCHEDULED: "#1b5e8c",
    State.FAILED: "#a40000",
    State.NEEDS_LOGIN: "#8a5a00",
    State.PUBLISHED_EARLY: "#8a5a00",
    State.NEEDS_EDITING: "#a40000",
}
# states that need the user's attention (counted, and "Retry" where it applies)
ATTENTION = (State.FAILED, State.NEEDS_LOGIN, State.NEEDS_EDITING, State.PUBLISHED_EARLY)


class OutboxController(QObject):
    """Signals:
    send_requested(): the user asked to try sending now."""

    send_requested = Signal()

    def __init__(
        self,
        view: OutboxView,
        outbox: Outbox,
        tasks: TaskManager,
        now: Callable[[], datetime],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.view = view
        self.outbox = outbox
        self.tasks = tasks
        self.now = now
        self.labels: dict[str, str] = {}
        self.accounts: dict[str, Account] = {}
        self.items: list[OutboxItem] = []
        view.send_now.clicked.connect(self.send_requested)
        view.retry.clicked.connect(self._on_retry)
        view.remove.clicked.connect(self._on_remove)
        view.open_link.clicked.connect(self._on_open)
        view.tree.itemSelectionChanged.connect(self._on_selection)
        self._on_selection()

    def set_accounts(self, accounts: list[Account]) -> None:
        self.labels = {a.id: a.handle for a in accounts}
        self.accounts = {a.id: a for a in accounts}
        self.show_items(self.items)

    def _announce_changes(self, before: dict[Any, State]) -> None:
        """Tell screen readers when a post went out or failed (not only the tree)."""
        for item in self.items:
            old = before.get(item.id)
            if old is None or old is item.state:
                continue
            if item.state is State.SENT:
                text = QCoreApplication.translate("OutboxController", "Sent: %1")
            elif item.state in (State.FAILED, State.NEEDS_LOGIN):
                text = QCoreApplication.translate("OutboxController", "Not sent: %1")
                text = text.replace("%1", f"%1 — {state_label(item.state)} {item.error}")
            else:
                continue
            announce(self.view.tree, text.replace("%1", item.summary).strip(), assertive=False)

    def refresh(self) -> None:
        self.tasks.run_db(self.outbox.items, on_success=self.show_items)

    def show_items(self, items: Any) -> None:
        before = {i.id: i.state for i in self.items}
        self.items = list(items)
        self._announce_changes(before)
        tree = self.view.tree
        selected = self._selected_id()
        tree.clear()
        now = self.now()
        for item in reversed(self.items):
            sent = sum(p.sent for p in item.parts)
            detail = item.link or item.error
            if (
                item.state is State.QUEUED
                and item.post_at
                and item.post_at > now
                and sent_by_this_computer(self.accounts.get(item.account_id), item)
            ):
                detail = QCoreApplication.translate(
                    "OutboxController",
                    "will be sent by this computer at %1 (the app must be running and online then)",
                ).replace("%1", day_and_time(item.post_at.astimezone()))
            elif item.state is State.QUEUED and item.post_at and item.post_at > now:
                detail = QCoreApplication.translate(
                    "OutboxController", "waits until %1 (the app must be running and online then)"
                ).replace("%1", day_and_time(item.post_at.astimezone()))
            elif item.state is State.QUEUED and item.next_attempt_at and item.error:
                detail = (
                    QCoreApplication.translate("OutboxController", "%1 — next try %2")
                    .replace("%1", item.error)
                    .replace("%2", hm(item.next_attempt_at.astimezone()))
                )
            row = QTreeWidgetItem(
                [
                    state_label(item.state),
                    self.labels.get(item.account_id, item.network.value),
                    item.summary,
                    f"{sent}/{len(item.parts)}",
                    detail,
                ]
            )
            row.setData(0, Qt.ItemDataRole.UserRole, item.id)
            row.setToolTip(2, plain_tooltip("\n\n".join(p.text for p in item.parts)))
            row.setToolTip(4, plain_tooltip(detail))
            colour = STATE_COLOURS.get(item.state)
            if colour:
                row.setForeground(0, QBrush(QColor(colour)))
            tree.addTopLevelItem(row)
            if item.id == selected:
                tree.setCurrentItem(row)
        waiting = sum(i.state in (State.QUEUED, State.SENDING) for i in self.items)
        problems = sum(i.state in ATTENTION for i in self.items)
        self.view.summary.setText(
            QCoreApplication.translate(
                "OutboxController", "%1, %2. Posts are kept here until they are out."
            )
            .replace(
                "%1",
                self.tr("%Ln waiting to be sent", "", waiting),
            )
            .replace(
                "%2",
                self.tr("%Ln need attention", "", problems),
            )
        )
        self._on_selection()

    def _selected_id(self) -> int | None:
        current = self.view.tree.currentItem()
        if current is None:
            return None
        value = current.data(0, Qt.ItemDataRole.UserRole)
        return int(value) if value is not None else None

    def _selected(self) -> OutboxItem | None:
        item_id = self._selected_id()
        return next((i for i in self.items if i.id == item_id), None)

    @Slot()
    def _on_selection(self) -> None:
        item = self._selected()
        self.view.retry.setEnabled(
            item is not None
            and item.state in (State.FAILED, State.NEEDS_LOGIN, State.NEEDS_EDITING)
        )
        self.view.remove.setEnabled(item is not None and item.state is not State.SENDING)
        self.view.open_link.setEnabled(item is not None and bool(item.link))

    @Slot()
    def _on_retry(self) -> None:
        item = self._selected()
        if item is None:
            return
        item_id, now = item.id, self.now()
        self.tasks.run_db(lambda: self.outbox.retry(item_id, now), on_success=self._after_retry)

    def _after_retry(self, _ok: Any) -> None:
        self.refresh()
        self.send_requested.emit()

    @Slot()
    def _on_remove(self) -> None:
        item = self._selected()
        if item is not None:
            item_id = item.id
            self.tasks.run_db(
                lambda: self.outbox.remove(item_id), on_success=lambda _: self.refresh()
            )

    @Slot()
    def _on_open(self) -> None:
        item = self._selected()
        link = web_url(item.link) if item is not None else None
        if link is not None:  # only web addresses: never file:, smb: or custom schemes
            QDesktopServices.openUrl(QUrl(link))
