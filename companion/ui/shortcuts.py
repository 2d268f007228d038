"""Help → Keyboard shortcuts: every key the app defines, collected from the window's
actions and the areas' actions and QShortcuts, plus the keys the viewers handle."""

from __future__ import annotations

import re
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

NATIVE = QKeySequence.SequenceFormat.NativeText


def _keys(*names: str) -> str:
    return " / ".join(QKeySequence(n).toString(NATIVE) for n in names)


def viewer_keys() -> list[tuple[str, str]]:
    """Keys handled by the photobook viewer's keyPressEvent (not actions)."""
    return [
        (
            _keys("Tab", "Shift+Tab"),
            QCoreApplication.translate("Shortcuts", "Move to the next / previous control"),
        ),
        (
            _keys("Right", "PgDown", "Space"),
            QCoreApplication.translate("Shortcuts", "Photobook: next page"),
        ),
        (
            _keys("Left", "PgUp", "Backspace"),
            QCoreApplication.translate("Shortcuts", "Photobook: previous page"),
        ),
        (
            _keys("Home", "End"),
            QCoreApplication.translate("Shortcuts", "Photobook: first / last page"),
        ),
        (
            _keys("+", "-", "0"),
            QCoreApplication.translate("Shortcuts", "Photobook: zoom in / zoom out / fit"),
        ),
        (
            _keys("1"),
            QCoreApplication.translate(
                "Shortcuts", "Photobook: actual size (100 %); drag the page to move it"
            ),
        ),
        (
            _keys("T"),
            QCoreApplication.translate("Shortcuts", "Photobook: show or hide the row of pages"),
        ),
        (
            _keys("C"),
            QCoreApplication.translate("Shortcuts", "Photobook: show or hide the caption"),
        ),
        (
            _keys("L"),
            QCoreApplication.translate("Shortcuts", "Photobook: same page in the other language"),
        ),
        (
            _keys("F5", "F11"),
            QCoreApplication.translate("Shortcuts", "Photobook: presentation mode"),
        ),
        (
            _keys("Esc"),
            QCoreApplication.translate(
                "Shortcuts", "Photobook: leave presentation or go back to the library"
            ),
        ),
    ]


def plain(text: str) -> str:
    """Menu text without its accelerator marks ("&Quit" → "Quit", "&&" → "&")."""
    return re.sub(r"&(.)", r"\1", text).rstrip("…").strip()


def collect(roots: Iterable[QWidget]) -> list[tuple[str, str]]:
    """(keys, what they do) for every action and QShortcut with a key under ``roots``."""
    rows: list[tuple[str, str]] = []
    seen: set[tuple[str, str]] = set()
    for root in roots:
        found: list[tuple[str, str]] = []
        for action in root.findChildren(QAction):
            for seq in action.shortcuts():
                found.append((seq.toString(NATIVE), plain(action.text() or action.toolTip())))
        for shortcut in root.findChildren(QShortcut):
            if not shortcut.key().isEmpty():
                text = shortcut.whatsThis() or shortcut.objectName()
                found.append((shortcut.key().toString(NATIVE), plain(text)))
        for row in found:
            if row not in seen:
                seen.add(row)
                rows.append(row)
    return rows
