"""Entry point of the library area: ``create(ctx)`` builds its widget."""

from __future__ import annotations

from companion.ui.area_base import AreaWidget
from companion.ui.context import AppContext


def create(ctx: AppContext) -> AreaWidget:
    from companion.adapters.pdf_text import pdf_text_extractor
    from companion.ui.library.library_widget import LibraryWidget
    from companion.ui.library.metered import metered_state

    services = ctx.services
    connectivity = ctx.connectivity
    return LibraryWidget(
        ctx.tasks,
        services.library(),
        services.http,
        services.settings.current,
        ctx.signals.compose_requested.emit,
        services.paths.cache / "library-thumbs",
        is_online=lambda: connectivity.online,
        metered=metered_state,
        pdf_text=pdf_text_extractor(),
    )
