"""Empty and offline states of the Live view: one banner for all sources, an empty view
that says what to do next, the chart's empty state and hours in the event's zone."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from pytestqt.qtbot import QtBot

from companion.core.live.mastodon import parse_status
from companion.core.live.schedule import Phase
from companion.core.live.store import PostStore
from companion.core.services import CoreServices
from companion.ui.app import gui_services
from companion.ui.context import AppSignals
from companion.ui.live.area import live_services
from companion.ui.live.chart import HourChart
from companion.ui.live.widget import LiveArea
from companion.ui.tasks import TaskManager
from tests.support.fake_mastodon import FakeMastodon, status
from tests.support.httpserver import LoopbackServer

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def tasks() -> Iterator[TaskManager]:
    tm = TaskManager()
    yield tm
    tm.shutdown(wait=False)


def _shutdown(widget: object) -> None:
    assert isinstance(widget, LiveArea)
    widget.shutdown()


def _closed_port() -> str:
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return f"http://127.0.0.1:{port}"


def _area(
    qtbot: QtBot, core: CoreServices, tasks: TaskManager, urls: list[str], signals: AppSignals
) -> LiveArea:
    core.settings.live.mastodon_instances = urls
    core.settings.live.bluesky_enabled = False
    area = LiveArea(live_services(gui_services(core, tasks)), tasks, signals, tick_ms=50)
    qtbot.addWidget(area, before_close_func=_shutdown)
    area.resize(1000, 700)
    area.show()
    area.start()
    return area


@pytest.mark.allow_warnings
def test_one_banner_for_every_unreachable_source(
    qtbot: QtBot, core: CoreServices, tasks: TaskManager
) -> None:
    urls = [_closed_port() for _ in range(4)]
    store = PostStore(core.db)
    answered = core.clock.now() - timedelta(minutes=20)
    for u in urls:
        store.set_cursor(f"mastodon:{u}", "", answered)
    area = _area(qtbot, core, tasks, urls, AppSignals())
    qtbot.waitUntil(lambda: area.controller.outage()[0] == 4, timeout=10_000)
    qtbot.waitUntil(lambda: area.view.banner.text().startswith("4 source"), timeout=5000)
    assert area.view.banner_box.isVisible()
    text = area.view.banner.text()
    since = answered.astimezone()
    if since.date() == core.clock.now().astimezone().date():
        assert "unreachable since " + since.strftime("%H:%M") in text
    else:  # run just after midnight: the banner names the day before the time
        assert "unreachable since " in text and since.strftime("%H:%M") in text
        assert text.index("unreachable since ") < text.index(since.strftime("%H:%M"))
    assert "next try in" in text
    # one banner, not one paragraph per source: the per-source lines are details
    assert text.count("\n") == 0 and "127.0.0.1" not in text
    assert not area.view.sources.isVisible()
    area.view.banner_details.click()
    assert area.view.sources.isVisible() and area.view.sources_details.isChecked()
    assert area.view.sources.text().count("<br>") == 3  # one line per source
    assert "4 unreachable" in area.view.sources_summary.text()
    # an empty view says what to do next
    assert area.view.empty_box.isVisible() and not area.view.list.isVisible()
    assert "cannot be reached" in area.view.empty_hint.text()
    area.shutdown()


def test_empty_without_sources_fills_the_area_and_says_what_to_do(
    qtbot: QtBot, core: CoreServices, tasks: TaskManager
) -> None:
    area = _area(qtbot, core, tasks, [], AppSignals())
    qtbot.waitUntil(lambda: area._loaded, timeout=5000)
    v = area.view
    assert v.empty_box.isVisible() and not v.list.isVisible()
    assert v.empty.text() == "No sources are set up."
    assert "Settings" in v.empty_hint.text()
    assert v.empty_box.height() > area.height() // 2  # fills the list's place
    assert not v.banner_box.isVisible()
    area.shutdown()


def test_filters_hiding_every_post_offer_to_clear_them(
    qtbot: QtBot, core: CoreServices, tasks: TaskManager, loopback: LoopbackServer
) -> None:
    fake = FakeMastodon(loopback)
    fake.add(status("a1"))
    area = _area(qtbot, core, tasks, [loopback.base_url], AppSignals())
    qtbot.waitUntil(lambda: area.model.rowCount() == 1, timeout=5000)
    area.view.search.setText("nothing like this")
    area._on_filter_changed()
    assert area.view.empty.text() == "No post matches these filters."
    assert area.view.empty_action.isVisible()
    area.view.empty_action.click()
    assert area.view.search.text() == "" and area.model.rowCount() == 1
    assert area.view.list.isVisible() and not area.view.empty_box.isVisible()
    area.shutdown()


def test_empty_with_sources_offers_to_write(
    qtbot: QtBot, core: CoreServices, tasks: TaskManager, loopback: LoopbackServer
) -> None:
    FakeMastodon(loopback)
    signals = AppSignals()
    area = _area(qtbot, core, tasks, [loopback.base_url], signals)
    qtbot.waitUntil(
        lambda: any(s.phase is Phase.POLLING for _, s in area.controller.states()), timeout=5000
    )
    assert area.view.empty.text() == "No posts yet."
    with qtbot.waitSignal(signals.compose_requested) as blocker:
        area.view.empty_action.click()
    assert "#shareASM" in blocker.args[0]
    # the title bar names the hashtags followed
    assert "#shareASM" in area.view.title.text()
    area.shutdown()


def test_chart_empty_state_and_hours_in_the_event_zone(qtbot: QtBot) -> None:
    chart = HourChart()
    qtbot.addWidget(chart)
    end = datetime(2026, 6, 16, 9, 40, tzinfo=UTC)
    chart.set_counts([0] * 12, end, ZoneInfo("Africa/Nairobi"))
    assert chart.empty and chart.toolTip() == "No posts in the last 12 hours yet."
    hours = chart.hour_starts()
    assert [h.hour for h in hours][-1] == 12 and hours[0].hour == 1  # 09 UTC = 12 EAT
    assert chart.zone_name() == "EAT"
    chart.resize(300, 120)
    chart.grab()  # paints both states without error
    chart.set_counts([1] * 12, end, ZoneInfo("Africa/Nairobi"))
    assert not chart.empty
    chart.grab()


def test_the_area_reads_the_event_zone(
    qtbot: QtBot, core: CoreServices, tasks: TaskManager
) -> None:
    store = PostStore(core.db)
    store.save([parse_status(status("c1"))], core.clock.now())
    area = _area(qtbot, core, tasks, [], AppSignals())
    qtbot.waitUntil(lambda: str(area.zone) == "Europe/London", timeout=5000)
    area.shutdown()
