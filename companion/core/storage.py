"""The app's one SQLite database: WAL, ``PRAGMA user_version`` migrations, transactions.

All access from the GUI goes through the single-worker database executor of the
task helper, so the connection is only ever used by one thread at a time. A lock
guards it anyway, for the command line and tests.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from companion.core.atomic import keep_broken_copy
from companion.core.errors import StorageError

log = logging.getLogger(__name__)


@dataclass
class OpenResult:
    db: Database
    #: a message for the user when the old database was damaged, else ""
    problem: str = ""
    kept_as: Path | None = None


class Database:
    """A SQLite connection with migrations and a transaction helper."""

    def __init__(self, path: Path | str, migrations: Sequence[str] | None = None) -> None:
        if migrations is None:
            from companion.core.schema import MIGRATIONS

            migrations = MIGRATIONS
        self.path = Path(path) if str(path) != ":memory:" else None
        self._lock = threading.RLock()
        self._conn = sqlite3.connect(
            str(path), timeout=10.0, isolation_level=None, check_same_thread=False
        )
        self._conn.row_factory = sqlite3.Row
        self._conn.execute("PRAGMA foreign_keys = ON")
        if self.path is not None:
            mode = self._conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if str(mode).lower() != "wal":
                log.info("journal mode is %s, not WAL", mode)
        self._conn.execute("PRAGMA synchronous = NORMAL")
        self._conn.execute("PRAGMA busy_timeout = 10000")
        self.migrate(migrations)

    # -- opening ---------------------------------------------------------
    @classmethod
    def open(cls, path: Path, migrations: Sequence[str] | None = None) -> OpenResult:
        """Open ``path``; a damaged file is kept aside and a fresh database is made."""
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            db = cls(path, migrations)
            db.check_integrity()
            return OpenResult(db)
        except sqlite3.DatabaseError as exc:
            log.warning("database %s is damaged: %s", path, exc)
            kept = _move_aside(path)
            db = cls(path, migrations)
            msg = (
                "The app's database was damaged and could not be opened "
                f"({exc}). A new one was started; the old file was kept as "
                f"{kept.name if kept else 'it was'} so nothing is deleted."
            )
            return OpenResult(db, msg, kept)

    def check_integrity(self) -> None:
        row = self._conn.execute("PRAGMA quick_check").fetchone()
        if row is None or row[0] != "ok":
            raise sqlite3.DatabaseError(f"integrity check failed: {row[0] if row else '?'}")

    # -- schema ----------------------------------------------------------
    @property
    def user_version(self) -> int:
        return int(self._conn.execute("PRAGMA user_version").fetchone()[0])

    def migrate(self, migrations: Sequence[str]) -> None:
        with self._lock:
            current = self.user_version
            if current > len(migrations):
                raise StorageError(
                    f"The database was made by a newer version of the app "
                    f"(schema {current}, this app knows {len(migrations)}).",
                    hint="Install the newer version again, or start with another data folder.",
                )
            for number, sql in enumerate(migrations[current:], start=current + 1):
                log.info("applying database migration %d", number)
                with self.transaction() as conn:
                    for statement in _split_sql(sql):
                        conn.execute(statement)
                    conn.execute(f"PRAGMA user_version = {number:d}")

    # -- access ----------------------------------------------------------
    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """``BEGIN IMMEDIATE`` … ``COMMIT``, rolled back on any exception."""
        with self._lock:
            try:
                self._conn.execute("BEGIN IMMEDIATE")
            except sqlite3.OperationalError as exc:
                raise (_storage_error(exc) or exc) from exc
            try:
                yield self._conn
            except sqlite3.OperationalError as exc:
                self._rollback()
                raise (_storage_error(exc) or exc) from exc
            except BaseException:
                self._rollback()
                raise
            else:
                try:
                    self._conn.execute("COMMIT")
                except sqlite3.OperationalError as exc:
                    self._rollback()
                    raise (
                        _storage_error(exc)
                        or StorageError(f"Could not save to the database: {exc}")
                    ) from exc

    def _rollback(self) -> None:
        # SQLite may already have rolled back by itself (a full disk does that)
        if self._conn.in_transaction:
            self._conn.execute("ROLLBACK")

    def execute(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> sqlite3.Cursor:
        with self._lock:
            try:
                return self._conn.execute(sql, params)
            except sqlite3.OperationalError as exc:
                raise (_storage_error(exc) or exc) from exc

    def query(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> list[sqlite3.Row]:
        with self._lock:
            return self._conn.execute(sql, params).fetchall()

    def query_one(
        self, sql: str, params: Sequence[Any] | dict[str, Any] = ()
    ) -> sqlite3.Row | None:
        with self._lock:
            row: sqlite3.Row | None = self._conn.execute(sql, params).fetchone()
            return row

    def close(self) -> None:
        with self._lock:
            try:
                self._conn.execute("PRAGMA optimize")
            except sqlite3.Error:
                pass
            self._conn.close()

    # -- a tiny key/value store for small state -----------------------------
    def get_meta(self, key: str, default: str | None = None) -> str | None:
        row = self.query_one("SELECT value FROM meta WHERE key = ?", (key,))
        return str(row[0]) if row is not None else default

    def set_meta(self, key: str, value: str) -> None:
        self.execute(
            "INSERT INTO meta(key, value) VALUES(?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (key, value),
        )


def _split_sql(sql: str) -> list[str]:
    """Split a migration script into complete statements (triggers kept whole)."""
    statements: list[str] = []
    buf = ""
    for piece in sql.split(";"):
        buf += piece + ";"
        if sqlite3.complete_statement(buf):
            if buf.strip(" \n\t;"):
                statements.append(buf.strip())
            buf = ""
    if buf.strip(" \n\t;"):
        statements.append(buf.strip())
    return statements


def _move_aside(path: Path) -> Path | None:
    kept: Path | None = None
    try:
        if path.exists():
            kept = keep_broken_copy(path)
        for suffix in ("-wal", "-shm"):
            side = path.with_name(path.name + suffix)
            if side.exists():
                keep_broken_copy(side)
    except OSError as exc:
        log.error("could not move damaged database aside: %s", exc)
    return kept


def _storage_error(exc: sqlite3.OperationalError) -> StorageError | None:
    """Disk full, read-only or another program holding the database: expected trouble."""
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        return StorageError(
            "The app's database is busy: another copy of the app, or a backup or "
            "antivirus program, is using it. Try again in a moment."
        )
    if "disk" in text or "full" in text or "readonly" in text or "read-only" in text:
        return StorageError(f"Could not save to the database: {exc}")
    return None
