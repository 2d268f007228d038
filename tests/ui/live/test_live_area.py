from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt, QUrl
from pytestqt.qtbot import QtBot

from companion.core.accounts.model import Account, AccountRepository, Network
from companion.core.live.mastodon import parse_status
from companion.core.live.schedule import Phase
from companion.core.live.store import PostStore
from companion.core.services import CoreServices
from companion.ui.app import gui_services
from companion.ui.context import AppSignals
from companion.ui.live.area import live_services
from companion.ui.live.view import ReadingPane
from companion.ui.live.widget import LiveArea
from companion.ui.locale_format import hm
from companion.ui.tasks import TaskManager
from tests.support.fake_mastodon import FakeMastodon, sse, status
from tests.support.httpserver import LoopbackServer, Reply

# offscreen Qt says this when any top-level widget is shown
pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def tasks() -> Iterator[TaskManager]:
    tm = TaskManager()
    yield tm
    tm.shutdown(wait=False)


def _shutdown(widget: object) -> None:
    assert isinstance(widget, LiveArea)
    widget.shutdown()


def _area(qtbot: QtBot, core: CoreServices, tasks: TaskManager, url: str) -> LiveArea:
    core.settings.live.mastodon_instances = [url]
    core.settings.live.bluesky_enabled = False
    area = LiveArea(live_services(gui_services(core, tasks)), tasks, AppSignals(), tick_ms=50)
    qtbot.addWidget(area, before_close_func=_shutdown)  # even when the test fails
    area.resize(1000, 700)
    area.show()
    area.start()
    return area


def test_polls_shows_first_fill_then_new_posts_bar(
    qtbot: QtBot, core: CoreServices, tasks: TaskManager, loopback: LoopbackServer
) -> None:
    fake = FakeMastodon(loopback)
    fake.add(status("a1"), status("a2", minutes=1))
    area = _area(qtbot, core, tasks, loopback.base_url)
    qtbot.waitUntil(lambda: area.model.rowCount() == 2, timeout=5000)
    src = area.controller.sources[0]
    assert src.schedule.phase is Phase.POLLING
    fake.add(status("a3", minutes=2, content="<p>third</p>"))
    src.schedule.next_at = None  # do not wait for the adaptive interval
    qtbot.waitUntil(lambda: area.model.pending_count == 1, timeout=5000)
    assert area.model.rowCount() == 2
    assert area.view.new_posts.isVisible() and "1" in area.view.new_posts.text()
    assert loopback.requests[-1].arg("min_id") == "a2"
    area.view.new_posts.click()
    assert area.model.rowCount() == 3 and area.model.post_at(0).text == "third"  # type: ignore[union-attr]
    # cached for next time
    qtbot.waitUntil(lambda: PostStore(core.db).cursor(src.key) == "a3", timeout=5000)
    assert PostStore(core.db).count() == 3
    area.shutdown()


def test_hidden_or_offline_pauses_and_return_back_fills(
    qtbot: QtBot, core: CoreServices, tasks: TaskManager, loopback: LoopbackServer
) -> None:
    fake = FakeMastodon(loopback)
    fake.add(status("a1"))
    area = _area(qtbot, core, tasks, loopback.base_url)
    qtbot.waitUntil(lambda: area.model.rowCount() == 1, timeout=5000)
    area.controller.set_online(False)
    assert area.view.banner.isVisible() and "Offline" in area.view.banner.text()
    seen = len(loopback.requests)
    fake.add(status("a2", minutes=5))
    area.controller.sources[0].schedule.next_at = None
    area.controller.tick()
    assert len(loopback.requests) == seen  # nothing while offline
    assert all(s.phase is Phase.OFFLINE for _, s in area.controller.states())
    area.controller.set_online(True)
    qtbot.waitUntil(lambda: area.model.pending_count == 1, timeout=5000)
    assert not area.view.banner.isVisible()
    area.hide()
    assert area.controller.paused
    area.shutdown()


def test_login_needed_and_rate_limit_states(
    qtbot: QtBot, core: CoreServices, tasks: TaskManager, loopback: LoopbackServer
) -> None:
    fake = FakeMastodon(loopback)
    fake.access = "authenticated"
    area = _area(qtbot, core, tasks, loopback.base_url)
    qtbot.waitUntil(lambda: "login needed" in area.view.sources.text(), timeout=5000)
    assert "wants a login" in area.view.sources.text()
    area.shutdown()


def test_rate_limited_state_shows_until(
    qtbot: QtBot, core: CoreServices, tasks: TaskManager, loopback: LoopbackServer
) -> None:
    fake = FakeMastodon(loopback)
    fake.override = lambda req: Reply.json(
        {"error": "Too many requests"}, 429, {"X-RateLimit-Reset": "2099-01-01T10:15:00Z"}
    )
    area = _area(qtbot, core, tasks, loopback.base_url)
    qtbot.waitUntil(
        lambda: "waiting for the rate limit until" in area.view.sources.text(), timeout=5000
    )
    area.shutdown()


def test_offline_start_shows_cached_posts(
    qtbot: QtBot, core: CoreServices, tasks: TaskManager
) -> None:
    store = PostStore(core.db)
    store.save([parse_status(status("c1"))], datetime(2026, 11, 26, 9, tzinfo=UTC))
    store.set_cursor("mastodon:http://127.0.0.1:9", "c1", datetime(2026, 11, 26, 9, 30, tzinfo=UTC))
    area = _area(qtbot, core, tasks, "http://127.0.0.1:9")
    area.controller.set_online(False)
    qtbot.waitUntil(lambda: area.model.rowCount() == 1, timeout=5000)
    assert area.view.banner.isVisible()
    # as the system's locale writes times: "09:30", or "9:30 AM" on a 12-hour Windows
    local = hm(datetime(2026, 11, 26, 9, 30, tzinfo=UTC).astimezone())
    assert local in area.view.banner.text()
    area.shutdown()


def test_stream_for_logged_in_account_then_fallback_and_backfill(
    qtbot: QtBot, core: CoreServices, tasks: TaskManager, loopback: LoopbackServer
) -> None:
    fake = FakeMastodon(loopback)
    fake.add(status("s1"))
    repo = AccountRepository(core.db)
    acc = Account(Account.new_id(), Network.MASTODON, loopback.base_url, "me@127.0.0.1")
    repo.save(acc)
    core.credentials.set(acc.id, json.dumps({"access_token": "tok"}))
    connections: list[int] = []

    def stream(req: object) -> Reply:
        connections.append(1)
        frames = [b":)\n\n", sse(("update", status("s2", minutes=1, content="<p>streamed</p>"))),
                  sse(("delete", "s1"))]  # fmt: skip
        return Reply(200, headers={"Content-Type": "text/event-stream"}, stream=iter(frames))

    fake.stream = stream
    area = _area(qtbot, core, tasks, loopback.base_url)
    qtbot.waitUntil(lambda: bool(connections), timeout=5000)
    stream_req = next(r for r in loopback.requests if r.path.endswith("/streaming/hashtag"))
    assert stream_req.header("Authorization") == "Bearer tok"
    # the streamed update arrives, the delete removes s1, then the drop sends us back to polling
    qtbot.waitUntil(
        lambda: (
            area.model.pending_count + area.model.rowCount() == 1
            and any(r.arg("min_id") == "s2" for r in loopback.requests)
        ),
        timeout=5000,
    )
    area.model.show_pending()
    assert [p.text for p in area.model.visible_posts()] == ["streamed"]
    area.shutdown()


def test_post_html_never_loads_remote_resources(qtbot: QtBot, loopback: LoopbackServer) -> None:
    hits: list[str] = []

    def evil(req: object) -> Reply:
        hits.append("x")
        return Reply(200, b"x", {"Content-Type": "image/png"})

    loopback.route("GET", "/evil.png", evil)
    evil_url = loopback.url("/evil.png")
    browser = ReadingPane()
    qtbot.addWidget(browser)
    browser.setHtml(f'<p>hi<img src="{evil_url}"></p><link rel=stylesheet href="{evil_url}">')
    browser.show()
    assert not browser.grab().isNull()
    assert browser.loadResource(2, QUrl(loopback.url("/evil.png"))) is None
    assert hits == []


def test_share_asks_compose(qtbot: QtBot, core: CoreServices, tasks: TaskManager) -> None:
    area = _area(qtbot, core, tasks, "http://127.0.0.1:9")
    qtbot.waitUntil(lambda: area._loaded, timeout=5000)  # the cache is in
    area.model.set_posts([parse_status(status("x1"))])
    area.view.list.setCurrentIndex(area.model.index(0))
    assert area.view.share.isEnabled()
    assert area.signals is not None
    with qtbot.waitSignal(area.signals.compose_requested) as blocker:
        area.view.share.click()
    assert blocker.args[0].startswith("https://example.org/@amina/x1") and blocker.args[1] == "live"
    area.shutdown()


def test_avatars_load_in_background_and_data_saver_waits_for_a_click(
    qtbot: QtBot, core: CoreServices, tasks: TaskManager, loopback: LoopbackServer
) -> None:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QImage

    img = QImage(2000, 1000, QImage.Format.Format_RGB32)
    img.fill(0x336699)
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    img.save(buf, "PNG")
    png = bytes(data.data())
    loopback.route("GET", "/img/*", lambda req: Reply(200, png, {"Content-Type": "image/png"}))
    core.settings.live.data_saver = True
    area = _area(qtbot, core, tasks, "http://127.0.0.1:9")
    avatar = loopback.url("/img/avatar.png")
    preview = loopback.url("/img/preview.png")
    post = parse_status(
        status(
            "m1",
            account={"acct": "a", "display_name": "A", "avatar": avatar},
            media_attachments=[{"type": "image", "preview_url": preview, "description": "ore"}],
        )
    )
    area.model.set_posts([post])
    area.view.list.viewport().repaint()
    assert area.images.pixmap(avatar) is None and loopback.requests == []  # data saver: nothing
    area.view.list.clicked.emit(area.model.index(0))
    qtbot.waitUntil(lambda: area.images.pixmap(preview) is not None, timeout=5000)
    pix = area.images.pixmap(preview)
    assert pix is not None and max(pix.width(), pix.height()) <= 256  # decoded small
    assert [r.path for r in loopback.requests] == ["/img/preview.png"]
    area.shutdown()


def test_adding_an_account_rebuilds_the_sources(
    qtbot: QtBot, core: CoreServices, tasks: TaskManager, loopback: LoopbackServer
) -> None:
    fake = FakeMastodon(loopback)
    fake.access = "authenticated"
    core.settings.live.mastodon_instances = [loopback.base_url]
    core.settings.live.bluesky_enabled = False
    services = gui_services(core, tasks)
    area = LiveArea(live_services(services), tasks, AppSignals(), tick_ms=50)
    qtbot.addWidget(area, before_close_func=_shutdown)
    area.start()
    qtbot.waitUntil(lambda: "login needed" in area.view.sources.text(), timeout=5000)
    acc = Account(Account.new_id(), Network.MASTODON, loopback.base_url, "me@127.0.0.1")
    core.credentials.set(acc.id, json.dumps({"access_token": "tok"}))
    # added in the Accounts area: the app's repository announces it, nothing polls
    services.account_repo().save(acc)
    fake.add(status("z1"))
    qtbot.waitUntil(lambda: area.model.rowCount() == 1, timeout=5000)
    tag_reqs = [r for r in loopback.requests if r.path.startswith("/api/v1/timelines/tag/")]
    assert tag_reqs[-1].header("Authorization") == "Bearer tok"
    area.shutdown()


def test_search_and_filters_from_the_view(
    qtbot: QtBot, core: CoreServices, tasks: TaskManager
) -> None:
    core.settings.live.muted_words = ["casino"]
    area = _area(qtbot, core, tasks, "http://127.0.0.1:9")
    qtbot.waitUntil(lambda: area._loaded, timeout=5000)  # the cache is in
    area.model.set_posts(
        [
            parse_status(status("f1", content="<p>Orpaillage</p>", language="fr")),
            parse_status(status("f2", minutes=1, content="<p>casino bonus</p>")),
            parse_status(status("f3", minutes=2, content="<p>Geita</p>")),
        ]
    )
    area.apply_settings()
    assert area.model.rowCount() == 2  # the muted word hides one
    area.view.search.setText("geita")
    qtbot.waitUntil(lambda: area.model.rowCount() == 1, timeout=3000)
    area.view.search.clear()
    qtbot.waitUntil(lambda: area.model.rowCount() == 2, timeout=3000)

    def langs() -> list[str]:
        return [area.view.language.itemData(i) for i in range(area.view.language.count())]

    qtbot.waitUntil(lambda: langs() == ["", "en", "fr"], timeout=3000)
    area.view.language.setCurrentIndex(2)
    assert [p.remote_id for p in area.model.visible_posts()] == ["f1"]
    assert "Geita" not in area.view.contributors.text()
    area.shutdown()


def test_stream_goes_live_and_closes_when_offline(
    qtbot: QtBot, core: CoreServices, tasks: TaskManager, loopback: LoopbackServer
) -> None:
    import threading

    fake = FakeMastodon(loopback)
    fake.add(status("s1"))
    acc = Account(Account.new_id(), Network.MASTODON, loopback.base_url, "me@127.0.0.1")
    AccountRepository(core.db).save(acc)
    core.credentials.set(acc.id, json.dumps({"access_token": "tok"}))
    release = threading.Event()

    def frames() -> Iterator[bytes]:
        while not release.wait(0.05):
            yield b":thump\n\n"

    fake.stream = lambda req: Reply(
        200, headers={"Content-Type": "text/event-stream"}, stream=frames()
    )
    area = _area(qtbot, core, tasks, loopback.base_url)
    qtbot.waitUntil(lambda: "live" in area.view.sources.text(), timeout=5000)
    assert area.controller.sources[0].schedule.phase is Phase.LIVE
    area.controller.set_online(False)
    assert area.controller._streams == {}
    assert "offline" in area.view.sources.text()
    release.set()
    area.controller.set_online(True)
    qtbot.waitUntil(lambda: any(r.arg("min_id") == "s1" for r in loopback.requests), timeout=5000)


def test_new_posts_are_announced_politely_once_per_change(
    qtbot: QtBot, core: CoreServices, tasks: TaskManager, loopback: LoopbackServer
) -> None:
    fake = FakeMastodon(loopback)
    picture = {
        "id": "m1",
        "type": "image",
        "url": "http://127.0.0.1:9/m1.jpg",
        "preview_url": "http://127.0.0.1:9/m1s.jpg",
        "description": "Women panning for gold at a river",
    }
    fake.add(status("a1", media_attachments=[picture]))
    area = _area(qtbot, core, tasks, loopback.base_url)
    qtbot.waitUntil(lambda: area.model.rowCount() == 1, timeout=5000)
    assert area.announcements == []  # the first fill is not "new"
    index = area.model.index(0, 0)
    described = area.model.data(index, Qt.ItemDataRole.AccessibleDescriptionRole)
    assert described == "Image: Women panning for gold at a river"
    src = area.controller.sources[0]

    def poll() -> None:
        before = len(loopback.requests)
        src.schedule.next_at = None
        qtbot.waitUntil(lambda: len(loopback.requests) > before, timeout=5000)
        tasks.wait_idle()

    fake.add(status("a2", minutes=1))
    src.schedule.next_at = None
    qtbot.waitUntil(lambda: area.model.pending_count == 1, timeout=5000)
    assert area.announcements == ["1 new post"]
    poll()  # nothing new: nothing said
    poll()
    assert area.announcements == ["1 new post"]
    fake.add(status("a3", minutes=2))
    src.schedule.next_at = None
    qtbot.waitUntil(lambda: area.model.pending_count == 2, timeout=5000)
    assert area.announcements == ["1 new post", "2 new posts"]
    assert area.view.new_posts.accessibleDescription() == "2 new posts — show"
    area.view.new_posts.click()
    assert area.announcements == ["1 new post", "2 new posts"]
    area.shutdown()
