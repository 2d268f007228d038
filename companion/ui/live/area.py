"""Entry point of the live area: ``create(ctx)`` builds its widget."""

from __future__ import annotations

from functools import partial

from companion.core.app import AppServices
from companion.core.live.feed import configured_specs, event_tags
from companion.core.live.schedule import Phase
from companion.ui.area_base import AreaWidget
from companion.ui.context import AppContext
from companion.ui.live.controller import LiveServices


def live_services(services: AppServices) -> LiveServices:
    """The Live area's share of the app's services."""
    core = services.core
    return LiveServices(
        settings=services.settings,
        posts=services.posts(),
        accounts=services.account_repo(),
        sessions=services.sessions(),
        http=services.http,
        clock=services.clock,
        media_dir=services.paths.cache / "live-media",
        tags=partial(event_tags, core),
        specs=partial(configured_specs, core),
    )


def create(ctx: AppContext) -> AreaWidget:
    from companion.ui.live.widget import LiveArea

    area = LiveArea(live_services(ctx.services), ctx.tasks, ctx.signals)
    monitor = ctx.connectivity
    ctx.connectivity.online_changed.connect(area.controller.set_online)

    def tell_monitor() -> None:
        # the status bar says what the app reaches: servers that do not answer count
        down = sum(
            1
            for _label, state in area.controller.states()
            if state.phase in (Phase.OFFLINE, Phase.ERROR)
        )
        if down and down > monitor.unreachable:
            monitor.request_failed()
        monitor.set_unreachable(down)

    area.controller.states_changed.connect(tell_monitor)
    if ctx.connectivity.online is not None:
        area.controller.set_online(ctx.connectivity.online)
    area.start()
    return area
