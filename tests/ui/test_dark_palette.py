"""Dark and high-contrast palettes: every text stays readable (no fixed dark text on a
dark window, no fixed light background under palette text)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from companion.core.services import CoreServices
from companion.ui.app import build_context, shutdown_context
from companion.ui.areas import AREA_KEYS
from companion.ui.context import AppContext
from companion.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def dark_palette() -> QPalette:
    pal = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#202124",
        QPalette.ColorRole.WindowText: "#e8eaed",
        QPalette.ColorRole.Base: "#171717",
        QPalette.ColorRole.AlternateBase: "#262626",
        QPalette.ColorRole.Text: "#e8eaed",
        QPalette.ColorRole.Button: "#303134",
        QPalette.ColorRole.ButtonText: "#e8eaed",
        QPalette.ColorRole.Highlight: "#8ab4f8",
        QPalette.ColorRole.HighlightedText: "#202124",
        QPalette.ColorRole.ToolTipBase: "#303134",
        QPalette.ColorRole.ToolTipText: "#e8eaed",
        QPalette.ColorRole.PlaceholderText: "#9aa0a6",
        QPalette.ColorRole.Link: "#8ab4f8",
    }
    for role, colour in roles.items():
        pal.setColor(role, QColor(colour))
    return pal


def luminance(c: QColor) -> float:
    def lin(v: float) -> float:
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * lin(c.redF()) + 0.7152 * lin(c.greenF()) + 0.0722 * lin(c.blueF())


def contrast(a: QColor, b: QColor) -> float:
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


@pytest.fixture
def dark(qapp: QApplication) -> Iterator[None]:
    before = qapp.palette()
    qapp.setPalette(dark_palette())
    yield
    qapp.setPalette(before)


@pytest.fixture
def ctx(core: CoreServices) -> Iterator[AppContext]:
    context = build_context(core)
    yield context
    shutdown_context(context)


def unreadable(root: QWidget) -> list[str]:
    """Visible labels whose text colour is too close to the background behind them."""
    bad = []
    for label in root.findChildren(QLabel):
        if not label.isVisibleTo(root) or not label.text().strip() or not label.isEnabled():
            continue
        fg = label.palette().color(label.foregroundRole())
        # the nearest widget that paints a background (style sheets set it in the palette)
        w: QWidget | None = label
        while w is not None and not (w.autoFillBackground() or w.styleSheet()):
            w = w.parentWidget()
        bg = (w or label).palette().color((w or label).backgroundRole())
        if contrast(fg, bg) < 4.5:
            bad.append(f"{label.text()[:40]!r}: {fg.name()} on {bg.name()}")
    return bad


def test_dark_palette_keeps_text_readable(
    qtbot: QtBot, ctx: AppContext, dark: None, tmp_path: Path
) -> None:
    window = MainWindow(ctx, remember_state=False)
    qtbot.addWidget(window)
    window.resize(1100, 720)
    window.show()
    qtbot.waitExposed(window)
    shots = Path(os.environ.get("COMPANION_SHOTS", tmp_path))
    problems = []
    for level in ("warning", "error"):
        window.message_bar.show_message(f"A {level} message", level=level, report="r")
        problems += unreadable(window.message_bar)
    for key in AREA_KEYS:
        window.show_area(key)
        ctx.tasks.wait_idle()
        problems += [f"{key}: {p}" for p in unreadable(window.area(key))]
        assert window.grab().save(str(shots / f"dark-{key}.png"))
    assert not problems, "hard to read on a dark palette:\n" + "\n".join(problems)


def test_the_check_finds_dark_text_on_a_dark_window(qtbot: QtBot, dark: None) -> None:
    root = QWidget()
    qtbot.addWidget(root)
    label = QLabel("Fixed dark text", root)
    label.setStyleSheet("color: #1b1b1b;")
    ok = QLabel("Palette text", root)
    ok.move(0, 40)
    root.show()
    assert unreadable(root) == ["'Fixed dark text': #1b1b1b on #202124"]
