"""Everything the app moves aside or replaces is closed first (issue 22 item 2): on
Windows an open file cannot be renamed, replaced or deleted."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from companion.core.atomic import atomic_write_text
from companion.core.diskerrors import DiskError
from companion.core.paths import Paths
from companion.core.settings import Settings, SettingsStore
from tests.support.windows_semantics import WindowsFiles


@pytest.mark.allow_warnings
def test_broken_settings_are_moved_aside_and_saved_again(
    paths: Paths, windows_files: WindowsFiles
) -> None:
    paths.settings_file.write_text("{ not json", "utf-8")
    store = SettingsStore(paths.settings_file)
    loaded = store.load()
    assert loaded.kept_as is not None and loaded.kept_as.read_text("utf-8") == "{ not json"
    store.save(Settings())
    store.save(loaded.settings)  # atomic replace of an existing file
    assert store.load().problem == ""
    assert windows_files.refused == []


def test_the_app_database_opens_and_closes_with_windows_files(
    paths: Paths, windows_files: WindowsFiles
) -> None:
    from companion.core.services import CoreServices

    core = CoreServices.open(paths)
    core.db.set_meta("k", "v")
    core.save_settings()
    core.close()
    assert windows_files.refused == []


def test_a_reader_holding_the_file_for_a_moment_does_not_fail_the_save(
    tmp_path: Path, windows_files: WindowsFiles
) -> None:
    """Windows refuses to replace a file another handle holds: a reader (the window
    while a command saves), or a virus scanner or search indexer looking at a file
    just written. The save waits for it briefly instead of failing with "permission
    was refused"."""
    target = tmp_path / "settings.json"
    target.write_text("old", "utf-8")
    reader = target.open("rb")
    letting_go = threading.Timer(0.15, reader.close)
    letting_go.start()
    try:
        atomic_write_text(target, "new")
    finally:
        letting_go.join()
        reader.close()
    assert target.read_text("utf-8") == "new"
    assert windows_files.was_refused()
    assert [p.name for p in tmp_path.iterdir()] == ["settings.json"]


def test_a_file_held_for_good_is_one_clear_error_after_a_short_wait(
    tmp_path: Path, windows_files: WindowsFiles
) -> None:
    target = tmp_path / "settings.json"
    target.write_text("old", "utf-8")
    started = time.monotonic()
    with target.open("rb"), pytest.raises(DiskError) as info:
        atomic_write_text(target, "new")
    assert time.monotonic() - started < 5
    assert "settings.json" in info.value.message
    assert target.read_text("utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["settings.json"]
