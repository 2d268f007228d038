"""A full disk or a database held by another program is a clear message, not a bug."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from companion.core.errors import StorageError
from companion.core.storage import Database

SCHEMA = ["CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL)"]


def test_database_held_by_another_program(tmp_path: Path) -> None:
    db = Database(tmp_path / "app.sqlite", SCHEMA)
    db.execute("PRAGMA busy_timeout = 50")
    other = sqlite3.connect(tmp_path / "app.sqlite", isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(StorageError, match="busy"), db.transaction() as conn:
            conn.execute("INSERT INTO notes (body) VALUES ('x')")
        with pytest.raises(StorageError, match="busy"):
            db.execute("INSERT INTO notes (body) VALUES ('y')")
    finally:
        other.execute("ROLLBACK")
        other.close()
    with db.transaction() as conn:  # usable again once the other program is done
        conn.execute("INSERT INTO notes (body) VALUES ('z')")
    assert [r["body"] for r in db.query("SELECT body FROM notes")] == ["z"]
    db.close()


def test_disk_full_inside_a_transaction(tmp_path: Path) -> None:
    db = Database(tmp_path / "app.sqlite", SCHEMA)
    pages = int(db.query_one("PRAGMA page_count")[0])  # type: ignore[index]
    db.execute(f"PRAGMA max_page_count = {pages + 2}")  # the "disk" holds 2 more pages
    with pytest.raises(StorageError, match="Could not save"), db.transaction() as conn:
        for _ in range(200):
            conn.execute("INSERT INTO notes (body) VALUES (?)", ("x" * 4000,))
    assert db.query("SELECT count(*) FROM notes")[0][0] == 0  # nothing half-written
    with db.transaction() as conn:
        conn.execute("INSERT INTO notes (body) VALUES ('small')")
    db.close()
