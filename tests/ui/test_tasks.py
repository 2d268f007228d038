from __future__ import annotations

import threading
from collections.abc import Generator, Iterator

import pytest
from pytestqt.qtbot import QtBot

from companion.core.errors import ServerError
from companion.ui.tasks import TaskManager


@pytest.fixture
def tasks() -> Iterator[TaskManager]:
    tm = TaskManager()
    yield tm
    tm.shutdown()


def test_result_arrives_on_gui_thread(qtbot: QtBot, tasks: TaskManager) -> None:
    seen: list[tuple[object, bool]] = []
    main = threading.current_thread()

    def work() -> str:
        assert threading.current_thread() is not main
        return "done"

    tasks.run_net(work, lambda r: seen.append((r, threading.current_thread() is main)))
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    assert seen == [("done", True)]


def test_db_work_is_serialised(qtbot: QtBot, tasks: TaskManager) -> None:
    names: set[str] = set()
    done: list[int] = []
    for i in range(20):
        tasks.run_db(
            lambda: names.add(threading.current_thread().name), lambda _r, i=i: done.append(i)
        )
    qtbot.waitUntil(lambda: len(done) == 20, timeout=5000)
    assert len(names) == 1
    assert done == list(range(20))


def test_generator_reports_progress(qtbot: QtBot, tasks: TaskManager) -> None:
    progress: list[object] = []
    result: list[object] = []

    def job() -> Generator[int, None, str]:
        yield from range(3)
        return "finished"

    tasks.run_net(job, result.append, on_progress=progress.append)
    qtbot.waitUntil(lambda: bool(result), timeout=5000)
    assert progress == [0, 1, 2] and result == ["finished"]


def test_known_error_goes_to_on_failure(qtbot: QtBot, tasks: TaskManager) -> None:
    failures: list[BaseException] = []

    def job() -> None:
        raise ServerError("nope", status=503)

    with qtbot.assertNotEmitted(tasks.bug):
        tasks.run_net(job, on_failure=failures.append)
        qtbot.waitUntil(lambda: bool(failures), timeout=5000)
    assert isinstance(failures[0], ServerError)


def test_a_full_disk_is_a_known_error_not_a_bug(qtbot: QtBot, tasks: TaskManager) -> None:
    import errno

    from companion.core.errors import StorageError

    bugs: list[BaseException] = []
    tasks.bug.connect(bugs.append)

    def work() -> None:
        raise OSError(errno.ENOSPC, "No space left on device", "drafts.sqlite")

    with qtbot.waitSignal(tasks.known_error, timeout=5000) as blocker:
        tasks.run_db(work)
    assert isinstance(blocker.args[0], StorageError)
    assert "disk is full" in blocker.args[0].message
    assert bugs == []


def test_work_asked_after_shutdown_is_skipped_quietly(qtbot: QtBot) -> None:
    """A late timer or change notice after the window closed must not raise from a
    closed pool ("cannot schedule new futures after shutdown")."""
    tm = TaskManager()
    tm.shutdown()
    called: list[object] = []
    for run in (tm.run_net, tm.run_db):
        future = run(lambda: called.append("ran"), called.append, called.append)
        assert future.cancelled()
    qtbot.wait(50)
    assert called == []
