"""Starting on Windows. Issue 22 item 5: the offscreen platform found no fonts there
("Cannot find font directory"), and ``self-test`` and ``screenshot`` failed; it is
pointed at the system's."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from companion.core.errors import StorageError
from companion.ui.app import show_start_error, use_system_fonts_offscreen


def test_windows_offscreen_uses_the_system_fonts() -> None:
    env = {"QT_QPA_PLATFORM": "offscreen", "WINDIR": r"C:\Windows"}
    use_system_fonts_offscreen(env, "win32")
    assert env["QT_QPA_FONTDIR"] == str(Path(r"C:\Windows") / "Fonts")


def test_a_font_folder_given_by_the_user_wins() -> None:
    env = {"QT_QPA_PLATFORM": "offscreen", "WINDIR": r"C:\Windows", "QT_QPA_FONTDIR": "D:/f"}
    use_system_fonts_offscreen(env, "win32")
    assert env["QT_QPA_FONTDIR"] == "D:/f"


def test_other_platforms_and_real_windows_are_left_alone() -> None:
    for env, platform in (
        ({"QT_QPA_PLATFORM": "offscreen", "WINDIR": "C:/Windows"}, "linux"),
        ({"QT_QPA_PLATFORM": "windows", "WINDIR": "C:/Windows"}, "win32"),
        ({"WINDIR": "C:/Windows"}, "win32"),
    ):
        before = dict(env)
        use_system_fonts_offscreen(env, platform)
        assert env == before


def test_a_start_error_is_shown_in_a_dialog_too(monkeypatch: pytest.MonkeyPatch) -> None:
    """The windowed Windows app has no console: a database held by another program
    must not end the start silently (issue 13 item 6, issue 22)."""
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    error = StorageError("The app's database %1 is in use by another program.", args=("x",))
    show_start_error(error, "en")  # offscreen: nobody to click it
    assert shown == []
    show_start_error(error, "en", interactive=True)
    assert shown and "in use by another program" in shown[0]
