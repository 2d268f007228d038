"""Posts as a social client shows them: relative times, the network badge, links that
open in the system browser, an ALT badge, and per-post actions."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QGuiApplication
from pytestqt.qtbot import QtBot

from companion.core.live.model import Author, Media, Post
from companion.core.services import CoreServices
from companion.ui.app import gui_services
from companion.ui.context import AppSignals
from companion.ui.live.area import live_services
from companion.ui.live.relative import badge_text, relative_time
from companion.ui.live.widget import LiveArea
from companion.ui.tasks import TaskManager
from tests.support.fake_mastodon import FakeMastodon, status
from tests.support.httpserver import LoopbackServer

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

NOW = datetime(2026, 6, 16, 14, 0, tzinfo=UTC)


@pytest.fixture
def tasks() -> Iterator[TaskManager]:
    tm = TaskManager()
    yield tm
    tm.shutdown(wait=False)


class _Opened(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url.toString())


@pytest.fixture
def opened() -> Iterator[_Opened]:
    handler = _Opened()
    for scheme in ("http", "https"):
        QDesktopServices.setUrlHandler(scheme, handler, "open")
    yield handler
    for scheme in ("http", "https"):
        QDesktopServices.unsetUrlHandler(scheme)


def test_relative_times() -> None:
    local_now = NOW.astimezone()
    assert relative_time(NOW - timedelta(seconds=20), NOW) == "now"
    assert relative_time(NOW + timedelta(minutes=3), NOW) == "now"  # a fast clock elsewhere
    assert relative_time(NOW - timedelta(minutes=5), NOW).startswith("5 min")
    midnight = local_now.replace(hour=0, minute=0, second=0, microsecond=0)
    if local_now - midnight > timedelta(hours=3):
        assert relative_time(NOW - timedelta(hours=3), NOW).startswith("3 h")
    yesterday = midnight - timedelta(hours=12)
    assert relative_time(yesterday, NOW) == "yesterday"
    # just after midnight, a post from 22:30 is "2 h" old, not "yesterday"
    after_midnight = (midnight + timedelta(minutes=30)).astimezone(UTC)
    assert relative_time(after_midnight - timedelta(hours=2), after_midnight).startswith("2 h")
    assert relative_time(datetime(2026, 3, 5, 12, tzinfo=UTC), NOW) == "5 Mar"
    assert relative_time(datetime(2025, 3, 5, 12, tzinfo=UTC), NOW) == "5 Mar 2025"


def _post(**kw: object) -> Post:
    base: dict[str, object] = {
        "uri": "u1",
        "network": "mastodon",
        "author": Author("Amina", "amina@example.org"),
        "created_at": NOW,
        "html": "",
        "text": "hi",
        "source": "mastodon:https://mastodon.social",
    }
    base.update(kw)
    return Post(**base)  # type: ignore[arg-type]


def test_network_and_instance_badge() -> None:
    assert badge_text(_post()) == "Mastodon · mastodon.social"
    assert badge_text(_post(network="bluesky", source="bluesky")) == "Bluesky"


def _area(qtbot: QtBot, core: CoreServices, tasks: TaskManager, url: str) -> LiveArea:
    core.settings.live.mastodon_instances = [url]
    core.settings.live.bluesky_enabled = False
    area = LiveArea(live_services(gui_services(core, tasks)), tasks, AppSignals(), tick_ms=50)
    qtbot.addWidget(area, before_close_func=lambda w: w.shutdown())  # type: ignore[attr-defined]
    area.resize(1000, 700)
    area.show()
    area.start()
    return area


def test_per_post_actions(
    qtbot: QtBot,
    core: CoreServices,
    tasks: TaskManager,
    loopback: LoopbackServer,
    opened: _Opened,
) -> None:
    fake = FakeMastodon(loopback)
    fake.add(
        status(
            "a1",
            content='<p>See <a href="https://iied.org/asm">iied.org/asm</a> '
            '<a href="https://example.org/tags/shareASM" class="hashtag">#shareASM</a></p>',
        )
    )
    fake.add(status("b1", acct="juma@example.org", minutes=1))
    area = _area(qtbot, core, tasks, loopback.base_url)
    qtbot.waitUntil(lambda: area.model.rowCount() == 2, timeout=5000)
    row = next(i for i in range(2) if area.model.post_at(i).author.handle == "amina@example.org")  # type: ignore[union-attr]
    area.view.list.setCurrentIndex(area.model.index(row, 0))
    v = area.view
    assert v.open_original.isEnabled() and v.copy_link.isEnabled() and v.mute_author.isEnabled()
    # open the original
    v.open_original.click()
    assert opened.urls == ["https://example.org/@amina/a1"]
    # copy link
    v.copy_link.click()
    assert QGuiApplication.clipboard().text() == "https://example.org/@amina/a1"
    # links and hashtags in the reading pane open in the system browser; nothing else
    v.detail.anchorClicked.emit(QUrl("https://example.org/tags/shareASM"))
    v.detail.anchorClicked.emit(QUrl("javascript:alert(1)"))
    assert opened.urls[-1] == "https://example.org/tags/shareASM" and len(opened.urls) == 2
    # share in a new post
    with qtbot.waitSignal(area.signals.compose_requested) as blocker:  # type: ignore[union-attr]
        v.share.click()
    assert blocker.args[0].startswith("https://example.org/@amina/a1")
    # mute the author: saved, and their posts go
    v.mute_author.click()
    qtbot.waitUntil(lambda: area.model.rowCount() == 1, timeout=5000)
    assert "amina@example.org" in core.settings.live.muted_accounts or (
        "amina@example.org" in area.settings.muted_accounts
    )
    area.shutdown()


def test_alt_badge_only_for_pictures_with_alt_text() -> None:
    from companion.ui.live.delegate import PostDelegate

    d = PostDelegate(lambda _u: None, set(), set())
    post = _post(
        media=(
            Media("image", "http://127.0.0.1:9/1.jpg", "http://127.0.0.1:9/1s.jpg", "Miners"),
            Media("image", "http://127.0.0.1:9/2.jpg", "http://127.0.0.1:9/2s.jpg", ""),
        )
    )
    assert d._alts(post) == {"http://127.0.0.1:9/1s.jpg": "Miners"}
