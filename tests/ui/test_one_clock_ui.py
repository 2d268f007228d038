"""Widgets read the app's clock, not the system's (issue 13 item 11): the library's
night-sync window and the composer's "Saved 09:30:00"."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from companion.core.clock import Clock
from companion.core.library.service import Library, sample_pack_dir
from companion.core.library.store import PackStore
from companion.core.library.sync import NIGHT_END, NIGHT_START
from companion.core.net import HttpClient
from companion.core.services import CoreServices
from companion.ui.app import gui_services
from companion.ui.compose.area import ComposeDeps, ComposeWidget
from companion.ui.compose.services import compose_services
from companion.ui.library.library_widget import LibraryWidget
from companion.ui.locale_format import hm
from companion.ui.tasks import TaskManager

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def local_instant(hour: int) -> datetime:
    """Today at ``hour`` on this computer's wall (local zone), as an aware UTC instant."""
    return datetime(2018, 3, 14, hour, 30).astimezone().astimezone(UTC)


@pytest.fixture
def tasks(qtbot: QtBot) -> Iterator[TaskManager]:
    tm = TaskManager()
    yield tm
    tm.shutdown()


def test_night_sync_window_reads_the_app_clock(
    qtbot: QtBot, core: CoreServices, tasks: TaskManager, tmp_path: Path
) -> None:
    now = [local_instant((NIGHT_END + 2) % 24)]  # daytime
    clock = Clock(wall=lambda: now[0].timestamp())
    lib = Library(core.db, PackStore(tmp_path / "library"), sample_pack_dir())
    w = LibraryWidget(
        tasks,
        lib,
        HttpClient(now=clock.now),
        core.settings,
        lambda text, source: None,
        tmp_path / "thumbs",
    )
    qtbot.addWidget(w)
    qtbot.waitUntil(lambda: w.loaded, timeout=20000)
    core.settings.library.pack_url = "http://127.0.0.1:9/manifest.json"
    core.settings.library.only_at_night = True
    core.settings.library.only_unmetered = False
    assert not w.start_sync(manual=False)  # daytime on the app's clock, whatever the system's
    now[0] = local_instant(NIGHT_START)
    assert w.start_sync(manual=False)
    qtbot.waitUntil(lambda: not w._busy, timeout=15000)
    w.shutdown()


def test_saved_time_is_the_app_clock(qtbot: QtBot, core: CoreServices) -> None:
    at = datetime(2018, 3, 14, 6, 7, 8, tzinfo=UTC)
    core.clock = Clock(wall=lambda: at.timestamp())
    tasks = TaskManager()
    w = ComposeWidget(
        ComposeDeps(compose_services(gui_services(core, tasks)), tasks, auto_send=False)
    )
    qtbot.addWidget(w)
    try:
        w.view.editor.text.appendPlainText("Notes from the field")
        expected = "Saved " + hm(at.astimezone())
        qtbot.waitUntil(lambda: w.view.saved.text() == expected, timeout=10000)
    finally:
        w.shutdown()
        tasks.shutdown()


@pytest.mark.slow
def test_no_automatic_sync_after_shutdown(qtbot: QtBot, core: CoreServices, tmp_path: Path) -> None:
    """Found by the shifted-clock runs on a busy machine: the first automatic sync, 5 s
    after start, fired after the area had shut down, into a closed task pool."""
    from companion.ui.library.pack_jobs import FIRST_AUTO_SYNC_MS

    tasks = TaskManager()
    lib = Library(core.db, PackStore(tmp_path / "library"), sample_pack_dir())
    core.settings.library.pack_url = "http://127.0.0.1:9/manifest.json"
    w = LibraryWidget(tasks, lib, core.http, core.settings, lambda t, s: None, tmp_path / "t")
    qtbot.addWidget(w)
    w.shutdown()
    tasks.shutdown()
    qtbot.wait(FIRST_AUTO_SYNC_MS + 500)  # an exception in a slot fails the test (pytest-qt)
