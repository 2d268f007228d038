"""Paints one post: avatar, author, time, repost line, content warning, text, media.

Text is laid out with font metrics only (no rich-text document per row), so tens
of thousands of rows scroll smoothly; heights are cached per post and width.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from companion.core.live.model import Post
from companion.ui.live.post_model import PostRole
from companion.ui.live.relative import badge_text, relative_time
from companion.ui.locale_format import day_month_time

MAX_CHARS = 1200

#: a run of characters without a space
_RUN = re.compile(r"\S+")
_ZWSP = "\u200b"


def breakable(text: str, fm: QFontMetrics, width: int) -> str:
    """``text`` with a break opportunity between the characters of every word (or link)
    wider than ``width``: drawn with word wrap it breaks there instead of being cut at
    the row's edge. Never inside a character's marks, an emoji sequence or a flag.

    Cheap for the usual post (a few µs: every row's height is measured): only a word
    longer than half a row of average characters is measured at all."""
    limit = max(16, width // (2 * max(1, fm.averageCharWidth())))
    if len(text) <= limit or max(map(len, text.split()), default=0) <= limit:
        return text

    def split(m: re.Match[str]) -> str:
        word = m.group(0)
        if len(word) <= limit or fm.horizontalAdvance(word) <= width:
            return word
        out: list[str] = []
        prev = ""
        for ch in word:
            if out and not _joins(prev, ch):
                out.append(_ZWSP)
            out.append(ch)
            prev = ch
        return "".join(out)

    return _RUN.sub(split, text)


def _joins(prev: str, ch: str) -> bool:
    """``ch`` belongs to the same visible character as ``prev`` (no break between)."""
    if prev == "\u200d" or ch == "\u200d":
        return True  # zero-width joiner: 👩🏾‍🔧
    if unicodedata.category(ch) in ("Mn", "Mc", "Me", "Cf"):
        return True  # combining marks, variation selectors (FE0F is Mn)
    if "\U0001f3fb" <= ch <= "\U0001f3ff":
        return True  # skin tone
    # regional indicators pair into flags (close enough: no break between two)
    return "\U0001f1e6" <= ch <= "\U0001f1ff" and "\U0001f1e6" <= prev <= "\U0001f1ff"


def right_to_left(text: str) -> bool:
    """The text's first strong character is Arabic, Hebrew, Syriac, Thaana…"""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False


def media_kind_name(kind: str) -> str:
    names = {
        "image": QCoreApplication.translate("PostDelegate", "Image"),
        "video": QCoreApplication.translate("PostDelegate", "Video"),
        "gifv": QCoreApplication.translate("PostDelegate", "Animation"),
        "audio": QCoreApplication.translate("PostDelegate", "Audio"),
        "link": QCoreApplication.translate("PostDelegate", "Link"),
    }
    return names.get(kind, QCoreApplication.translate("PostDelegate", "Attachment"))


class PostDelegate(QStyledItemDelegate):
    def __init__(
        self,
        image: Callable[[str], QPixmap | None],
        expanded: set[str],
        revealed: set[str],
        parent: QWidget | None = None,
        *,
        now: Callable[[], datetime] | None = None,
    ) -> None:
        super().__init__(parent)
        #: the app's clock, for relative times ("5 min"); absolute times without it
        self.now = now
        self._image = image
        self._expanded = expanded
        self._revealed = revealed
        self.data_saver = False
        #: posts whose media the user asked for in data-saver mode
        self.loaded: set[str] = set()
        self._heights: dict[tuple[str, datetime | None, int, bool, bool, bool], int] = {}
        #: a text block as drawn (with break opportunities) and its height, per width:
        #: measured for the row's size, reused when it is painted (issue 19)
        self._blocks: dict[tuple[str, int], tuple[str, int]] = {}
        #: the fonts and metrics worked out from the view's font (issue 19: four QFont
        #: and QFontMetrics made per row painted)
        self._fonts: _Fonts | None = None
        #: where each post's pictures were last painted (viewport coordinates), and
        #: which of its media each one shows: a click there opens the media viewer
        self.thumb_hits: dict[str, list[tuple[QRect, int]]] = {}

    def clear_cache(self) -> None:
        self._heights.clear()
        self._blocks.clear()
        self._fonts = None

    def _fonts_for(self, font: QFont) -> _Fonts:
        fonts = self._fonts
        if fonts is None or fonts.font != font:
            fonts = self._fonts = _Fonts(font)
            self._blocks.clear()  # measured with the old font
        return fonts

    def media_at(self, post: Post, pos: QPoint) -> int | None:
        """The index in ``post.media`` of the picture painted at ``pos``, if any."""
        for rect, which in self.thumb_hits.get(post.uri, []):
            if rect.contains(pos):
                return which
        return None

    # -- layout -------------------------------------------------------------
    def _lines(self, post: Post) -> tuple[str, str, list[str]]:
        """(header-extra line, body, media lines)."""
        extra = ""
        if post.reposted_by:
            extra = QCoreApplication.translate("PostDelegate", "Reposted by @%1").replace(
                "%1", post.reposted_by
            )
        if post.content_warning and post.uri not in self._expanded:
            body = QCoreApplication.translate(
                "PostDelegate", "Content warning: %1 (click to show)"
            ).replace("%1", post.content_warning)
            return extra, body, []
        body = post.text if len(post.text) <= MAX_CHARS else post.text[:MAX_CHARS] + "…"
        if post.content_warning:
            body = (
                QCoreApplication.translate("PostDelegate", "Content warning: %1").replace(
                    "%1", post.content_warning
                )
                + "\n\n"
                + body
            )
        media: list[str] = []
        hidden = post.sensitive and post.uri not in self._revealed
        for m in post.media:
            kind = media_kind_name(m.kind)
            alt = m.alt.strip() or QCoreApplication.translate("PostDelegate", "no description")
            if hidden and m.kind != "link":
                media.append(
                    QCoreApplication.translate(
                        "PostDelegate", "%1 marked sensitive (click to show)"
                    ).replace("%1", kind)
                )
            elif self.data_saver and post.uri not in self.loaded and m.preview_url:
                media.append(
                    QCoreApplication.translate(
                        "PostDelegate", "▸ %1: %2 (click to load the picture)"
                    )
                    .replace("%1", kind)
                    .replace("%2", alt)
                )
            else:
                media.append(f"▸ {kind}: {alt}")
        return extra, body, media

    def _thumbs(self, post: Post) -> list[str]:
        if self.data_saver and post.uri not in self.loaded:
            return []
        if post.sensitive and post.uri not in self._revealed:
            return []
        return [m.preview_url for m in post.media if m.preview_url and m.kind != "link"][:4]

    def _alts(self, post: Post) -> dict[str, str]:
        return {m.preview_url: m.alt for m in post.media if m.preview_url and m.alt.strip()}

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        post = index.data(PostRole)
        if not isinstance(post, Post):
            return QSize(0, 0)
        parent = self.parent()
        view_w = parent.viewport().width() if isinstance(parent, QAbstractItemView) else 600
        width = max(200, view_w - 2)
        # a list gives each row the viewport's width (or the hint's, when wider): the
        # text is measured at the width it is painted at, so the painted rows are the
        # heights measured and their text is not measured again (issue 19)
        paint_w = max(width, view_w)
        key = (
            post.uri,
            post.edited_at,
            width,
            post.uri in self._expanded,
            post.uri in self._revealed,
            self.data_saver and post.uri not in self.loaded,
        )
        cached = self._heights.get(key)
        if cached is None:
            cached = self._layout(option.font, paint_w, post, None, option)
            if len(self._heights) > 50_000:
                self._heights.clear()
            self._heights[key] = cached
        return QSize(width, cached)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        post = index.data(PostRole)
        if not isinstance(post, Post):
            return
        painter.save()
        selected = bool(option.state & _SELECTED)
        pal = option.palette
        rect = option.rect
        if selected:
            painter.fillRect(rect, pal.color(_HIGHLIGHT))
        self._layout(option.font, rect.width(), post, painter, option, selected=selected)
        painter.setPen(pal.color(_MID))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        painter.restore()

    def _layout(
        self,
        font: QFont,
        width: int,
        post: Post,
        painter: QPainter | None,
        option: QStyleOptionViewItem,
        *,
        selected: bool | None = None,
    ) -> int:
        fonts = self._fonts_for(font)
        fm = fonts.metrics
        line = fonts.line
        pad = max(4, line // 2)
        avatar = int(line * 2.4)
        row = option.rect
        rect_left = row.left()
        top = row.top() if painter is not None else 0
        left = rect_left + pad
        text_left = left + avatar + pad
        text_w = max(50, width - (text_left - rect_left) - pad)
        fg = dim = _NO_COLOUR
        y = top + pad
        extra, body, media = self._lines(post)
        if painter is not None:
            pal = option.palette
            if selected is None:
                selected = bool(option.state & _SELECTED)
            fg = pal.color(_HIGHLIGHTED_TEXT if selected else _TEXT)
            dim = pal.color(_HIGHLIGHTED_TEXT if selected else _PLACEHOLDER)
            pix = (
                self._image(post.author.avatar)
                if post.author.avatar and not self.data_saver
                else None
            )
            rect = QRect(left, y, avatar, avatar)
            if pix is not None and not pix.isNull():
                painter.drawPixmap(rect, pix)
            else:
                painter.fillRect(rect, pal.color(_MID))
                painter.setPen(pal.color(_LIGHT))
                painter.drawText(rect, _CENTER, (post.author.name or "?")[:1].upper())
            # header: name, handle … time · network
            bold = fonts.bold
            stamp = (
                relative_time(post.created_at, self.now())
                if self.now is not None
                else _when(post.created_at)
            )
            if post.edited_at:
                stamp = QCoreApplication.translate("PostDelegate", "edited") + " · " + stamp
            stamp_w = fonts.fit(fm, stamp, -1)[1] + pad
            painter.setPen(dim)
            painter.drawText(QRect(text_left, y, text_w, line), _RIGHT, stamp)
            # the network and instance as a small badge before the time
            small, sfm = fonts.small, fonts.small_metrics
            badge, bw = fonts.fit(sfm, fonts.badge(post), text_w // 3)
            bw, bh = bw + pad, min(line, sfm.height() + 2)
            brect = QRect(text_left + text_w - stamp_w - bw, y + (line - bh) // 2, bw, bh)
            painter.setPen(_NO_PEN)
            painter.setBrush(_network_colour(post.network, pal))
            painter.drawRoundedRect(brect, bh / 3, bh / 3)
            painter.setFont(small)
            painter.setPen(_WHITE)
            painter.drawText(brect, _CENTER, badge)
            painter.setFont(font)
            stamp_w += bw + pad // 2
            painter.setFont(bold)
            painter.setPen(fg)
            name_w = max(10, text_w - stamp_w)
            bfm = fonts.bold_metrics
            name, used = fonts.fit(bfm, post.author.name, name_w)
            painter.drawText(QRect(text_left, y, name_w, line), _LEFT, name)
            used += pad
            painter.setFont(font)
            painter.setPen(dim)
            handle = fonts.fit(fm, "@" + post.author.handle, max(0, name_w - used))[0]
            painter.drawText(QRect(text_left + used, y, max(0, name_w - used), line), _LEFT, handle)
        y += line
        flags = _WRAP_LEFT
        blocks = self._blocks
        for text, color in ((extra, dim), (body, fg)):
            if not text:
                continue
            block = blocks.get((text, text_w))
            if block is None:
                drawn = breakable(text, fm, text_w)
                r = fm.boundingRect(QRect(0, 0, text_w, 100_000), flags, drawn)
                block = (drawn, r.height())
                if len(blocks) > 50_000:
                    blocks.clear()
                blocks[(text, text_w)] = block
            drawn, height = block
            if painter is not None:
                painter.setPen(color)
                # a right-to-left post reads from the right edge (AlignLeft is mirrored)
                direction = painter.layoutDirection()
                if right_to_left(drawn):
                    painter.setLayoutDirection(_RTL)
                painter.drawText(QRect(text_left, y, text_w, height), flags, drawn)
                painter.setLayoutDirection(direction)
            y += height + pad // 2
        thumbs = self._thumbs(post) if media else []
        if thumbs:
            # a picture shown needs no "Image: …" line: its ALT badge and the viewer
            # carry the description (and the row's accessible description says it)
            media = [
                t for t, m in zip(media, post.media, strict=False) if m.preview_url not in thumbs
            ]
        for text in media:
            elided = fm.elidedText(text, _ELIDE, text_w)
            if painter is not None:
                painter.setPen(dim)
                painter.drawText(QRect(text_left, y, text_w, line), _LEFT, elided)
            y += line
        if thumbs:
            size = int(line * 3.5)
            box_w = size * 3 // 2  # most pictures are landscape: a 3:2 box wastes no row
            x = text_left
            alts = self._alts(post)
            hits: list[tuple[QRect, int]] = []
            for url in thumbs:
                if painter is not None:
                    rect = QRect(x, y + pad // 2, box_w, size)
                    which = next(i for i, m in enumerate(post.media) if m.preview_url == url)
                    hits.append((rect, which))
                    pix = self._image(url)
                    shown = rect
                    if pix is not None and not pix.isNull():
                        scaled = pix.scaled(rect.size(), Qt.AspectRatioMode.KeepAspectRatio)
                        painter.drawPixmap(rect.topLeft(), scaled)
                        shown = QRect(rect.topLeft(), scaled.size())
                    else:
                        painter.fillRect(rect, pal.color(QPalette.ColorRole.AlternateBase))
                    if url in alts:
                        _alt_badge(painter, shown, font)
                x += box_w + pad
            y += size + pad
            if painter is not None:
                if len(self.thumb_hits) > 500:
                    self.thumb_hits.clear()
                self.thumb_hits[post.uri] = hits
        bottom = max(y, top + pad + avatar) + pad
        return bottom - top


#: a colour never drawn with (the row is only measured)
_NO_COLOUR = QColor()
#: the flags and roles a row is painted with, looked up once: each Qt enum member
#: read or combined costs ~0.3–1 µs in Python, dozens of them a row (issue 19)
_SELECTED = QStyle.StateFlag.State_Selected
_HIGHLIGHT = QPalette.ColorRole.Highlight
_HIGHLIGHTED_TEXT = QPalette.ColorRole.HighlightedText
_TEXT = QPalette.ColorRole.Text
_PLACEHOLDER = QPalette.ColorRole.PlaceholderText
_MID = QPalette.ColorRole.Mid
_LIGHT = QPalette.ColorRole.Light
_LEFT = int(Qt.AlignmentFlag.AlignLeft)
_RIGHT = int(Qt.AlignmentFlag.AlignRight)
_CENTER = int(Qt.AlignmentFlag.AlignCenter)
_WRAP_LEFT = int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignLeft)
_ELIDE = Qt.TextElideMode.ElideRight
_RTL = Qt.LayoutDirection.RightToLeft
_NO_PEN = Qt.PenStyle.NoPen
_WHITE = QColor("white")


class _Fonts:
    """The fonts a row is drawn with, made from the view's font once."""

    def __init__(self, font: QFont) -> None:
        self.font = QFont(font)
        self.metrics = QFontMetrics(font)
        self.line = self.metrics.height()
        self.bold = QFont(font)
        self.bold.setBold(True)
        self.bold_metrics = QFontMetrics(self.bold)
        self.small = QFont(font)
        self.small.setPointSizeF(max(6.0, font.pointSizeF() * 0.8))
        self.small_metrics = QFontMetrics(self.small)
        #: (metrics, text, width) → the text elided to the width and its advance: the
        #: header's names, handles, badges and times repeat from row to row (issue 19:
        #: ~20 µs of every row painted)
        self._fitted: dict[tuple[int, str, int], tuple[str, int]] = {}
        self._badges: dict[tuple[str, str], str] = {}

    def fit(self, fm: QFontMetrics, text: str, width: int) -> tuple[str, int]:
        """``text`` elided to ``width`` (whole when ``width`` < 0) in the font of
        ``fm`` (one of these fonts' metrics), and how wide it is drawn."""
        key = (id(fm), text, width)
        got = self._fitted.get(key)
        if got is None:
            shown = text if width < 0 else fm.elidedText(text, _ELIDE, width)
            got = (shown, fm.horizontalAdvance(shown))
            if len(self._fitted) > 20_000:
                self._fitted.clear()
            self._fitted[key] = got
        return got

    def badge(self, post: Post) -> str:
        """:func:`badge_text` (it reads only the network and the source)."""
        key = (post.network, post.source)
        text = self._badges.get(key)
        if text is None:
            if len(self._badges) > 1_000:
                self._badges.clear()
            text = self._badges[key] = badge_text(post)
        return text


def _alt_badge(painter: QPainter, rect: QRect, font: QFont) -> None:
    """ "ALT" in the picture's corner: it has a description (read it in the viewer)."""
    small = QFont(font)
    small.setBold(True)
    small.setPointSizeF(max(6.0, font.pointSizeF() * 0.75))
    fm = QFontMetrics(small)
    text = QCoreApplication.translate("PostDelegate", "ALT")
    w, h = fm.horizontalAdvance(text) + 8, fm.height() + 2
    badge = QRect(rect.left() + 3, rect.bottom() - h - 3, w, h)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(0, 0, 0, 190))
    painter.drawRoundedRect(badge, 3, 3)
    painter.setFont(small)
    painter.setPen(QColor("white"))
    painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, text)
    painter.setFont(font)


_NETWORK_COLOURS = {"mastodon": "#563acc", "bluesky": "#0a6ad1", "x": "#222222"}


def _network_colour(network: str, pal: QPalette) -> QColor:
    colour = _NETWORK_COLOURS.get(network)
    return QColor(colour) if colour else pal.color(QPalette.ColorRole.Mid)


def _when(moment: datetime) -> str:
    local = moment.astimezone()
    return day_month_time(local)
