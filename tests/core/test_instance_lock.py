"""One app per data folder: the OS lock, across real processes."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from companion.core.instance_lock import LOCK_NAME, InstanceLock

ROOT = Path(__file__).resolve().parents[2]

HOLDER = """
import sys, time
from pathlib import Path
from companion.core.instance_lock import InstanceLock
lock = InstanceLock(Path(sys.argv[1]))
print("held" if lock.acquire() else "refused", flush=True)
time.sleep(60)
"""


def _with_project(env: os._Environ[str]) -> dict[str, str]:
    """The environment as it is (under faketime, PYTHONPATH holds the fix its sleep
    needs), with the project in front."""
    rest = env.get("PYTHONPATH", "")
    return {**env, "PYTHONPATH": str(ROOT) + (os.pathsep + rest if rest else "")}


def _holder(folder: Path) -> subprocess.Popen[str]:
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(folder)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
        env=_with_project(os.environ),
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "held"
    return proc


def test_a_second_start_is_refused_while_the_first_runs_and_a_kill_leaves_no_stale_lock(
    tmp_path: Path,
) -> None:
    first = _holder(tmp_path)
    try:
        second = InstanceLock(tmp_path)
        assert not second.acquire() and not second.held
    finally:
        first.kill()  # a crash: no clean release
        first.wait(10)
    assert (tmp_path / LOCK_NAME).exists()  # the file stays; the lock went with the process
    again = InstanceLock(tmp_path)
    assert again.acquire() and again.held
    again.release()
    assert InstanceLock(tmp_path).acquire()


def test_the_running_app_answers_a_request_for_its_window(tmp_path: Path) -> None:
    running = InstanceLock(tmp_path)
    assert running.acquire()
    answered = threading.Event()

    def app() -> None:  # the running app's watcher, in short
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline:
            if running.take_request():
                answered.set()
                return
            time.sleep(0.02)

    watcher = threading.Thread(target=app)
    watcher.start()
    assert InstanceLock(tmp_path).ask_to_show(timeout_s=5)
    watcher.join(5)
    assert answered.is_set() and not running.request.exists()
    running.release()


def test_nobody_answering_takes_the_request_back(tmp_path: Path) -> None:
    running = InstanceLock(tmp_path)
    assert running.acquire()  # holds the folder, but its window never answers
    started = time.monotonic()
    assert not InstanceLock(tmp_path).ask_to_show(timeout_s=0.3)
    assert 0.3 <= time.monotonic() - started < 3
    assert not running.request.exists()  # not left for a later start to find
    assert not running.take_request()
    running.release()


def test_a_request_left_behind_is_not_taken_for_a_new_one(tmp_path: Path) -> None:
    (tmp_path / "show-window.request").write_text("old")
    lock = InstanceLock(tmp_path)
    assert lock.acquire()
    assert not lock.take_request()  # removed when the lock was taken
    lock.release()


@pytest.mark.allow_warnings  # the warning is what the user's log should say
def test_a_folder_that_cannot_be_locked_still_lets_the_app_start(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    # some network shares have no locks (ENOLCK): one window cannot be ensured there,
    # but the app must not refuse to start as if another one held the folder
    from companion.core import instance_lock

    def no_locks(_f: object) -> None:
        # what each platform's call says for a file it cannot lock at all
        raise OSError(errno.EINVAL if sys.platform == "win32" else errno.ENOLCK, "no locks")

    monkeypatch.setattr(instance_lock, "_lock", no_locks)
    lock = InstanceLock(tmp_path)
    assert lock.acquire() and not lock.held
    assert "cannot be locked" in caplog.text
    lock.release()

    def held(_f: object) -> None:
        raise OSError(errno.EWOULDBLOCK, "Resource temporarily unavailable")

    monkeypatch.setattr(instance_lock, "_lock", held)
    assert not InstanceLock(tmp_path).acquire()
