"""Covers for the library grid and search hits drawn with their matches highlighted.

A cover is the first page of a photobook or a publication (a thumbnail decoded off
the GUI thread and cached on disk, see ``pages.py``); a video, a link or an item whose
files are not here yet gets a drawn placeholder naming its kind.
"""

from __future__ import annotations

import html
import logging

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QIcon,
    QImage,
    QPainter,
    QPalette,
    QPixmap,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QApplication,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from companion.core.library.index import Hit
from companion.core.library.manifest import Item, pick
from companion.ui.library.pages import Page

log = logging.getLogger(__name__)

#: the cover box in the grid (logical pixels); thumbnails are 120 px high
COVER = QSize(96, 120)
#: a search hit's rich text (the snippet with its matches highlighted)
HTML_ROLE = Qt.ItemDataRole.UserRole + 1
_GLYPHS = {"video": "▶", "link": "🌐", "newsletter": "✉", "publication": "PDF"}


def cover_page(item: Item, lang: str, paths: dict[str, object]) -> Page | None:
    """The page that stands for ``item`` in ``lang``, if its file is here."""
    if item.kind not in ("photobook", "publication", "newsletter"):
        return None
    ed = item.edition(lang)
    if ed is None or not ed.files:
        return None
    first = ed.files[0]
    path = paths.get(first.sha256)
    if path is None:
        return None
    from pathlib import Path

    return Page(Path(str(path)), first.sha256, 0 if first.suffix == ".pdf" else -1)


def placeholder(kind: str, palette: QPalette, size: QSize = COVER) -> QIcon:
    """A plain card with the kind's glyph, in the palette's colours."""
    pixmap = QPixmap(size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(palette.color(QPalette.ColorRole.Mid))
    painter.setBrush(palette.color(QPalette.ColorRole.AlternateBase))
    painter.drawRoundedRect(QRectF(1, 1, size.width() - 2, size.height() - 2), 6, 6)
    font = QFont(painter.font())
    font.setPixelSize(size.height() // 4)
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
    painter.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignCenter, _GLYPHS.get(kind, "▤"))
    painter.end()
    return QIcon(pixmap)


def cover_icon(image: QImage, size: QSize = COVER) -> QIcon:
    """``image`` fitted into the cover box, centred on a transparent card."""
    pixmap = QPixmap(size)
    pixmap.fill(Qt.GlobalColor.transparent)
    scaled = image.scaled(
        size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
    )
    painter = QPainter(pixmap)
    painter.drawImage(
        (size.width() - scaled.width()) // 2, (size.height() - scaled.height()) // 2, scaled
    )
    painter.setPen(QColor(0, 0, 0, 60))
    painter.drawRect(
        (size.width() - scaled.width()) // 2,
        (size.height() - scaled.height()) // 2,
        scaled.width() - 1,
        scaled.height() - 1,
    )
    painter.end()
    return QIcon(pixmap)


def hit_html(hit: Hit, where: str, palette: QPalette) -> str:
    """Title, where it was found, and the snippet with the matches highlighted."""
    mark_bg = palette.color(QPalette.ColorRole.Highlight).name()
    mark_fg = palette.color(QPalette.ColorRole.HighlightedText).name()
    pieces = []
    for text, match in hit.spans():
        escaped = html.escape(text)
        if match:
            escaped = (
                f'<span style="background-color:{mark_bg}; color:{mark_fg};">'
                f"<b>{escaped}</b></span>"
            )
        pieces.append(escaped)
    dim = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text).name()
    return (
        f"<b>{html.escape(hit.title)}</b><br>"
        f'<span style="color:{dim};">'
        f"{html.escape(where)}</span><br>{''.join(pieces)}"
    )


def hit_plain(hit: Hit, where: str) -> str:
    """The same as text (screen readers, copy): no brackets."""
    snippet = "".join(text for text, _match in hit.spans())
    return f"{hit.title}\n{where}\n{snippet}"


def item_text(item: Item, lang: str, meta: str) -> str:
    return f"{pick(item.title, lang)}\n{meta}"


class HitDelegate(QStyledItemDelegate):
    """Draws rows that carry ``HTML_ROLE`` as rich text; others as usual."""

    def _doc(self, option: QStyleOptionViewItem, text: str, width: int) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setHtml(text)
        doc.setTextWidth(max(50, width))
        return doc

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        text = index.data(HTML_ROLE)
        if not text:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        rect = opt.rect
        doc = self._doc(opt, str(text), rect.width() - 8)
        painter.save()
        painter.translate(rect.left() + 4, rect.top() + 2)
        ctx = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        ctx.palette.setColor(QPalette.ColorRole.Text, opt.palette.color(role))
        doc.documentLayout().draw(painter, ctx)
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        text = index.data(HTML_ROLE)
        if not text:
            return super().sizeHint(option, index)
        widget = option.widget
        viewport = getattr(widget, "viewport", None)
        width = viewport().width() if viewport is not None else 400
        # as wide as the list shows it, less the view's spacing on each side: a hint
        # even one pixel wider gave the list a horizontal scroll bar
        spacing = widget.spacing() if isinstance(widget, QListView) else 0
        width -= 2 * spacing
        doc = self._doc(option, str(text), width - 8)
        return QSize(width, int(doc.size().height()) + 4)
