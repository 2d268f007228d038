"""Entry point of the countdown area, kept light: the event file is read and checked
on the database thread, and the area's modules are imported once it arrives, after
the window's first paint."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from companion.ui.async_area import AsyncArea
from companion.ui.context import AppContext

if TYPE_CHECKING:
    from companion.core.event.store import EventStore, LoadedEvent


def create(ctx: AppContext) -> QWidget:
    store: EventStore | None = None

    def load() -> LoadedEvent:
        nonlocal store
        from companion.core.event.store import EventStore

        store = EventStore(ctx.core.paths)
        return store.load()

    def build(loaded: LoadedEvent) -> QWidget:
        from companion.ui.countdown.area import build as build_area

        assert store is not None
        return build_area(ctx, store, loaded)

    return AsyncArea(ctx.tasks, load, build)
