"""An area that reads its data in the background and builds itself when it arrives.

The window paints at once with a short "Loading…" line; the real widget replaces
it a moment later. Nothing on the GUI thread waits for the disk or the keyring.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QStackedLayout, QWidget

from companion.core.errors import KnownError
from companion.ui.a11y import focus_first_control
from companion.ui.area_base import AreaWidget
from companion.ui.errors import translated_text
from companion.ui.ops import Lane, QueryOp
from companion.ui.tasks import TaskManager

log = logging.getLogger(__name__)

T = TypeVar("T")


class AsyncArea(AreaWidget, Generic[T]):
    """Holds ``build(load())`` once ready; forwards ``shutdown`` and ``start_draft``."""

    def __init__(
        self,
        tasks: TaskManager,
        load: Callable[[], T],
        build: Callable[[T], AreaWidget],
        parent: QWidget | None = None,
        *,
        lane: Lane = "db",
    ) -> None:
        super().__init__(parent)
        self._build = build
        self.inner: AreaWidget | None = None
        self._queued: list[tuple[str, str]] = []
        self._focus_pending = False
        self._stack = QStackedLayout(self)
        self._label = QLabel(self.tr("Loading…"), self)
        self._label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._label.setWordWrap(True)
        self._stack.addWidget(self._label)
        QueryOp(tasks, load, lane=lane).success(self._on_loaded).failure(self._on_failed).run()

    def _on_loaded(self, data: T) -> None:
        widget = self._build(data)
        self.inner = widget
        self._stack.addWidget(widget)
        self._stack.setCurrentWidget(widget)
        for text, source in self._queued:
            widget.start_draft(text, source)
        self._queued.clear()
        if self._focus_pending and self.isVisible():
            focus_first_control(widget)
        self._focus_pending = False

    def focus_when_ready(self) -> None:
        """Put the focus on the first control once the real widget is there (Ctrl+N on
        an area still loading)."""
        if self.inner is not None:
            focus_first_control(self.inner)
        else:
            self._focus_pending = True

    def _on_failed(self, exc: BaseException) -> None:
        if isinstance(exc, KnownError):
            self._label.setText(translated_text(exc))
        else:
            self._label.setText(
                self.tr("This area could not be opened. The details are in the log.")
            )

    def start_draft(self, text: str, source: str) -> bool:
        if self.inner is not None:
            return self.inner.start_draft(text, source)
        self._queued.append((text, source))
        return True

    def shutdown(self) -> None:
        if self.inner is not None:
            self.inner.shutdown()
