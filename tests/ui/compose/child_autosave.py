"""Run by test_crash.py in a child process: type into the real composer, forever.

Each keystroke goes through ``QPlainTextEdit``; each finished autosave prints
``saved <length> <draft id>``. The parent kills the process with SIGKILL."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from companion.core.accounts.credentials import MemoryCredentialStore
from companion.core.compose.drafts import Draft
from companion.core.paths import Paths
from companion.core.services import CoreServices
from companion.ui.app import gui_services
from companion.ui.compose.area import ComposeDeps, ComposeWidget
from companion.ui.compose.services import compose_services
from companion.ui.tasks import TaskManager


class Reporting(ComposeWidget):
    def _on_saved(self, draft: Any) -> None:
        super()._on_saved(draft)
        if isinstance(draft, Draft):
            sys.stdout.write(f"saved {len(draft.text)} {draft.id}\n")
            sys.stdout.flush()


def main() -> int:
    app = QApplication([])
    core = CoreServices.open(
        Paths.for_data_dir(Path(sys.argv[1])), credentials=MemoryCredentialStore()
    )
    core.settings.compose.autosave_interval_ms = 300
    tasks = TaskManager()
    widget = Reporting(
        ComposeDeps(compose_services(gui_services(core, tasks)), tasks, auto_send=False)
    )
    widget.start_draft("", "crash-test")
    typer = QTimer()
    typer.setInterval(5)
    typer.timeout.connect(lambda: widget.view.text.insertPlainText("Habari 👩🏽‍🌾 "))
    typer.start()
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
