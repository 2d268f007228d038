"""Fills the programme list: sessions in local or event time, now/next, changed, starred."""

from __future__ import annotations

import math
from datetime import datetime, tzinfo

from PySide6.QtCore import QCoreApplication, QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QIcon, QPainter, QPalette, QPixmap, QPolygonF
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem

from companion.core.event.countdown import CountdownState, in_zone
from companion.core.event.model import Event
from companion.ui.countdown.text import hm
from companion.ui.countdown.view import (
    COL_LANG,
    COL_MARK,
    COL_STAR,
    COL_TIME,
    COL_TITLE,
    COL_WHERE,
)
from companion.ui.locale_format import short_day
from companion.ui.plain import plain_tooltip

ID_ROLE = Qt.ItemDataRole.UserRole
#: amber that reads on light and dark backgrounds
STAR_COLOUR = QColor("#e0a000")


def star_icon(size: int = 32) -> QIcon:
    """A filled five-pointed star, drawn (crisp at any scale; no image file)."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    centre, outer, inner = size / 2, size * 0.48, size * 0.2
    points = [
        QPointF(centre + r * math.sin(math.pi * k / 5), centre - r * math.cos(math.pi * k / 5))
        for k, r in ((k, outer if k % 2 == 0 else inner) for k in range(10))
    ]
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(STAR_COLOUR)
    painter.drawPolygon(QPolygonF(points))
    painter.end()
    return QIcon(pixmap)


_STAR: list[QIcon] = []


def _star() -> QIcon:
    if not _STAR:
        _STAR.append(star_icon())
    return _STAR[0]


def fill_programme(
    tree: QTreeWidget,
    event: Event,
    zone: tzinfo | None,
    stars: set[str],
    changed: frozenset[str],
) -> None:
    """Rebuild the rows (signals blocked, so star changes are not reported)."""
    blocked = tree.blockSignals(True)
    try:
        tree.clear()
        for s in event.sessions:
            start, end = in_zone(s.start, zone), in_zone(s.end, zone)
            day = (
                "" if start.date() == in_zone(event.start, zone).date() else f"{short_day(start)} "
            )
            title = s.title
            if s.id in changed:
                title = QCoreApplication.translate("Countdown", "%1 (changed)").replace("%1", title)
            item = QTreeWidgetItem(
                ["", "", f"{day}{hm(start)}–{hm(end)}", title, s.platform, s.language]
            )
            item.setData(COL_STAR, ID_ROLE, s.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                COL_STAR, Qt.CheckState.Checked if s.id in stars else Qt.CheckState.Unchecked
            )
            if s.id in stars:  # starred rows stand out in the list by a star
                item.setIcon(COL_STAR, _star())
            item.setData(
                COL_STAR,
                Qt.ItemDataRole.AccessibleTextRole,
                QCoreApplication.translate("Countdown", "Remind me"),
            )
            tip = "\n".join(x for x in (s.description, s.organisation, s.link) if x)
            if tip:
                item.setToolTip(COL_TITLE, plain_tooltip(tip))
            if s.id in changed:
                font = QFont(item.font(COL_TITLE))
                font.setItalic(True)
                item.setFont(COL_TITLE, font)
            tree.addTopLevelItem(item)
    finally:
        tree.blockSignals(blocked)


def highlight(tree: QTreeWidget, state: CountdownState, ends: dict[str, datetime]) -> None:
    """Bold and shade the sessions on now, mark the next one, dim those that are over
    (``ends``: session id → its end instant)."""
    current = {s.id for s in state.current}
    nxt = state.next_session.id if state.next_session else None
    palette = tree.palette()
    dim = palette.brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
    blocked = tree.blockSignals(True)
    try:
        for i in range(tree.topLevelItemCount()):
            item = tree.topLevelItem(i)
            if item is None:
                continue
            sid = item.data(COL_STAR, ID_ROLE)
            end = ends.get(sid)
            past = end is not None and end <= state.now
            for col in (COL_MARK, COL_TIME, COL_TITLE, COL_WHERE, COL_LANG):
                item.setForeground(col, dim if past else QBrush())
                font = QFont(item.font(col))
                font.setBold(sid in current)
                item.setFont(col, font)
                if sid in current:
                    item.setBackground(col, palette.brush(QPalette.ColorRole.AlternateBase))
                else:
                    item.setBackground(col, QBrush())
            mark = (
                QCoreApplication.translate("Countdown", "now")
                if sid in current
                else QCoreApplication.translate("Countdown", "next")
                if sid == nxt
                else ""
            )
            item.setText(COL_MARK, mark)
            mark_font = QFont(item.font(COL_MARK))
            mark_font.setBold(bool(mark))
            item.setFont(COL_MARK, mark_font)
            if sid == nxt and sid not in current:
                item.setForeground(COL_MARK, palette.brush(QPalette.ColorRole.Link))
    finally:
        tree.blockSignals(blocked)
