"""The outbox tab: one row per draft and account, with its state."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
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
        row = QHBoxLayout()
        row.addWidget(self.send_now)
        row.addWidget(self.retry)
        row.addWidget(self.open_link)
        row.addStretch()
        row.addWidget(self.remove)
        lay = QVBoxLayout(self)
        lay.addWidget(self.summary)
        lay.addWidget(self.tree, 1)
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
        self.open_link.setText(QCoreApplication.translate("OutboxView", "Open link"))
        self.open_link.setAccessibleDescription(
            QCoreApplication.translate("OutboxView", "Open the published post")
        )
