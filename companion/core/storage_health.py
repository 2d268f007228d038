"""The health of the app's database file: clean-close markers, damage, and one-line
errors for trouble around an intact file (full disk, read-only folder, another program).

Split from :mod:`companion.core.storage`, which uses these when it opens and writes.
"""

from __future__ import annotations

import logging
import os
import shutil
import sqlite3
from pathlib import Path

from companion.core.atomic import keep_broken_copy
from companion.core.errors import QT_TRANSLATE_NOOP, StorageError
from companion.core.messages import DATABASE_WRITE_FAILED

log = logging.getLogger(__name__)


class DamagedDatabase(sqlite3.DatabaseError):
    """The file is not a database, or SQLite's integrity check found damage."""


# SQLite's primary result codes that mean the file itself is damaged
_DAMAGE_CODES = frozenset({11, 26})  # SQLITE_CORRUPT, SQLITE_NOTADB


def open_marker(path: Path) -> Path:
    """The file that says a process has ``path`` open (or did, and did not close it)."""
    return path.with_name(path.name + "-open")


def closed_cleanly(path: Path) -> bool:
    """No sign that the last process using ``path`` ended without closing it: neither
    its "still open" marker nor SQLite's write-ahead log is there (SQLite removes the
    log when the last connection closes; one is also there while another program has
    the database open, and then the file is checked, as before)."""
    sidecars = (open_marker(path), path.with_name(path.name + "-wal"))
    return not any(p.exists() for p in sidecars)


def move_aside(path: Path) -> Path | None:
    """Keep a damaged database (and its -wal/-shm) as ``NAME.broken``; every
    connection must be closed first. Raises :class:`StorageError` when it cannot be
    moved (rather than opening the damaged file again)."""
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
        raise StorageError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The app's database %1 is damaged and could not be moved aside (%2). "
                "Close other programs using it and try again.",
            ),
            args=(path, exc.strerror or exc),
        ) from exc
    return kept


def is_damage(exc: sqlite3.DatabaseError) -> bool:
    """Damage, as opposed to trouble around an intact file (full, read-only, locked)."""
    if isinstance(exc, DamagedDatabase):
        return True
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None:
        return (int(code) & 0xFF) in _DAMAGE_CODES
    text = str(exc).lower()
    return "not a database" in text or "malformed" in text


def open_error(path: Path, exc: BaseException) -> StorageError:
    """One line for trouble opening an intact database; nothing was moved or deleted."""
    text = str(exc).lower()
    code = int(getattr(exc, "sqlite_errorcode", -1) or -1) & 0xFF
    errno_ = getattr(exc, "errno", None)
    if code in (5, 6) or "locked" in text or "busy" in text:  # SQLITE_BUSY, SQLITE_LOCKED
        template = QT_TRANSLATE_NOOP(
            "Errors",
            "The app's database %1 is in use by another program (another copy of the app, "
            "a backup or antivirus program). Close it and try again; nothing was changed.",
        )
    elif code == 13 or errno_ == 28 or _disk_is_full(path):  # SQLITE_FULL, ENOSPC
        template = QT_TRANSLATE_NOOP(
            "Errors",
            "Could not open the app's database %1: the disk is full. Free some space "
            "and try again; nothing was changed.",
        )
    elif (
        code == 8  # SQLITE_READONLY
        or errno_ in (13, 30)  # EACCES, EROFS
        or "readonly" in text
        or "read-only" in text
        or not _folder_is_writable(path)
    ):
        template = QT_TRANSLATE_NOOP(
            "Errors",
            "Could not open the app's database %1: the folder is read-only. Check the "
            "data folder and try again; nothing was changed.",
        )
    else:
        log.warning("cannot open database %s: %s", path, exc)
        return StorageError(
            QT_TRANSLATE_NOOP(
                "Errors", "Could not open the app's database %1 (%2); nothing was changed."
            ),
            args=(path, exc),
        )
    log.warning("cannot open database %s: %s", path, exc)
    return StorageError(template, args=(path,))


def _folder_is_writable(path: Path) -> bool:
    return os.access(path.parent, os.W_OK) and (not path.exists() or os.access(path, os.W_OK))


def _disk_is_full(path: Path) -> bool:
    """True when the database's disk has (almost) no free space left."""
    try:
        return shutil.disk_usage(path.parent).free < 64 * 1024
    except OSError:
        return False


def storage_error(exc: sqlite3.OperationalError) -> StorageError | None:
    """Disk full, read-only or another program holding the database: expected trouble."""
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        return StorageError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The app's database is busy: another copy of the app, or a backup or "
                "antivirus program, is using it. Try again in a moment.",
            )
        )
    if "disk" in text or "full" in text or "readonly" in text or "read-only" in text:
        return StorageError(DATABASE_WRITE_FAILED, args=(exc,))
    return None
