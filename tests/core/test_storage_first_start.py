"""The first start makes the database without waiting for the disk to switch an empty
file to WAL (issue 19); every write after that is as safe as on any other start."""

from __future__ import annotations

from pathlib import Path

from companion.core.storage import Database


def _pragmas(db: Database) -> tuple[str, int]:
    mode = str(db.query("PRAGMA journal_mode")[0][0])
    sync = int(db.query("PRAGMA synchronous")[0][0])
    return mode, sync


def test_a_new_database_is_wal_and_normal_synchronous(tmp_path: Path) -> None:
    opened = Database.open(tmp_path / "new.sqlite3")
    try:
        assert _pragmas(opened.db) == ("wal", 1)  # 1 = NORMAL
        opened.db.set_meta("k", "v")
    finally:
        opened.db.close()
    again = Database.open(tmp_path / "new.sqlite3")
    try:
        assert _pragmas(again.db) == ("wal", 1)
        assert again.db.get_meta("k") == "v"
    finally:
        again.db.close()


def test_an_empty_file_left_by_a_cut_first_start_is_made_again(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    path.write_bytes(b"")
    opened = Database.open(path)
    try:
        assert _pragmas(opened.db) == ("wal", 1)
        assert opened.problem == ""
    finally:
        opened.db.close()
