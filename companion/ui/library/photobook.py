"""The photobook viewer: fit/zoom, keys and wheel, thumbnails, captions, EN ⇄ SW, present."""

from __future__ import annotations

import logging

from PySide6.QtCore import QSize, Qt, Signal, Slot
from PySide6.QtGui import QImage, QKeyEvent, QPixmap
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from companion.ui.i18n import follow_language
from companion.ui.library.pages import Page, PageLoader
from companion.ui.library.photobook_controls import KEY_ACTIONS, PageStrip, PhotobookBar
from companion.ui.library.photobook_parts import (
    EditionPages,
    PageCanvas,
    Photobook,
    side_by_side,
    style_for_presentation,
)

__all__ = ["ACTUAL", "EditionPages", "Photobook", "PhotobookViewer"]

log = logging.getLogger(__name__)

ZOOMS = (1.0, 1.5, 2.0, 3.0)
#: the zoom index meaning "100 %": one image pixel on one screen pixel
ACTUAL = -1
#: a box larger than any page: decoding never enlarges, so this gives the page's own size
_ORIGINAL = QSize(20000, 20000)


class PhotobookViewer(QWidget):
    """Full-window photobook viewer.

    Signals:
        close_requested(): the user wants to go back to the list.
        presentation_requested(bool): enter (True) or leave fullscreen presentation.
        send_requested(str): start a post with this text.
        page_changed(int): the page shown (0-based).
    """

    close_requested = Signal()
    presentation_requested = Signal(bool)
    send_requested = Signal(str)
    page_changed = Signal(int)

    def __init__(self, loader: PageLoader, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.loader = loader
        self.book: Photobook | None = None
        self.lang = "en"
        self.page = 0
        self.zoom_index = 0
        self.presenting = False
        self._want: tuple[Page, int, int] | None = None
        #: the facing page's request in a two-page spread
        self._want2: tuple[Page, int, int] | None = None
        #: width / height of the last page decoded (0: not known yet)
        self._page_aspect = 0.0
        self._thumbs_pending: list[Page] = []
        #: the thumbnails asked for the edition shown (others are stale: dropped)
        self._thumb_batch: int | None = None
        self._build()
        loader.page_ready.connect(self._on_page_ready)
        loader.thumb_ready.connect(self._on_thumb_ready)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.retranslate()
        follow_language(self.retranslate)

    # -- layout ------------------------------------------------------------
    def _build(self) -> None:
        self.bar_widget = bar = PhotobookBar(self)
        # the controls by name, as the viewer's own (tests and benchmarks use them)
        self.back, self.title_label, self.send_btn = bar.back, bar.title_label, bar.send_btn
        self.prev_btn, self.next_btn, self.page_label = bar.prev_btn, bar.next_btn, bar.page_label
        self.lang_btn, self.fit_btn, self.actual_btn = bar.lang_btn, bar.fit_btn, bar.actual_btn
        self.zoom_in, self.zoom_out, self.present_btn = bar.zoom_in, bar.zoom_out, bar.present_btn
        self.strip_btn, self.caption_btn = bar.strip_btn, bar.caption_btn
        self.screen_box = bar.screen_box
        self.canvas = PageCanvas(self)
        self.caption = QLabel(self)
        self.caption.setWordWrap(True)
        self.caption.setTextFormat(Qt.TextFormat.PlainText)
        self.caption.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.thumbs = PageStrip(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.bar_widget)
        layout.addWidget(self.canvas, 1)
        layout.addWidget(self.caption)
        layout.addWidget(self.thumbs)
        self.back.clicked.connect(self.close_requested)
        self.prev_btn.clicked.connect(self.previous_page)
        self.next_btn.clicked.connect(self.next_page)
        self.lang_btn.clicked.connect(self.toggle_language)
        self.fit_btn.clicked.connect(self.fit)
        self.zoom_in.clicked.connect(self.zoom_in_step)
        self.zoom_out.clicked.connect(self.zoom_out_step)
        self.present_btn.clicked.connect(self._on_present_clicked)
        self.actual_btn.clicked.connect(self.actual_size)
        self.strip_btn.toggled.connect(self.show_filmstrip)
        self.caption_btn.toggled.connect(self.show_caption)
        self.send_btn.clicked.connect(self._on_send)
        self.thumbs.currentRowChanged.connect(self._on_thumb_row)
        self.canvas.wheel_page.connect(self._on_wheel_page)
        self.canvas.wheel_zoom.connect(self._on_wheel_zoom)
        self.canvas.resized.connect(self._show)

    def retranslate(self) -> None:
        self.bar_widget.retranslate(self.presenting)
        self.canvas.setAccessibleName(self.tr("Photobook page"))
        self.caption.setAccessibleDescription(self.tr("Caption"))  # named by its text
        self.thumbs.setAccessibleName(self.tr("Pages"))
        self._update_labels()

    # -- public ------------------------------------------------------------
    def open(self, book: Photobook, lang: str, page: int = 0) -> None:
        self.book = book
        langs = book.languages()
        self.lang = lang if lang in book.editions else (langs[0] if langs else "en")
        self.zoom_index = 0
        self._load_edition(page)
        self.setFocus()

    @property
    def edition(self) -> EditionPages | None:
        return self.book.editions.get(self.lang) if self.book else None

    def page_count(self) -> int:
        return len(self.edition.pages) if self.edition else 0

    def go_to(self, page: int) -> None:
        count = self.page_count()
        if not count:
            return
        page = max(0, min(page, count - 1))
        if page == self.page and self._want is not None:
            return
        self.page = page
        self._show()
        self.page_changed.emit(page)

    @Slot()
    def next_page(self) -> None:
        self.go_to(self.page + (2 if self.spread() else 1))

    @Slot()
    def previous_page(self) -> None:
        self.go_to(self.page - (2 if self.spread() else 1))

    def spread(self) -> bool:
        """Two pages side by side: on a window wide enough that two pages shown together
        are larger than one alone would be (portrait pages on a laptop screen), at fit."""
        ed = self.edition
        if ed is None or self.zoom_index != 0 or not (0 <= self.page < len(ed.pages) - 1):
            return False
        vp = self.canvas.viewport().size()
        if vp.height() <= 0 or self._page_aspect <= 0:
            return False
        return 2 * self._page_aspect <= vp.width() / vp.height()

    @Slot()
    def toggle_language(self) -> None:
        """Switch to the next language edition, staying on the same page."""
        if self.book is None:
            return
        langs = self.book.languages()
        if len(langs) < 2:
            return
        self.lang = (
            langs[(langs.index(self.lang) + 1) % len(langs)] if self.lang in langs else langs[0]
        )
        self._load_edition(self.page)

    def set_language(self, lang: str) -> None:
        if self.book is not None and lang in self.book.editions and lang != self.lang:
            self.lang = lang
            self._load_edition(self.page)

    @Slot()
    def fit(self) -> None:
        self.zoom_index = 0
        self._show()

    def actual_size(self) -> None:
        """The page at 100 %: one image pixel on one screen pixel; drag to move it."""
        self.zoom_index = ACTUAL
        self._show()

    def show_filmstrip(self, on: bool) -> None:
        """The row of page thumbnails (T): hidden, the page gets its room."""
        self.thumbs.setVisible(on and not self.presenting)
        if self.strip_btn.isChecked() != on:
            self.strip_btn.setChecked(on)

    def show_caption(self, on: bool) -> None:
        """The caption under the page (C); screen readers still get it as the page's
        description."""
        self.caption.setVisible(on)
        if self.caption_btn.isChecked() != on:
            self.caption_btn.setChecked(on)

    def set_presenting(self, on: bool) -> None:
        """Presentation: the page on black, a large caption, nothing else."""
        self.presenting = on
        self.bar_widget.setVisible(not on)
        self.thumbs.setVisible(not on and self.strip_btn.isChecked())
        if on:
            style_for_presentation(self, self.caption)
        self.retranslate()
        self._show()

    # -- internals -----------------------------------------------------------
    def _load_edition(self, page: int) -> None:
        ed = self.edition
        if self._thumb_batch is not None:  # the previous book's or language's
            self.loader.cancel_thumbs(self._thumb_batch)
            self._thumb_batch = None
        self.thumbs.fill(ed)
        self.page = -1
        self._want = None
        # thumbnails wait until the page is on screen, so they never slow it down
        self._thumbs_pending = list(ed.pages) if ed is not None else []
        self.go_to(page)
        self._update_labels()

    def _box(self) -> QSize:
        if self.zoom_index == ACTUAL:
            return _ORIGINAL
        vp = self.canvas.viewport().size()
        ratio = self.devicePixelRatioF()
        zoom = ZOOMS[self.zoom_index]
        return QSize(
            max(64, int(vp.width() * ratio * zoom)), max(64, int(vp.height() * ratio * zoom))
        )

    @Slot()
    def _show(self) -> None:
        ed = self.edition
        if ed is None or not (0 <= self.page < len(ed.pages)):
            return
        self.canvas.setWidgetResizable(self.zoom_index == 0)
        page = ed.pages[self.page]
        box = self._box()
        spread = self.spread()
        if spread:
            box = QSize(box.width() // 2, box.height())
            facing = ed.pages[self.page + 1]
            self._want2 = (facing, box.width(), box.height())
        else:
            self._want2 = None
        self._want = (page, box.width(), box.height())
        if not self._show_cached():
            for want in (self._want, self._want2):
                if want is not None and self.loader.cached(want[0], box) is None:
                    self.loader.request(want[0], box)  # prefetching follows once shown
        self.thumbs.select_quietly(self.page)
        self._update_labels()

    def _after_shown(self) -> None:
        """Prefetch the neighbours of the page on screen, then make pending thumbnails."""
        ed = self.edition
        if ed is None or self._want is None:
            return
        box = QSize(self._want[1], self._want[2])
        for neighbour in (self.page + 1, self.page - 1):
            if 0 <= neighbour < len(ed.pages):
                self.loader.prefetch(ed.pages[neighbour], box)
        if self._thumbs_pending:
            pending, self._thumbs_pending = self._thumbs_pending, []
            self._thumb_batch = self.loader.request_thumbs(pending)

    def _set_image(self, image: QImage) -> None:
        pixmap = QPixmap.fromImage(image)
        pixmap.setDevicePixelRatio(self.devicePixelRatioF())
        self.canvas.label.setPixmap(pixmap)
        if self.zoom_index != 0:
            self.canvas.label.resize(pixmap.deviceIndependentSize().toSize())
        self.canvas.label.setAccessibleDescription(
            self.edition.caption(self.page) if self.edition else ""
        )

    def _update_labels(self) -> None:
        ed = self.edition
        two = ed is not None and self._want2 is not None and self.spread()
        self.bar_widget.show_place(self.page, self.page_count(), two, ed.title if ed else "")
        caption = ed.caption(self.page) if ed else ""
        if ed is not None and two:
            caption = "   ·   ".join(c for c in (caption, ed.caption(self.page + 1)) if c)
        self.caption.setText(caption)
        # the viewer has the keyboard focus: it describes the page shown, caption first
        self.setAccessibleName(self.page_label.text() or self.tr("Photobook page"))
        self.setAccessibleDescription(caption)
        self.canvas.setAccessibleDescription(caption)
        self.canvas.label.setAccessibleName(self.page_label.text())
        self.canvas.label.setAccessibleDescription(caption)
        self.bar_widget.show_languages(self.book.languages() if self.book else [], self.lang)

    @Slot(object, object)
    def _show_cached(self) -> bool:
        """Show the wanted page (and its facing page) if decoded; whether it was."""
        if self._want is None:
            return False
        box = QSize(self._want[1], self._want[2])
        first = self.loader.cached(self._want[0], box)
        if first is None:
            return False
        if self._want2 is not None:
            second = self.loader.cached(self._want2[0], box)
            if second is None:
                return False
            first = side_by_side(first, second)
        self._set_image(first)
        self._after_shown()
        return True

    def _on_page_ready(self, key: object, image: QImage) -> None:
        if key in (self._want, self._want2) and not image.isNull():
            if key == self._want and self._want2 is None and image.height():
                self._page_aspect = image.width() / image.height()
            if not self._show_cached() and key == self._want and self._want2 is None:
                self._set_image(image)  # evicted from the small cache meanwhile
                self._after_shown()
            if self._want2 is None and self.spread():
                self._show()  # now that the page's shape is known: two pages fit
        elif key == self._want:
            self.canvas.label.setText(self.tr("This page cannot be shown (the file is damaged)."))

    @Slot(int, int, object)
    def _on_thumb_ready(self, batch: int, index: int, image: QImage) -> None:
        if batch == self._thumb_batch:  # not one of an edition shown before
            self.thumbs.set_thumb(index, image)

    @Slot(int)
    def _on_thumb_row(self, row: int) -> None:
        if row >= 0:
            self.go_to(row)

    @Slot(int)
    def _on_wheel_page(self, step: int) -> None:
        self.go_to(self.page + step)

    @Slot(int)
    def _on_wheel_zoom(self, step: int) -> None:
        self._zoom(step)

    def _zoom(self, step: int) -> None:
        current = 0 if self.zoom_index == ACTUAL else self.zoom_index
        new = max(0, min(len(ZOOMS) - 1, current + step))
        if new != self.zoom_index:
            self.zoom_index = new
            self._show()

    @Slot()
    def _on_present_clicked(self) -> None:
        self.presentation_requested.emit(not self.presenting)

    @Slot()
    def _on_send(self) -> None:
        ed = self.edition
        if ed is None:
            return
        caption = ed.caption(self.page)
        page = self.tr("page %1").replace("%1", str(self.page + 1))
        self.send_requested.emit(f"{ed.title} ({page})" + (f": {caption}" if caption else ""))

    # the keyboard (see photobook_controls.KEY_ACTIONS)
    def first_page(self) -> None:
        self.go_to(0)

    def last_page(self) -> None:
        self.go_to(self.page_count() - 1)

    @Slot()
    def zoom_in_step(self) -> None:
        self._zoom(1)

    @Slot()
    def zoom_out_step(self) -> None:
        self._zoom(-1)

    def toggle_filmstrip(self) -> None:
        self.show_filmstrip(not self.strip_btn.isChecked())

    def toggle_caption(self) -> None:
        self.show_caption(not self.caption_btn.isChecked())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        action = KEY_ACTIONS.get(key)
        if action is not None:
            getattr(self, action)()
        elif key in (Qt.Key.Key_F5, Qt.Key.Key_F11):
            self.presentation_requested.emit(not self.presenting)
        elif key == Qt.Key.Key_Escape:
            if self.presenting:
                self.presentation_requested.emit(False)
            else:
                self.close_requested.emit()
        else:
            super().keyPressEvent(event)
            return
        event.accept()
