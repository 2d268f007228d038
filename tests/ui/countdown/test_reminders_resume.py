"""Reminders after a suspend or a forward clock change: Qt's timers do not count the time
a Linux or macOS laptop sleeps, so the reminders' timer never waits long; a reminder
late only because the computer slept is not said to be missed "because the app was
closed" (audit 3, item 2)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from pytestqt.qtbot import QtBot

from companion.core.event.model import Event
from companion.core.event.reminders import Reminder, Reminders
from companion.core.event.store import EventStore, sample_event_path
from companion.core.services import CoreServices
from companion.ui.app import build_context, shutdown_context
from companion.ui.context import AppContext
from companion.ui.countdown.area import CountdownArea
from companion.ui.countdown.collaborators import Collaborators
from companion.ui.countdown.stars import REMINDER_RECHECK_MS
from tests.support.clocks import FrozenClock

SAMPLE = "shareasm-sample"
#: the sample's session s2 starts at 10:00 UTC: its reminder is due at 09:45
S2_DUE = datetime(2018, 3, 15, 9, 45, tzinfo=UTC)


@pytest.fixture
def ctx(core: CoreServices) -> Iterator[AppContext]:
    core.settings.event.local_timezone = "Africa/Dar_es_Salaam"
    core.settings.event.reminder_minutes = 15
    context = build_context(core)
    yield context
    shutdown_context(context)


class CountingReminders(Reminders):
    """Counts the database checks."""

    checks = 0

    def take_due(self, event: Event, minutes: int, now: datetime) -> list[Reminder]:
        self.checks += 1
        return super().take_due(event, minutes, now)


def make_area(
    qtbot: QtBot, ctx: AppContext, at: datetime
) -> tuple[CountdownArea, FrozenClock, CountingReminders]:
    store = EventStore(ctx.core.paths)
    store.import_file(sample_event_path(), now=ctx.core.clock.now())
    clock = FrozenClock(at)
    reminders = CountingReminders(ctx.core.db)
    c = Collaborators(
        clock=clock,
        settings=ctx.services.settings,
        store=store,
        reminders=reminders,
        http=lambda: ctx.core.http,
        tasks=ctx.tasks,
        signals=ctx.signals,
    )
    area = CountdownArea(c, store.load())
    qtbot.addWidget(area)
    return area, clock, reminders


def star_s2(ctx: AppContext) -> None:
    Reminders(ctx.core.db).set_star(SAMPLE, "s2", True, datetime(2018, 3, 1, tzinfo=UTC))


def test_the_timer_never_waits_longer_than_a_minute(qtbot: QtBot, ctx: AppContext) -> None:
    star_s2(ctx)
    area, _clock, _r = make_area(qtbot, ctx, datetime(2018, 3, 15, 9, 15, tzinfo=UTC))
    timer = area.stars._timer
    qtbot.waitUntil(timer.isActive)
    assert REMINDER_RECHECK_MS <= 60_000
    assert timer.interval() <= 60_000  # the reminder is 30 min away


def test_a_reminder_due_while_asleep_comes_within_a_minute_of_waking(
    qtbot: QtBot, ctx: AppContext
) -> None:
    star_s2(ctx)
    area, clock, _r = make_area(qtbot, ctx, datetime(2018, 3, 15, 9, 15, tzinfo=UTC))
    timer = area.stars._timer
    qtbot.waitUntil(timer.isActive)
    banner = area.view.reminder_banner
    assert not banner.isVisibleTo(area)
    # the lid closed at 09:15:30, opened at 10:20: Qt's timer fires about a minute
    # after waking (it did not count the sleep)
    clock.set(datetime(2018, 3, 15, 10, 20, tzinfo=UTC))
    timer.timeout.emit()
    qtbot.waitUntil(lambda: banner.isVisibleTo(area))
    text = banner.text()
    assert "Missed reminder" in text and "It started at" in text
    assert "the app was closed" not in text  # it was not: the computer slept


def test_a_reminder_missed_while_the_app_was_closed_says_so(qtbot: QtBot, ctx: AppContext) -> None:
    star_s2(ctx)
    area, _clock, _r = make_area(qtbot, ctx, datetime(2018, 3, 15, 10, 20, tzinfo=UTC))
    banner = area.view.reminder_banner
    qtbot.waitUntil(lambda: banner.isVisibleTo(area))
    assert "Missed reminder" in banner.text() and "the app was closed" in banner.text()


def test_a_forward_clock_change_is_seen_within_a_minute(qtbot: QtBot, ctx: AppContext) -> None:
    star_s2(ctx)
    area, clock, _r = make_area(qtbot, ctx, datetime(2018, 3, 15, 8, 0, tzinfo=UTC))
    timer = area.stars._timer
    qtbot.waitUntil(timer.isActive)
    assert timer.interval() <= 60_000
    clock.set(S2_DUE)  # the clock is set 1 h 45 min forward
    timer.timeout.emit()
    banner = area.view.reminder_banner
    qtbot.waitUntil(lambda: banner.isVisibleTo(area))
    assert "Starting soon" in banner.text()


def test_looking_at_the_clock_asks_the_database_only_when_a_reminder_is_due(
    qtbot: QtBot, ctx: AppContext
) -> None:
    star_s2(ctx)
    area, clock, reminders = make_area(qtbot, ctx, datetime(2018, 3, 15, 9, 0, tzinfo=UTC))
    timer = area.stars._timer
    qtbot.waitUntil(timer.isActive)
    checks = reminders.checks
    for minute in range(1, 5):
        clock.set(datetime(2018, 3, 15, 9, minute, tzinfo=UTC))
        timer.timeout.emit()
        assert timer.isActive()  # armed again, without a query
    assert reminders.checks == checks
    clock.set(S2_DUE)
    timer.timeout.emit()
    qtbot.waitUntil(lambda: reminders.checks == checks + 1)
