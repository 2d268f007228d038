"""Layout of the composer: drafts column, the scrolling editor, the pinned action bar."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QRect, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from companion.ui.a11y import CurrentItemOnFocus
from companion.ui.compose.editor_view import LANGUAGES, EditorPanel
from companion.ui.compose.media_view import ImageRow, read_thumbnail
from companion.ui.compose.outbox_view import OutboxView
from companion.ui.palette import error_text_style

__all__ = ["LANGUAGES", "ComposeView", "ImageRow", "read_thumbnail"]

log = logging.getLogger(__name__)


class ActionBar(QFrame):
    """Send, Open on X, the save state and what stops sending: never scrolls away."""

    def __init__(self, editor: EditorPanel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.schedule, self.post_at, self.when_note = (
            editor.schedule,
            editor.post_at,
            editor.when_note,
        )
        for w in (self.schedule, self.post_at, self.when_note):
            w.setParent(self)
        self.problems = QLabel(self)
        self.problems.setWordWrap(True)
        self.problems.setTextFormat(Qt.TextFormat.PlainText)  # server text in errors
        self.problems.setStyleSheet(error_text_style(self))
        self.saved = QLabel(self)
        self.saved.setWordWrap(True)
        self.open_x = QPushButton(self)
        self.send = QPushButton(self)
        self.send.setDefault(True)
        row = QHBoxLayout()
        row.addWidget(self.saved, 1)
        row.addWidget(self.schedule)
        row.addWidget(self.post_at)
        row.addWidget(self.open_x)
        row.addWidget(self.send)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 4, 6, 4)
        lay.addWidget(self.problems)
        lay.addWidget(self.when_note)
        lay.addLayout(row)


class WrappedList(QListWidget):
    """A list whose rows are sized for their word-wrapped text, with room to spare:
    Qt's own sizing drew some rows narrower than it measured them and cut their last
    line ("Failed: a post the server refused…" without its state)."""

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_rows()

    def fit_rows(self) -> None:
        row = max(40, self.viewport().width() - 4)
        # Qt draws the text inside its item margins and wraps it by fractional widths:
        # measure a few pixels narrower than it will be drawn
        margin = self.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1
        text_width = max(20, row - 2 * margin - 4)
        metrics = self.fontMetrics()
        for i in range(self.count()):
            item = self.item(i)
            text = metrics.boundingRect(
                QRect(0, 0, text_width, 100_000), int(Qt.TextFlag.TextWordWrap), item.text()
            )
            item.setSizeHint(QSize(row, text.height() + 4))


class ComposeView(QWidget):
    """Widgets only; the controllers in this package wire them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tabs = QTabWidget(self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.tabs)

        write = QWidget()
        split = QSplitter(Qt.Orientation.Horizontal, write)
        split.setChildrenCollapsible(False)
        wl = QVBoxLayout(write)
        wl.setContentsMargins(6, 6, 6, 6)
        wl.addWidget(split, 1)

        left = QWidget()
        self.drafts_panel = left  # the list and its buttons (held while a post is queued)
        left.setMinimumWidth(110)
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        self.drafts_label = QLabel(left)
        self.drafts = WrappedList(left)
        self._focus_item = CurrentItemOnFocus(self.drafts)  # Tab in: the current draft
        self.drafts.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.drafts.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.drafts.setWordWrap(True)
        self.drafts.setAlternatingRowColors(True)
        self.new_btn = QPushButton(left)
        self.dup_btn = QPushButton(left)
        self.del_btn = QPushButton(left)
        self.undo_btn = QPushButton(left)
        self.undo_btn.hide()
        buttons = QGridLayout()
        buttons.addWidget(self.new_btn, 0, 0)
        buttons.addWidget(self.dup_btn, 1, 0)
        buttons.addWidget(self.del_btn, 2, 0)
        buttons.addWidget(self.undo_btn, 3, 0)
        ll.addWidget(self.drafts_label)
        ll.addWidget(self.drafts, 1)
        ll.addLayout(buttons)
        split.addWidget(left)

        self.editor = EditorPanel()
        scroll = QScrollArea()
        self.editor_scroll = scroll
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the controls inside
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.editor)
        split.addWidget(scroll)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 4)
        split.setSizes([180, 860])
        # made after the editor is in its scroll area: Tab reaches the bar pinned below
        # the editor after the editor's fields (reading order), not before them
        self.bar = ActionBar(self.editor, write)
        wl.addWidget(self.bar)

        # the editor's widgets by their old names (the controllers and tests use them)
        e = self.editor
        self.template, self.tags, self.language = e.template, e.tags, e.language
        self.spoiler, self.text, self.hashtag_note = e.spoiler, e.text, e.hashtag_note
        self.targets_box, self.targets_layout = e.targets_box, e.targets_layout
        self.no_accounts = e.no_accounts
        self.thread_box, self.thread_edit = e.thread_box, e.thread_edit
        self.thread_status = e.thread_status
        self.images_box, self.images_layout = e.images_box, e.images_layout
        self.add_image, self.image_problem = e.add_image, e.image_problem
        self.schedule, self.post_at, self.when_note = e.schedule, e.post_at, e.when_note
        self.problems, self.saved = self.bar.problems, self.bar.saved
        self.open_x, self.send = self.bar.open_x, self.bar.send

        self.outbox = OutboxView()
        self.tabs.addTab(write, "")
        self.tabs.addTab(self.outbox, "")
        self.retranslate()

    def retranslate(self) -> None:
        self.editor.retranslate()
        self.tabs.setTabText(0, QCoreApplication.translate("ComposeView", "Write"))
        self.tabs.setTabText(1, QCoreApplication.translate("ComposeView", "Outbox"))
        self.drafts_label.setText(QCoreApplication.translate("ComposeView", "Drafts"))
        self.drafts.setAccessibleName(QCoreApplication.translate("ComposeView", "Drafts"))
        self.new_btn.setText(QCoreApplication.translate("ComposeView", "New"))
        self.new_btn.setAccessibleName(QCoreApplication.translate("ComposeView", "New draft"))
        self.dup_btn.setText(QCoreApplication.translate("ComposeView", "Duplicate"))
        self.dup_btn.setAccessibleName(QCoreApplication.translate("ComposeView", "Duplicate draft"))
        self.del_btn.setText(QCoreApplication.translate("ComposeView", "Delete"))
        self.del_btn.setAccessibleName(QCoreApplication.translate("ComposeView", "Delete draft"))
        self.undo_btn.setText(QCoreApplication.translate("ComposeView", "Undo delete"))
        self.undo_btn.setAccessibleName(QCoreApplication.translate("ComposeView", "Undo delete"))
        self.open_x.setText(QCoreApplication.translate("ComposeView", "Open on X"))
        self.open_x.setAccessibleDescription(
            QCoreApplication.translate("ComposeView", "Open the post on X in the browser")
        )
        self.send.setText(QCoreApplication.translate("ComposeView", "Send"))
        self.send.setAccessibleName(QCoreApplication.translate("ComposeView", "Send to the outbox"))
        self.send.setToolTip(
            QCoreApplication.translate(
                "ComposeView", "Put the post in the outbox; it goes out when online (Ctrl+Enter)"
            )
        )
        self.outbox.retranslate()
