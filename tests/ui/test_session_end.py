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

import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from companion.core.paths import Paths
from companion.core.services import CoreServices
from companion.core.storage_health import open_marker
from companion.ui.app import build_context
from companion.ui.main_window import MainWindow
from companion.ui.session_end import SessionEnd
from tests.ui.child_session_end import TYPED

ROOT = Path(__file__).resolve().parents[2]
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


def test_the_running_app_keeps_what_was_typed_at_a_windows_logoff(tmp_path: Path) -> None:
    """``run_gui`` as the app runs it, in a process of its own that ends as Windows
    ends it (tests/ui/child_session_end.py)."""
    data = tmp_path / "data"
    out = subprocess.run(
        [sys.executable, "-m", "tests.ui.child_session_end", str(data)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    said = dict(line.split(" ", 1) for line in out.stdout.splitlines() if " " in line)
    assert out.returncode == 0, out.stderr[-2000:]
    assert said.get("autosave_pending") == "1"  # the text was not saved yet
    assert int(said.get("slots", "0")) >= 1
    assert int(said.get("commit", "0")) == 1  # saved by the commit, the app still running
    database = Paths.for_data_dir(data).database_file
    assert any(TYPED in t for t in _texts_in_file(database))
    assert not open_marker(database).exists()  # closed cleanly before the process ended


def _window(qtbot: QtBot, core: CoreServices) -> tuple[MainWindow, SessionEnd, Callable[[], None]]:
    """The window as the audit's script builds it (not through ``run_gui``)."""
    ctx = build_context(core)
    window = MainWindow(ctx, remember_state=False)
    qtbot.addWidget(window)
    ending = window.session_end
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
