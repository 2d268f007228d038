"""One picture of the draft: thumbnail, alt text field, warning, remove button."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from companion.ui.image_decode import decode_or_null
from companion.ui.palette import error_text_style

log = logging.getLogger(__name__)


def read_thumbnail(path: str) -> QImage:
    """A small, upright preview; safe on a worker thread (QImage, not QPixmap)."""
    return decode_or_null(path, QSize(144, 144))


class ImageRow(QFrame):
    """One picture: thumbnail, alt text field, remove button."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.thumb = QLabel(self)
        self.thumb.setFixedSize(72, 72)
        self.thumb.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.alt = QLineEdit(self)
        self.warning = QLabel(self)
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(error_text_style(self))
        self.remove = QPushButton(self)
        col = QVBoxLayout()
        col.addWidget(self.alt)
        col.addWidget(self.warning)
        row = QHBoxLayout(self)
        row.setContentsMargins(4, 4, 4, 4)
        row.addWidget(self.thumb)
        row.addLayout(col, 1)
        row.addWidget(self.remove, 0, Qt.AlignmentFlag.AlignTop)
        self.retranslate()

    def set_image(self, image: object) -> None:
        """Show the preview read by :func:`read_thumbnail` (``?`` if unreadable)."""
        if isinstance(image, QImage) and not image.isNull():
            self.thumb.setPixmap(
                QPixmap.fromImage(image).scaled(72, 72, Qt.AspectRatioMode.KeepAspectRatio)
            )
        else:
            self.thumb.setText("?")

    def retranslate(self) -> None:
        self.alt.setPlaceholderText(
            QCoreApplication.translate("ComposeView", "Describe the picture (alt text) — required")
        )
        self.alt.setAccessibleName(
            QCoreApplication.translate("ComposeView", "Picture description (alt text)")
        )
        self.remove.setText(QCoreApplication.translate("ComposeView", "Remove"))
        self.remove.setAccessibleName(QCoreApplication.translate("ComposeView", "Remove picture"))
        self.thumb.setAccessibleName(QCoreApplication.translate("ComposeView", "Picture preview"))
