"""Layout of the Accounts area: the keyring notice, the account list, the buttons."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTreeWidget,
    QVBoxLayout,
    QWidget,
)

from companion.ui.palette import banner_colours


class KeyringNotice(QFrame):
    """Explains that no keyring works and offers "keep for this session only"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("keyringNotice")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        bg, border, fg = banner_colours(self, "warning")
        self.setStyleSheet(
            f"#keyringNotice {{ background: {bg}; border: 1px solid {border};"
            " border-radius: 4px; }"
            f" #keyringNotice QLabel {{ color: {fg}; }}"
        )
        self.title = QLabel(self)
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.session_button = QPushButton(self)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.session_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        layout.addLayout(row)


class AccountsView(QWidget):
    """Widgets only; :class:`~companion.ui.accounts.accounts_widget.AccountsWidget`
    connects them."""

    COLUMNS = 4

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel(self)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.notice = KeyringNotice(self)
        self.notice.hide()

        self.list = QTreeWidget(self)
        self.list.setColumnCount(self.COLUMNS)
        self.list.setRootIsDecorated(False)
        self.list.setAlternatingRowColors(True)
        self.list.setUniformRowHeights(True)
        self.list.setStyleSheet("QTreeWidget::item { padding: 0.3em 0.2em; }")
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, self.COLUMNS):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.empty.setContentsMargins(0, 24, 0, 0)
        #: the list, or the "no accounts"/"loading" text in its place
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.list)
        self.pages.addWidget(self.empty)

        self.add_mastodon = QPushButton(self)
        self.add_bluesky = QPushButton(self)
        self.add_x = QPushButton(self)
        self.reauthorise = QPushButton(self)
        self.remove = QPushButton(self)
        adds = QHBoxLayout()
        for button in (self.add_mastodon, self.add_bluesky, self.add_x):
            adds.addWidget(button)
        adds.addStretch(1)
        adds.addWidget(self.reauthorise)
        adds.addWidget(self.remove)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.hide()
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # server text in errors
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addWidget(self.notice)
        layout.addLayout(adds)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.hint)
        layout.addWidget(self.status)
