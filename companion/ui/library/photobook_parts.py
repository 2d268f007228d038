"""The photobook's data (editions, pages, captions) and the canvas a page is shown on."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QFont, QImage, QMouseEvent, QPainter, QResizeEvent, QWheelEvent
from PySide6.QtWidgets import QLabel, QScrollArea, QSizePolicy, QWidget

from companion.ui.library.pages import Page

#: each language's name in itself, as a speaker would look for it
LANGUAGE_NAMES = {
    "en": "English",
    "sw": "Kiswahili",
    "fr": "Français",
    "pt": "Português",
    "mg": "Malagasy",
    "es": "Español",
}


@dataclass(frozen=True)
class EditionPages:
    lang: str
    title: str
    pages: list[Page]
    captions: tuple[str, ...] = ()

    def caption(self, index: int) -> str:
        return self.captions[index] if 0 <= index < len(self.captions) else ""


@dataclass
class Photobook:
    item_id: str
    editions: dict[str, EditionPages] = field(default_factory=dict)

    def languages(self) -> list[str]:
        order = {"en": 0, "sw": 1}
        return sorted(self.editions, key=lambda code: (order.get(code, 2), code))


def side_by_side(left: QImage, right: QImage) -> QImage:
    """Two pages as one image, bottoms aligned to the middle, a small gap between."""
    gap = max(4, left.width() // 100)
    out = QImage(
        left.width() + gap + right.width(),
        max(left.height(), right.height()),
        QImage.Format.Format_ARGB32_Premultiplied,
    )
    out.fill(Qt.GlobalColor.transparent)
    painter = QPainter(out)
    painter.drawImage(0, (out.height() - left.height()) // 2, left)
    painter.drawImage(left.width() + gap, (out.height() - right.height()) // 2, right)
    painter.end()
    return out


def style_for_presentation(viewer: QWidget, caption: QLabel) -> None:
    """The page on black with a large, centred caption (for a projector)."""
    viewer.setObjectName("presentation")
    viewer.setStyleSheet(
        "#presentation, #presentation QScrollArea, #presentation QLabel"
        " { background: black; color: white; }"
    )
    viewer.setAutoFillBackground(True)
    font = QFont(caption.font())
    font.setPointSizeF(max(18.0, font.pointSizeF() * 2))
    caption.setFont(font)
    caption.setAlignment(Qt.AlignmentFlag.AlignHCenter)


class PageCanvas(QScrollArea):
    """Shows one page; the wheel turns pages (Ctrl+wheel zooms)."""

    wheel_page = Signal(int)
    wheel_zoom = Signal(int)
    resized = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(self)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.setWidget(self.label)
        self.setWidgetResizable(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._drag: QPoint | None = None

    def wheelEvent(self, event: QWheelEvent) -> None:
        delta = event.angleDelta().y()
        if not delta:
            super().wheelEvent(event)
            return
        step = -1 if delta > 0 else 1
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.wheel_zoom.emit(-step)
        elif self.widgetResizable():
            self.wheel_page.emit(step)
        else:
            super().wheelEvent(event)
        event.accept()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.resized.emit()

    # a zoomed page is moved by dragging it (pan), like a map
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if not self.widgetResizable() and event.button() == Qt.MouseButton.LeftButton:
            self._drag = event.position().toPoint()
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        drag = self._drag
        if drag is not None:
            now = event.position().toPoint()
            delta = now - drag
            self._drag = now
            h, v = self.horizontalScrollBar(), self.verticalScrollBar()
            h.setValue(h.value() - delta.x())
            v.setValue(v.value() - delta.y())
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._drag is not None:
            self._drag = None
            self.viewport().unsetCursor()
            event.accept()
            return
        super().mouseReleaseEvent(event)
