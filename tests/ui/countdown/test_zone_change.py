"""The system's time zone changed while the app runs (a traveller, a zone fixed in the
system's settings): the countdown's "your time" and Python's local times follow it, as
Qt's date editors do (audit 3, item 3)."""

from __future__ import annotations

import sys
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from companion.core.clock import Clock
from companion.core.event.reminders import Reminders
from companion.core.event.store import EventStore
from companion.core.event.zones import SYSTEM_ZONE
from companion.core.services import CoreServices
from companion.ui import app as app_module
from companion.ui.app import ZONE_CHECK_MS, build_context, check_system_zone, shutdown_context
from companion.ui.context import AppContext
from companion.ui.countdown.area import CountdownArea
from companion.ui.countdown.collaborators import Collaborators

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="the zone is set through TZ")


@pytest.fixture
def system_zone(monkeypatch: pytest.MonkeyPatch) -> Iterator[pytest.MonkeyPatch]:
    """The system zone, as ``TZ`` (the system's setting on Linux when it is set)."""
    monkeypatch.setenv("TZ", "Africa/Accra")
    time.tzset()
    SYSTEM_ZONE.name = ""
    yield monkeypatch
    monkeypatch.undo()
    time.tzset()
    SYSTEM_ZONE.name = ""


@pytest.fixture
def ctx(core: CoreServices, system_zone: pytest.MonkeyPatch) -> Iterator[AppContext]:
    core.settings.event.local_timezone = ""  # "your time" is the system's
    context = build_context(core)
    yield context
    shutdown_context(context)


def make_area(qtbot: QtBot, ctx: AppContext, at: datetime) -> CountdownArea:
    store = EventStore(ctx.core.paths)
    c = Collaborators(
        clock=Clock(at, wall=lambda: at.timestamp()),
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


def test_the_countdown_and_python_follow_a_zone_change(
    qtbot: QtBot, ctx: AppContext, system_zone: pytest.MonkeyPatch
) -> None:
    area = make_area(qtbot, ctx, datetime(2018, 3, 13, 21, 0, tzinfo=UTC))
    assert "Accra" in area.view.start_local.text()
    check_system_zone()  # the first look (a minute after the start)
    area._on_tick()
    assert "Accra" in area.view.start_local.text()
    system_zone.setenv("TZ", "Asia/Tokyo")  # the laptop's zone is set to Tokyo's
    check_system_zone()
    instant = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)
    assert instant.astimezone().utcoffset() == timedelta(hours=9)  # outbox, editor, live
    area._on_tick()
    assert "Tokyo" in area.view.start_local.text()
    assert "Accra" not in area.view.start_local.text()
    assert area._current_zone() is not None and str(area._current_zone()) == "Asia/Tokyo"


def test_the_zone_setting_still_wins(
    qtbot: QtBot, ctx: AppContext, system_zone: pytest.MonkeyPatch
) -> None:
    ctx.core.settings.event.local_timezone = "Africa/Dar_es_Salaam"
    area = make_area(qtbot, ctx, datetime(2018, 3, 13, 21, 0, tzinfo=UTC))
    system_zone.setenv("TZ", "Asia/Tokyo")
    check_system_zone()
    area._on_tick()
    assert "Dar_es_Salaam" in area.view.start_local.text()


def test_the_zone_is_looked_at_every_minute_and_on_coming_back(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    looks: list[int] = []
    monkeypatch.setattr(app_module, "check_system_zone", lambda: looks.append(1))
    timer = app_module.watch_system_zone(qapp)
    try:
        assert timer.isActive() and timer.interval() == ZONE_CHECK_MS
        assert not looks  # nothing at the start
        qapp.applicationStateChanged.emit(Qt.ApplicationState.ApplicationActive)
        assert not looks
        timer.timeout.emit()  # a minute later
        assert len(looks) == 1
        qapp.applicationStateChanged.emit(Qt.ApplicationState.ApplicationActive)
        assert len(looks) == 2
        qapp.applicationStateChanged.emit(Qt.ApplicationState.ApplicationInactive)
        assert len(looks) == 2
        timer.timeout.emit()
        assert len(looks) == 3
    finally:
        shiboken6.delete(timer)  # its connection to the application goes with it
    qapp.applicationStateChanged.emit(Qt.ApplicationState.ApplicationActive)
    assert len(looks) == 3
