"""Colours that stay readable on light, dark and high-contrast palettes.

Text colours come from the palette wherever one fits; the few signal colours (warning,
error) have a light and a dark variant, chosen from the widget's palette, and are
always set together with their background so text never ends up dark-on-dark.
"""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QWidget

#: level -> (background, border, text) on a light palette, then on a dark one
_BANNERS: dict[str, tuple[tuple[str, str, str], tuple[str, str, str]]] = {
    "warning": (("#fff4ce", "#c19c00", "#1b1b1b"), ("#3d3200", "#c19c00", "#fff4ce")),
    "error": (("#fde7e9", "#c50f1f", "#1b1b1b"), ("#4a1217", "#ff99a4", "#fde7e9")),
    "notice": (("#fff3cd", "#c19c00", "#5c4400"), ("#3d3200", "#c19c00", "#fff3cd")),
}


def is_dark(palette: QPalette) -> bool:
    """True when the window background is darker than its text (dark or inverted
    high-contrast schemes)."""
    window = palette.color(QPalette.ColorRole.Window).lightnessF()
    text = palette.color(QPalette.ColorRole.WindowText).lightnessF()
    return window < text


def banner_colours(widget: QWidget, level: str) -> tuple[str, str, str]:
    """(background, border, text) for a message strip of ``level``."""
    light, dark = _BANNERS.get(level, _BANNERS["warning"])
    return dark if is_dark(widget.palette()) else light


def error_text_style(widget: QWidget, *, bold: bool = False) -> str:
    """A style sheet for error text that keeps enough contrast on the widget's palette."""
    colour = "#ff8a8a" if is_dark(widget.palette()) else "#a40000"
    return f"color: {colour};" + (" font-weight: bold;" if bold else "")
