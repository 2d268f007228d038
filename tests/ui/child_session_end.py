"""Run by test_session_end.py in a child process: the app as ``run_gui`` runs it, and
a Windows logoff while it runs.

Types into Compose (the autosave is not due yet), then does what Qt does on Windows:
WM_QUERYENDSESSION emits ``commitDataRequest`` (the slot connected is called: a
``QSessionManager`` cannot be made outside Qt), WM_ENDSESSION emits ``aboutToQuit``,
and Windows ends the process as soon as that returns (``os._exit``). Prints
``commit <n>`` (drafts holding the text after the commit) and ``slots <n>`` (slots
connected to ``commitDataRequest``)."""

from __future__ import annotations

import os
import sqlite3
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import SIGNAL, QTimer
from PySide6.QtWidgets import QApplication

from companion.core.accounts.credentials import MemoryCredentialStore
from companion.core.connectivity import stay_on_this_machine
from companion.core.paths import Paths
from companion.core.services import CoreServices
from companion.ui.app import create_application, run_gui
from companion.ui.main_window import MainWindow
from companion.ui.session_end import SessionEnd

TYPED = "Field notes typed just before Windows logged off"


def _kept(database: Path) -> int:
    db = sqlite3.connect(str(database))
    try:
        return sum(TYPED in str(r[0]) for r in db.execute("SELECT text FROM compose_drafts"))
    finally:
        db.close()


def main() -> int:
    app = create_application()
    paths = Paths.for_data_dir(Path(sys.argv[1]))
    core = CoreServices.open(paths, credentials=MemoryCredentialStore())
    stay_on_this_machine(core.settings)

    def say(line: str) -> None:
        sys.stdout.write(line + "\n")
        sys.stdout.flush()

    def logoff() -> None:
        try:
            window = next(w for w in app.topLevelWidgets() if isinstance(w, MainWindow))
            window.show_area("compose")
            compose = window.area("compose")
            compose.view.text.setFocus()
            compose.view.text.insertPlainText(TYPED)
            say(f"autosave_pending {int(compose.autosave.isActive())}")
            say(f"slots {app.receivers(SIGNAL('commitDataRequest(QSessionManager&)'))}")
            for ending in window.findChildren(SessionEnd):  # WM_QUERYENDSESSION
                ending.commit(None)
            say(f"commit {_kept(paths.database_file)}")
            app.aboutToQuit.emit()  # WM_ENDSESSION
        finally:
            os._exit(0)  # Windows ends the process

    QTimer.singleShot(300, logoff)  # the compose area's first load has run by then
    assert isinstance(app, QApplication)
    return run_gui(core, "en")


if __name__ == "__main__":
    sys.exit(main())
