"""Opening a file the user pointed the app at, safely.

A path typed on the command line or picked in a dialog can be anything: ``/dev/zero``
(endless), a FIFO (``open`` waits for a writer forever), a folder, a socket, a file
of many gigabytes. :func:`open_regular` opens without blocking and refuses anything
that is not a regular file; :func:`read_capped` reads at most ``cap + 1`` bytes, so a
file over the cap is refused without reading it all.

Both raise :class:`UserFileError` for a file that is not a regular file or is too
large, and let ``OSError`` through (missing, no permission, a failing drive): callers
already word those for their own context.
"""

from __future__ import annotations

import logging
import os
import stat
from pathlib import Path
from typing import BinaryIO

from companion.core.errors import QT_TRANSLATE_NOOP, InvalidInputError

log = logging.getLogger(__name__)

#: never block on a FIFO or device while opening (POSIX); Windows has no such files
_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)


class UserFileError(InvalidInputError):
    """A file the user chose that cannot be read, is not a file, or is too large."""


def open_regular(path: Path | str) -> BinaryIO:
    """Open ``path`` for reading in binary; refuse folders, devices, FIFOs and sockets.

    Links are followed: the user chose the path."""
    path = Path(path)
    try:
        fd = os.open(path, _FLAGS)
    except OSError:
        if path.is_dir():  # Windows refuses to open a folder (permission denied)
            raise UserFileError(
                QT_TRANSLATE_NOOP("Errors", "%1 is a folder, not a file."),
                args=(path.name or str(path),),
            ) from None
        raise
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            template = (
                QT_TRANSLATE_NOOP("Errors", "%1 is a folder, not a file.")
                if stat.S_ISDIR(mode)
                else QT_TRANSLATE_NOOP(
                    "Errors", "%1 is not an ordinary file (a device, pipe or socket)."
                )
            )
            raise UserFileError(template, args=(path.name or str(path),))
        if getattr(os, "O_NONBLOCK", 0):
            os.set_blocking(fd, True)  # a regular file: plain reads from here on
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def read_capped(path: Path | str, cap: int, *, what: str = "") -> bytes:
    """The whole file, if it is a regular file of at most ``cap`` bytes.

    ``what`` names the file in the message ("The event file"); the file name by default.
    """
    path = Path(path)
    name = what or path.name or str(path)
    with open_regular(path) as fh:
        chunks: list[bytes] = []
        total = 0
        while total <= cap:
            block = fh.read(min(1024 * 1024, cap + 1 - total))
            if not block:
                break
            chunks.append(block)
            total += len(block)
    if total > cap:
        raise UserFileError(
            QT_TRANSLATE_NOOP("Errors", "%1 is too large (more than %2)."),
            args=(name, size_text(cap)),
        )
    return b"".join(chunks)


def size_text(n: int) -> str:
    """``512 KB``, ``60 MB``: a limit as people read it."""
    return f"{n / 1_000_000:g} MB" if n >= 1_000_000 else f"{n // 1024} KB"
