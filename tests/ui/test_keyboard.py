"""Keyboard use: Tab reaches every control of every area; Help lists every shortcut."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from companion.core.services import CoreServices
from companion.ui.app import build_context, shutdown_context
from companion.ui.areas import AREA_KEYS
from companion.ui.context import AppContext
from companion.ui.main_window import MainWindow


@pytest.fixture
def ctx(core: CoreServices) -> Iterator[AppContext]:
    context = build_context(core)
    yield context
    shutdown_context(context)


def tabbable(root: QWidget) -> list[QWidget]:
    """Widgets a keyboard user must be able to reach with Tab."""
    out = []
    for w in root.findChildren(QWidget):
        if (
            w.isVisibleTo(root)
            and w.isEnabled()
            and w.focusPolicy() & Qt.FocusPolicy.TabFocus == Qt.FocusPolicy.TabFocus
            and w.focusProxy() is None
            and not w.objectName().startswith("qt_")  # scroll bars and viewports of views
            and w.window() is root.window()
        ):
            out.append(w)
    return out


def describe(w: QWidget | None) -> str:
    if w is None:
        return "nothing"
    return f"{type(w).__name__} {w.objectName()!r} {w.accessibleName()!r}"


@pytest.mark.parametrize("area", AREA_KEYS)
def test_tab_reaches_every_control(qtbot: QtBot, ctx: AppContext, area: str) -> None:
    window = MainWindow(ctx, remember_state=False)
    qtbot.addWidget(window)
    window.show()
    window.show_area(area)
    qtbot.waitExposed(window)
    ctx.tasks.wait_idle()
    root = window.area(area)
    wanted = tabbable(root)
    assert wanted, f"{area}: nothing to focus"
    window.sidebar.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.sidebar)
    seen: list[QWidget] = []
    same = 0
    for _ in range(len(wanted) + 80):
        focus = QApplication.focusWidget()
        assert focus is not None
        QTest.keyClick(focus, Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        if now is window.sidebar:
            break  # round the whole window once
        # a label's links take Tab one by one, then focus moves on
        same = same + 1 if now is focus else 0
        assert same < 20, f"{area}: Tab is stuck in {describe(focus)}"
        if now is not None and now not in seen:
            seen.append(now)
    else:
        pytest.fail(f"{area}: Tab never came back to the sidebar")
    missed = [describe(w) for w in wanted if w not in seen]
    assert not missed, f"{area}: Tab never reaches:\n" + "\n".join(missed)


def test_help_lists_every_shortcut(qtbot: QtBot, ctx: AppContext) -> None:
    window = MainWindow(ctx, remember_state=False)
    qtbot.addWidget(window)
    rows = window.shortcut_rows()
    keys = {k for k, _text in rows}
    assert all(text for _k, text in rows)
    # every action and QShortcut with a key, in the window and in every area
    defined = []
    for key in AREA_KEYS:
        area = window.area(key)
        defined += [s.key() for s in area.findChildren(QShortcut)]
        defined += [q for a in area.findChildren(QAction) for q in a.shortcuts()]
    defined += [q for a in window.findChildren(QAction) for q in a.shortcuts()]
    assert defined
    native = {q.toString(QKeySequence.SequenceFormat.NativeText) for q in defined}
    assert native <= keys, native - keys
    assert QKeySequence("Ctrl+Return").toString(QKeySequence.SequenceFormat.NativeText) in keys


def test_settings_open_with_ctrl_comma_and_f1_lists_it(qtbot: QtBot, ctx: AppContext) -> None:
    window = MainWindow(ctx, remember_state=False)
    qtbot.addWidget(window)
    keys = [s.toString() for s in window.settings_action.shortcuts()]
    assert "Ctrl+," in keys  # Windows and Linux have no standard Preferences key
    native = QKeySequence("Ctrl+,").toString(QKeySequence.SequenceFormat.NativeText)
    assert (native, "Settings") in window.shortcut_rows()
