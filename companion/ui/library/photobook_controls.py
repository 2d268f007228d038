"""The photobook viewer's controls: the button bar, the row of pages, and its keys.

The texts keep the viewer's translation context ("PhotobookViewer"): they are the
viewer's words, wherever the code that sets them lives.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QImage, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from companion.ui.a11y import name_by_text, spoken_text
from companion.ui.library.pages import THUMB_HEIGHT
from companion.ui.library.photobook_parts import LANGUAGE_NAMES, EditionPages
from companion.ui.locale_format import number

#: keys -> the viewer's method that answers them (Esc, F5 and F11 are the viewer's own)
KEY_ACTIONS: dict[int, str] = {
    **dict.fromkeys(
        (Qt.Key.Key_Right, Qt.Key.Key_PageDown, Qt.Key.Key_Space, Qt.Key.Key_Down), "next_page"
    ),
    **dict.fromkeys(
        (Qt.Key.Key_Left, Qt.Key.Key_PageUp, Qt.Key.Key_Backspace, Qt.Key.Key_Up),
        "previous_page",
    ),
    Qt.Key.Key_Home: "first_page",
    Qt.Key.Key_End: "last_page",
    Qt.Key.Key_Plus: "zoom_in_step",
    Qt.Key.Key_Equal: "zoom_in_step",
    Qt.Key.Key_Minus: "zoom_out_step",
    Qt.Key.Key_0: "fit",
    Qt.Key.Key_L: "toggle_language",
    Qt.Key.Key_1: "actual_size",
    Qt.Key.Key_T: "toggle_filmstrip",
    Qt.Key.Key_C: "toggle_caption",
}


class PhotobookBar(QWidget):
    """Back, title and "send"; page navigation and language; zoom, caption, pages,
    screen and "present". The buttons take the focus from Tab only, in reading order (a
    screen reader user reaches each); a click leaves the focus, and the keys, with the
    viewer."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
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
        bar = QVBoxLayout(self)
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addLayout(top)
        bar.addLayout(nav)
        bar.addLayout(tool_row)
        order: tuple[QWidget, ...] = (
            self.back,
            self.send_btn,
            self.prev_btn,
            self.next_btn,
            self.lang_btn,
            *tools,
        )
        for b in order:
            b.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)

    def retranslate(self, presenting: bool) -> None:
        # named by what they show (a translation may say "Back" on a "Previous page"
        # button), what they do as the description
        self.back.setText(QCoreApplication.translate("PhotobookViewer", "← Library"))
        name_by_text(
            self.back,
            self.back.text(),
            QCoreApplication.translate("PhotobookViewer", "Back to the library"),
        )
        self.prev_btn.setText(QCoreApplication.translate("PhotobookViewer", "◀ Previous"))
        name_by_text(
            self.prev_btn,
            self.prev_btn.text(),
            QCoreApplication.translate("PhotobookViewer", "Previous page"),
        )
        self.next_btn.setText(QCoreApplication.translate("PhotobookViewer", "Next ▶"))
        name_by_text(
            self.next_btn,
            self.next_btn.text(),
            QCoreApplication.translate("PhotobookViewer", "Next page"),
        )
        self.fit_btn.setText(QCoreApplication.translate("PhotobookViewer", "Fit"))
        self.fit_btn.setAccessibleName(
            QCoreApplication.translate("PhotobookViewer", "Fit the page to the window")
        )
        self.zoom_in.setText(QCoreApplication.translate("PhotobookViewer", "Zoom +"))
        self.zoom_in.setAccessibleName(QCoreApplication.translate("PhotobookViewer", "Zoom in"))
        self.zoom_out.setText(QCoreApplication.translate("PhotobookViewer", "Zoom −"))
        self.zoom_out.setAccessibleName(QCoreApplication.translate("PhotobookViewer", "Zoom out"))
        self.present_btn.setText(
            QCoreApplication.translate("PhotobookViewer", "Leave presentation")
            if presenting
            else QCoreApplication.translate("PhotobookViewer", "Present")
        )
        name_by_text(
            self.present_btn,
            self.present_btn.text(),
            QCoreApplication.translate("PhotobookViewer", "Presentation mode (full screen)"),
        )
        self.present_btn.setToolTip(
            QCoreApplication.translate("PhotobookViewer", "F5 or F11; Esc to leave")
        )
        self.actual_btn.setText(QCoreApplication.translate("PhotobookViewer", "100 %"))
        self.actual_btn.setAccessibleDescription(  # the name is what it shows, "100 %"
            QCoreApplication.translate("PhotobookViewer", "Actual size (drag to move the page)")
        )
        self.actual_btn.setToolTip(
            QCoreApplication.translate("PhotobookViewer", "1; drag the page to move it")
        )
        self.strip_btn.setText(QCoreApplication.translate("PhotobookViewer", "Pages"))
        self.strip_btn.setAccessibleName(
            QCoreApplication.translate("PhotobookViewer", "Show the row of pages")
        )
        self.strip_btn.setToolTip(
            QCoreApplication.translate("PhotobookViewer", "T shows or hides the row of pages")
        )
        self.caption_btn.setText(QCoreApplication.translate("PhotobookViewer", "Caption"))
        self.caption_btn.setAccessibleName(
            QCoreApplication.translate("PhotobookViewer", "Show the caption")
        )
        self.caption_btn.setToolTip(
            QCoreApplication.translate("PhotobookViewer", "C shows or hides the caption")
        )
        self.fill_screens(presenting)
        self.send_btn.setText(QCoreApplication.translate("PhotobookViewer", "Send to composer"))
        self.send_btn.setAccessibleDescription(
            QCoreApplication.translate("PhotobookViewer", "Start a post about this page")
        )
        self.lang_btn.setAccessibleDescription(  # the name: "EN ⇄ SW · Kiswahili"
            QCoreApplication.translate("PhotobookViewer", "Switch language, same page")
        )

    def show_place(self, page: int, count: int, two: bool, title: str) -> None:
        """Where the reader is: "Page 3 of 20" (or "Pages 3–4 of 20" for a spread)."""
        if not count:
            text = ""
        elif two:
            text = (
                QCoreApplication.translate("PhotobookViewer", "Pages %1–%2 of %3")
                .replace("%1", number(page + 1))
                .replace("%2", number(page + 2))
                .replace("%3", number(count))
            )
        else:
            text = (
                QCoreApplication.translate("PhotobookViewer", "Page %1 of %2")
                .replace("%1", number(page + 1))
                .replace("%2", number(count))
            )
        self.page_label.setText(text)
        self.title_label.setText(title)
        self.prev_btn.setEnabled(page > 0)
        self.next_btn.setEnabled(0 <= page < count - 1)

    def show_languages(self, langs: list[str], lang: str) -> None:
        """The language button names the edition it switches to (hidden with one)."""
        self.lang_btn.setVisible(len(langs) > 1)
        if len(langs) > 1 and lang in langs:
            other = langs[(langs.index(lang) + 1) % len(langs)]
            self.lang_btn.setText(
                f"{lang.upper()} ⇄ {other.upper()} · {LANGUAGE_NAMES.get(other, other)}"
            )
            self.lang_btn.setAccessibleName(spoken_text(self.lang_btn.text()))

    def fill_screens(self, presenting: bool) -> None:
        screens = QGuiApplication.screens()
        keep = self.screen_box.currentIndex()
        self.screen_box.blockSignals(True)
        self.screen_box.clear()
        for i, screen in enumerate(screens):
            size = screen.size()
            self.screen_box.addItem(
                QCoreApplication.translate("PhotobookViewer", "Present on screen %1 (%2)")
                .replace("%1", number(i + 1))
                .replace("%2", f"{size.width()}×{size.height()}")
            )
        # a second screen is most often the projector
        self.screen_box.setCurrentIndex(keep if keep >= 0 else min(1, len(screens) - 1))
        self.screen_box.blockSignals(False)
        self.screen_box.setVisible(len(screens) > 1 and not presenting)
        self.screen_box.setAccessibleName(
            QCoreApplication.translate("PhotobookViewer", "Screen for the presentation")
        )


class PageStrip(QListWidget):
    """The row of page thumbnails; each names its page and carries its caption."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(False)
        self.setIconSize(QSize(THUMB_HEIGHT * 3 // 2, THUMB_HEIGHT))
        self.setFixedHeight(THUMB_HEIGHT + self.fontMetrics().height() * 2 + 16)
        self.setHorizontalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def fill(self, ed: EditionPages | None) -> None:
        """One item per page of ``ed`` (icons come later, see :meth:`set_thumb`)."""
        self.blockSignals(True)
        self.clear()
        if ed is not None:
            for i in range(len(ed.pages)):
                item = QListWidgetItem(number(i + 1))
                # screen readers: the page's caption is its alt text
                item.setData(
                    Qt.ItemDataRole.AccessibleTextRole,
                    QCoreApplication.translate("PhotobookViewer", "page %1").replace(
                        "%1", number(i + 1)
                    ),
                )
                item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, ed.caption(i))
                item.setToolTip(ed.caption(i))
                item.setSizeHint(
                    QSize(
                        THUMB_HEIGHT * 3 // 2 + 8, THUMB_HEIGHT + self.fontMetrics().height() + 12
                    )
                )
                self.addItem(item)
        self.blockSignals(False)

    def select_quietly(self, row: int) -> None:
        self.blockSignals(True)
        self.setCurrentRow(row)
        self.blockSignals(False)

    def set_thumb(self, index: int, image: QImage) -> None:
        item = self.item(index)
        if item is not None and not image.isNull():
            item.setIcon(QIcon(QPixmap.fromImage(image)))
