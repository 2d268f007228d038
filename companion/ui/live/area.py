"""Entry point of the live area: ``create(ctx)`` builds its widget."""

from __future__ import annotations

import logging
from datetime import UTC, tzinfo
from functools import partial

from companion.core.app import AppServices
from companion.core.live.feed import configured_specs, event_tags
from companion.core.live.schedule import Phase
from companion.core.paths import Paths
from companion.ui.area_base import AreaWidget
from companion.ui.context import AppContext
from companion.ui.live.controller import LiveServices

log = logging.getLogger(__name__)


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
        zone=partial(event_zone, services.paths),
    )


def event_zone(paths: Paths) -> tzinfo:
    """The event's time zone (UTC when no event file can be read)."""
    from companion.core.event.model import EventFileError
    from companion.core.event.store import EventStore

    try:
        return EventStore(paths).load().event.zone
    except (OSError, EventFileError) as exc:
        log.info("posts per hour in UTC: no event file (%s)", exc)
        return UTC


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
