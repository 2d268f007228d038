"""Avatars from a server that hangs must not stop a post from being sent."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from companion.core.clock import Clock
from companion.core.live.media_cache import MediaCache
from companion.core.net import HttpClient
from companion.ui.live.images import ImageLoader
from companion.ui.tasks import TaskManager
from tests.support.httpserver import LoopbackServer, Reply


@pytest.fixture
def tasks() -> Iterator[TaskManager]:
    tm = TaskManager()
    yield tm
    tm.shutdown(wait=False)


def test_hanging_avatars_leave_network_workers_free(
    qtbot: QtBot, tasks: TaskManager, loopback: LoopbackServer, tmp_path: Path
) -> None:
    release = threading.Event()

    def hang(req: object) -> Reply:
        release.wait(30)
        return Reply(404)

    loopback.route("GET", "/avatar/*", hang)
    loopback.route("GET", "/api/ok", lambda req: Reply.json({"ok": True}))
    http = HttpClient(timeout=(5.0, 30.0), now=Clock().now)
    loader = ImageLoader(tasks, http, MediaCache(tmp_path / "m"))
    try:
        for i in range(8):
            loader.pixmap(loopback.url(f"/avatar/{i}.png"))
        qtbot.waitUntil(lambda: sum(r.path.startswith("/avatar/") for r in loopback.requests) >= 1)
        done: list[object] = []
        tasks.run_net(lambda: http.get(loopback.url("/api/ok")).status_code, done.append)
        qtbot.waitUntil(lambda: done == [200], timeout=10_000)
    finally:
        release.set()
