"""Entry point of the countdown area, kept light: the event file is read and checked
on the database lane, and the area's modules are imported once it arrives, after
the window's first paint. Only the event store is made before the countdown shows."""

from __future__ import annotations

from typing import TYPE_CHECKING

from companion.ui.area_base import AreaWidget
from companion.ui.async_area import AsyncArea
from companion.ui.context import AppContext

if TYPE_CHECKING:
    from companion.core.event.store import LoadedEvent


def create(ctx: AppContext) -> AreaWidget:
    services = ctx.services

    def load() -> LoadedEvent:
        return services.events().load()

    def build(loaded: LoadedEvent) -> AreaWidget:
        from companion.ui.countdown.area import build as build_area

        return build_area(ctx, services.events(), loaded)

    return AsyncArea(ctx.tasks, load, build)
