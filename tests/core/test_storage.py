from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from companion.core.errors import StorageError
from companion.core.schema import MIGRATIONS
from companion.core.storage import Database


def test_migrations_set_user_version_and_wal(tmp_path: Path) -> None:
    db = Database(tmp_path / "a.sqlite3")
    assert db.user_version == len(MIGRATIONS)
    assert db.query_one("PRAGMA journal_mode")[0] == "wal"
    db.close()


def test_migrations_run_in_order_and_only_once(tmp_path: Path) -> None:
    path = tmp_path / "b.sqlite3"
    m1 = "CREATE TABLE t (x INTEGER);"
    m2 = "INSERT INTO t VALUES (1);\nINSERT INTO t VALUES (2);"
    Database(path, [m1]).close()
    db = Database(path, [m1, m2])
    assert db.user_version == 2
    db.close()
    db = Database(path, [m1, m2])
    assert [r[0] for r in db.query("SELECT x FROM t ORDER BY x")] == [1, 2]
    db.close()


def test_failed_migration_rolls_back(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite3"
    with pytest.raises(sqlite3.OperationalError):
        Database(path, ["CREATE TABLE t (x);", "INSERT INTO t VALUES (1); BROKEN SQL;"])
    db = Database(path, ["CREATE TABLE t (x);"])
    assert db.user_version == 1
    assert db.query("SELECT * FROM t") == []
    db.close()


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "d.sqlite3"
    Database(path, ["CREATE TABLE a (x);", "CREATE TABLE b (x);"]).close()
    with pytest.raises(StorageError, match="newer version"):
        Database(path, ["CREATE TABLE a (x);"])


def test_transaction_rolls_back_on_error(tmp_path: Path) -> None:
    db = Database(tmp_path / "e.sqlite3")
    with pytest.raises(RuntimeError), db.transaction() as conn:
        conn.execute("INSERT INTO meta VALUES ('k', 'v')")
        raise RuntimeError("boom")
    assert db.get_meta("k") is None
    with db.transaction() as conn:
        conn.execute("INSERT INTO meta VALUES ('k', 'v')")
    assert db.get_meta("k") == "v"
    db.close()


@pytest.mark.allow_warnings
def test_corrupt_database_is_kept_aside(tmp_path: Path) -> None:
    path = tmp_path / "f.sqlite3"
    junk = b"this is not a database" * 200
    path.write_bytes(junk)
    opened = Database.open(path)
    assert "damaged" in opened.problem
    assert opened.kept_as is not None and opened.kept_as.read_bytes() == junk
    opened.db.set_meta("x", "1")
    assert opened.db.get_meta("x") == "1"
    opened.db.close()
