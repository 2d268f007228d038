"""A full, read-only or unwritable disk is expected trouble, not a bug.

Field laptops run out of space. Without this, an ``OSError`` from a write reached
the user as "something went wrong" (GUI) or a traceback (command line) instead of
"the disk is full".
"""

from __future__ import annotations

import errno
from typing import Literal

from companion.core.errors import QT_TRANSLATE_NOOP, Phrase, StorageError
from companion.core.messages import COULD_NOT_SAVE

#: errors that mean "this disk or folder will not take the write"
DISK_ERRNOS = frozenset(
    {
        errno.ENOSPC,
        errno.EDQUOT,
        errno.EROFS,
        errno.EACCES,
        errno.EPERM,
        errno.EIO,
        errno.EFBIG,
        errno.ENOTDIR,
        errno.EISDIR,
    }
)

_FULL = Phrase(QT_TRANSLATE_NOOP("Errors", "the disk is full"))
_REFUSED = Phrase(QT_TRANSLATE_NOOP("Errors", "permission was refused"))
_REASONS = {
    errno.ENOSPC: _FULL,
    errno.EDQUOT: _FULL,
    errno.EFBIG: Phrase(QT_TRANSLATE_NOOP("Errors", "the file is too big for this disk")),
    errno.EROFS: Phrase(QT_TRANSLATE_NOOP("Errors", "the disk is read-only")),
    errno.EACCES: _REFUSED,
    errno.EPERM: _REFUSED,
    errno.EIO: Phrase(QT_TRANSLATE_NOOP("Errors", "the disk reported an error")),
}


class DiskError(StorageError, OSError):
    """A write the disk refused; still an ``OSError`` for callers that catch those."""


def disk_error(exc: OSError, name: str = "", *, verb: Literal["save", "use"] = "save") -> DiskError:
    reason = _REASONS.get(exc.errno or 0) or exc.strerror or str(exc)
    what = name or (str(exc.filename).replace("\\", "/").rsplit("/", 1)[-1] if exc.filename else "")
    template = (
        QT_TRANSLATE_NOOP("Errors", "Could not use %1: %2.") if verb == "use" else COULD_NOT_SAVE
    )
    err = DiskError(
        template, args=(what or Phrase(QT_TRANSLATE_NOOP("Errors", "the file")), reason)
    )
    err.errno, err.strerror, err.filename = exc.errno, exc.strerror, exc.filename
    return err


def known_disk_error(exc: BaseException) -> StorageError | None:
    """``exc`` as a :class:`StorageError` when it is disk trouble, else ``None``."""
    if isinstance(exc, StorageError):
        return exc
    if isinstance(exc, OSError) and exc.errno in DISK_ERRNOS:
        return disk_error(exc, verb="use")
    return None
