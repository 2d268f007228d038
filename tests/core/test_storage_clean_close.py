"""The integrity check reads the whole database file (issue 19): the start runs it only
after an unclean end (the "still open" marker or SQLite's write-ahead log is left), and
otherwise after the first screen, where damage is kept aside at the next start."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from companion.core.storage import Database
from companion.core.storage_health import closed_cleanly, open_marker
from tests.core.test_storage_open import SCHEMA, _damage_a_table_page, make_db


def test_a_clean_close_leaves_no_marker_and_the_next_open_skips_the_check(
    tmp_path: Path,
) -> None:
    path = tmp_path / "app.sqlite3"
    opened = Database.open(path, SCHEMA, trust_clean_close=True)
    assert open_marker(path).exists()  # while open
    assert not closed_cleanly(path)
    opened.db.close()
    assert closed_cleanly(path)
    again = Database.open(path, SCHEMA, trust_clean_close=True)
    assert not again.db.checked
    assert again.db.check_later()
    assert again.db.checked
    again.db.close()


@pytest.mark.allow_warnings
def test_damage_after_a_clean_close_is_found_later_and_kept_aside_next_start(
    tmp_path: Path,
) -> None:
    path = tmp_path / "app.sqlite3"
    make_db(path, rows=200)
    _damage_a_table_page(path)
    damaged = path.read_bytes()
    opened = Database.open(path, SCHEMA, trust_clean_close=True)
    assert opened.kept_as is None  # not checked at the start
    assert not opened.db.check_later()  # found after the first screen
    opened.db.close()
    assert open_marker(path).exists()  # so the next start checks
    again = Database.open(path, SCHEMA, trust_clean_close=True)
    assert again.kept_as is not None and again.kept_as.read_bytes() == damaged
    assert "damaged" in again.problem
    assert again.db.query("SELECT count(*) FROM notes")[0][0] == 0
    again.db.close()
    assert closed_cleanly(path)


@pytest.mark.allow_warnings
@pytest.mark.parametrize("left", ["marker", "wal"])
def test_after_an_unclean_end_the_open_checks(tmp_path: Path, left: str) -> None:
    path = tmp_path / "app.sqlite3"
    make_db(path, rows=200)
    _damage_a_table_page(path)
    if left == "marker":  # the process ended without closing
        open_marker(path).touch()
    else:  # SQLite's log is left by a process that did not close (or holds it now)
        path.with_name(path.name + "-wal").write_bytes(b"")
    opened = Database.open(path, SCHEMA, trust_clean_close=True)
    assert opened.kept_as is not None and "damaged" in opened.problem
    opened.db.close()


def test_an_intact_file_after_an_unclean_end_is_checked_and_kept(tmp_path: Path) -> None:
    path = tmp_path / "app.sqlite3"
    make_db(path, rows=20)
    open_marker(path).touch()
    opened = Database.open(path, SCHEMA, trust_clean_close=True)
    assert opened.db.checked and opened.kept_as is None
    assert opened.db.query("SELECT count(*) FROM notes")[0][0] == 20
    opened.db.close()
    assert closed_cleanly(path)


def test_without_trust_every_open_checks(tmp_path: Path) -> None:
    path = tmp_path / "app.sqlite3"
    make_db(path)
    opened = Database.open(path, SCHEMA)
    assert opened.db.checked
    assert not open_marker(path).exists()
    opened.db.close()


def test_the_app_start_skips_the_check_after_a_clean_close(tmp_path: Path) -> None:
    from companion.core.paths import Paths
    from companion.core.services import CoreServices

    paths = Paths.for_data_dir(tmp_path)
    CoreServices.open(paths).close()
    core = CoreServices.open(paths)
    try:
        assert not core.db.checked
        assert not closed_cleanly(paths.database_file)
    finally:
        core.close()
    assert closed_cleanly(paths.database_file)
    assert sqlite3.connect(paths.database_file).execute("PRAGMA quick_check").fetchone()[0] == "ok"
