"""Entry point of the countdown area, kept light: the event file is read and checked
on the database lane, and the area's modules are imported once it arrives, after
the window's first paint. Only the event store is made before the countdown shows."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from companion.ui.area_base import AreaWidget
from companion.ui.async_area import AsyncArea
from companion.ui.context import AppContext

if TYPE_CHECKING:
    from companion.core.event.store import LoadedEvent

log = logging.getLogger(__name__)


def create(ctx: AppContext) -> AreaWidget:
    services = ctx.services

    def load() -> LoadedEvent:
        return services.events().load()

    def build(loaded: LoadedEvent) -> AreaWidget:
        from companion.ui.countdown.area import CountdownArea
        from companion.ui.countdown.collaborators import Collaborators

        if loaded.problem:
            log.info("%s", loaded.problem)
        c = Collaborators(
            clock=services.clock,
            settings=services.settings,
            store=services.events(),
            reminders=services.reminders(),
            http=lambda: services.http,
            tasks=ctx.tasks,
            signals=ctx.signals,
        )
        area = CountdownArea(c, loaded)
        ctx.connectivity.online_changed.connect(area.on_online_changed)
        return area

    return AsyncArea(ctx.tasks, load, build)
