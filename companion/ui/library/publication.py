"""Publications: QtPdf viewer with page navigation, zoom and text search (imported lazily)."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from companion.core.weblink import may_open_with_system
from companion.ui.i18n import follow_language

log = logging.getLogger(__name__)


def open_with_system(path: Path) -> bool:
    """Open a pack file in the system's viewer; False (nothing opened) for anything that
    is not a document or media file: a pack from a USB stick could name a program."""
    if not may_open_with_system(path):
        log.info("refused to open %s with the system (not a document type)", path.name)
        return False
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class PublicationViewer(QWidget):
    """A PDF with page navigation, zoom, text search and "open with system viewer".

    Signals:
        close_requested(): back to the list.
        send_requested(str): start a post with this text.
    """

    close_requested = Signal()
    send_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtPdf import QPdfDocument, QPdfSearchModel
        from PySide6.QtPdfWidgets import QPdfView

        self.path: Path | None = None
        self.title = ""
        self.doc = QPdfDocument(self)
        self.search_model = QPdfSearchModel(self)
        self.search_model.setDocument(self.doc)
        self.view = QPdfView(self)
        self.view.setDocument(self.doc)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setSearchModel(self.search_model)
        self._QPdfView = QPdfView
        self.back = QPushButton(self)
        self.page_spin = QSpinBox(self)
        self.page_spin.setMinimum(1)
        self.of_label = QLabel(self)
        self.zoom_out = QPushButton(self)
        self.fit = QPushButton(self)
        self.zoom_in = QPushButton(self)
        self.find_box = QLineEdit(self)
        self.find_box.setClearButtonEnabled(True)
        self.find_box.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 14)
        self.find_next = QPushButton(self)
        self.found_label = QLabel(self)
        self.system = QPushButton(self)
        self.send = QPushButton(self)
        bar = QHBoxLayout()
        for w in (self.back, self.page_spin, self.of_label, self.zoom_out, self.fit, self.zoom_in):
            bar.addWidget(w)
        bar.addWidget(self.find_box, 1)
        for w in (self.find_next, self.found_label, self.system, self.send):
            bar.addWidget(w)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        self._hit = -1
        self.back.clicked.connect(self.close_requested)
        self.page_spin.valueChanged.connect(self._on_page_spin)
        self.zoom_in.clicked.connect(self._on_zoom_in)
        self.zoom_out.clicked.connect(self._on_zoom_out)
        self.fit.clicked.connect(self._on_fit)
        self.find_box.textChanged.connect(self._on_find_text)
        self.find_box.returnPressed.connect(self._on_find_next)
        self.find_next.clicked.connect(self._on_find_next)
        self.system.clicked.connect(self._on_system)
        self.send.clicked.connect(self._on_send)
        self.view.pageNavigator().currentPageChanged.connect(self._on_current_page)
        # Queued: Qt emits countChanged inside QPdfSearchModel while it holds PDFium's
        # lock (painting a page with hits); a Python slot called there waits for the
        # interpreter lock, which a worker rendering a thumbnail holds while it waits
        # for PDFium's lock: a deadlock (seen in a CI run). Queued, the count arrives
        # through the event loop with no lock held.
        self.search_model.countChanged.connect(self._on_count, Qt.ConnectionType.QueuedConnection)
        self.retranslate()
        follow_language(self.retranslate)

    def retranslate(self) -> None:
        self.back.setText(self.tr("← Library"))
        self.back.setAccessibleName(self.tr("Back to the library"))
        self.page_spin.setAccessibleName(self.tr("Page number"))
        self.zoom_out.setText(self.tr("Zoom −"))
        self.zoom_out.setAccessibleName(self.tr("Zoom out"))
        self.fit.setText(self.tr("Fit width"))
        self.fit.setAccessibleName(self.tr("Fit the page width"))
        self.zoom_in.setText(self.tr("Zoom +"))
        self.zoom_in.setAccessibleName(self.tr("Zoom in"))
        self.find_box.setPlaceholderText(self.tr("Find in this document"))
        self.find_box.setAccessibleName(self.tr("Find in this document"))
        self.find_next.setText(self.tr("Next match"))
        self.find_next.setAccessibleName(self.tr("Next match"))
        self.system.setText(self.tr("Open with system viewer"))
        self.system.setAccessibleName(self.tr("Open with the system's PDF viewer"))
        self.send.setText(self.tr("Send to composer"))
        self.send.setAccessibleName(self.tr("Start a post about this publication"))
        self.view.setAccessibleName(self.tr("Publication"))
        self._update_of()
        self._on_count()

    def open(self, path: Path, title: str, page: int = 0, search: str = "") -> bool:
        from PySide6.QtPdf import QPdfDocument

        self.path, self.title = path, title
        if self.doc.load(str(path)) != QPdfDocument.Error.None_:
            log.info("QtPdf could not open %s", path.name)
            return False
        self.page_spin.setMaximum(max(1, self.doc.pageCount()))
        self._update_of()
        self.go_to(page)
        self.find_box.setText(search)
        return True

    def current_page(self) -> int:
        return int(self.view.pageNavigator().currentPage())

    def go_to(self, page: int) -> None:
        from PySide6.QtCore import QPointF

        page = max(0, min(page, self.doc.pageCount() - 1))
        self.view.pageNavigator().jump(page, QPointF(), self.view.pageNavigator().currentZoom())

    def _update_of(self) -> None:
        self.of_label.setText(self.tr("of %1").replace("%1", str(self.doc.pageCount())))

    @Slot(int)
    def _on_page_spin(self, value: int) -> None:
        if value - 1 != self.current_page():
            self.go_to(value - 1)

    @Slot(int)
    def _on_current_page(self, page: int) -> None:
        self.page_spin.blockSignals(True)
        self.page_spin.setValue(page + 1)
        self.page_spin.blockSignals(False)

    def _set_zoom(self, factor: float) -> None:
        self.view.setZoomMode(self._QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(0.25, min(6.0, factor)))

    @Slot()
    def _on_zoom_in(self) -> None:
        self._set_zoom(self.view.zoomFactor() * 1.25)

    @Slot()
    def _on_zoom_out(self) -> None:
        self._set_zoom(self.view.zoomFactor() / 1.25)

    @Slot()
    def _on_fit(self) -> None:
        self.view.setZoomMode(self._QPdfView.ZoomMode.FitToWidth)

    @Slot(str)
    def _on_find_text(self, text: str) -> None:
        self._hit = -1
        self.search_model.setSearchString(text)

    @Slot()
    def _on_count(self) -> None:
        n = self.search_model.count() if self.find_box.text() else 0
        self.found_label.setText(self.tr("%Ln matches", "", n) if self.find_box.text() else "")

    @Slot()
    def _on_find_next(self) -> None:
        n = self.search_model.count()
        if not n:
            return
        self._hit = (self._hit + 1) % n
        link: Any = self.search_model.resultAtIndex(self._hit)
        self.view.setCurrentSearchResultIndex(self._hit)
        self.view.pageNavigator().jump(link)

    @Slot()
    def _on_system(self) -> None:
        if self.path is not None:
            open_with_system(self.path)

    @Slot()
    def _on_send(self) -> None:
        page = self.tr("page %1").replace("%1", str(self.current_page() + 1))
        self.send_requested.emit(f"{self.title} ({page})")
