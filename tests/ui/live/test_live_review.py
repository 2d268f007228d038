"""What the checker of issue 16 found in the live view, end to end against loopback
servers: the banner's "since" that moved on with every good poll, details on demand
that showed nothing in one column, pictures that stayed "Loading…" or never came
back after an outage, words and right-to-left posts cut or laid out backwards."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPalette
from PySide6.QtWidgets import QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from companion.core.live.model import Author, Media, Post
from companion.core.live.store import PostStore
from companion.core.services import CoreServices
from companion.ui.app import gui_services
from companion.ui.context import AppSignals
from companion.ui.live.area import live_services
from companion.ui.live.delegate import PostDelegate
from companion.ui.live.widget import LiveArea
from companion.ui.locale_format import hm
from companion.ui.tasks import TaskManager
from tests.support.fake_mastodon import FakeMastodon, status
from tests.support.httpserver import LoopbackServer

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def tasks() -> Iterator[TaskManager]:
    tm = TaskManager()
    yield tm
    tm.shutdown(wait=False)


def _closed_port() -> str:
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return f"http://127.0.0.1:{port}"


def _area(
    qtbot: QtBot, core: CoreServices, tasks: TaskManager, urls: list[str], width: int = 1000
) -> LiveArea:
    core.settings.live.mastodon_instances = urls
    core.settings.live.bluesky_enabled = False
    area = LiveArea(live_services(gui_services(core, tasks)), tasks, AppSignals(), tick_ms=50)
    qtbot.addWidget(area, before_close_func=lambda w: w.shutdown())  # type: ignore[attr-defined]
    area.resize(width, 700)
    area.show()
    area.start()
    return area


@pytest.mark.allow_warnings
def test_unreachable_since_is_when_that_source_last_answered(
    qtbot: QtBot, core: CoreServices, tasks: TaskManager, loopback: LoopbackServer
) -> None:
    """One source answers, one does not: "since" is when the silent one last answered
    (saved from an earlier run), not the good source's latest poll moving on."""
    fake = FakeMastodon(loopback)
    fake.add(status("a1"))
    dead = _closed_port()
    answered = core.clock.now() - timedelta(minutes=50)
    PostStore(core.db).set_cursor(f"mastodon:{dead}", "", answered)
    area = _area(qtbot, core, tasks, [loopback.base_url, dead])
    qtbot.waitUntil(lambda: area.model.rowCount() == 1, timeout=10_000)
    qtbot.waitUntil(lambda: area.controller.outage()[0] == 1, timeout=10_000)
    area._update_banner()
    text = area.view.banner.text()
    assert text.startswith("1 source unreachable since "), text
    local = answered.astimezone()
    if local.date() == core.clock.now().astimezone().date():
        assert f"since {hm(local)} ·" in text, text
    area.shutdown()


@pytest.mark.allow_warnings
def test_unreachable_since_another_day_names_the_day(
    qtbot: QtBot, core: CoreServices, tasks: TaskManager
) -> None:
    """A source silent since two days ago is not "unreachable since 18:06" (today)."""
    dead = _closed_port()
    answered = core.clock.now() - timedelta(days=2)
    PostStore(core.db).set_cursor(f"mastodon:{dead}", "", answered)
    area = _area(qtbot, core, tasks, [dead])
    qtbot.waitUntil(lambda: area.controller.outage()[0] == 1, timeout=10_000)
    area._update_banner()
    text = area.view.banner.text()
    day = answered.astimezone()
    assert f"{day.day} " in text.split("since ")[1], text
    area.shutdown()


@pytest.mark.allow_warnings
def test_banner_details_show_in_one_column(
    qtbot: QtBot, core: CoreServices, tasks: TaskManager
) -> None:
    """At 910×512 the side pane is hidden: the banner's Details still show the lines."""
    area = _area(qtbot, core, tasks, [_closed_port(), _closed_port()], width=700)
    qtbot.waitUntil(lambda: area.controller.outage()[0] == 2, timeout=10_000)
    qtbot.waitUntil(lambda: area.view.banner_box.isVisible(), timeout=5000)
    v = area.view
    assert v.narrow
    v.banner_details.click()
    shown = [w for w in (v.sources, v.banner_sources) if w.isVisible()]
    assert shown, "Details shows nothing in one column"
    assert shown[0].text().count("<br>") == 1  # one line per source
    v.banner_details.click()
    assert not v.banner_sources.isVisible()
    area.shutdown()


# -- painting a post ------------------------------------------------------------------
def _post(text: str, **extra: object) -> Post:
    now = datetime(2026, 6, 16, 11, 0, tzinfo=UTC)
    return Post(
        uri="p",
        network="mastodon",
        author=Author("Word Wall", "wall@mastodon.social"),
        created_at=now,
        html=f"<p>{text}</p>",
        text=text,
        source="mastodon:https://mastodon.social",
        **extra,  # type: ignore[arg-type]
    )


def _paint(post: Post, width: int = 500) -> tuple[QImage, PostDelegate, int]:
    """The post painted black on white at ``width``; its delegate and text line height."""
    delegate = PostDelegate(lambda _url: None, set(), set())
    option = QStyleOptionViewItem()
    pal = QPalette()
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.PlaceholderText):
        pal.setColor(role, QColor("black"))
    option.palette = pal
    height = delegate._layout(option.font, width, post, None, option)
    option.rect = QRect(0, 0, width, height)
    img = QImage(width + 200, height, QImage.Format.Format_RGB32)
    img.fill(QColor("white"))
    p = QPainter(img)
    delegate._layout(option.font, width, post, p, option)
    p.end()
    return img, delegate, option.fontMetrics.height()


def _ink_columns(img: QImage, top: int, bottom: int) -> list[int]:
    """The x of every column with dark pixels between ``top`` and ``bottom``."""
    out = []
    for x in range(img.width()):
        if any(QColor(img.pixel(x, y)).lightness() < 128 for y in range(top, bottom)):
            out.append(x)
    return out


def _lines_needed(text: str, width: int) -> int:
    """How many lines ``text`` needs at least in a row ``width`` wide (its text column
    is narrower than the row)."""
    from PySide6.QtGui import QFontMetrics

    option = QStyleOptionViewItem()
    fm = QFontMetrics(option.font)
    return -(-fm.horizontalAdvance(text) // width)


def test_a_long_unbroken_word_wraps_inside_the_row(qtbot: QtBot) -> None:
    """Not cut at the row's edge (the rest of the word lost): broken over lines."""
    width = 500
    word = "Supercalifragilistic" * 12
    img, _d, line = _paint(_post(word + " #shareASM"), width)
    ink = _ink_columns(img, line + 6, img.height() - 6)  # below the header
    assert ink and max(ink) < width, f"text runs to x={max(ink)} past the row's {width}"
    # header + the word's lines + the hashtag's line
    assert img.height() >= (1 + _lines_needed(word, width) + 1) * line, "the word is cut"


def test_a_right_to_left_post_is_laid_out_right_to_left(qtbot: QtBot) -> None:
    """Arabic starts at the right edge and its trailing hashtag ends up on the left."""
    width = 700
    text = "يشارك عمال المناجم الحرفيون تجاربهم #shareASM"
    img, _d, line = _paint(_post(text), width)
    ink = _ink_columns(img, line + 6, img.height() - 6)
    pad = max(4, line // 2)
    assert max(ink) >= width - 2 * pad - 4, "right-to-left text is not right-aligned"


def test_video_in_the_viewer_shows_its_preview_not_loading_forever(
    qtbot: QtBot, core: CoreServices, tasks: TaskManager
) -> None:
    from companion.core.live.media_cache import MediaCache
    from companion.ui.live.images import ImageLoader
    from companion.ui.live.media_viewer import MediaViewer
    from tests.support.fake_mastodon import NOWHERE

    cache = MediaCache(core.paths.cache / "live-media")
    preview = f"{NOWHERE}/v/clip.jpg"
    img = QImage(160, 90, QImage.Format.Format_RGB32)
    img.fill(QColor("teal"))
    img.save(str(cache.path_for(preview)), "PNG")
    cache.path_for(f"{NOWHERE}/v/clip.mp4").write_bytes(b"\x00\x00\x00\x18ftypmp42" + b"\0" * 64)
    media = [Media("video", f"{NOWHERE}/v/clip.mp4", preview, "Miners at work")]
    loader = ImageLoader(tasks, core.http, cache)
    viewer = MediaViewer(media, loader)
    qtbot.addWidget(viewer)
    viewer.show()
    qtbot.waitUntil(lambda: viewer.pixmap() is not None, timeout=5000)
    assert viewer.pixmap().width() == 160  # type: ignore[union-attr]


@pytest.mark.allow_warnings
def test_a_picture_that_cannot_be_loaded_says_so(
    qtbot: QtBot, core: CoreServices, tasks: TaskManager
) -> None:
    from companion.core.live.media_cache import MediaCache
    from companion.ui.live.images import ImageLoader
    from companion.ui.live.media_viewer import MediaViewer

    dead = _closed_port()
    media = [Media("image", f"{dead}/p/1.jpg", f"{dead}/p/1s.jpg", "A river")]
    loader = ImageLoader(tasks, core.http, MediaCache(core.paths.cache / "live-media"))
    viewer = MediaViewer(media, loader)
    qtbot.addWidget(viewer)
    viewer.show()
    qtbot.waitUntil(lambda: "Loading" not in viewer.picture.text(), timeout=10_000)
    assert viewer.picture.text() == "The picture could not be loaded."
    assert viewer.alt.text() == "Description: A river"  # still readable


@pytest.mark.allow_warnings
def test_pictures_that_failed_offline_load_when_the_sources_come_back(
    qtbot: QtBot, core: CoreServices, tasks: TaskManager, loopback: LoopbackServer
) -> None:
    from tests.support.httpserver import Reply

    avatar = loopback.url("/av/1.png")
    img = QImage(48, 48, QImage.Format.Format_RGB32)
    img.fill(QColor("orange"))
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    img.save(buf, "PNG")
    up = {"on": False}

    def serve(_req: object) -> Reply:
        if not up["on"]:
            return Reply(drop=True)  # as an unreachable host
        return Reply(200, bytes(data.data()), {"Content-Type": "image/png"})

    loopback.route("GET", "/av/1.png", serve)  # type: ignore[arg-type]
    fake = FakeMastodon(loopback)
    fake.add(status("a1", account={"acct": "amina", "display_name": "Amina", "avatar": avatar}))
    area = _area(qtbot, core, tasks, [loopback.base_url])
    qtbot.waitUntil(lambda: area.model.rowCount() == 1, timeout=10_000)
    area.images.pixmap(avatar)
    qtbot.waitUntil(lambda: avatar in area.images._failed, timeout=10_000)
    # offline, then back: the app retries what failed meanwhile
    up["on"] = True
    area.controller.set_online(False)
    area.controller.set_online(True)
    area.images.pixmap(avatar)
    qtbot.waitUntil(lambda: area.images.pixmap(avatar) is not None, timeout=10_000)
    area.shutdown()


def test_chart_hours_are_the_event_zones_hours_with_half_hour_offsets(qtbot: QtBot) -> None:
    """India is UTC+5:30: the bar labelled 10 holds 10:00–10:59 there."""
    from companion.core.live.timeline import posts_per_hour

    zone = ZoneInfo("Asia/Kolkata")
    end = datetime(2026, 6, 16, 11, 10, tzinfo=zone)
    posts = [_at(datetime(2026, 6, 16, 10, m, tzinfo=zone), i) for i, m in enumerate((5, 50))]
    counts = posts_per_hour(posts, end.astimezone(UTC), hours=3, zone=zone)
    assert counts == [0, 2, 0]  # 09, 10, 11 local


def _at(when: datetime, i: int) -> Post:
    return Post(
        uri=f"u{i}",
        network="mastodon",
        author=Author("A", "a@x.org"),
        created_at=when.astimezone(UTC),
        html="<p>x</p>",
        text="x",
    )


def test_the_current_hour_has_its_tick(qtbot: QtBot) -> None:
    """The zone's name no longer takes the last tick's place: the newest bar is named."""
    from companion.ui.live.chart import HourChart

    chart = HourChart()
    qtbot.addWidget(chart)
    end = datetime(2026, 6, 16, 9, 40, tzinfo=UTC)
    chart.set_counts([1] * 12, end, ZoneInfo("Africa/Nairobi"))
    for width in (420, 200):
        chart.resize(width, 120)
        ticks = chart.ticks(chart.rect().adjusted(2, 0, -2, 0))
        assert ticks[-1][1] == "12", ticks  # 09:40 UTC is 12:40 in Nairobi


@pytest.mark.allow_warnings
def test_status_bar_never_says_online_while_the_live_sources_are_unreachable(
    qtbot: QtBot, core: CoreServices, loopback: LoopbackServer
) -> None:
    """End to end: the check address answers, every live source is down: the window
    says "connected, but … not answering", never "Online"."""
    from companion.ui.app import build_context, shutdown_context
    from companion.ui.main_window import MainWindow
    from tests.support.httpserver import Reply

    loopback.route("GET", "/success.txt", lambda _r: Reply.text("success\n"))
    core.settings.live.mastodon_instances = [_closed_port(), _closed_port()]
    core.settings.live.bluesky_enabled = False
    ctx = build_context(core)
    try:
        window = MainWindow(ctx, remember_state=False)
        qtbot.addWidget(window)
        window.show()
        ctx.connectivity.set_check(loopback.url("/success.txt"))
        window.show_area("live")
        qtbot.waitUntil(lambda: ctx.connectivity.unreachable == 2, timeout=10_000)
        assert ctx.connectivity.online is True
        label = window.network_label.text()
        assert "Online" not in label and "not answering" in label, label
        area = window.area("live")
        assert isinstance(area, LiveArea)
        assert area.view.banner.text().startswith("2 sources unreachable")
        area.shutdown()
    finally:
        shutdown_context(ctx)


def test_a_content_warning_hides_the_picture_descriptions_too(qtbot: QtBot) -> None:
    """Until the warning is opened the reading pane shows neither the text nor what the
    pictures show (their descriptions are the post's content as much as its text)."""
    from companion.ui.live.post_actions import detail_html

    post = _post(
        "The photos are below.",
        content_warning="Injury",
        sensitive=True,
        media=(Media("image", "https://x.org/1.jpg", "https://x.org/1s.jpg", "A bandaged hand"),),
        url="https://mastodon.social/@rosa/1",
    )
    closed = detail_html(post, expanded=False)
    assert "Injury" in closed and "bandaged" not in closed and "photos" not in closed
    opened = detail_html(post, expanded=True)
    assert "bandaged" in opened and "photos" in opened
    assert "Injury" in opened  # the warning stays named above the opened post


def test_bluesky_and_x_hashtags_mentions_and_links_are_clickable(qtbot: QtBot) -> None:
    """As Mastodon's: the reading pane links them (opened in the browser)."""
    from companion.core.live.bluesky import parse_post
    from companion.core.live.x import parse_search
    from companion.ui.live.post_actions import detail_html
    from tests.support.fake_bluesky import bsky_post

    raw = bsky_post("k1", text="Karibu @juma.bsky.social #shareASM https://iied.org/asm")
    raw["record"]["facets"] = [
        {
            "index": {"byteStart": 7, "byteEnd": 24},
            "features": [{"$type": "app.bsky.richtext.facet#mention", "did": "did:plc:juma"}],
        },
        {
            "index": {"byteStart": 25, "byteEnd": 34},
            "features": [{"$type": "app.bsky.richtext.facet#tag", "tag": "shareASM"}],
        },
        {
            "index": {"byteStart": 35, "byteEnd": 55},
            "features": [{"$type": "app.bsky.richtext.facet#link", "uri": "https://iied.org/asm"}],
        },
    ]
    post = parse_post(raw)
    page = detail_html(post, expanded=True)
    assert 'href="https://bsky.app/hashtag/shareASM"' in page
    assert 'href="https://bsky.app/profile/did:plc:juma"' in page
    assert 'href="https://iied.org/asm"' in page
    assert post.links == ("https://iied.org/asm",)  # tags and mentions are no shared links

    text = "Hi @kwame_asante: roads to the market #shareASM https://t.co/abc123 <b>"
    tweet = {
        "id": "1",
        "text": text,
        "author_id": "9",
        "created_at": "2026-06-16T10:00:00.000Z",
        "entities": {
            "mentions": [{"start": 3, "end": 16, "username": "kwame_asante"}],
            "hashtags": [{"start": 38, "end": 47, "tag": "shareASM"}],
            "urls": [
                {
                    "start": 48,
                    "end": 67,
                    "url": "https://t.co/abc123",
                    "expanded_url": "https://www.iied.org/asm-formalisation",
                    "display_url": "iied.org/asm-formalisa…",
                }
            ],
        },
    }
    posts, _ = parse_search(
        {"data": [tweet], "includes": {"users": [{"id": "9", "username": "k"}]}}
    )
    page = detail_html(posts[0], expanded=True)
    rel = ' rel="nofollow noopener noreferrer">'
    assert f'href="https://x.com/kwame_asante"{rel}@kwame_asante</a>' in page
    assert f'href="https://x.com/hashtag/shareASM"{rel}#shareASM</a>' in page
    assert f'href="https://www.iied.org/asm-formalisation"{rel}iied.org/asm-formalisa…</a>' in page
    assert "&lt;b&gt;" in page and "<b>" not in page.replace("<b>k</b>", "")


def test_one_old_post_does_not_fill_the_report_with_empty_hours(qtbot: QtBot) -> None:
    """The cache holds a post from last year: the hourly table skips the quiet year
    (it had 9,000 empty rows, a 1 MB HTML page and a 100-page PDF)."""
    from companion.core.live.day_report import build_report

    now = datetime(2026, 6, 16, 12, 0, tzinfo=UTC)
    posts = [_at(now - timedelta(days=400), 0)] + [
        _at(now - timedelta(hours=h), h + 1) for h in (1, 2, 5)
    ]
    r = build_report(posts, now=now, zone=ZoneInfo("Europe/London"))
    assert len(r.hours) <= 8, len(r.hours)
    assert sum(h.total for h in r.hours) == 4
    # a quiet night is kept: the hours between 07:00 and 11:00 are there, empty ones too
    assert [h.total for h in r.hours[1:]] == [1, 0, 0, 1, 1]


def test_viewer_zooms_with_ctrl_and_the_wheel_around_the_middle(
    qtbot: QtBot, core: CoreServices, tasks: TaskManager
) -> None:
    """A mouse user zooms too (Ctrl + wheel), and the middle of the picture stays."""
    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    from companion.core.live.media_cache import MediaCache
    from companion.ui.live.images import ImageLoader
    from companion.ui.live.media_viewer import MediaViewer
    from tests.support.fake_mastodon import NOWHERE

    cache = MediaCache(core.paths.cache / "live-media")
    url = f"{NOWHERE}/z/1.png"
    img = QImage(1200, 800, QImage.Format.Format_RGB32)
    img.fill(QColor("olive"))
    img.save(str(cache.path_for(url)), "PNG")
    viewer = MediaViewer(
        [Media("image", url, None, "A field")], ImageLoader(tasks, core.http, cache)
    )
    qtbot.addWidget(viewer)
    viewer.resize(600, 450)
    viewer.show()
    qtbot.waitUntil(lambda: viewer.pixmap() is not None, timeout=5000)
    fit = viewer.picture.width()
    port = viewer.scroll_area.viewport()
    centre = QPointF(port.width() / 2, port.height() / 2)

    def wheel(dy: int) -> None:
        event = QWheelEvent(
            centre,
            QPointF(port.mapToGlobal(centre.toPoint())),
            QPoint(0, 0),
            QPoint(0, dy),
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.ControlModifier,
            Qt.ScrollPhase.NoScrollPhase,
            False,
        )
        QApplication.sendEvent(port, event)

    wheel(120)
    wheel(120)
    assert viewer.picture.width() > fit * 1.5
    bar = viewer.scroll_area.horizontalScrollBar()
    middle = (bar.value() + port.width() / 2) / viewer.picture.width()
    assert 0.4 < middle < 0.6, middle  # still the middle of the picture
    wheel(-120)
    assert viewer.picture.width() < fit * 1.6


def test_a_source_that_needs_a_login_is_said_not_no_posts_yet(
    qtbot: QtBot, core: CoreServices, tasks: TaskManager, loopback: LoopbackServer
) -> None:
    """A server that shows hashtags only to people logged in (Mastodon's "public feeds
    for logged-in users", Bluesky's AppView): not "No posts yet. Be the first", but
    what to do, with the way to Accounts."""
    from tests.support.httpserver import Reply

    fake = FakeMastodon(loopback)
    fake.override = lambda _req: Reply.json(
        {"error": "This API requires an authenticated user"}, 401
    )
    signals = AppSignals()
    core.settings.live.mastodon_instances = [loopback.base_url]
    core.settings.live.bluesky_enabled = False
    area = LiveArea(live_services(gui_services(core, tasks)), tasks, signals, tick_ms=50)
    qtbot.addWidget(area, before_close_func=lambda w: w.shutdown())  # type: ignore[attr-defined]
    area.resize(1000, 700)
    area.show()
    area.start()
    from companion.core.live.schedule import Phase

    qtbot.waitUntil(
        lambda: any(s.phase is Phase.LOGIN_NEEDED for _, s in area.controller.states()),
        timeout=10_000,
    )
    v = area.view
    assert v.empty.text() != "No posts yet."
    assert "login" in v.empty.text().lower()
    assert v.banner_box.isVisible() and "login" in v.banner.text()
    assert "need" in v.sources_summary.text()
    with qtbot.waitSignal(signals.show_area_requested) as blocker:
        v.empty_action.click()
    assert blocker.args == ["accounts"]
    area.shutdown()


def test_at_1024x600_the_list_keeps_most_of_the_width(qtbot: QtBot, core: CoreServices) -> None:
    """Two columns at 1024×600: the post actions take two rows so the side pane can be
    narrow, and the list (and its search box) gets three fifths, not half."""
    from companion.ui.app import build_context, shutdown_context
    from companion.ui.main_window import MainWindow
    from tests.ui.live.demo_data import demo_posts

    PostStore(core.db).save(demo_posts(core.clock.now()), core.clock.now())
    core.settings.live.mastodon_instances = []
    core.settings.live.bluesky_enabled = False
    ctx = build_context(core)
    try:
        window = MainWindow(ctx, remember_state=False)
        qtbot.addWidget(window)
        window.resize(1024, 600)
        window.show()
        window.show_area("live")
        qtbot.waitExposed(window)
        area = window.area("live")
        assert isinstance(area, LiveArea)
        qtbot.waitUntil(lambda: area.model.rowCount() >= 10, timeout=5000)
        v = area.view
        assert not v.narrow  # two columns
        share = v.list.width() / v.width()
        assert share >= 0.56, f"the list has {share:.0%} of the view"
        # every action stays reachable, none squeezed below its text
        for b in (v.open_original, v.copy_link, v.share, v.view_media, v.mute_author):
            assert b.isVisible() and b.width() >= b.sizeHint().width()
        area.shutdown()
    finally:
        shutdown_context(ctx)


def test_the_chart_moves_on_with_the_hours_when_no_post_arrives(
    qtbot: QtBot, core: CoreServices, tasks: TaskManager
) -> None:
    """Offline over lunch, nothing new: the chart's hours follow the clock instead of
    showing the 10 o'clock bar as the current hour at 13:05."""
    import dataclasses

    from companion.core.clock import Clock

    start = datetime(2026, 6, 16, 10, 50, tzinfo=UTC)
    wall = [start.timestamp()]
    clock = Clock(wall=lambda: wall[0])
    PostStore(core.db).save([_at(start - timedelta(minutes=10), 1)], start)
    core.settings.live.mastodon_instances = []
    core.settings.live.bluesky_enabled = False
    live = dataclasses.replace(
        live_services(gui_services(core, tasks)), clock=clock, zone=lambda: UTC
    )
    area = LiveArea(live, tasks, AppSignals(), tick_ms=50)
    qtbot.addWidget(area, before_close_func=lambda w: w.shutdown())  # type: ignore[attr-defined]
    area.resize(1000, 700)
    area.show()
    area.start()
    qtbot.waitUntil(lambda: area.view.chart.counts[-1:] == [1], timeout=5000)
    qtbot.waitUntil(lambda: area.view.title.text().startswith("Following"), timeout=5000)
    qtbot.wait(700)  # the stats timer (500 ms) has run before the clock moves
    wall[0] = (start + timedelta(hours=2, minutes=15)).timestamp()
    area._clock_timer.timeout.emit()  # the minute tick
    qtbot.waitUntil(lambda: area.view.chart.counts[-4:] == [1, 0, 0, 0], timeout=5000)
    assert area.view.chart.hour_starts()[-1].hour == 13
    area.shutdown()


def test_muting_says_so_and_can_be_undone(
    qtbot: QtBot, core: CoreServices, tasks: TaskManager, loopback: LoopbackServer
) -> None:
    """Muting is said on screen (not only to screen readers) and undone in one click,
    as a social client does; the posts come back."""
    fake = FakeMastodon(loopback)
    fake.add(status("a1"), status("b1", acct="juma@example.org", minutes=1))
    area = _area(qtbot, core, tasks, [loopback.base_url])
    qtbot.waitUntil(lambda: area.model.rowCount() == 2, timeout=10_000)
    row = next(
        i
        for i in range(2)
        if area.model.post_at(i).author.handle == "amina@example.org"  # type: ignore[union-attr]
    )
    area.view.list.setCurrentIndex(area.model.index(row, 0))
    v = area.view
    v.mute_author.click()
    qtbot.waitUntil(lambda: area.model.rowCount() == 1, timeout=5000)
    assert v.notice_box.isVisible() and "@amina@example.org is muted." in v.notice.text()
    v.notice_undo.click()
    qtbot.waitUntil(lambda: area.model.rowCount() == 2, timeout=5000)
    assert "amina@example.org" not in area.settings.muted_accounts
    assert not v.notice_box.isVisible()
    area.shutdown()
