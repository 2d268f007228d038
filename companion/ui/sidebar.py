"""The main window's list of areas: icon and title, or icons only (the rail).

The items are painted by :class:`SidebarDelegate`: the selected area is one rounded
block in the highlight colour over the whole row (the icon centred in the rail), and the
keyboard focus is a ring inside it. Qt's own item painting split the rail's selection in
two (the icon's cell and an empty text cell with its own focus frame). The selection is
the list's: screen readers hear the current area as the selected item.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Slot
from PySide6.QtGui import QColor, QFocusEvent, QIcon, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QListWidget,
    QListWidgetItem,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from companion.ui.a11y import CurrentItemOnFocus
from companion.ui.areas import AREAS
from companion.ui.icons import area_icon, icon_colours

log = logging.getLogger(__name__)

#: inner padding of a row and the gap between icon and title (logical pixels)
PAD = 6
GAP = 8
RADIUS = 6.0


class SidebarDelegate(QStyledItemDelegate):
    """Paints one sidebar row; a row without a title is a rail row (icon centred)."""

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        icon = option.decorationSize
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        fm = option.fontMetrics
        height = max(icon.height(), fm.height()) + 2 * PAD
        width = icon.width() + 2 * PAD
        if text:
            width += GAP + fm.horizontalAdvance(text)
        return QSize(width, height)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        selected, enabled, under_mouse, focus = self._row_state(index)
        palette = opt.palette
        # the same colour whether or not the list has the focus: the current area always
        # shows clearly
        highlight = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Highlight)
        on_highlight = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.HighlightedText)
        block = QRect(opt.rect).adjusted(2, 1, -2, -1)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(Qt.PenStyle.NoPen)
        if selected:
            painter.setBrush(highlight)
            painter.drawRoundedRect(block, RADIUS, RADIUS)
        elif under_mouse:
            hover = QColor(highlight)
            hover.setAlpha(40)
            painter.setBrush(hover)
            painter.drawRoundedRect(block, RADIUS, RADIUS)
        if focus:
            ring = QPen(on_highlight if selected else highlight, 2)
            painter.setPen(ring)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(block.adjusted(2, 2, -2, -2), RADIUS - 2, RADIUS - 2)
        size = opt.decorationSize
        text = opt.text
        x = block.left() + PAD if text else block.left() + (block.width() - size.width()) // 2
        icon_rect = QRect(
            x, block.top() + (block.height() - size.height()) // 2, size.width(), size.height()
        )
        mode = QIcon.Mode.Selected if selected else QIcon.Mode.Normal
        if not enabled:
            mode = QIcon.Mode.Disabled
        opt.icon.paint(painter, icon_rect, Qt.AlignmentFlag.AlignCenter, mode)
        if text:
            text_rect = QRect(block)
            text_rect.setLeft(icon_rect.right() + 1 + GAP)
            text_rect.setRight(block.right() - PAD)
            group = QPalette.ColorGroup.Active if enabled else QPalette.ColorGroup.Disabled
            colour = on_highlight if selected else palette.color(group, QPalette.ColorRole.Text)
            painter.setPen(colour)
            painter.setFont(opt.font)
            shown = opt.fontMetrics.elidedText(text, Qt.TextElideMode.ElideRight, text_rect.width())
            painter.drawText(
                text_rect,
                int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                shown,
            )
        painter.restore()

    def _row_state(self, index: QModelIndex | QPersistentModelIndex) -> tuple[bool, ...]:
        """Selected, enabled, under the mouse, with the focus: what ``QListView`` puts in
        ``option.state``, read from the view. Reading ``option.state`` would make PySide
        build ``QStyle``'s Python type and its enums (~6 ms and ~0.75 MiB of a start,
        issue 19)."""
        view = self.parent()
        if not isinstance(view, Sidebar):
            return False, True, False, False
        selection = view.selectionModel()
        selected = selection is not None and selection.isSelected(index)
        enabled = view.isEnabled() and bool(index.flags() & Qt.ItemFlag.ItemIsEnabled)
        current = view.currentIndex()
        focus = (
            (view.hasFocus() or view.viewport().hasFocus())
            and current.isValid()
            and current == index
        )
        return selected, enabled, view.hover_row == index.row(), focus


class Sidebar(QListWidget):
    """One row per area; ``set_rail(True)`` shows the icons only."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sidebar")
        self.setIconSize(QSize(22, 22))
        self.setSpacing(2)
        # the hover shade: with mouse tracking the view says which row the mouse entered
        self.setMouseTracking(True)
        self._entered_row = -1
        self.entered.connect(self._on_entered)
        self.viewportEntered.connect(self._on_viewport_entered)
        self.setItemDelegate(SidebarDelegate(self))
        # Tab in: the current area (told by focusInEvent below: no event filter)
        self._focus_item = CurrentItemOnFocus(self, watch=False)
        self.rail = False
        self._icon_colours = self._palette_colours()
        for spec in AREAS:
            item = QListWidgetItem(area_icon(spec.key, self.palette(), self.devicePixelRatio()), "")
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            self.addItem(item)

    # The view's state is followed through signals and typed event handlers: the first
    # event PySide hands to a Python ``viewportEvent`` or ``eventFilter`` (a plain
    # ``QEvent``) makes it build the Python types of every ``QEvent`` subclass (~3 ms and
    # ~1.3 MB of a start, issue 19).
    # (``viewport()`` is not called on these paths: wrapping Qt's own viewport, a plain
    # QWidget, makes PySide build the types of every QWidget subclass.)
    @property
    def hover_row(self) -> int:
        """The row under the mouse, -1 when none (the mouse left the list)."""
        return self._entered_row if self.underMouse() else -1

    @Slot(QModelIndex)
    def _on_entered(self, index: QModelIndex) -> None:
        self._set_entered(index.row())

    @Slot()
    def _on_viewport_entered(self) -> None:
        self._set_entered(-1)

    def _set_entered(self, row: int) -> None:
        old, self._entered_row = self._entered_row, row
        for changed in {old, row} - {-1}:
            self.update(self.model().index(changed, 0))

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self._focus_item.focused(event.reason())

    def paintEvent(self, event: QPaintEvent) -> None:
        # light ⇄ dark: the icons follow the text colour (a palette change repaints)
        if self._palette_colours() != self._icon_colours:
            self.recolour_icons()
        super().paintEvent(event)

    def _palette_colours(self) -> tuple[int, ...]:
        return tuple(c.rgba() for c in icon_colours(self.palette()).values())

    def retranslate(self, name: str, description: str) -> None:
        for row, spec in enumerate(AREAS):
            item = self.item(row)
            item.setText("" if self.rail else spec.translated_title())
            item.setToolTip(spec.translated_description())
            item.setData(Qt.ItemDataRole.AccessibleTextRole, spec.translated_title())
            item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, spec.translated_description())
        self.setAccessibleName(name)
        self.setAccessibleDescription(description)
        fm = self.fontMetrics()
        widest = 0 if self.rail else max(fm.horizontalAdvance(s.translated_title()) for s in AREAS)
        frame = 2 * self.frameWidth() + 2 * self.spacing() + 4
        width = self.iconSize().width() + 2 * PAD + frame
        if not self.rail:
            width += GAP + widest + fm.averageCharWidth()
        self.setFixedWidth(width)
        self.doItemsLayout()

    def recolour_icons(self) -> None:
        self._icon_colours = self._palette_colours()
        for row in range(self.count()):
            item = self.item(row)
            key = str(item.data(Qt.ItemDataRole.UserRole))
            item.setIcon(area_icon(key, self.palette(), self.devicePixelRatio()))
