"""A laptop whose clock is wrong (issue 13 item 12): after one reply from a server
whose clock differs by more than 2 minutes, the countdown and the reminders use the
corrected time and say so."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from pytestqt.qtbot import QtBot

from companion.core.event.reminders import Reminders
from companion.core.event.store import EventStore
from companion.core.net import HttpClient
from companion.core.services import CoreServices
from companion.ui.app import build_context, shutdown_context
from companion.ui.context import AppContext
from companion.ui.countdown.area import CountdownArea
from companion.ui.countdown.collaborators import Collaborators
from companion.ui.countdown.text import clock_notice, duration_text
from companion.ui.i18n import apply_language
from tests.core.event.helpers import event_bytes
from tests.support.clocks import FrozenClock
from tests.support.httpserver import LoopbackServer, Reply

#: the laptop's clock; the shipped 2018 event starts 2018-03-15 00:00 UTC
LAPTOP = datetime(2018, 3, 14, 20, 0, tzinfo=UTC)


@pytest.fixture
def ctx(core: CoreServices) -> Iterator[AppContext]:
    core.settings.event.local_timezone = "Africa/Dar_es_Salaam"
    core.settings.event.reminder_minutes = 15
    context = build_context(core)
    yield context
    shutdown_context(context)


def area_against(
    qtbot: QtBot, ctx: AppContext, srv: LoopbackServer, server_ahead: timedelta
) -> CountdownArea:
    """A countdown whose HTTP client talks to ``srv``, a server ``server_ahead`` of the
    laptop, and whose event address is on that server (one request at start)."""
    clock = FrozenClock(LAPTOP)
    srv.clock = lambda: clock.now() + server_ahead
    srv.route("GET", "/event.json", lambda req: Reply(200, event_bytes(name="Fetched day")))
    ctx.core.settings.event.event_url = srv.url("/event.json")
    store = EventStore(ctx.core.paths)
    c = Collaborators(
        clock=clock,
        settings=ctx.services.settings,
        store=store,
        reminders=Reminders(ctx.core.db),
        http=lambda: HttpClient(now=clock.now, skew=clock.skew),
        tasks=ctx.tasks,
        signals=ctx.signals,
    )
    area = CountdownArea(c, store.load())
    qtbot.addWidget(area)
    assert area.view.remaining.text() == "04:00:00"  # before any reply: the laptop's clock
    assert not area.view.clock_notice.isVisibleTo(area)
    qtbot.waitUntil(lambda: area.view.title.text() == "Fetched day", timeout=5000)
    area._on_tick()
    return area


def test_a_server_3h12_ahead_corrects_the_countdown_and_says_so(
    qtbot: QtBot, ctx: AppContext, loopback: LoopbackServer
) -> None:
    area = area_against(qtbot, ctx, loopback, timedelta(hours=3, minutes=12))
    assert area.view.remaining.text() == "00:48:00"
    assert area.view.clock_notice.isVisibleTo(area)
    assert area.view.clock_notice.text() == (
        "This computer's clock is 3 h 12 min behind; times shown are corrected"
    )
    assert area.state().now == LAPTOP + timedelta(hours=3, minutes=12)


def test_under_two_minutes_no_notice_and_no_correction(
    qtbot: QtBot, ctx: AppContext, loopback: LoopbackServer
) -> None:
    area = area_against(qtbot, ctx, loopback, timedelta(seconds=90))
    assert area.view.remaining.text() == "04:00:00"
    assert not area.view.clock_notice.isVisibleTo(area)
    assert area.view.clock_notice.text() == ""


def test_reminders_fire_on_the_corrected_time(
    qtbot: QtBot, ctx: AppContext, loopback: LoopbackServer
) -> None:
    """The day starts at 00:00 UTC; the laptop reads 20:00 but it is really 23:46: the
    15-minute reminder is due (on the laptop's clock it would be hours away)."""
    Reminders(ctx.core.db).set_star("test-event", "@day", True, LAPTOP)
    area = area_against(qtbot, ctx, loopback, timedelta(hours=3, minutes=46))
    qtbot.waitUntil(lambda: area.view.reminder_banner.isVisibleTo(area), timeout=5000)
    assert "Starting soon" in area.view.reminder_banner.text()
    assert area.view.remaining.text() == "00:14:00"


def test_a_clock_ahead_says_ahead(qtbot: QtBot, ctx: AppContext, loopback: LoopbackServer) -> None:
    area = area_against(qtbot, ctx, loopback, -timedelta(days=1, hours=1))
    assert area.view.remaining.text() == "1 day 05:00:00"
    assert area.view.clock_notice.text() == (
        "This computer's clock is 1 day 1 h ahead; times shown are corrected"
    )


@pytest.mark.parametrize(
    ("seconds", "english"),
    [
        (-(3 * 3600 + 12 * 60), "3 h 12 min"),
        (3 * 60 + 1, "3 min"),
        (3600, "1 h"),
        (2 * 86400 + 60, "2 days 1 min"),
        (86400 + 29, "1 day"),
    ],
)
def test_duration_wording(seconds: int, english: str) -> None:
    assert duration_text(seconds) == english


@pytest.mark.parametrize(
    ("language", "wording"),
    [
        ("sw", "saa 3 dakika 12"),
        ("fr", "3 h 12 min"),
        ("pt", "3 h 12 min"),
    ],
)
def test_the_notice_is_translated(qapp: object, language: str, wording: str) -> None:
    apply_language(language)
    try:
        text = clock_notice(-timedelta(hours=3, minutes=12))
    finally:
        apply_language("en")
    assert wording in text
    assert "This computer" not in text
