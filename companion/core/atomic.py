"""Atomic file writes: write a sibling temp file, fsync, then ``os.replace``."""

from __future__ import annotations

import contextlib
import os
import tempfile
import time
from pathlib import Path

from companion.core.diskerrors import disk_error

#: Windows refuses to replace or rename a file while another handle holds it
#: (``PermissionError``, WinError 5 "access denied" or 32 "sharing violation"): the
#: other thread or process reading it, or a virus scanner or search indexer looking at
#: a file just written. They let go within moments, so the move is tried again for
#: about a second (these pauses) before the error counts.
REPLACE_RETRY_DELAYS_S: tuple[float, ...] = (0.01, 0.02, 0.05, 0.1, 0.15, 0.2, 0.25, 0.25)
_IN_USE_WINERRORS = frozenset({5, 32})


def replace(src: str | os.PathLike[str], dst: str | os.PathLike[str]) -> None:
    """``os.replace``, waiting briefly while Windows says a file is in use."""
    for delay in (*REPLACE_RETRY_DELAYS_S, None):
        try:
            os.replace(src, dst)
            return
        except PermissionError as exc:
            if delay is None or getattr(exc, "winerror", None) not in _IN_USE_WINERRORS:
                raise
        time.sleep(delay)


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` all or nothing; a refused write (disk full,
    read-only) raises :class:`~companion.core.diskerrors.DiskError`, an ``OSError``."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise disk_error(exc, path.name) from exc
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        replace(tmp, path)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if isinstance(exc, OSError):
            raise disk_error(exc, path.name) from exc
        raise
    _fsync_dir(path.parent)


def atomic_write_text(path: Path, text: str) -> None:
    atomic_write_bytes(path, text.encode("utf-8"))


def _fsync_dir(directory: Path) -> None:
    if os.name != "posix":
        return
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def keep_broken_copy(path: Path) -> Path:
    """Move a damaged file aside as ``NAME.broken`` (numbered if one exists)."""
    target = path.with_name(path.name + ".broken")
    n = 1
    while target.exists():
        target = path.with_name(f"{path.name}.broken.{n}")
        n += 1
    replace(path, target)
    return target
