"""Text from outside (servers, event files, packs) shown as text, never as HTML.

Qt guesses: a ``QLabel`` in its default ``AutoText`` format and every tool tip
render anything that looks like markup as rich text. A server error, an event
description or a session title could then restyle the window, fake a message or
make Qt load a local file as an ``<img>``.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

_QUOTED = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;"})
_UNQUOTED = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;"})


def escape(text: str, quote: bool = True) -> str:
    """:func:`html.escape`, without importing :mod:`html`: it loads the table of every
    HTML entity (``html.entities``, ~1.5 ms of a start, issue 19) that escaping does not
    use. tests/ui/test_plain_text.py checks it gives what ``html.escape`` gives."""
    return text.translate(_QUOTED if quote else _UNQUOTED)


def plain_tooltip(text: str) -> str:
    """``text`` as a tool tip that Qt shows literally (line breaks kept)."""
    if not text:
        return ""
    return "<p style='white-space:pre-wrap'>" + escape(text, quote=False) + "</p>"


def make_plain(*labels: QLabel) -> None:
    """Show these labels' text literally, whatever it contains."""
    for label in labels:
        label.setTextFormat(Qt.TextFormat.PlainText)
