"""Issue 22 item 5: on Windows the offscreen platform found no fonts ("Cannot find font
directory"), and ``self-test`` and ``screenshot`` failed; it is pointed at the system's."""

from __future__ import annotations

from pathlib import Path

from companion.ui.app import use_system_fonts_offscreen


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
