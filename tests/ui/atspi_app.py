"""Starts the real app (``companion.cli.main``) for the AT-SPI test, with a probe that
tells the walker what the screen shows.

Run with the project's venv Python under Xvfb with ``QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1``:
``python tests/ui/atspi_app.py PROBE_DIR -- --data-dir D --lang sw --now 2018-…``.
The walker (``atspi_walk.py``, system Python with ``gi``) writes ``PROBE_DIR/req-N``
files; the probe answers each with ``PROBE_DIR/resp-N.json``:

- ``visible``: the current area's key and every visible text of the window (labels,
  buttons, check boxes, tab titles, header sections, group titles, placeholder texts),
  i.e. what a sighted user reads, so the walker can check that the tree carries it.
- ``idle``: whether background work has finished (areas load asynchronously).
- ``dialog``: every visible text of the open modal dialog (Settings, the About box…).

The probe only reads widgets; it never changes what the app does.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTabBar,
    QWidget,
)


def plain(text: str, rich: bool) -> str:
    if rich:
        doc = QTextDocument()
        doc.setHtml(text)
        text = doc.toPlainText()
    text = re.sub(r"&(.)", r"\1", text) if not rich else text
    return " ".join(text.split())


def _shown(w: QWidget) -> bool:
    return w.isVisible() and w.width() > 1 and w.height() > 1


def visible_texts(window: QWidget) -> list[dict[str, Any]]:
    """What the user can read in ``window`` right now, one entry per widget."""
    found: list[dict[str, Any]] = []
    for w in window.findChildren(QWidget):
        if not _shown(w) or w.window() is not window:
            continue
        kind, texts = "", []
        if isinstance(w, QLabel):
            if w.pixmap() is not None and not w.pixmap().isNull():
                continue
            kind = "label"
            rich = w.textFormat().name == "RichText" or (
                w.textFormat().name == "AutoText" and "<" in w.text()
            )
            texts = [plain(w.text(), rich)]
        elif isinstance(w, QAbstractButton):
            kind, texts = "button", [plain(w.text(), False)]
        elif isinstance(w, QGroupBox):
            kind, texts = "group", [plain(w.title(), False)]
        elif isinstance(w, QTabBar):
            kind = "tab"
            texts = [plain(w.tabText(i), False) for i in range(w.count()) if w.isTabVisible(i)]
        elif isinstance(w, QHeaderView):
            model = w.model()
            if model is None:
                continue
            kind = "header"
            texts = [
                str(model.headerData(i, w.orientation()) or "")
                for i in range(w.count())
                if not w.isSectionHidden(i)
            ]
        elif isinstance(w, QLineEdit) and not w.text():
            kind, texts = "placeholder", [w.placeholderText()]
        for text in texts:
            if text.strip():
                found.append({"kind": kind, "cls": type(w).__name__, "text": text.strip()})
    return found


def other_window(main: QWidget) -> QWidget | None:
    """A shown top-level window other than the main one and its menus and tips (the
    photobook's presentation window is not modal)."""
    for w in QApplication.topLevelWidgets():
        if w is main or not w.isVisible() or not w.isWindow():
            continue
        if w.windowType() in (Qt.WindowType.Popup, Qt.WindowType.ToolTip):
            continue
        if w.width() > 1 and w.height() > 1:
            return w
    return None


class Probe:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.timer = QTimer()
        self.timer.timeout.connect(self.poll)
        self.timer.start(50)

    def window(self) -> Any:
        for w in QApplication.topLevelWidgets():
            if w.objectName() == "mainWindow":
                return w
        return None

    def poll(self) -> None:
        for req in sorted(self.folder.glob("req-*")):
            command = req.read_text(encoding="utf-8").strip()
            answer = self.answer(command)
            tmp = self.folder / f"resp-{req.name[4:]}.tmp"
            tmp.write_text(json.dumps(answer, ensure_ascii=False), encoding="utf-8")
            req.unlink()
            tmp.replace(self.folder / f"resp-{req.name[4:]}.json")

    def answer(self, command: str) -> dict[str, Any]:
        window = self.window()
        if window is None:
            return {"ready": False}
        ctx = window._ctx  # the probe only reads whether background work is pending
        idle = getattr(ctx.tasks, "_pending", 0) == 0
        result: dict[str, Any] = {
            "ready": True,
            "area": window.current_area_key(),
            "idle": bool(idle),
        }
        if command == "visible":
            result["texts"] = visible_texts(window)
        elif command == "dialog":
            modal = QApplication.activeModalWidget() or other_window(window)
            result["dialog"] = modal is not None and modal is not window
            if modal is not None and modal is not window:
                result["texts"] = visible_texts(modal)
        return result


def main() -> int:
    folder = Path(sys.argv[1])
    argv = sys.argv[3:] if sys.argv[2:3] == ["--"] else sys.argv[2:]
    from companion.cli import main as cli_main
    from companion.ui.app import create_application

    app = create_application()
    probe = Probe(folder)
    try:
        return cli_main(argv)
    finally:
        probe.timer.stop()
        del app


if __name__ == "__main__":
    sys.exit(main())
