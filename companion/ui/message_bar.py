"""A non-modal message strip at the top of the window (never blocks, never a dialog)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from companion.ui.a11y import announce
from companion.ui.i18n import follow_language
from companion.ui.palette import banner_colours


class MessageBar(QFrame):
    """Shows one message with an optional "Copy report" and a close button."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        # messages carry server and file text: never read them as HTML
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.copy_button = QPushButton(self)
        self.copy_button.clicked.connect(self._on_copy)
        self.close_button = QPushButton(self)
        self.close_button.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.copy_button)
        layout.addWidget(self.close_button)
        self._report = ""
        self.retranslate()
        self.hide()
        follow_language(self.retranslate)

    def retranslate(self) -> None:
        self.copy_button.setText(self.tr("Copy report"))
        self.copy_button.setAccessibleDescription(self.tr("Copy the error report"))
        self.close_button.setText(self.tr("Dismiss"))
        self.close_button.setAccessibleName(self.tr("Dismiss this message"))

    def show_message(self, text: str, *, level: str = "info", report: str = "") -> None:
        self._report = report
        self.setProperty("level", level)
        if level in ("warning", "error"):
            bg, border, fg = banner_colours(self, level)
        else:
            bg, border, fg = "palette(base)", "palette(highlight)", "palette(text)"
        # background and text are always set together: readable on dark palettes too
        self.setStyleSheet(
            f"#messageBar {{ background: {bg}; border: 1px solid {border}; border-radius: 4px; }}"
            f" #messageBar QLabel {{ color: {fg}; }}"
        )
        self.label.setText(text)
        self.label.setAccessibleName(text)
        self.copy_button.setVisible(bool(report))
        self.show()
        # said, not only shown: at once for trouble, after what is being read otherwise
        announce(self.label, text, assertive=level in ("warning", "error"))

    @Slot()
    def _on_copy(self) -> None:
        QGuiApplication.clipboard().setText(self._report)
