"""Entry point of the library area: ``create(ctx)`` builds its widget."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from companion.core.library.service import Library
from companion.ui.context import AppContext


def create(ctx: AppContext) -> QWidget:
    from companion.ui.library.library_widget import LibraryWidget
    from companion.ui.library.metered import metered_state
    from companion.ui.library.pdf_text import pdf_text_extractor

    core = ctx.core
    connectivity = ctx.connectivity
    return LibraryWidget(
        ctx.tasks,
        Library.open(core.db, core.paths),
        core.http,
        core.settings,
        ctx.signals.compose_requested.emit,
        core.paths.cache / "library-thumbs",
        is_online=lambda: connectivity.online,
        metered=metered_state,
        pdf_text=pdf_text_extractor(),
    )
