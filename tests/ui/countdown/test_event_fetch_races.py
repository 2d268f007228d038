"""Fetching a newer event file against everything else that happens meanwhile: the
Update button pressed again, the address changed, a file opened by the user. Real
threads (the network pool and the database lane) and a real loopback server."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from companion.core.event.reminders import Reminders
from companion.core.event.store import EventStore, LoadedEvent
from companion.core.services import CoreServices
from companion.ui.app import build_context, shutdown_context
from companion.ui.context import AppContext
from companion.ui.countdown.area import CountdownArea
from companion.ui.countdown.collaborators import Collaborators
from companion.ui.countdown.view import COL_TITLE
from companion.ui.ops import ChangeOp
from tests.core.event.helpers import event_bytes, event_dict
from tests.support.clocks import FrozenClock
from tests.support.httpserver import LoopbackServer, Reply, Request

DAY_BEFORE = datetime(2018, 3, 14, tzinfo=UTC)
#: how long the slow server takes to answer: long enough for the user to act meanwhile
SLOW_S = 0.6


@pytest.fixture
def ctx(core: CoreServices) -> Iterator[AppContext]:
    core.settings.event.local_timezone = "Africa/Dar_es_Salaam"
    context = build_context(core)
    yield context
    shutdown_context(context)


@pytest.fixture
def srv() -> Iterator[LoopbackServer]:
    with LoopbackServer() as server:
        yield server


def _area(qtbot: QtBot, ctx: AppContext, store: EventStore | None = None) -> CountdownArea:
    store = store or EventStore(ctx.core.paths)
    c = Collaborators(
        clock=FrozenClock(DAY_BEFORE),
        settings=ctx.services.settings,
        store=store,
        reminders=Reminders(ctx.core.db),
        http=lambda: ctx.core.http,
        tasks=ctx.tasks,
        signals=ctx.signals,
    )
    area = CountdownArea(c, store.load())
    qtbot.addWidget(area)
    return area


def _moved() -> bytes:
    """The test event with session "a" moved by half an hour."""
    raw = event_dict()
    raw["sessions"][0]["start"] = "2018-03-15T08:30"
    return json.dumps(raw).encode()


def _titles(area: CountdownArea) -> list[str]:
    tree = area.view.programme
    items = [tree.topLevelItem(row) for row in range(tree.topLevelItemCount())]
    return [item.text(COL_TITLE) for item in items if item is not None]


def _idle(qtbot: QtBot, ctx: AppContext) -> None:
    qtbot.waitUntil(lambda: ctx.tasks.pending == 0, timeout=10_000)


def test_update_pressed_again_on_a_slow_link_keeps_the_changed_marks(
    qtbot: QtBot, ctx: AppContext, srv: LoopbackServer, tmp_path: Path
) -> None:
    """A server without validators, slowly: the fetch at start is still running when
    the user presses Update twice. One fetch at a time, the two presses make one more;
    that one finds the same file, and "a (changed)" stays marked (the second install
    used to compare the file with itself and clear the marks)."""
    old = tmp_path / "old.json"
    old.write_bytes(event_bytes())
    EventStore(ctx.core.paths).import_file(old, now=ctx.core.clock.now())
    srv.route("GET", "/e.json", lambda r: Reply(200, _moved(), delay=SLOW_S))
    ctx.services.settings.current.event.event_url = srv.url("/e.json")
    area = _area(qtbot, ctx)
    qtbot.waitUntil(lambda: len(srv.requests) == 1, timeout=5000)
    area.view.update_button.click()
    area.view.update_button.click()
    _idle(qtbot, ctx)
    assert len(srv.requests) == 2
    assert _titles(area) == ["A (changed)", "B"]
    assert EventStore(ctx.core.paths).load().changed == {"a"}


def test_an_older_address_finishing_last_does_not_win(
    qtbot: QtBot, ctx: AppContext, srv: LoopbackServer
) -> None:
    """The address is changed while the old one is still being fetched; the new one
    answers at once. The old file, arriving last, is not installed or shown."""
    srv.route("GET", "/old.json", lambda r: Reply(200, event_bytes(name="Old"), delay=SLOW_S))
    srv.route("GET", "/new.json", lambda r: Reply(200, event_bytes(name="New")))
    settings = ctx.services.settings
    settings.current.event.event_url = srv.url("/old.json")
    area = _area(qtbot, ctx)
    qtbot.waitUntil(lambda: len(srv.requests) == 1, timeout=5000)
    new_url = srv.url("/new.json")
    # as the settings dialog changes it: on the database lane, then announced
    ChangeOp(
        ctx.tasks, lambda: settings.update(lambda s: setattr(s.event, "event_url", new_url))
    ).run()
    _idle(qtbot, ctx)
    assert [r.path for r in srv.requests] == ["/old.json", "/new.json"]
    assert area.view.title.text() == "New"
    saved = EventStore(ctx.core.paths).load()
    assert (saved.event.name, saved.source, saved.origin) == ("New", "url", new_url)


def test_a_file_opened_during_a_fetch_stays(
    qtbot: QtBot, ctx: AppContext, srv: LoopbackServer, tmp_path: Path
) -> None:
    """The user opens an event file while the app is still fetching from the address:
    the file the user chose is the one in use, shown and labelled as theirs."""
    srv.route("GET", "/e.json", lambda r: Reply(200, event_bytes(name="Fetched"), delay=SLOW_S))
    ctx.services.settings.current.event.event_url = srv.url("/e.json")
    mine = tmp_path / "mine.json"
    mine.write_bytes(event_bytes(name="Mine"))
    area = _area(qtbot, ctx)
    qtbot.waitUntil(lambda: len(srv.requests) == 1, timeout=5000)
    area.ask_open_path = lambda: str(mine)  # type: ignore[method-assign]
    area.view.open_button.click()
    qtbot.waitUntil(lambda: area.view.title.text() == "Mine", timeout=5000)
    _idle(qtbot, ctx)
    assert area.view.title.text() == "Mine"
    saved = EventStore(ctx.core.paths).load()
    assert (saved.event.name, saved.source, saved.origin) == ("Mine", "file", "mine.json")


class _WhereWritten(EventStore):
    """Notes on which thread the event folder's file and state are written."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx.core.paths)
        self._lane = ctx.tasks.lane
        self.off_lane: list[str] = []

    def _note(self, what: str) -> None:
        if not self._lane.on_lane():
            self.off_lane.append(f"{what} on {threading.current_thread().name}")

    def install(self, data: bytes, **kwargs: Any) -> LoadedEvent:
        self._note("install")
        return super().install(data, **kwargs)

    def touch_state(self, now: datetime, *args: Any) -> None:
        self._note("touch_state")
        super().touch_state(now, *args)


def test_the_event_state_is_written_on_the_database_lane_only(
    qtbot: QtBot, ctx: AppContext, srv: LoopbackServer, tmp_path: Path
) -> None:
    """A fetch (200, then 304) and a file opened by the user write the same state file:
    all of it happens on one lane, so a "not modified" answer can never write back the
    state it read before the user's file was installed (labelling the user's file as
    the address's, with its validators)."""

    def conditional(req: Request) -> Reply:
        if req.header("If-None-Match") == '"v1"':
            return Reply(304, b"", {"ETag": '"v1"'})
        return Reply(200, event_bytes(name="Fetched"), {"ETag": '"v1"'})

    srv.route("GET", "/e.json", conditional)
    ctx.services.settings.current.event.event_url = srv.url("/e.json")
    store = _WhereWritten(ctx)
    area = _area(qtbot, ctx, store)
    qtbot.waitUntil(lambda: area.view.title.text() == "Fetched", timeout=5000)
    _idle(qtbot, ctx)
    area.view.update_button.click()  # 304
    _idle(qtbot, ctx)
    assert [r.header("If-None-Match") for r in srv.requests] == [None, '"v1"']
    mine = tmp_path / "mine.json"
    mine.write_bytes(event_bytes(name="Mine"))
    area.ask_open_path = lambda: str(mine)  # type: ignore[method-assign]
    area.view.open_button.click()
    _idle(qtbot, ctx)
    assert area.view.title.text() == "Mine"
    assert store.off_lane == []
