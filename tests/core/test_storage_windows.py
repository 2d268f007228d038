"""Everything the app moves aside or replaces is closed first (issue 22 item 2): on
Windows an open file cannot be renamed, replaced or deleted."""

from __future__ import annotations

import pytest

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
