"""Entry point of the live area: ``create(ctx)`` builds its widget."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from companion.ui.context import AppContext
from companion.ui.placeholder import PlaceholderArea


def create(ctx: AppContext) -> QWidget:
    return PlaceholderArea(
        QCoreApplication.translate("LiveArea", "Live"),
        QCoreApplication.translate("LiveArea", "This area is being built."),
    )
