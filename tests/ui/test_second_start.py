"""A second start of the app on the same data folder brings the running window
forward instead of opening another window on the same database (a double click while
the first start is still coming up)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from companion.core.connectivity import stay_on_this_machine
from companion.core.instance_lock import InstanceLock
from companion.core.paths import Paths
from companion.core.settings import Settings, SettingsStore
from companion.ui.app import answer_second_starts

ROOT = Path(__file__).resolve().parents[2]


def _folder(tmp_path: Path) -> Paths:
    """A data folder whose settings point nowhere off this machine, should the start
    under test ever open a window after all."""
    paths = Paths.for_data_dir(tmp_path / "profile")
    paths.ensure()
    settings = Settings()
    stay_on_this_machine(settings)
    SettingsStore(paths.settings_file).save(settings)
    return paths


def _second_start(paths: Paths) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "companion", "--data-dir", str(paths.data.parent)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        # the environment as it is (under faketime, PYTHONPATH holds the fix its
        # sleep needs); the project comes from the working folder
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )


@pytest.mark.qt_log_ignore("does not support raise", "propagateSizeHints")  # offscreen
def test_a_second_start_brings_the_running_window_forward(qtbot: QtBot, tmp_path: Path) -> None:
    paths = _folder(tmp_path)
    lock = InstanceLock(paths.data)
    assert lock.acquire()  # the app that runs
    window = QLabel("running")
    qtbot.addWidget(window)
    window.showMinimized()
    assert window.isMinimized()
    answer_second_starts(lock, window)
    second = _second_start(paths)
    try:
        qtbot.waitUntil(lambda: second.poll() is not None, timeout=20000)
    finally:
        if second.poll() is None:
            second.kill()
        _out, err = second.communicate(timeout=10)
        lock.release()
    assert second.returncode == 0, err[-2000:]
    assert not window.isMinimized() and window.isVisible()
    assert not lock.request.exists()
    # it never opened the database the running app has open
    assert not paths.database_file.exists()


def test_a_second_start_nobody_answers_says_so_and_opens_nothing(tmp_path: Path) -> None:
    paths = _folder(tmp_path)
    lock = InstanceLock(paths.data)
    assert lock.acquire()  # held, but this "app" never answers (it is closing)
    second = _second_start(paths)
    try:
        _out, err = second.communicate(timeout=60)
    finally:
        if second.poll() is None:
            second.kill()
        lock.release()
    assert second.returncode == 2
    assert "already running" in err and "Try again in a moment" in err
    assert "Traceback" not in err
    assert not paths.database_file.exists() and not lock.request.exists()
