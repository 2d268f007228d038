"""Small screens (icon rail, one column, four posts at 910×512) and the media viewer."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QIODevice, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPixmap
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from companion.core.clock import Clock
from companion.core.live.media_cache import MediaCache
from companion.core.live.model import Media
from companion.core.net import HttpClient
from companion.core.services import CoreServices
from companion.ui.app import build_context, gui_services, shutdown_context
from companion.ui.context import AppContext, AppSignals
from companion.ui.live.area import live_services
from companion.ui.live.widget import LiveArea
from companion.ui.main_window import MainWindow
from companion.ui.tasks import TaskManager
from tests.support.httpserver import LoopbackServer, Reply
from tests.ui.live.demo_data import NOWHERE, demo_posts

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def ctx(core: CoreServices) -> Iterator[AppContext]:
    context = build_context(core)
    yield context
    shutdown_context(context)


@pytest.fixture
def tasks() -> Iterator[TaskManager]:
    tm = TaskManager()
    yield tm
    tm.shutdown(wait=False)


def _seed(core: CoreServices) -> None:
    from companion.core.live.store import PostStore

    PostStore(core.db).save(demo_posts(core.clock.now()), core.clock.now())


def test_sidebar_rail_by_itself_and_by_choice(qtbot: QtBot, ctx: AppContext) -> None:
    window = MainWindow(ctx, remember_state=False)
    qtbot.addWidget(window)
    window.resize(1300, 720)
    window.show()
    qtbot.waitExposed(window)
    assert not window.rail and window.sidebar.item(0).text() == "Countdown"
    wide = window.sidebar.width()
    window.resize(1000, 700)
    qtbot.waitUntil(lambda: window.rail)
    assert window.sidebar.item(0).text() == "" and window.sidebar.width() < wide / 2
    # the name stays for tooltips and screen readers
    assert window.sidebar.item(0).toolTip()
    assert window.sidebar.item(0).data(Qt.ItemDataRole.AccessibleTextRole) == "Countdown"
    # Ctrl+B: the user's choice wins over the width
    assert window.rail_action in window.view_menu.actions()
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert not window.rail and window.sidebar.item(0).text() == "Countdown"
    window.resize(950, 700)
    QTest.qWait(50)
    assert not window.rail


def test_four_posts_readable_at_910x512_in_one_column(qtbot: QtBot, ctx: AppContext) -> None:
    _seed(ctx.core)
    window = MainWindow(ctx, remember_state=False)
    qtbot.addWidget(window)
    window.resize(910, 512)
    window.show()
    window.show_area("live")
    qtbot.waitExposed(window)
    area = window.area("live")
    assert isinstance(area, LiveArea)
    qtbot.waitUntil(lambda: area.model.rowCount() >= 10, timeout=5000)
    QTest.qWait(100)
    v = area.view
    assert window.rail and v.narrow
    assert not v._right.isVisible()  # one column
    viewport = v.list.viewport().rect()
    # each of the first four posts shows its header and first line of text
    line = v.list.fontMetrics().height()
    for row in range(4):
        rect = v.list.visualRect(area.model.index(row, 0))
        assert rect.top() + 2 * line + 8 <= viewport.bottom(), f"post {row + 1} is cut off"
    # the reading pane opens over the list, Esc goes back
    rect = v.list.visualRect(area.model.index(1, 0))
    QTest.mouseClick(v.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert v.reading and v._right.isVisible() and not v._left.isVisible()
    assert v.back.isVisible()
    QTest.keyClick(v.detail, Qt.Key.Key_Escape)
    assert not v.reading and v._left.isVisible()


def _pictures(core: CoreServices, posts_media: list[Media]) -> None:
    cache = MediaCache(core.paths.cache / "live-media")
    for i, m in enumerate(posts_media):
        for url, size in ((m.preview_url, (120, 80)), (m.url, (1200, 800))):
            img = QImage(size[0], size[1], QImage.Format.Format_RGB32)
            img.fill(QColor.fromHsv(i * 80 % 360, 200, 200))
            img.save(str(cache.path_for(url or "")), "PNG")


def test_media_viewer_large_keyboard_zoom_alt_and_esc(
    qtbot: QtBot, core: CoreServices, tasks: TaskManager, tmp_path: Path
) -> None:
    from companion.core.live.model import Author, Post
    from companion.core.live.store import PostStore
    from companion.ui.live.media_viewer import MediaViewer

    media = [
        Media("image", f"{NOWHERE}/v/{i}.png", f"{NOWHERE}/v/{i}s.png", alt)
        for i, alt in enumerate(["Women panning for gold", "", "A cooperative meeting"])
    ]
    _pictures(core, media)
    now = core.clock.now()
    post = Post(
        uri="p1",
        network="mastodon",
        author=Author("Amina", "amina@mastodon.social"),
        created_at=now - timedelta(minutes=3),
        html="<p>pictures</p>",
        text="pictures",
        url="https://mastodon.social/@amina/1",
        media=tuple(media),
        source="mastodon:https://mastodon.social",
    )
    PostStore(core.db).save([post], now)
    core.settings.live.mastodon_instances = []
    core.settings.live.bluesky_enabled = False
    area = LiveArea(live_services(gui_services(core, tasks)), tasks, AppSignals(), tick_ms=50)
    qtbot.addWidget(area, before_close_func=lambda w: w.shutdown())  # type: ignore[attr-defined]
    area.resize(1000, 700)
    area.show()
    area.start()
    qtbot.waitUntil(lambda: area.model.rowCount() == 1, timeout=5000)
    # a click on the second picture opens the viewer on it
    qtbot.waitUntil(lambda: bool(area.delegate.thumb_hits.get("p1")), timeout=5000)
    rect, which = area.delegate.thumb_hits["p1"][1]
    QTest.mouseClick(area.view.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    viewer = area.viewer
    assert isinstance(viewer, MediaViewer) and viewer.isVisible() and viewer.index == which == 1
    assert viewer.alt.text() == "The author gave no description of this picture."
    # large: the full picture, through the disk cache (nothing downloaded)
    qtbot.waitUntil(
        lambda: viewer.pixmap() is not None and viewer.pixmap().width() == 1200, timeout=5000
    )  # type: ignore[union-attr]
    QTest.keyClick(viewer, Qt.Key.Key_Right)
    assert viewer.index == 2 and viewer.alt.text() == "Description: A cooperative meeting"
    QTest.keyClick(viewer, Qt.Key.Key_Right)
    assert viewer.index == 2  # the last one stays
    QTest.keyClick(viewer, Qt.Key.Key_Left)
    QTest.keyClick(viewer, Qt.Key.Key_Left)
    assert viewer.index == 0 and "Women panning for gold" in viewer.alt.text()
    qtbot.waitUntil(
        lambda: viewer.pixmap() is not None and viewer.pixmap().width() == 1200, timeout=5000
    )  # type: ignore[union-attr]
    fit = viewer.picture.size()
    QTest.keyClick(viewer, Qt.Key.Key_Plus)
    assert viewer.picture.width() > fit.width()
    QTest.keyClick(viewer, Qt.Key.Key_0)
    assert viewer.picture.size() == fit
    QTest.keyClick(viewer, Qt.Key.Key_Escape)
    assert not viewer.isVisible()
    area.shutdown()


def test_media_viewer_with_data_saver_shows_the_preview_until_asked(
    qtbot: QtBot, core: CoreServices, tasks: TaskManager
) -> None:
    from companion.core.live.media_cache import MediaCache as _Cache
    from companion.ui.live.images import ImageLoader
    from companion.ui.live.media_viewer import MediaViewer

    media = [Media("image", f"{NOWHERE}/d/0.png", f"{NOWHERE}/d/0s.png", "A river")]
    _pictures(core, media)
    loader = ImageLoader(tasks, core.http, _Cache(core.paths.cache / "live-media"))
    viewer = MediaViewer(media, loader, data_saver=True)
    qtbot.addWidget(viewer)
    viewer.show()
    qtbot.waitUntil(lambda: viewer.pixmap() is not None, timeout=5000)
    assert viewer.pixmap().width() == 120  # type: ignore[union-attr]
    assert viewer.load_full.isVisible()
    viewer.load_full.click()
    qtbot.waitUntil(
        lambda: viewer.pixmap() is not None and viewer.pixmap().width() == 1200,  # type: ignore[union-attr]
        timeout=5000,
    )
    assert viewer.size().width() >= QSize(480, 360).width()


def test_media_viewer_downloads_a_picture_once(
    qtbot: QtBot, core: CoreServices, tasks: TaskManager, loopback: LoopbackServer
) -> None:
    """Opening the viewer asked the loader for a thumbnail of the picture (queued a
    download) and then loaded it large: two downloads of one file at once, which
    clashed in the disk cache ("Something went wrong", the picture marked failed)."""
    from companion.ui.live.images import ImageLoader
    from companion.ui.live.media_viewer import MediaViewer

    img = QImage(900, 600, QImage.Format.Format_RGB32)
    img.fill(QColor("teal"))
    buf = QBuffer()
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    img.save(buf, "PNG")
    png = bytes(buf.data().data())
    loopback.route(
        "GET", "/pic/*", lambda req: Reply(200, png, {"Content-Type": "image/png"}, delay=0.3)
    )

    asked: list[str] = []

    class Loader(ImageLoader):
        """Notes which thumbnails were asked for."""

        def pixmap(self, url: str) -> QPixmap | None:
            asked.append(url)
            return super().pixmap(url)

    http = HttpClient(now=Clock().now)
    loader = Loader(tasks, http, MediaCache(core.paths.cache / "viewer-once"))
    url = loopback.url("/pic/big.png")
    viewer = MediaViewer([Media("image", url, loopback.url("/pic/small.png"), "")], loader)
    qtbot.addWidget(viewer)
    viewer.show()
    qtbot.waitUntil(
        lambda: viewer.pixmap() is not None and viewer.pixmap().width() == 900,  # type: ignore[union-attr]
        timeout=5000,
    )
    assert url not in asked
    assert [r.path for r in loopback.requests] == ["/pic/big.png"]
    assert not loader.failed(url)
