"""The outbox tab: one row per draft and account, with its state."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QVBoxLayout,
    QWidget,
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("OutboxView", text)


class OutboxView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(5)
        self.tree.setRootIsDecorated(False)
        self.tree.setWordWrap(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.send_now = QPushButton(self)
        self.retry = QPushButton(self)
        self.remove = QPushButton(self)
        self.open_link = QPushButton(self)
        self.edit = QPushButton(self)
        # a hand-off to the X website: the user says it is posted
        self.mark_posted = QPushButton(self)
        self.details = QLabel(self)
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)  # server text in reasons
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row = QHBoxLayout()
        row.addWidget(self.send_now)
        row.addWidget(self.retry)
        row.addWidget(self.open_link)
        row.addWidget(self.mark_posted)
        row.addWidget(self.edit)
        row.addStretch()
        row.addWidget(self.remove)
        lay = QVBoxLayout(self)
        lay.addWidget(self.summary)
        lay.addWidget(self.tree, 1)
        lay.addWidget(self.details)
        lay.addLayout(row)
        self.retranslate()

    def retranslate(self) -> None:
        self.tree.setHeaderLabels(
            [
                QCoreApplication.translate("OutboxView", "State"),
                QCoreApplication.translate("OutboxView", "Account"),
                QCoreApplication.translate("OutboxView", "Post"),
                QCoreApplication.translate("OutboxView", "Parts"),
                QCoreApplication.translate("OutboxView", "Link or reason"),
            ]
        )
        self.tree.setAccessibleName(QCoreApplication.translate("OutboxView", "Outbox"))
        self.send_now.setText(QCoreApplication.translate("OutboxView", "Send now"))
        self.send_now.setAccessibleDescription(
            QCoreApplication.translate("OutboxView", "Try sending everything now")
        )
        self.retry.setText(QCoreApplication.translate("OutboxView", "Retry"))
        self.retry.setAccessibleDescription(
            QCoreApplication.translate("OutboxView", "Retry the selected post")
        )
        self.remove.setText(QCoreApplication.translate("OutboxView", "Remove"))
        self.remove.setAccessibleDescription(
            QCoreApplication.translate("OutboxView", "Remove the selected post from the outbox")
        )
        self.edit.setText(QCoreApplication.translate("OutboxView", "Edit"))
        self.edit.setAccessibleDescription(
            QCoreApplication.translate(
                "OutboxView", "Take the selected post out of the outbox and edit it"
            )
        )
        self.details.setAccessibleName(QCoreApplication.translate("OutboxView", "Details"))
        self.mark_posted.setText(QCoreApplication.translate("OutboxView", "Mark as posted"))
        self.mark_posted.setAccessibleDescription(
            QCoreApplication.translate(
                "OutboxView", "You posted the selected post on the X website: mark it as sent"
            )
        )
        self.open_link.setText(QCoreApplication.translate("OutboxView", "Open link"))
        self.open_link.setAccessibleDescription(
            QCoreApplication.translate("OutboxView", "Open the published post")
        )
