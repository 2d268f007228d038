"""What the main window may ask of an area: the typed protocol between them."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtWidgets import QWidget


class Area(Protocol):
    """An area of the main window."""

    def start_draft(self, text: str, source: str) -> bool:
        """Start a post with ``text``; False when this area does not compose."""
        ...

    def shutdown(self) -> None:
        """The window is closing: save what is typed, stop timers and jobs."""
        ...

    def commit_data(self, timeout_s: float) -> None:
        """The session is ending: save what is typed (waiting at most ``timeout_s``),
        stopping nothing."""
        ...


class AreaWidget(QWidget):
    """Base of every area's top widget: implements :class:`Area` with defaults."""

    def start_draft(self, text: str, source: str) -> bool:
        return False

    def shutdown(self) -> None:
        return None

    def commit_data(self, timeout_s: float) -> None:
        return None
