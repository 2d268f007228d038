"""The photobook viewer: fit/zoom, keys and wheel, thumbnails, captions, EN ⇄ SW, present."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from PySide6.QtCore import QEvent, QPoint, QSize, Qt, Signal, Slot
from PySide6.QtGui import (
    QFont,
    QGuiApplication,
    QIcon,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPixmap,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from companion.ui.library.pages import THUMB_HEIGHT, Page, PageLoader
from companion.ui.locale_format import number

log = logging.getLogger(__name__)

#: each language's name in itself, as a speaker would look for it
LANGUAGE_NAMES = {
    "en": "English",
    "sw": "Kiswahili",
    "fr": "Français",
    "pt": "Português",
    "mg": "Malagasy",
    "es": "Español",
}
ZOOMS = (1.0, 1.5, 2.0, 3.0)
#: the zoom index meaning "100 %": one image pixel on one screen pixel
ACTUAL = -1
#: a box larger than any page: decoding never enlarges, so this gives the page's own size
_ORIGINAL = QSize(20000, 20000)


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


class _Canvas(QScrollArea):
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
        self._build()
        loader.page_ready.connect(self._on_page_ready)
        loader.thumb_ready.connect(self._on_thumb_ready)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.retranslate()

    # -- layout ------------------------------------------------------------
    def _build(self) -> None:
        self.back = QPushButton(self)
        self.prev_btn = QPushButton(self)
        self.next_btn = QPushButton(self)
        self.page_label = QLabel(self)
        self.lang_btn = QPushButton(self)
        self.fit_btn = QToolButton(self)
        self.zoom_in = QToolButton(self)
        self.zoom_out = QToolButton(self)
        self.present_btn = QPushButton(self)
        self.actual_btn = QToolButton(self)  # 100 %
        self.strip_btn = QToolButton(self)  # show or hide the filmstrip
        self.strip_btn.setCheckable(True)
        self.strip_btn.setChecked(True)
        self.caption_btn = QToolButton(self)  # show or hide the caption
        self.caption_btn.setCheckable(True)
        self.caption_btn.setChecked(True)
        self.send_btn = QPushButton(self)
        # where "Present" goes when a projector is plugged in (shown with 2+ screens)
        self.screen_box = QComboBox(self)
        self.screen_box.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.title_label = QLabel(self)
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title_label.font()
        font.setBold(True)
        self.title_label.setFont(font)
        top = QHBoxLayout()
        top.addWidget(self.back)
        top.addWidget(self.title_label, 1)
        top.addWidget(self.send_btn)
        nav = QHBoxLayout()
        for w in (self.prev_btn, self.page_label, self.next_btn):
            nav.addWidget(w)
        nav.addStretch(1)
        nav.addWidget(self.lang_btn)
        tools: tuple[QWidget, ...] = (
            self.zoom_out,
            self.fit_btn,
            self.actual_btn,
            self.zoom_in,
            self.caption_btn,
            self.strip_btn,
            self.screen_box,
            self.present_btn,
        )
        tool_row = QHBoxLayout()
        for tool in tools:
            tool_row.addWidget(tool)
        tool_row.addStretch(1)
        bar = QVBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addLayout(top)
        bar.addLayout(nav)
        bar.addLayout(tool_row)
        for b in (
            self.back,
            self.prev_btn,
            self.next_btn,
            self.lang_btn,
            self.fit_btn,
            self.zoom_in,
            self.zoom_out,
            self.present_btn,
            self.actual_btn,
            self.strip_btn,
            self.caption_btn,
            self.send_btn,
        ):
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.canvas = _Canvas(self)
        self.caption = QLabel(self)
        self.caption.setWordWrap(True)
        self.caption.setTextFormat(Qt.TextFormat.PlainText)
        self.caption.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.thumbs = QListWidget(self)
        self.thumbs.setViewMode(QListView.ViewMode.IconMode)
        self.thumbs.setFlow(QListView.Flow.LeftToRight)
        self.thumbs.setWrapping(False)
        self.thumbs.setIconSize(QSize(THUMB_HEIGHT * 3 // 2, THUMB_HEIGHT))
        self.thumbs.setFixedHeight(THUMB_HEIGHT + self.fontMetrics().height() * 2 + 16)
        self.thumbs.setHorizontalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.thumbs.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.bar_widget = QWidget(self)
        self.bar_widget.setLayout(bar)
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
        self.zoom_in.clicked.connect(self._on_zoom_in)
        self.zoom_out.clicked.connect(self._on_zoom_out)
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
        self.back.setText(self.tr("← Library"))
        self.back.setAccessibleName(self.tr("Back to the library"))
        self.prev_btn.setText(self.tr("◀ Previous"))
        self.prev_btn.setAccessibleName(self.tr("Previous page"))
        self.next_btn.setText(self.tr("Next ▶"))
        self.next_btn.setAccessibleName(self.tr("Next page"))
        self.fit_btn.setText(self.tr("Fit"))
        self.fit_btn.setAccessibleName(self.tr("Fit the page to the window"))
        self.zoom_in.setText(self.tr("Zoom +"))
        self.zoom_in.setAccessibleName(self.tr("Zoom in"))
        self.zoom_out.setText(self.tr("Zoom −"))
        self.zoom_out.setAccessibleName(self.tr("Zoom out"))
        self.present_btn.setText(
            self.tr("Leave presentation") if self.presenting else self.tr("Present")
        )
        self.present_btn.setAccessibleName(self.tr("Presentation mode (full screen)"))
        self.present_btn.setToolTip(self.tr("F5 or F11; Esc to leave"))
        self.actual_btn.setText(self.tr("100 %"))
        self.actual_btn.setAccessibleName(self.tr("Actual size (drag to move the page)"))
        self.actual_btn.setToolTip(self.tr("1; drag the page to move it"))
        self.strip_btn.setText(self.tr("Pages"))
        self.strip_btn.setAccessibleName(self.tr("Show the row of pages"))
        self.strip_btn.setToolTip(self.tr("T shows or hides the row of pages"))
        self.caption_btn.setText(self.tr("Caption"))
        self.caption_btn.setAccessibleName(self.tr("Show the caption"))
        self.caption_btn.setToolTip(self.tr("C shows or hides the caption"))
        self._fill_screens()
        self.send_btn.setText(self.tr("Send to composer"))
        self.send_btn.setAccessibleName(self.tr("Start a post about this page"))
        self.canvas.setAccessibleName(self.tr("Photobook page"))
        self.caption.setAccessibleName(self.tr("Caption"))
        self.thumbs.setAccessibleName(self.tr("Pages"))
        self.lang_btn.setAccessibleName(self.tr("Switch language, same page"))
        self._update_labels()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

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

    def _fill_screens(self) -> None:
        screens = QGuiApplication.screens()
        keep = self.screen_box.currentIndex()
        self.screen_box.blockSignals(True)
        self.screen_box.clear()
        for i, screen in enumerate(screens):
            size = screen.size()
            self.screen_box.addItem(
                self.tr("Present on screen %1 (%2)")
                .replace("%1", number(i + 1))
                .replace("%2", f"{size.width()}×{size.height()}")
            )
        # a second screen is most often the projector
        self.screen_box.setCurrentIndex(keep if keep >= 0 else min(1, len(screens) - 1))
        self.screen_box.blockSignals(False)
        self.screen_box.setVisible(len(screens) > 1 and not self.presenting)
        self.screen_box.setAccessibleName(self.tr("Screen for the presentation"))

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
            self.setObjectName("presentation")
            self.setStyleSheet(
                "#presentation, #presentation QScrollArea, #presentation QLabel"
                " { background: black; color: white; }"
            )
            self.setAutoFillBackground(True)
            font = QFont(self.caption.font())
            font.setPointSizeF(max(18.0, font.pointSizeF() * 2))
            self.caption.setFont(font)
            self.caption.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.retranslate()
        self._show()

    # -- internals -----------------------------------------------------------
    def _load_edition(self, page: int) -> None:
        ed = self.edition
        self.thumbs.blockSignals(True)
        self.thumbs.clear()
        if ed is not None:
            for i in range(len(ed.pages)):
                item = QListWidgetItem(number(i + 1))
                # screen readers: the page's caption is its alt text
                item.setData(
                    Qt.ItemDataRole.AccessibleTextRole,
                    self.tr("page %1").replace("%1", number(i + 1)),
                )
                item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, ed.caption(i))
                item.setToolTip(ed.caption(i))
                item.setSizeHint(
                    QSize(
                        THUMB_HEIGHT * 3 // 2 + 8, THUMB_HEIGHT + self.fontMetrics().height() + 12
                    )
                )
                self.thumbs.addItem(item)
        self.thumbs.blockSignals(False)
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
        self.thumbs.blockSignals(True)
        self.thumbs.setCurrentRow(self.page)
        self.thumbs.blockSignals(False)
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
            self.loader.request_thumbs(pending)

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
        count = self.page_count()
        self.page_label.setText(
            self.tr("Page %1 of %2")
            .replace("%1", number(self.page + 1))
            .replace("%2", number(count))
            if count
            else ""
        )
        self.title_label.setText(ed.title if ed else "")
        caption = ed.caption(self.page) if ed else ""
        if ed is not None and self._want2 is not None and self.spread():
            self.page_label.setText(
                self.tr("Pages %1–%2 of %3")
                .replace("%1", number(self.page + 1))
                .replace("%2", number(self.page + 2))
                .replace("%3", number(count))
            )
            facing = ed.caption(self.page + 1)
            caption = "   ·   ".join(c for c in (caption, facing) if c)
        self.caption.setText(caption)
        # the viewer has the keyboard focus: it describes the page shown, caption first
        self.setAccessibleName(self.page_label.text() or self.tr("Photobook page"))
        self.setAccessibleDescription(caption)
        self.canvas.setAccessibleDescription(caption)
        self.canvas.label.setAccessibleName(self.page_label.text())
        self.canvas.label.setAccessibleDescription(caption)
        self.prev_btn.setEnabled(self.page > 0)
        self.next_btn.setEnabled(0 <= self.page < count - 1)
        langs = self.book.languages() if self.book else []
        self.lang_btn.setVisible(len(langs) > 1)
        if len(langs) > 1 and self.lang in langs:
            other = langs[(langs.index(self.lang) + 1) % len(langs)]
            self.lang_btn.setText(
                f"{self.lang.upper()} ⇄ {other.upper()} · {LANGUAGE_NAMES.get(other, other)}"
            )

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

    @Slot(int, object)
    def _on_thumb_ready(self, index: int, image: QImage) -> None:
        item = self.thumbs.item(index)
        if item is not None and not image.isNull():
            item.setIcon(QIcon(QPixmap.fromImage(image)))

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

    @Slot()
    def _on_zoom_in(self) -> None:
        self._zoom(1)

    @Slot()
    def _on_zoom_out(self) -> None:
        self._zoom(-1)

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

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        k = Qt.Key
        if key in (k.Key_Right, k.Key_PageDown, k.Key_Space, k.Key_Down):
            self.next_page()
        elif key in (k.Key_Left, k.Key_PageUp, k.Key_Backspace, k.Key_Up):
            self.previous_page()
        elif key == k.Key_Home:
            self.go_to(0)
        elif key == k.Key_End:
            self.go_to(self.page_count() - 1)
        elif key in (k.Key_Plus, k.Key_Equal):
            self._zoom(1)
        elif key == k.Key_Minus:
            self._zoom(-1)
        elif key == k.Key_0:
            self.fit()
        elif key == k.Key_L:
            self.toggle_language()
        elif key == k.Key_1:
            self.actual_size()
        elif key == k.Key_T:
            self.show_filmstrip(not self.strip_btn.isChecked())
        elif key == k.Key_C:
            self.show_caption(not self.caption_btn.isChecked())
        elif key in (k.Key_F5, k.Key_F11):
            self.presentation_requested.emit(not self.presenting)
        elif key == k.Key_Escape:
            if self.presenting:
                self.presentation_requested.emit(False)
            else:
                self.close_requested.emit()
        else:
            super().keyPressEvent(event)
            return
        event.accept()
