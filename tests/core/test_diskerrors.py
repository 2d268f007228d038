"""A disk that refuses a write is a clear message, never a traceback or a bug report."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from companion.core.atomic import atomic_write_bytes
from companion.core.diskerrors import DiskError, known_disk_error
from companion.core.errors import KnownError, StorageError
from companion.core.event.store import sample_event_path
from tests.test_cli import run


def test_a_full_disk_is_storage_trouble() -> None:
    exc = OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), "/data/event.json")
    known = known_disk_error(exc)
    assert isinstance(known, StorageError)
    assert known.message == "Could not use event.json: the disk is full."
    assert "disk space" in known.user_text()


def test_other_os_errors_stay_bugs() -> None:
    assert known_disk_error(OSError(errno.ECONNRESET, "reset")) is None
    assert known_disk_error(ValueError("x")) is None


def test_atomic_write_into_a_file_instead_of_a_folder(tmp_path: Path) -> None:
    (tmp_path / "blocker").write_text("x")
    with pytest.raises(DiskError) as info:
        atomic_write_bytes(tmp_path / "blocker" / "settings.json", b"{}")
    assert isinstance(info.value, OSError) and isinstance(info.value, KnownError)
    assert "settings.json" in info.value.message


def test_atomic_write_over_a_folder_leaves_no_temp_file(tmp_path: Path) -> None:
    (tmp_path / "event.json").mkdir()
    with pytest.raises(DiskError):
        atomic_write_bytes(tmp_path / "event.json", b"{}")
    assert [p.name for p in tmp_path.iterdir()] == ["event.json"]


def test_command_line_says_so_in_one_line(tmp_path: Path) -> None:
    (tmp_path / "data" / "event" / "event.json").mkdir(parents=True)  # the write must fail
    result = run("event-import", str(sample_event_path()), data_dir=tmp_path)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert result.stderr.strip().count("\n") == 0
    assert "Could not save event.json" in result.stderr
