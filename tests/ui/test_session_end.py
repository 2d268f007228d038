"""A Windows logoff, shutdown or restart for an update closes no window.

Qt 6 emits ``commitDataRequest`` on WM_QUERYENDSESSION and ``aboutToQuit`` on
WM_ENDSESSION, and Windows ends the process as soon as that returns (Qt 6 has no
"fallback session management" that would close the windows first). What was typed
since the last autosave, the writes still queued and the database's clean close
used to be lost. These tests do what Qt does at a session end and look at the
database as the next start would find it, before anything else runs.

A ``QSessionManager`` cannot be made outside Qt (and emitting the signal without one
crashes), so the slot connected to ``commitDataRequest`` is called as Qt calls it,
after checking it is connected."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import SIGNAL, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from companion.core.services import CoreServices
from companion.core.storage_health import open_marker
from companion.ui.app import SessionEnd, build_context, run_gui
from companion.ui.main_window import MainWindow

TYPED = "Field notes typed just before Windows logged off"
MORE = " and a last line after the commit"


def _texts_in_file(path: Path) -> list[str]:
    """What the next start reads (a connection of its own, not the app's)."""
    db = sqlite3.connect(str(path))
    try:
        return [str(r[0]) for r in db.execute("SELECT text FROM compose_drafts")]
    finally:
        db.close()


def _type_in_compose(window: MainWindow, text: str) -> None:
    compose = window.area("compose")
    compose.view.text.setFocus()
    compose.view.text.insertPlainText(text)
    assert compose.autosave.isActive()  # saved later, if the app still runs then


def _commit_slots(app: QApplication) -> int:
    return int(app.receivers(SIGNAL("commitDataRequest(QSessionManager&)")))


def test_the_running_app_keeps_what_was_typed_at_a_windows_logoff(
    qtbot: QtBot, core: CoreServices
) -> None:
    """``run_gui`` as the app runs it: the session ends while it runs."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    database = core.paths.database_file
    seen: dict[str, object] = {}

    def logoff() -> None:
        try:
            window = next(w for w in app.topLevelWidgets() if isinstance(w, MainWindow))
            window.show_area("compose")
            qtbot.waitUntil(lambda: window.area("compose").tasks.pending == 0, timeout=5000)
            _type_in_compose(window, TYPED)
            seen["commit_slots"] = _commit_slots(app)
            # WM_QUERYENDSESSION -> commitDataRequest: the slot run_gui connected
            for ending in window.findChildren(SessionEnd):
                ending.commit(None)
            seen["after_commit"] = _texts_in_file(database)
            seen["still_shown"] = window.isVisible()  # the logoff may yet be cancelled
            # WM_ENDSESSION -> aboutToQuit, then Windows ends the process
            app.aboutToQuit.emit()
            seen["after_quit"] = _texts_in_file(database)
            seen["closed_cleanly"] = not open_marker(database).exists()
        finally:
            app.quit()  # here the test goes on instead

    QTimer.singleShot(0, logoff)
    assert run_gui(core, "en") == 0
    assert seen["commit_slots"] >= 1  # type: ignore[operator]
    assert any(TYPED in t for t in seen["after_commit"])  # type: ignore[attr-defined]
    assert seen["still_shown"] is True
    assert any(TYPED in t for t in seen["after_quit"])  # type: ignore[attr-defined]
    assert seen["closed_cleanly"] is True


def _window(qtbot: QtBot, core: CoreServices) -> tuple[MainWindow, SessionEnd, Callable[[], None]]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    ctx = build_context(core)
    window = MainWindow(ctx, remember_state=False)
    qtbot.addWidget(window)
    ending = SessionEnd(app, window, ctx, core)
    window.show()
    window.show_area("compose")
    assert ctx.tasks.wait_idle(5.0)
    return window, ending, ending.detach


def test_what_is_typed_after_the_commit_is_kept_by_the_quit(
    qtbot: QtBot, core: CoreServices
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    window, ending, detach = _window(qtbot, core)
    try:
        _type_in_compose(window, TYPED)
        ending.commit(None)
        assert window.isVisible() and window.area("compose").runner.timer.isActive()
        _type_in_compose(window, MORE)  # the logoff waits for another program
        app.aboutToQuit.emit()
        texts = _texts_in_file(core.paths.database_file)
        assert any(t.endswith(TYPED + MORE) for t in texts), texts
        assert not open_marker(core.paths.database_file).exists()
        ending.end()  # the quit's own aboutToQuit, or run_gui's finally: nothing more
    finally:
        detach()


def test_a_quit_that_closes_no_window_shuts_down_as_closing_it_does(
    qtbot: QtBot, core: CoreServices
) -> None:
    """``QApplication.quit()`` from anywhere (or the WM_ENDSESSION without a commit
    first): no closeEvent, the areas still save and stop, the database closes."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    window, _ending, detach = _window(qtbot, core)
    try:
        _type_in_compose(window, TYPED)
        compose = window.area("compose")
        app.aboutToQuit.emit()
        assert not compose.runner.timer.isActive()  # the area's shutdown ran
        assert any(TYPED in t for t in _texts_in_file(core.paths.database_file))
        assert not open_marker(core.paths.database_file).exists()
        window.close()  # the area is not shut down twice (nor the tasks)
    finally:
        detach()
