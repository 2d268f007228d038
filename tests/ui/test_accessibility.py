"""Every interactive widget in every area has an accessible name."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from companion.core.services import CoreServices
from companion.ui.app import build_context, shutdown_context
from companion.ui.areas import AREA_KEYS
from companion.ui.context import AppContext
from companion.ui.main_window import MainWindow

INTERACTIVE = (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
)


@pytest.fixture
def ctx(core: CoreServices) -> Iterator[AppContext]:
    context = build_context(core)
    yield context
    shutdown_context(context)


def accessible_name(widget: QWidget) -> str:
    iface = QAccessible.queryAccessibleInterface(widget)
    if iface is None:
        return ""
    return (iface.text(QAccessible.Text.Name) or "").strip()


def unnamed(root: QWidget) -> list[str]:
    missing: list[str] = []
    for w in root.findChildren(QWidget):
        if not isinstance(w, INTERACTIVE) or not w.isVisibleTo(root):
            continue
        # the line edit inside an editable combo box or a spin box is named by its owner
        if isinstance(w, QLineEdit) and isinstance(w.parent(), QComboBox | QAbstractSpinBox):
            continue
        # a scroll area's own scroll bars: screen readers announce them by role
        if (
            isinstance(w, QScrollBar)
            and w.parent() is not None
            and (w.parent().objectName().startswith("qt_scrollarea_"))
        ):
            continue
        if not accessible_name(w):
            missing.append(f"{type(w).__name__} {w.objectName()!r} in {type(w.parent()).__name__}")
    return missing


@pytest.mark.parametrize("area", AREA_KEYS)
def test_every_interactive_widget_has_a_name(qtbot: QtBot, ctx: AppContext, area: str) -> None:
    window = MainWindow(ctx, remember_state=False)
    qtbot.addWidget(window)
    window.show()
    window.show_area(area)
    qtbot.waitExposed(window)
    assert ctx.tasks.wait_idle(timeout_s=10), "the area did not finish loading"
    missing = unnamed(window.area(area))
    assert not missing, "interactive widgets without an accessible name:\n" + "\n".join(missing)


def test_window_chrome_is_named(qtbot: QtBot, ctx: AppContext) -> None:
    window = MainWindow(ctx, remember_state=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert accessible_name(window.sidebar) == "Areas"
    assert not unnamed(window.message_bar)


def test_the_check_finds_an_unnamed_button(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QPushButton, QVBoxLayout

    root = QWidget()
    qtbot.addWidget(root)
    layout = QVBoxLayout(root)
    layout.addWidget(QPushButton())  # no text, no name
    layout.addWidget(QPushButton("Named by its text"))
    root.show()
    assert len(unnamed(root)) == 1
