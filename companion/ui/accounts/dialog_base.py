"""Shared behaviour of the add-account dialogs: busy state and error text."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from companion.core.accounts.service import Connected
from companion.ui.a11y import announce
from companion.ui.errors import error_text
from companion.ui.i18n import follow_language
from companion.ui.palette import error_text_style
from companion.ui.plain import make_plain

log = logging.getLogger(__name__)


class AccountDialog(QDialog):
    """A dialog that ends with :attr:`connected` set (an account that logged in)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModal(True)
        self.setMinimumWidth(480)
        self.connected: Connected | None = None
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        make_plain(self.message)  # error text can come from the server
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # named by its text (what it shows); said when it changes (announce)
        self.message.setAccessibleDescription(self.tr("Messages"))
        follow_language(self.retranslate)

    def lay_out_form(
        self, intro: QLabel, fields: list[QWidget], on_ok: Callable[[], None]
    ) -> tuple[list[QLabel], QDialogButtonBox]:
        """Intro text, one labelled row per field, the message line and OK/Cancel.
        Returns the row labels (texts are set in ``retranslate``) and the buttons."""
        labels = [QLabel(self) for _ in fields]
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(on_ok)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        for label, field in zip(labels, fields, strict=True):
            label.setBuddy(field)
            form.addRow(label, field)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        return labels, buttons

    def show_error(self, exc: BaseException) -> None:
        self.set_busy(False)
        self.message.setStyleSheet(error_text_style(self.message))
        self.message.setText(error_text(exc))
        announce(self.message, self.message.text(), assertive=True)

    def show_info(self, text: str) -> None:
        self.message.setStyleSheet("")
        self.message.setText(text)
        announce(self.message, text)

    def set_busy(self, busy: bool) -> None:
        """Subclasses disable their inputs while a request runs."""

    def finish(self, connected: object) -> None:
        assert isinstance(connected, Connected)
        self.connected = connected
        self.accept()

    def retranslate(self) -> None:
        """Subclasses set their texts here."""
