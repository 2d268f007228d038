"""Quitting stops a pack export the library started (it had no way to stop: the
process lived on until the whole pack was written to the USB stick), and what it
wrote is removed."""

from __future__ import annotations

import threading
from collections.abc import Generator, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from companion.adapters.pdf_text import pdf_text_extractor
from companion.core.library import sideload
from companion.core.library.sideload import FileProgress
from companion.core.library.store import PackStore
from companion.core.services import CoreServices
from companion.ui.app import gui_services
from companion.ui.library import pack_jobs
from companion.ui.library.library_widget import LibraryWidget
from companion.ui.tasks import TaskManager

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def tasks() -> Iterator[TaskManager]:
    tm = TaskManager()
    yield tm
    tm.shutdown()


def test_quitting_stops_an_export_and_removes_what_it_wrote(
    qtbot: QtBot,
    core: CoreServices,
    tasks: TaskManager,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    started = threading.Event()
    stopped: list[bool] = []

    def export_when_asked_to_stop(
        store: PackStore, pack_id: str, dest: Path, *, cancel: threading.Event
    ) -> Generator[FileProgress, None, Path]:
        """The real export, begun once the quit came (a long copy, in short)."""
        started.set()
        stopped.append(cancel.wait(10))
        return (yield from sideload.export_pack(store, pack_id, dest, cancel=cancel))

    monkeypatch.setattr(pack_jobs, "export_pack", export_when_asked_to_stop)
    services = gui_services(core, tasks)
    w = LibraryWidget(
        tasks,
        services.library(),
        core.http,
        core.settings,
        lambda _text, _source: None,
        tmp_path / "thumbs",
        pdf_text=pdf_text_extractor(),
    )
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: w.loaded, timeout=20000)
    stick = tmp_path / "stick"
    stick.mkdir()
    w.start_export(str(stick / "pack.zip"))
    assert started.wait(10)
    w.shutdown()  # the window closes
    qtbot.waitUntil(lambda: bool(stopped), timeout=10000)
    assert tasks.shutdown(net_deadline_s=10.0)
    services.close()
    assert stopped == [True]
    assert list(stick.iterdir()) == []  # neither the archive nor its ".part"
