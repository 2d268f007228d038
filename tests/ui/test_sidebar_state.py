"""The sidebar's rows are painted from the view's own state (selected, enabled, under
the mouse, focused), not from ``option.state``: reading that makes PySide build
``QStyle``'s Python type, ~6 ms of a start (issue 19). The rows look as before."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from companion.ui.sidebar import Sidebar, SidebarDelegate


def _sidebar(qtbot: QtBot) -> tuple[QWidget, Sidebar]:
    host = QWidget()
    qtbot.addWidget(host)
    side = Sidebar(host)
    for row in range(side.count()):
        side.item(row).setText(f"Area {row}")
    side.resize(220, 300)
    host.resize(240, 320)
    host.show()
    qtbot.waitExposed(host)
    side.setCurrentRow(0)
    return host, side


def _state(side: Sidebar, row: int) -> tuple[bool, ...]:
    delegate = side.itemDelegate()
    assert isinstance(delegate, SidebarDelegate)
    return delegate._row_state(side.model().index(row, 0))


def test_selected_and_focused_rows(qtbot: QtBot) -> None:
    _host, side = _sidebar(qtbot)
    side.clearFocus()
    assert _state(side, 0) == (True, True, False, False)
    assert _state(side, 1) == (False, True, False, False)
    side.setFocus()
    qtbot.waitUntil(side.hasFocus)
    assert _state(side, 0) == (True, True, False, True)
    assert _state(side, 1) == (False, True, False, False)
    side.item(2).setFlags(side.item(2).flags() & ~Qt.ItemFlag.ItemIsEnabled)
    assert _state(side, 2)[1] is False
    side.setEnabled(False)
    assert _state(side, 1)[1] is False


def test_the_row_under_the_mouse_is_shaded_and_forgotten_when_it_leaves(qtbot: QtBot) -> None:
    host, side = _sidebar(qtbot)
    rect = side.visualItemRect(side.item(2))
    qtbot.mouseMove(side.viewport(), rect.center())  # the mouse as the window system moves it
    qtbot.waitUntil(lambda: side.hover_row == 2)
    assert _state(side, 2)[2] and not _state(side, 1)[2]
    side.viewport().repaint()
    image: QImage = side.viewport().grab().toImage()
    base = side.palette().color(QPalette.ColorRole.Base).rgb()
    top = rect.top() + 3  # inside the rounded block, above the icon and text
    assert image.pixelColor(rect.center().x(), top).rgb() != base  # the hover shade
    other = side.visualItemRect(side.item(3))
    assert image.pixelColor(other.center().x(), other.top() + 3).rgb() == base
    # onto another row, then out of the list
    qtbot.mouseMove(side.viewport(), other.center())
    qtbot.waitUntil(lambda: side.hover_row == 3)
    qtbot.mouseMove(host, QPoint(host.width() - 2, host.height() - 2))
    qtbot.waitUntil(lambda: side.hover_row == -1)
    assert not _state(side, 2)[2] and not _state(side, 3)[2]
    side.viewport().repaint()
    image = side.viewport().grab().toImage()
    assert image.pixelColor(other.center().x(), other.top() + 3).rgb() == base


def _icon_colour(side: Sidebar) -> QColor:
    image = side.item(0).icon().pixmap(QSize(48, 48)).toImage()
    opaque = [
        image.pixelColor(x, y)
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y).alpha() == 255
    ]
    assert opaque
    return opaque[0]


def test_icons_follow_a_palette_change(qtbot: QtBot) -> None:
    """Light ⇄ dark: the icons take the new text colour at the next paint (the window
    no longer handles PaletteChange in a Python changeEvent)."""
    _host, side = _sidebar(qtbot)
    before = _icon_colour(side)
    palette = QPalette(side.palette())
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#e0c000"))
    side.setPalette(palette)  # Qt repaints the list with its new palette
    qtbot.waitUntil(lambda: _icon_colour(side).rgb() == QColor("#e0c000").rgb())
    assert before.rgb() != QColor("#e0c000").rgb()
