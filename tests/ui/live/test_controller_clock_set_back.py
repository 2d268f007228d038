"""The live controller when the computer's clock is set back (NTP, or the user fixing a
wrong clock): a stream that ended rested until a wall-clock instant, so it was not tried
again for as long as the clock went back, days (audit 3, f2)."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from pytestqt.qtbot import QtBot

from companion.core.accounts.model import Account, AccountRepository, Network
from companion.core.clock import Clock
from companion.core.services import CoreServices
from companion.ui.app import gui_services
from companion.ui.live.area import live_services
from companion.ui.live.controller import LiveController
from companion.ui.tasks import TaskManager
from tests.support.fake_mastodon import FakeMastodon, status
from tests.support.httpserver import LoopbackServer, Reply, Request

START = datetime(2026, 11, 27, 9, 0, tzinfo=UTC)


@pytest.fixture
def tasks() -> Iterator[TaskManager]:
    tm = TaskManager()
    yield tm
    tm.shutdown(wait=False)


class HandClock:
    """The controller's clock: moves only when the test moves it."""

    def __init__(self) -> None:
        self.wall_s = START.timestamp()
        self.boot_s = 1000.0
        self.clock = Clock(wall=lambda: self.wall_s, monotonic=lambda: self.boot_s)

    def run(self, seconds: float) -> None:
        self.wall_s += seconds
        self.boot_s += seconds

    def set_back(self, delta: timedelta) -> None:
        self.wall_s -= delta.total_seconds()


def test_a_stream_that_ended_is_tried_again_after_its_rest_when_the_clock_is_set_back(
    qtbot: QtBot, core: CoreServices, tasks: TaskManager, loopback: LoopbackServer
) -> None:
    fake = FakeMastodon(loopback)
    fake.add(status("100"))
    acc = Account(Account.new_id(), Network.MASTODON, loopback.base_url, "me@127.0.0.1")
    AccountRepository(core.db).save(acc)
    core.credentials.set(acc.id, json.dumps({"access_token": "tok"}))
    connections: list[Request] = []

    def refuse(req: Request) -> Reply:
        connections.append(req)
        return Reply(503, b"busy")

    fake.stream = refuse
    core.settings.live.mastodon_instances = [loopback.base_url]
    core.settings.live.bluesky_enabled = False
    hand = HandClock()
    live = dataclasses.replace(live_services(gui_services(core, tasks)), clock=hand.clock)
    controller = LiveController(live, tasks, tick_ms=50)
    try:
        controller.start()
        qtbot.waitUntil(lambda: len(connections) == 1, timeout=5000)
        src = controller.sources[0]
        qtbot.waitUntil(lambda: controller._streams[src.key].retry_at is not None, timeout=5000)
        slot = controller._streams[src.key]
        assert slot.stream is None and slot.retry_at is not None
        rest = slot.retry_at - hand.clock.now()
        assert timedelta(0) < rest <= timedelta(minutes=10)
        hand.set_back(timedelta(days=1))
        qtbot.wait(300)  # ticks on the clock set back; time stands still
        assert len(connections) == 1
        hand.run(rest.total_seconds() + 1)  # the rest is over
        # it used to wait a day more
        qtbot.waitUntil(lambda: len(connections) == 2, timeout=5000)
    finally:
        controller.shutdown()


def test_a_source_is_polled_again_after_its_wait_when_the_clock_is_set_back(
    qtbot: QtBot, core: CoreServices, tasks: TaskManager, loopback: LoopbackServer
) -> None:
    fake = FakeMastodon(loopback)
    fake.add(status("100"))

    def polls() -> int:
        return sum(1 for r in loopback.requests if r.path.startswith("/api/v1/timelines/tag/"))

    core.settings.live.mastodon_instances = [loopback.base_url]
    core.settings.live.bluesky_enabled = False
    hand = HandClock()
    live = dataclasses.replace(live_services(gui_services(core, tasks)), clock=hand.clock)
    controller = LiveController(live, tasks, tick_ms=50)
    try:
        controller.start()
        qtbot.waitUntil(lambda: polls() == 1, timeout=5000)
        src = controller.sources[0]
        qtbot.waitUntil(lambda: src.schedule.next_at is not None, timeout=5000)
        assert src.schedule.next_at is not None
        wait = src.schedule.next_at - hand.clock.now()
        hand.set_back(timedelta(days=1))
        qtbot.wait(300)  # ticks on the clock set back; time stands still
        assert polls() == 1
        hand.run(wait.total_seconds() + 1)
        # it used to wait a day more
        qtbot.waitUntil(lambda: polls() == 2, timeout=5000)
    finally:
        controller.shutdown()
