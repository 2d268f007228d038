"""Opening the database: only damage moves it aside; trouble around an intact file
(full disk, read-only folder, another program holding it) is one clear line and
leaves every file as it was (issue 13 item 6). On Windows a file cannot be moved
while a handle is open, so a damaged database is closed before it is moved (issue 22
item 2)."""

from __future__ import annotations

import contextlib
import errno
import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from companion.core.errors import StorageError
from companion.core.storage import Database
from tests.support.windows_semantics import WindowsFiles

SCHEMA = [
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL)",
]
#: a newer app version: one more migration, which needs to write
SCHEMA_NEXT = [*SCHEMA, "CREATE TABLE more (id INTEGER PRIMARY KEY, body TEXT)"]


def make_db(path: Path, rows: int = 20) -> None:
    db = Database(path, SCHEMA)
    with db.transaction() as conn:
        for i in range(rows):
            conn.execute("INSERT INTO notes (body) VALUES (?)", (f"note {i} ⛏",))
    db.close()


def notes(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [r[0] for r in conn.execute("SELECT body FROM notes ORDER BY id")]
    finally:
        conn.close()


def files_in(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


@pytest.fixture
def short_busy_timeout(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(Database, "busy_timeout_s", 0.2)


# -- damage: moved aside, and closed first -----------------------------------------
@pytest.mark.allow_warnings
def test_not_a_database_is_closed_before_it_is_moved(
    tmp_path: Path, windows_files: WindowsFiles
) -> None:
    path = tmp_path / "app.sqlite3"
    junk = b"this is not a database" * 200
    path.write_bytes(junk)
    opened = Database.open(path, SCHEMA)
    assert windows_files.refused == []
    assert opened.kept_as is not None and opened.kept_as.read_bytes() == junk
    assert "damaged" in opened.problem
    opened.db.set_meta("k", "v")
    opened.db.close()


def _damage_a_table_page(path: Path) -> None:
    """Overwrite the notes table's b-tree page: the header stays valid, so the file
    opens and only SQLite's integrity check finds the damage."""
    conn = sqlite3.connect(path)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'notes'").fetchone()[0]
    conn.close()
    with path.open("r+b") as fh:
        fh.seek((root - 1) * page_size)
        fh.write(b"\x0d" + b"\xff" * 64)


@pytest.mark.allow_warnings
def test_failed_integrity_check_closes_before_moving_aside(
    tmp_path: Path, windows_files: WindowsFiles
) -> None:
    path = tmp_path / "app.sqlite3"
    make_db(path, rows=200)
    _damage_a_table_page(path)
    damaged = path.read_bytes()
    opened = Database.open(path, SCHEMA)
    assert windows_files.refused == []
    assert opened.kept_as is not None and opened.kept_as.read_bytes() == damaged
    assert opened.db.query("SELECT count(*) FROM notes")[0][0] == 0
    opened.db.close()


@pytest.mark.allow_warnings
def test_damage_found_by_a_migration_moves_the_file_aside(
    tmp_path: Path, windows_files: WindowsFiles
) -> None:
    path = tmp_path / "app.sqlite3"
    make_db(path, rows=200)
    _damage_a_table_page(path)
    copy_notes = "INSERT INTO more (id, body) SELECT id, body FROM notes"
    opened = Database.open(path, [*SCHEMA_NEXT, copy_notes])
    assert opened.kept_as is not None and "damaged" in opened.problem
    assert opened.db.user_version == 4
    opened.db.close()
    assert windows_files.refused == []


# -- locked by another program: never moved -----------------------------------------
@contextlib.contextmanager
def other_process_holding(path: Path) -> Iterator[None]:
    """Another process holding ``BEGIN EXCLUSIVE`` until we let go."""
    code = (
        "import sqlite3, sys\n"
        "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
        "c.execute('BEGIN EXCLUSIVE')\n"
        "c.execute('INSERT INTO notes (body) VALUES (?)', ('held',))\n"
        "print('ready', flush=True)\n"
        "sys.stdin.readline()\n"
        "c.execute('ROLLBACK')\n"
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", code, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
        yield
    finally:
        assert proc.stdin is not None
        proc.stdin.write("\n")
        proc.stdin.close()
        proc.wait(timeout=10)


@pytest.mark.allow_warnings
def test_database_locked_by_another_process_is_left_alone(
    tmp_path: Path, short_busy_timeout: None
) -> None:
    path = tmp_path / "app.sqlite3"
    make_db(path)
    before = files_in(tmp_path)
    with other_process_holding(path), pytest.raises(StorageError) as caught:
        Database.open(path, SCHEMA_NEXT)  # the newer version must write: busy
    assert "in use by another program" in caught.value.message
    assert "\n" not in caught.value.message
    assert files_in(tmp_path).keys() == before.keys()  # no .broken, nothing new
    assert notes(path) == [f"note {i} ⛏" for i in range(20)]
    opened = Database.open(path, SCHEMA_NEXT)  # fine once the other program is done
    assert opened.problem == "" and opened.kept_as is None
    opened.db.close()


@pytest.mark.allow_warnings
def test_rollback_journal_database_locked_by_another_connection(
    tmp_path: Path, short_busy_timeout: None
) -> None:
    """A database another program made without WAL, held exclusively while we open."""
    path = tmp_path / "app.sqlite3"
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL)")
    other.execute("INSERT INTO notes (body) VALUES ('kept')")
    other.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(StorageError, match="in use by another program"):
            Database.open(path, SCHEMA)
        assert {p.name for p in tmp_path.iterdir()} <= {"app.sqlite3", "app.sqlite3-journal"}
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert notes(path) == ["kept"]


# -- a full disk and a read-only folder: never moved --------------------------------
@contextlib.contextmanager
def tiny_disk(folder: Path, size: str = "2m") -> Iterator[Path]:
    folder.mkdir()
    if not sys.platform.startswith("linux") or os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root on Linux (the simulated tests still run)")
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        pytest.skip(f"mount refused: {done.stderr.strip()} (the simulated tests still run)")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def fill(folder: Path) -> Path:
    filler = folder / "filler"
    with filler.open("wb") as fh:
        try:
            while True:
                fh.write(b"\0" * 65536)
                fh.flush()
        except OSError as exc:
            assert exc.errno == errno.ENOSPC
    return filler


@pytest.mark.allow_warnings
def test_full_disk_is_one_line_and_moves_nothing(tmp_path: Path) -> None:
    with tiny_disk(tmp_path / "disk") as disk:
        path = disk / "app.sqlite3"
        make_db(path)
        filler = fill(disk)
        with pytest.raises(StorageError) as caught:
            Database.open(path, SCHEMA_NEXT)
        assert "the disk is full" in caught.value.message
        assert "\n" not in caught.value.message
        # SQLite may have made its -wal/-shm side files; nothing was moved
        assert {p.name for p in disk.iterdir()} <= {
            "app.sqlite3",
            "app.sqlite3-wal",
            "app.sqlite3-shm",
            "filler",
        }
        # the current version opens (it only reads), and a write says "full"
        try:
            opened = Database.open(path, SCHEMA)
        except StorageError as exc:
            assert "the disk is full" in exc.message
        else:
            assert opened.kept_as is None
            with pytest.raises(StorageError), opened.db.transaction() as conn:
                for _ in range(100):
                    conn.execute("INSERT INTO notes (body) VALUES (?)", ("x" * 4000,))
            opened.db.close()
        assert not any(p.name.endswith(".broken") for p in disk.iterdir())
        filler.unlink()
        assert notes(path) == [f"note {i} ⛏" for i in range(20)]
        opened = Database.open(path, SCHEMA_NEXT)
        assert opened.kept_as is None
        opened.db.close()


@pytest.mark.allow_warnings
def test_simulated_sqlite_full_moves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """SQLITE_FULL without a real full disk: the database may not grow by a page."""
    path = tmp_path / "app.sqlite3"
    make_db(path)
    real_connect = sqlite3.connect

    def no_room(*args: object, **kwargs: object) -> sqlite3.Connection:
        conn = real_connect(*args, **kwargs)  # type: ignore[arg-type]
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        conn.execute(f"PRAGMA max_page_count = {pages}")
        return conn

    monkeypatch.setattr(sqlite3, "connect", no_room)
    before = files_in(tmp_path)
    with pytest.raises(StorageError, match="the disk is full"):
        Database.open(path, SCHEMA_NEXT)
    monkeypatch.undo()
    assert files_in(tmp_path).keys() == before.keys()
    assert notes(path) == [f"note {i} ⛏" for i in range(20)]


@pytest.mark.allow_warnings
def test_read_only_folder_is_one_line_and_moves_nothing(tmp_path: Path) -> None:
    with tiny_disk(tmp_path / "disk") as disk:
        path = disk / "app.sqlite3"
        make_db(path)
        before = files_in(disk)
        subprocess.run(["mount", "-o", "remount,ro", str(disk)], check=True)
        for schema in (SCHEMA_NEXT, SCHEMA):
            with pytest.raises(StorageError) as caught:
                Database.open(path, schema)
            assert "\n" not in caught.value.message
            assert "nothing was changed" in caught.value.message
        assert files_in(disk) == before
        subprocess.run(["mount", "-o", "remount,rw", str(disk)], check=True)
        assert notes(path) == [f"note {i} ⛏" for i in range(20)]


@pytest.mark.allow_warnings
def test_simulated_read_only_database_moves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "app.sqlite3"
    make_db(path)
    real_connect = sqlite3.connect

    def read_only(*args: object, **kwargs: object) -> sqlite3.Connection:
        conn = real_connect(*args, **kwargs)  # type: ignore[arg-type]
        conn.execute("PRAGMA query_only = 1")
        return conn

    monkeypatch.setattr(sqlite3, "connect", read_only)
    with pytest.raises(StorageError, match="read-only"):
        Database.open(path, SCHEMA_NEXT)
    monkeypatch.undo()
    assert not any(p.name.endswith(".broken") for p in tmp_path.iterdir())
    assert notes(path) == [f"note {i} ⛏" for i in range(20)]
