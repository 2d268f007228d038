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
from pathlib import Path
from typing import Any, NamedTuple

from companion.core.errors import QT_TRANSLATE_NOOP, Message, StorageError
from companion.core.messages import DATABASE_WRITE_FAILED
from companion.core.storage_health import (
    DamagedDatabase,
    closed_cleanly,
    is_damage,
    move_aside,
    open_error,
    open_marker,
    storage_error,
)

log = logging.getLogger(__name__)


class OpenResult(NamedTuple):
    db: Database
    # a message for the user when the old database was damaged, else ""
    problem: str = ""
    kept_as: Path | None = None


def _has_content(path: Path) -> bool:
    try:
        return path.stat().st_size > 0
    except OSError:
        return False


class Database:
    """A SQLite connection with migrations and a transaction helper."""

    # how long to wait for another program holding the database (class-wide so tests
    # can shorten it)
    busy_timeout_s: float = 10.0

    def __init__(self, path: Path | str, migrations: Sequence[str] | None = None) -> None:
        if migrations is None:
            from companion.core.schema import MIGRATIONS

            migrations = MIGRATIONS
        self.path = Path(path) if str(path) != ":memory:" else None
        # a database file made just now (the first start) holds nothing yet
        new_file = self.path is not None and not _has_content(self.path)
        self._lock = threading.RLock()
        #: the "still open" marker this connection removes when it closes cleanly
        self._marker: Path | None = None
        #: damage found after the start: the marker stays, the next start checks
        self._damage_seen = False
        #: SQLite's integrity check passed on this connection
        self.checked = False
        self._conn = sqlite3.connect(
            str(path),
            timeout=self.busy_timeout_s,
            isolation_level=None,
            check_same_thread=False,
        )
        try:
            self._conn.row_factory = sqlite3.Row
            self._conn.execute("PRAGMA foreign_keys = ON")
            if self.path is not None:
                if new_file:
                    # an empty file has nothing to lose: its switch to WAL need not wait
                    # for the disk (~10–40 ms of a first start, issue 19); every write
                    # after it is synchronous = NORMAL, as always
                    self._conn.execute("PRAGMA synchronous = OFF")
                mode = self._conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
                if str(mode).lower() != "wal":
                    log.info("journal mode is %s, not WAL", mode)
            self._conn.execute("PRAGMA synchronous = NORMAL")
            self._conn.execute(f"PRAGMA busy_timeout = {int(self.busy_timeout_s * 1000):d}")
            self.migrate(migrations)
        except BaseException:
            # Windows cannot rename or delete a file while any handle is open: a
            # half-opened database must let go of it before anyone moves it aside.
            self._conn.close()
            raise

    # -- opening ---------------------------------------------------------
    @classmethod
    def open(
        cls,
        path: Path,
        migrations: Sequence[str] | None = None,
        *,
        trust_clean_close: bool = False,
    ) -> OpenResult:
        """Open ``path``; a damaged file is kept aside and a fresh database is made.

        Only damage (not a database, or a failed integrity check) moves the file aside.
        A full disk, a read-only folder or another program holding the database raise
        :class:`StorageError` with one line and leave every file as it was.

        SQLite's integrity check reads the whole file (~7.5 ms for 16 MB from the page
        cache, far more from the disk: issue 19). With ``trust_clean_close`` it runs only
        when the last process did not close the database cleanly: its "still open"
        marker (``<name>-open``, made here, removed by :meth:`close`) or SQLite's
        write-ahead log (removed by SQLite when the last connection closes) is still
        there. :meth:`check_later` checks an intact-looking file after the first screen."""
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise open_error(path, exc) from exc
        marker = open_marker(path)
        check = not trust_clean_close or not closed_cleanly(path)
        opened = cls._open(path, migrations, check=check)
        if trust_clean_close:
            opened.db._mark_open(marker)
        return opened

    @classmethod
    def _open(cls, path: Path, migrations: Sequence[str] | None, *, check: bool) -> OpenResult:
        try:
            db = cls(path, migrations)
        except StorageError as exc:  # a migration could not write
            cause = exc.__cause__
            if not isinstance(cause, sqlite3.DatabaseError):
                raise  # e.g. made by a newer version of the app
            if is_damage(cause):
                return cls._start_again(path, migrations, cause)
            raise open_error(path, cause) from cause
        except sqlite3.DatabaseError as exc:
            if not is_damage(exc):
                raise open_error(path, exc) from exc
            return cls._start_again(path, migrations, exc)
        try:
            if check:
                db.check_integrity()
        except sqlite3.DatabaseError as exc:
            db.close()  # before moving the file: Windows refuses to move an open file
            if not is_damage(exc):
                raise open_error(path, exc) from exc
            return cls._start_again(path, migrations, exc)
        return OpenResult(db)

    @classmethod
    def _start_again(
        cls, path: Path, migrations: Sequence[str] | None, exc: sqlite3.DatabaseError
    ) -> OpenResult:
        log.warning("database %s is damaged: %s", path, exc)
        kept = move_aside(path)
        try:
            db = cls(path, migrations)
        except sqlite3.DatabaseError as again:
            raise open_error(path, again) from again
        else:
            if kept is None:
                msg = Message(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "The app's database was damaged and could not be opened (%1). "
                        "A new one was started; the old file was left where it was, "
                        "so nothing is deleted.",
                    ),
                    args=(exc,),
                )
            else:
                msg = Message(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "The app's database was damaged and could not be opened (%1). "
                        "A new one was started; the old file was kept as %2, "
                        "so nothing is deleted.",
                    ),
                    args=(exc, kept.name),
                )
            return OpenResult(db, msg, kept)

    def check_integrity(self) -> None:
        """Raise :class:`DamagedDatabase` when SQLite finds damage (``quick_check``,
        confirmed by the full ``integrity_check``)."""
        with self._lock:
            for pragma in ("quick_check", "integrity_check"):
                row = self._conn.execute(f"PRAGMA {pragma}").fetchone()
                if row is not None and row[0] == "ok":
                    self.checked = True
                    return
        raise DamagedDatabase(f"integrity check failed: {row[0] if row else '?'}")

    def check_later(self) -> bool:
        """The integrity check :meth:`open` left out after a clean close, run once the
        first screen is shown (on the database lane). Damage is not repaired under the
        open connection: the "still open" marker is kept, so the next start checks the
        file and keeps a damaged one aside. True when the file is intact."""
        if self.checked or self.path is None:
            return True
        try:
            self.check_integrity()
        except sqlite3.DatabaseError as exc:
            if not is_damage(exc):
                log.info("database check not finished: %s", exc)
                return True
            log.warning("database %s is damaged: %s (repaired at the next start)", self.path, exc)
            self._damage_seen = True
            return False
        return True

    def _mark_open(self, marker: Path) -> None:
        try:
            marker.touch()
        except OSError as exc:  # a read-only folder: SQLite's log still tells
            log.debug("no open marker %s: %s", marker, exc)
            return
        self._marker = marker

    # -- schema ----------------------------------------------------------
    @property
    def user_version(self) -> int:
        return int(self._conn.execute("PRAGMA user_version").fetchone()[0])

    def migrate(self, migrations: Sequence[str]) -> None:
        with self._lock:
            current = self.user_version
            if current > len(migrations):
                raise StorageError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "The database was made by a newer version of the app "
                        "(schema %1, this app knows %2).",
                    ),
                    args=(current, len(migrations)),
                    hint=QT_TRANSLATE_NOOP(
                        "Errors",
                        "Install the newer version again, or start with another data folder.",
                    ),
                )
            for number, sql in enumerate(migrations[current:], start=current + 1):
                log.info("applying database migration %d", number)
                with self.transaction() as conn:
                    for statement in _split_sql(sql):
                        conn.execute(statement)
                    conn.execute(f"PRAGMA user_version = {number:d}")
            if len(migrations) > current:
                # the pages the migrations wrote (the whole new database on a first
                # start) go back to the heap for what the start makes next (issue 19:
                # ~70 KB of the first start's memory)
                self._conn.execute("PRAGMA shrink_memory")

    # -- access ----------------------------------------------------------
    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """``BEGIN IMMEDIATE`` … ``COMMIT``, rolled back on any exception."""
        with self._lock:
            try:
                self._conn.execute("BEGIN IMMEDIATE")
            except sqlite3.OperationalError as exc:
                raise (storage_error(exc) or exc) from exc
            try:
                yield self._conn
            except sqlite3.OperationalError as exc:
                self._rollback()
                raise (storage_error(exc) or exc) from exc
            except BaseException:
                self._rollback()
                raise
            else:
                try:
                    self._conn.execute("COMMIT")
                except sqlite3.OperationalError as exc:
                    self._rollback()
                    raise (
                        storage_error(exc) or StorageError(DATABASE_WRITE_FAILED, args=(exc,))
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
                raise (storage_error(exc) or exc) from exc

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
            if self._marker is not None and not self._damage_seen:
                try:
                    self._marker.unlink(missing_ok=True)
                except OSError as exc:  # the next start checks the file: no harm
                    log.debug("open marker %s left: %s", self._marker, exc)
                self._marker = None

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
