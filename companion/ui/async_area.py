"""An area that reads its data in the background and builds itself when it arrives.

The window paints at once with a short "Loading…" line; the real widget replaces
it a moment later. Nothing on the GUI thread waits for the disk.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QStackedLayout, QWidget

from companion.core.errors import KnownError
from companion.ui.errors import translated_text
from companion.ui.tasks import TaskManager

log = logging.getLogger(__name__)


class AsyncArea(QWidget):
    """Holds ``build(load())`` once ready; forwards ``shutdown`` and ``start_draft``."""

    def __init__(
        self,
        tasks: TaskManager,
        load: Callable[[], Any],
        build: Callable[[Any], QWidget],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._build = build
        self.inner: QWidget | None = None
        self._queued: list[tuple[str, str]] = []
        self._stack = QStackedLayout(self)
        self._label = QLabel(self.tr("Loading…"), self)
        self._label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._label.setWordWrap(True)
        self._stack.addWidget(self._label)
        tasks.run_db(load, self._on_loaded, self._on_failed)

    def _on_loaded(self, data: object) -> None:
        widget = self._build(data)
        self.inner = widget
        self._stack.addWidget(widget)
        self._stack.setCurrentWidget(widget)
        for text, source in self._queued:
            self.start_draft(text, source)
        self._queued.clear()

    def _on_failed(self, exc: BaseException) -> None:
        if isinstance(exc, KnownError):
            self._label.setText(translated_text(exc))
        else:
            self._label.setText(
                self.tr("This area could not be opened. The details are in the log.")
            )

    def start_draft(self, text: str, source: str) -> None:
        start = getattr(self.inner, "start_draft", None)
        if callable(start):
            start(text, source)
        elif self.inner is None:
            self._queued.append((text, source))

    def shutdown(self) -> None:
        closer = getattr(self.inner, "shutdown", None)
        if callable(closer):
            closer()
