"""The live controller against work that finishes late or out of order: polls and
source loads on the network pool, streams in threads of their own, all answering on
the GUI thread after the state they were started for may have changed."""

from __future__ import annotations

import dataclasses
import json
import socket
import threading
from collections.abc import Callable, Iterator, Sequence
from datetime import datetime

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from companion.core.accounts.model import Account, AccountRepository, Network
from companion.core.live.schedule import Phase, Schedule
from companion.core.live.sources import PollResult
from companion.core.live.store import PostStore
from companion.core.services import CoreServices
from companion.ui.app import gui_services
from companion.ui.live.area import live_services
from companion.ui.live.controller import LiveController
from companion.ui.ops import QueryOp
from companion.ui.tasks import TaskManager
from tests.support.fake_mastodon import FakeMastodon, sse, status
from tests.support.httpserver import LoopbackServer, Reply, Request


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


@pytest.fixture
def make(core: CoreServices, tasks: TaskManager) -> Iterator[Callable[..., LiveController]]:
    """A controller reading ``urls`` (or what ``specs()`` says at each load)."""
    made: list[LiveController] = []

    def build(
        urls: Sequence[str] = (),
        specs: Callable[[], Sequence[tuple[str, str]]] | None = None,
    ) -> LiveController:
        core.settings.live.mastodon_instances = list(urls)
        core.settings.live.bluesky_enabled = False
        live = live_services(gui_services(core, tasks))
        if specs is not None:
            live = dataclasses.replace(live, specs=specs)
        controller = LiveController(live, tasks, tick_ms=50)
        made.append(controller)
        return controller

    yield build
    for controller in made:
        controller.shutdown()


def _log_in(core: CoreServices, server: str) -> None:
    acc = Account(Account.new_id(), Network.MASTODON, server, "me@127.0.0.1")
    AccountRepository(core.db).save(acc)
    core.credentials.set(acc.id, json.dumps({"access_token": "tok"}))


def _arrived(controller: LiveController) -> list[str]:
    got: list[str] = []
    controller.posts_arrived.connect(lambda posts: got.extend(p.remote_id for p in posts))
    return got


def _stored(qtbot: QtBot, tasks: TaskManager, store: PostStore, key: str) -> tuple[str, list[str]]:
    """The saved cursor of ``key`` and the saved posts' ids (read on the database lane)."""
    out: list[tuple[str, list[str]]] = []

    def read() -> tuple[str, list[str]]:
        return store.cursor(key), [p.remote_id for p in store.recent()]

    QueryOp(tasks, read).success(out.append).run()
    qtbot.waitUntil(lambda: bool(out), timeout=5000)
    return out[0]


def test_a_stopped_streams_late_end_leaves_its_successor_alone(
    qtbot: QtBot,
    core: CoreServices,
    tasks: TaskManager,
    loopback: LoopbackServer,
    make: Callable[..., LiveController],
) -> None:
    """Offline and back while a stream was still connecting: the first stream could
    not be cut, a second one started at once; when the first one's end came, it was
    taken for the second's, which kept running unseen (a third came later: posts
    twice, data used twice on a metered link)."""
    fake = FakeMastodon(loopback)
    fake.add(status("100"))
    _log_in(core, loopback.base_url)
    first_asked, release_first, done = threading.Event(), threading.Event(), threading.Event()
    connections: list[Request] = []

    def heartbeats() -> Iterator[bytes]:
        while not done.wait(0.05):
            yield b":thump\n\n"

    def answer(req: Request) -> Reply:
        connections.append(req)
        if len(connections) == 1:
            first_asked.set()
            release_first.wait(10)
        return Reply(200, headers={"Content-Type": "text/event-stream"}, stream=heartbeats())

    fake.stream = answer
    controller = make([loopback.base_url])
    try:
        controller.start()
        qtbot.waitUntil(first_asked.is_set, timeout=5000)
        src = controller.sources[0]
        first = controller._streams[src.key].stream
        assert first is not None
        controller.set_online(False)
        controller.set_online(True)  # the first is still connecting; a second starts
        qtbot.waitUntil(
            lambda: len(connections) == 2 and src.schedule.phase is Phase.LIVE, timeout=5000
        )
        second = controller._streams[src.key].stream
        assert second is not None and second is not first
        release_first.set()
        first.join(10)  # it has ended and called back
        QApplication.processEvents()  # its callbacks reach the GUI thread
        assert src.schedule.phase is Phase.LIVE
        assert controller._streams[src.key].stream is second
    finally:
        release_first.set()
        done.set()


def test_an_older_post_streamed_late_never_takes_the_cursor_back(
    qtbot: QtBot,
    core: CoreServices,
    tasks: TaskManager,
    loopback: LoopbackServer,
    make: Callable[..., LiveController],
) -> None:
    """A poll read up to "110"; then the stream brought "105" (a post that federated
    late): the cursor went back to "105", and the next poll read "110" again."""
    fake = FakeMastodon(loopback)
    fake.add(status("100"), status("110", minutes=2))
    _log_in(core, loopback.base_url)
    streams: list[Request] = []

    def answer(req: Request) -> Reply:
        streams.append(req)
        if len(streams) > 1:
            return Reply.json({"error": "Not found"}, 404)
        # one late post, then the server closes: back to polling from the cursor
        frames = iter([sse(("update", status("105", minutes=1)))])
        return Reply(200, headers={"Content-Type": "text/event-stream"}, stream=frames)

    fake.stream = answer
    controller = make([loopback.base_url])
    arrived = _arrived(controller)
    controller.start()

    def polls_after_stream() -> list[Request]:
        if not streams:
            return []
        after = loopback.requests[loopback.requests.index(streams[0]) + 1 :]
        return [r for r in after if r.path.startswith("/api/v1/timelines/tag/")]

    qtbot.waitUntil(lambda: bool(polls_after_stream()), timeout=10000)
    assert "105" in arrived
    assert polls_after_stream()[0].arg("min_id") == "110"
    src = controller.sources[0]
    assert getattr(src, "cursor", "") == "110"
    qtbot.waitUntil(lambda: tasks.pending == 0, timeout=5000)
    cursor, saved = _stored(qtbot, tasks, controller.store, src.key)
    assert cursor == "110" and "105" in saved


def test_two_restarts_that_finish_out_of_order_keep_the_later_sources(
    qtbot: QtBot,
    core: CoreServices,
    tasks: TaskManager,
    loopback: LoopbackServer,
    make: Callable[..., LiveController],
) -> None:
    FakeMastodon(loopback)
    old, new = _closed_port(), loopback.base_url
    configured = [("mastodon", old)]
    loads: list[list[tuple[str, str]]] = []
    slow = threading.Event()

    def specs() -> list[tuple[str, str]]:
        seen = list(configured)
        loads.append(seen)
        if len(loads) == 2:
            slow.wait(10)  # the first restart's load is slow (a keyring asking, say)
        return seen

    controller = make(specs=specs)
    with qtbot.waitSignal(controller.cache_loaded, timeout=5000):
        controller.start()
    controller.restart()  # reads the old settings, slowly
    qtbot.waitUntil(lambda: len(loads) == 2, timeout=5000)
    configured[:] = [("mastodon", new)]
    controller.restart()  # reads the new ones, and finishes first
    qtbot.waitUntil(
        lambda: [s.key for s in controller.sources] == [f"mastodon:{new}"], timeout=5000
    )
    slow.set()
    qtbot.waitUntil(lambda: tasks.pending == 0, timeout=5000)
    assert [s.key for s in controller.sources] == [f"mastodon:{new}"]


def _held_server(
    loopback: LoopbackServer,
) -> tuple[FakeMastodon, threading.Event, threading.Event]:
    """A Mastodon server with one post whose replies wait until ``release`` is set;
    ``asked`` is set when a request has come in."""
    fake = FakeMastodon(loopback)
    fake.add(status("a1"))
    asked, release = threading.Event(), threading.Event()

    def held(req: Request) -> None:
        asked.set()
        release.wait(10)
        return None

    fake.override = held
    return fake, asked, release


def test_a_replaced_sources_poll_is_not_shown_or_saved(
    qtbot: QtBot,
    core: CoreServices,
    tasks: TaskManager,
    loopback: LoopbackServer,
    make: Callable[..., LiveController],
) -> None:
    """The hashtags or servers changed while a poll was out: what it brings back
    belongs to no source any more."""
    _server, asked, release = _held_server(loopback)  # kept: it answers the polls
    configured = [("mastodon", loopback.base_url)]
    controller = make(specs=lambda: list(configured))
    arrived = _arrived(controller)
    try:
        controller.start()
        qtbot.waitUntil(asked.is_set, timeout=5000)
        (removed,) = controller.sources
        configured[:] = [("mastodon", _closed_port())]
        controller.restart()
        qtbot.waitUntil(
            lambda: bool(controller.sources) and controller.sources[0] is not removed,
            timeout=5000,
        )
    finally:
        release.set()
    qtbot.waitUntil(lambda: tasks.pending == 0, timeout=5000)
    assert arrived == []
    assert removed.schedule.last_success is None  # nothing recorded for it
    _, saved = _stored(qtbot, tasks, controller.store, removed.key)
    assert saved == []


class _Broken:
    """A source whose poll raises what no poll should (a bug)."""

    network = "mastodon"
    key = "mastodon:https://broken.example"
    label = "broken.example"

    def __init__(self) -> None:
        self.schedule = Schedule()
        self.polls = 0

    def poll(self, now: datetime) -> PollResult:
        self.polls += 1
        raise RuntimeError("a bug in the poll")


@pytest.mark.allow_warnings  # the bug is logged as one
def test_a_poll_that_raised_a_bug_rests_that_source_alone(
    qtbot: QtBot,
    core: CoreServices,
    tasks: TaskManager,
    loopback: LoopbackServer,
    make: Callable[..., LiveController],
) -> None:
    """A bug in one source's poll freed every source for polling again (a second
    poll of one still out) and left the broken one due: polled, and reported as a
    bug, at every tick."""
    _server, asked, release = _held_server(loopback)  # kept: it answers the polls
    bugs: list[BaseException] = []
    tasks.bug.connect(bugs.append)
    controller = make([loopback.base_url])
    broken = _Broken()
    try:
        controller.start()
        qtbot.waitUntil(asked.is_set, timeout=5000)  # the server's poll is out
        controller.sources.append(broken)
        controller.tick()
        qtbot.waitUntil(lambda: bool(bugs), timeout=5000)
        for _ in range(3):
            controller.tick()
            QApplication.processEvents()
    finally:
        release.set()
    qtbot.waitUntil(lambda: tasks.pending == 0, timeout=5000)
    for _ in range(3):  # anything the ticks started has ended too
        controller.tick()
        qtbot.waitUntil(lambda: tasks.pending == 0, timeout=5000)
    assert broken.polls == 1 and len(bugs) == 1
    assert broken.schedule.phase is Phase.ERROR
    assert broken.schedule.next_at is not None and broken.schedule.next_at > core.clock.now()
    tag_polls = [r for r in loopback.requests if r.path.startswith("/api/v1/timelines/tag/")]
    assert len(tag_polls) == 1  # the poll that was out was not sent twice
