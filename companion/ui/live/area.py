"""Entry point of the live area: ``create(ctx)`` builds its widget."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from companion.ui.context import AppContext


def create(ctx: AppContext) -> QWidget:
    from companion.ui.live.widget import LiveArea

    area = LiveArea(ctx.core, ctx.tasks, ctx.signals)
    ctx.connectivity.online_changed.connect(area.controller.set_online)
    if ctx.connectivity.online is not None:
        area.controller.set_online(ctx.connectivity.online)
    area.start()
    return area
