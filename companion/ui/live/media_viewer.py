"""The media viewer: a post's pictures large, with their alt text readable.

Keys: Left/Right (or Page Up/Down) previous/next, + and - zoom, 0 fits, Esc closes;
Ctrl + the mouse wheel zooms too. Zooming keeps the middle of the view in the middle.
Pictures come through the Live area's bounded disk cache (ImageLoader); with the data
saver on, the preview already loaded is shown and the full picture only on request.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QImage, QKeySequence, QPixmap, QResizeEvent, QShortcut, QWheelEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from companion.core.live.model import Media
from companion.ui.live.images import ImageLoader
from companion.ui.live.weak import weak

log = logging.getLogger(__name__)

#: the largest size a picture is decoded to (memory stays bounded)
LARGE = 2048


class MediaViewer(QDialog):
    def __init__(
        self,
        media: list[Media],
        loader: ImageLoader,
        parent: QWidget | None = None,
        *,
        start: int = 0,
        data_saver: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mediaViewer")
        self.media = [m for m in media if m.kind != "link" and (m.url or m.preview_url)]
        self.loader = loader
        self.data_saver = data_saver
        self.index = max(0, min(start, len(self.media) - 1))
        self.zoom = 0.0  # 0 = fit to the window
        self._full: dict[str, QPixmap] = {}
        self._asked: set[str] = set()
        #: urls that could not be loaded: said so, not "Loading…" for ever
        self._failed: set[str] = set()

        self.picture = QLabel(self)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidget(self.picture)
        self.scroll_area.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scroll_area.setWidgetResizable(False)
        self.scroll_area.viewport().installEventFilter(self)  # Ctrl + wheel zooms
        self.alt = QLabel(self)
        self.alt.setWordWrap(True)
        self.alt.setTextFormat(Qt.TextFormat.PlainText)
        self.alt.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.counter = QLabel(self)
        self.previous_button = QPushButton(self)
        self.next_button = QPushButton(self)
        self.load_full = QPushButton(self)
        self.close_button = QPushButton(self)
        self.previous_button.clicked.connect(self.show_previous)
        self.next_button.clicked.connect(self.show_next)
        self.load_full.clicked.connect(self._on_load_full)
        self.close_button.clicked.connect(self.accept)
        bar = QHBoxLayout()
        bar.addWidget(self.previous_button)
        bar.addWidget(self.counter)
        bar.addWidget(self.next_button)
        bar.addStretch(1)
        bar.addWidget(self.load_full)
        bar.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.alt)
        layout.addLayout(bar)
        self.keys: list[tuple[QShortcut, str]] = []
        keys = (
            (Qt.Key.Key_Right, self.show_next, "next"),
            (Qt.Key.Key_PageDown, self.show_next, "next"),
            (Qt.Key.Key_Left, self.show_previous, "previous"),
            (Qt.Key.Key_PageUp, self.show_previous, "previous"),
            (Qt.Key.Key_Plus, self.zoom_in, "in"),
            (Qt.Key.Key_Equal, self.zoom_in, "in"),
            (Qt.Key.Key_Minus, self.zoom_out, "out"),
            (Qt.Key.Key_0, self.fit, "fit"),
        )
        for key, slot, what in keys:
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.activated.connect(slot)
            self.keys.append((shortcut, what))
        for standard, slot, what in (
            (QKeySequence.StandardKey.ZoomIn, self.zoom_in, "in"),
            (QKeySequence.StandardKey.ZoomOut, self.zoom_out, "out"),
        ):
            shortcut = QShortcut(QKeySequence(standard), self)
            shortcut.activated.connect(slot)
            self.keys.append((shortcut, what))
        loader.image_ready.connect(self._on_image_ready)
        loader.image_failed.connect(self._on_image_failed)
        self.retranslate()
        self.resize(self._good_size())
        self._show()

    def _good_size(self) -> QSize:
        parent = self.parentWidget()
        if parent is not None:
            window = parent.window().size()
            return QSize(max(480, window.width() * 9 // 10), max(360, window.height() * 9 // 10))
        return QSize(900, 640)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Picture"))
        self.previous_button.setText(self.tr("◀ Previous"))
        self.next_button.setText(self.tr("Next ▶"))
        self.load_full.setText(self.tr("Load the full picture"))
        self.close_button.setText(self.tr("Close"))
        # the scroll area takes the focus first: it is the picture (issue 21)
        self.scroll_area.setAccessibleName(self.tr("Picture"))
        self.picture.setAccessibleName(self.tr("Picture"))
        # the arrows drawn on the buttons are not read: the names say what they do
        self.previous_button.setAccessibleName(self.tr("Previous picture"))
        self.next_button.setAccessibleName(self.tr("Next picture"))
        words = {
            "next": self.tr("Next picture"),
            "previous": self.tr("Previous picture"),
            "in": self.tr("Zoom in"),
            "out": self.tr("Zoom out"),
            "fit": self.tr("Fit the picture to the window"),
        }
        for shortcut, what in self.keys:
            shortcut.setWhatsThis(words[what])

    # -- navigation -----------------------------------------------------------------
    @property
    def current(self) -> Media | None:
        return self.media[self.index] if self.media else None

    def show_next(self) -> None:
        if self.index + 1 < len(self.media):
            self.index += 1
            self.zoom = 0.0
            self._show()

    def show_previous(self) -> None:
        if self.index > 0:
            self.index -= 1
            self.zoom = 0.0
            self._show()

    def zoom_in(self) -> None:
        self._zoom_to(min(8.0, (self.zoom or self._fit_factor()) * 1.25))

    def zoom_out(self) -> None:
        self._zoom_to(max(0.05, (self.zoom or self._fit_factor()) / 1.25))

    def _zoom_to(self, zoom: float) -> None:
        """Zoom, keeping the point in the middle of the view in the middle."""
        bars = (self.scroll_area.horizontalScrollBar(), self.scroll_area.verticalScrollBar())
        view = self.scroll_area.viewport().size()
        old = self.picture.size()
        middle = [
            (bar.value() + half) / max(1, size)
            for bar, half, size in zip(
                bars,
                (view.width() / 2, view.height() / 2),
                (old.width(), old.height()),
                strict=True,
            )
        ]
        self.zoom = zoom
        self._render()
        new = self.picture.size()
        for bar, rel, half, size in zip(
            bars,
            middle,
            (view.width() / 2, view.height() / 2),
            (new.width(), new.height()),
            strict=True,
        ):
            bar.setValue(int(rel * size - half))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.scroll_area.viewport()
            and isinstance(event, QWheelEvent)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            if event.angleDelta().y() > 0:
                self.zoom_in()
            elif event.angleDelta().y() < 0:
                self.zoom_out()
            return True
        return super().eventFilter(watched, event)

    def fit(self) -> None:
        self.zoom = 0.0
        self._render()

    # -- pictures -------------------------------------------------------------------
    def _wanted_url(self, m: Media) -> str:
        """The full picture unless the data saver holds it back; a video's, an
        animation's or a sound's still (their address is no picture)."""
        if m.kind in ("video", "gifv", "audio"):
            return m.preview_url or ""
        if self.data_saver and m.preview_url and (m.url or "") not in self._asked:
            return m.preview_url
        return m.url or m.preview_url or ""

    def _show(self) -> None:
        m = self.current
        n = len(self.media)
        self.counter.setText(
            self.tr("%1 of %2").replace("%1", str(self.index + 1)).replace("%2", str(n))
        )
        self.previous_button.setEnabled(self.index > 0)
        self.next_button.setEnabled(self.index + 1 < n)
        if m is None:
            self.alt.setText("")
            return
        alt = m.alt.strip()
        self.alt.setText(
            self.tr("Description: %1").replace("%1", alt)
            if alt
            else self.tr("The author gave no description of this picture.")
        )
        self.picture.setAccessibleDescription(alt)
        self.scroll_area.setAccessibleDescription(alt)
        url = self._wanted_url(m)
        self.load_full.setVisible(bool(self.data_saver and m.url and url != m.url))
        if url not in self._full:
            self._request(url)
        self._render()

    def _request(self, url: str) -> None:
        if not url:
            return
        # a small copy already in memory shows at once; none is downloaded here (it
        # would be a second download of the picture the large copy is loading)
        preview = self.loader.in_memory(url)
        if preview is not None:
            self._full.setdefault(url, preview)
        if self.loader.failed(url):
            self._failed.add(url)
            return
        self._failed.discard(url)
        self.loader.load_large(url, QSize(LARGE, LARGE), weak(self._on_large))

    def _on_image_failed(self, url: str) -> None:
        m = self.current
        if url not in self._full:
            self._failed.add(url)
            if m is not None and self._wanted_url(m) == url:
                self._render()

    def _on_large(self, url: str, image: QImage) -> None:
        self._full[url] = QPixmap.fromImage(image)
        m = self.current
        if m is not None and self._wanted_url(m) == url:
            self._render()

    def _on_image_ready(self, url: str) -> None:
        m = self.current
        if m is not None and self._wanted_url(m) == url and url not in self._full:
            pix = self.loader.pixmap(url)
            if pix is not None:
                self._full[url] = pix
                self._render()

    def _on_load_full(self) -> None:
        m = self.current
        if m is not None and m.url:
            self._asked.add(m.url)
            self._show()

    def pixmap(self) -> QPixmap | None:
        m = self.current
        if m is None:
            return None
        url = self._wanted_url(m)
        pix = self._full.get(url)
        if pix is None and url in self._failed and m.preview_url and m.preview_url != url:
            pix = self.loader.pixmap(m.preview_url)  # the small copy, if the list has it
        return pix

    def _fit_factor(self) -> float:
        pix = self.pixmap()
        if pix is None or pix.isNull():
            return 1.0
        area = self.scroll_area.viewport().size()
        return min(area.width() / pix.width(), area.height() / pix.height(), 4.0)

    def _render(self) -> None:
        pix = self.pixmap()
        if pix is None or pix.isNull():
            m = self.current
            wanted = self._wanted_url(m) if m is not None else ""
            failed = m is not None and (not wanted or wanted in self._failed)
            self.picture.setPixmap(QPixmap())
            self.picture.setText(
                self.tr("The picture could not be loaded.")
                if failed
                else self.tr("Loading the picture…")
            )
            self.picture.setAccessibleName(self.picture.text())  # what it shows
            self.picture.adjustSize()
            return
        self.picture.setAccessibleName(self.tr("Picture"))
        factor = self.zoom or self._fit_factor()
        size = QSize(max(1, int(pix.width() * factor)), max(1, int(pix.height() * factor)))
        self.picture.setText("")
        self.picture.setPixmap(
            pix.scaled(
                size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
            )
        )
        self.picture.resize(size)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if not self.zoom:
            self._render()
