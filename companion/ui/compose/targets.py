"""One row per account in "Post to": a check box and a live counter by that network's rules."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QGridLayout, QLabel, QWidget

from companion.core.accounts.model import (
    NETWORK_NAMES,
    Account,
    AccountState,
    Network,
    posts_through_website,
)
from companion.core.compose.counting import Count, Limits, count
from companion.ui.locale_format import number
from companion.ui.palette import error_text_style

log = logging.getLogger(__name__)


def _tr(text: str) -> str:
    return QCoreApplication.translate("TargetRow", text)


class TargetRow(QWidget):
    """Signals:
    toggled(): the check box changed."""

    toggled = Signal()

    def __init__(self, account: Account, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.account = account
        self.limits = Limits.for_network(account.network, account.info)
        self.check = QCheckBox(self)
        self.handle = QLabel(self)
        self.handle.setWordWrap(True)
        self.handle.setTextFormat(Qt.TextFormat.PlainText)
        self.counter = QLabel(self)
        self.counter.setWordWrap(True)  # never cut: wraps under itself when narrow
        self.counter.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        lay = QGridLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.check, 0, 0)
        lay.addWidget(self.handle, 0, 1)
        lay.addWidget(self.counter, 0, 2)
        lay.addWidget(self.note, 1, 1, 1, 2)
        lay.setColumnStretch(2, 1)  # the counter takes the room: it wraps only when narrow
        self.check.toggled.connect(self.toggled)
        self.last: Count | None = None
        self.retranslate()

    @property
    def via_website(self) -> bool:
        return posts_through_website(self.account)

    def retranslate(self) -> None:
        name = NETWORK_NAMES[self.account.network]
        self.check.setText(name)
        self.handle.setText(self.account.handle)
        self.check.setAccessibleName(
            QCoreApplication.translate("TargetRow", "Post to %1").replace(
                "%1", f"{name} {self.account.handle}"
            )
        )
        # named by what it shows ("19 / 500"), the network as the description
        self.counter.setAccessibleDescription(
            QCoreApplication.translate("TargetRow", "Length for %1").replace("%1", name)
        )
        notes = []
        if self.account.state is AccountState.NEEDS_LOGIN:
            notes.append(
                QCoreApplication.translate("TargetRow", "needs login; posts wait in the outbox")
            )
        if self.via_website:
            notes.append(
                QCoreApplication.translate(
                    "TargetRow", "posts through the X website: you press Post there"
                )
            )
        self.note.setText(" · ".join(notes))
        self.note.setVisible(bool(notes))
        if self.last is not None:
            self._show(self.last)

    @property
    def selected(self) -> bool:
        return self.check.isChecked()

    def update_count(self, text: str, spoiler: str) -> Count:
        result = count(
            self.account.network,
            text,
            spoiler=spoiler if self.account.network is Network.MASTODON else "",
            limits=self.limits,
            with_facets=False,
        )
        self.last = result
        self._show(result)
        return result

    def _show(self, result: Count) -> None:
        label = f"{number(result.length)} / {number(result.limit)}"
        if result.max_bytes is not None:
            label += (
                QCoreApplication.translate("TargetRow", " · %1 / %2 bytes")
                .replace("%1", number(result.size_bytes))
                .replace("%2", number(result.max_bytes))
            )
        if not result.fits:
            label += QCoreApplication.translate("TargetRow", " — too long: thread")
        self.counter.setText(label)
        self.counter.setStyleSheet("" if result.fits else error_text_style(self.counter, bold=True))
