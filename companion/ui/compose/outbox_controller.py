"""Fills the outbox tab and handles its buttons (retry, remove, open link)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QObject, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QBrush, QColor, QDesktopServices
from PySide6.QtWidgets import QTreeWidgetItem

from companion.core.accounts.model import Account
from companion.core.compose.outbox import Outbox, OutboxItem, State
from companion.core.compose.sender import sent_by_this_computer
from companion.core.weblink import web_url
from companion.ui.a11y import announce
from companion.ui.compose.outbox_rows import explain, part_links, ready_on_x, reason_text
from companion.ui.compose.outbox_view import OutboxView
from companion.ui.locale_format import day_and_time, hm
from companion.ui.ops import ChangeOp, QueryOp
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
        State.HANDOFF: QCoreApplication.translate("OutboxController", "Ready: open X"),
    }[state]


STATE_COLOURS = {
    State.SENT: "#1b6e20",
    State.SCHEDULED: "#1b5e8c",
    State.FAILED: "#a40000",
    State.NEEDS_LOGIN: "#8a5a00",
    State.PUBLISHED_EARLY: "#8a5a00",
    State.NEEDS_EDITING: "#a40000",
    State.HANDOFF: "#1b5e8c",
}
# states that need the user's attention (counted, and "Retry" where it applies)
ATTENTION = (State.FAILED, State.NEEDS_LOGIN, State.NEEDS_EDITING, State.PUBLISHED_EARLY)


class OutboxController(QObject):
    """Signals:
    send_requested(): the user asked to try sending now.
    edit_requested(str, int): edit this draft again (the outbox item is taken back)."""

    send_requested = Signal()
    #: (draft id, outbox item id): take this post back into the editor
    edit_requested = Signal(str, int)

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
        view.edit.clicked.connect(self._on_edit)
        view.mark_posted.clicked.connect(self._on_mark_posted)
        view.tree.itemSelectionChanged.connect(self._on_selection)
        self._on_selection()

    def set_accounts(self, accounts: list[Account]) -> None:
        self.labels = {a.id: a.handle for a in accounts}
        self.accounts = {a.id: a for a in accounts}
        self.show_items(self.items)

    def _announce_changes(self, before: dict[int, State]) -> None:
        """Tell screen readers when a post went out or failed (not only the tree)."""
        for item in self.items:
            old = before.get(item.id)
            if old is None or old is item.state:
                continue
            if ready_on_x(item):
                text = QCoreApplication.translate(
                    "OutboxController", "Ready to post on the X website: %1"
                )
            elif item.state is State.SENT:
                text = QCoreApplication.translate("OutboxController", "Sent: %1")
            elif item.state in (State.FAILED, State.NEEDS_LOGIN):
                text = QCoreApplication.translate("OutboxController", "Not sent: %1")
                text = text.replace("%1", f"%1 — {state_label(item.state)} {reason_text(item)}")
            else:
                continue
            announce(self.view.tree, text.replace("%1", item.summary).strip(), assertive=False)

    def refresh(self) -> None:
        QueryOp(self.tasks, self.outbox.items).success(self.show_items).run()

    def show_items(self, items: list[OutboxItem]) -> None:
        before = {i.id: i.state for i in self.items}
        self.items = list(items)
        self._announce_changes(before)
        tree = self.view.tree
        selected = self._selected_id()
        tree.clear()
        now = self.now()
        for item in reversed(self.items):
            sent = sum(p.sent for p in item.parts)
            detail = item.link or reason_text(item)
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
                    .replace("%1", reason_text(item))
                    .replace("%2", hm(item.next_attempt_at.astimezone()))
                )
            told = explain(item, self.items, detail)
            detail = told.detail if told else detail
            row = QTreeWidgetItem(
                [
                    (told.state if told and told.state else state_label(item.state)),
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
            if ready_on_x(item):
                self._add_part_links(row, item)
            if item.id == selected:
                tree.setCurrentItem(row)
        waiting = sum(i.state in (State.QUEUED, State.SENDING) for i in self.items)
        problems = sum(i.state in ATTENTION for i in self.items)
        on_x = sum(ready_on_x(i) for i in self.items)
        summary = (
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
        if on_x:
            summary += " " + self.tr("%Ln ready for you to post on the X website.", "", on_x)
        self.view.summary.setText(summary)
        self._on_selection()

    def _add_part_links(self, row: QTreeWidgetItem, item: OutboxItem) -> None:
        links = part_links(item)
        for n, link in enumerate(links, start=1):
            child = QTreeWidgetItem(
                [
                    "",
                    "",
                    QCoreApplication.translate("OutboxController", "Part %1 of %2")
                    .replace("%1", str(n))
                    .replace("%2", str(len(links))),
                    "",
                    link,
                ]
            )
            child.setData(0, Qt.ItemDataRole.UserRole, item.id)
            child.setData(4, Qt.ItemDataRole.UserRole, link)
            row.addChild(child)
        row.setExpanded(True)

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
            and not ready_on_x(item)
        )
        self.view.remove.setEnabled(item is not None and item.state is not State.SENDING)
        self.view.edit.setEnabled(
            item is not None
            and item.state not in (State.SENDING, State.SENT, State.SCHEDULED)
            and not any(p.sent for p in item.parts)
        )
        self.view.open_link.setEnabled(bool(self._selected_link()))
        self.view.mark_posted.setVisible(any(ready_on_x(i) for i in self.items))
        self.view.mark_posted.setEnabled(item is not None and ready_on_x(item))
        told = explain(item, self.items, "") if item is not None else None
        self.view.details.setText(told.explanation if told else "")

    def _selected_link(self) -> str:
        current = self.view.tree.currentItem()
        if current is not None and current.data(4, Qt.ItemDataRole.UserRole):
            return str(current.data(4, Qt.ItemDataRole.UserRole))  # one part on X
        item = self._selected()
        if item is None:
            return ""
        return part_links(item)[0] if ready_on_x(item) and item.parts else item.link

    @Slot()
    def _on_edit(self) -> None:
        item = self._selected()
        if item is not None:
            self.edit_requested.emit(item.draft_id, item.id)

    @Slot()
    def _on_retry(self) -> None:
        item = self._selected()
        if item is None:
            return
        item_id, now, outbox = item.id, self.now(), self.outbox
        QueryOp(self.tasks, lambda: outbox.retry(item_id, now)).success(self._after_retry).run()

    def _after_retry(self, _ok: bool) -> None:
        self.refresh()
        self.send_requested.emit()

    @Slot()
    def _on_mark_posted(self) -> None:
        """The user posted it on the X website: sent (its draft too when all is out)."""
        item = self._selected()
        if item is None or not ready_on_x(item):
            return
        item_id, now, outbox = item.id, self.now(), self.outbox
        ChangeOp(self.tasks, lambda: outbox.mark_posted(item_id, now)).success(
            self._after_mark_posted
        ).run()

    def _after_mark_posted(self, _ok: bool) -> None:
        self.refresh()

    @Slot()
    def _on_remove(self) -> None:
        item = self._selected()
        if item is not None:
            item_id, outbox = item.id, self.outbox
            QueryOp(self.tasks, lambda: outbox.remove(item_id)).success(self._after_remove).run()

    def _after_remove(self, _result: None) -> None:
        self.refresh()

    @Slot()
    def _on_open(self) -> None:
        link = web_url(self._selected_link()) if self._selected_link() else None
        if link is not None:  # only web addresses: never file:, smb: or custom schemes
            QDesktopServices.openUrl(QUrl(link))
