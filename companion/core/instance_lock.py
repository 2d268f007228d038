"""One window per data folder.

A second start of the app (a double click while the first is still coming up, an icon
clicked again because the window is behind others) would open a second window on the
same database: two live views polling the same servers on a metered link, two
autosaves of one draft, and the second's clean close removing the first's "still
open" marker. The first start holds an OS lock on ``<data>/app.lock``; a second one
leaves a request file there that the first answers by showing its window.

The lock is the operating system's (``fcntl.flock`` / ``msvcrt.locking``): it goes
with the process, so a crash or a kill never leaves a stale lock behind.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import sys
import time
from pathlib import Path
from typing import IO

from companion.core.atomic import atomic_write_text

log = logging.getLogger(__name__)

LOCK_NAME = "app.lock"
#: written by a second start, removed by the first when it has shown its window
REQUEST_NAME = "show-window.request"


class InstanceLock:
    """The lock a GUI start holds on its data folder for as long as it runs."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.request = folder / REQUEST_NAME
        self._file: IO[bytes] | None = None

    @property
    def held(self) -> bool:
        return self._file is not None

    def acquire(self) -> bool:
        """Take the lock; False when another running app holds it."""
        if self._file is not None:
            return True
        self.folder.mkdir(parents=True, exist_ok=True)
        try:
            f = open(self.folder / LOCK_NAME, "a+b")  # noqa: SIM115 (held while the app runs)
        except OSError as exc:  # a read-only folder: the database will say more
            log.warning("cannot make the app's lock file: %s; going on without it", exc)
            return True
        try:
            _lock(f)
        except OSError as exc:
            f.close()
            if _held_elsewhere(exc):
                return False
            # a file system without locks (some network shares): one window cannot be
            # ensured there, but the app must still start
            log.warning("this folder cannot be locked (%s); going on without the lock", exc)
            return True
        self._file = f
        # a request left by a start that gave up waiting is not for this window
        with contextlib.suppress(OSError):
            self.request.unlink()
        return True

    def release(self) -> None:
        f, self._file = self._file, None
        if f is None:
            return
        with contextlib.suppress(OSError):
            _unlock(f)
        f.close()

    def ask_to_show(self, *, timeout_s: float = 5.0, poll_s: float = 0.05) -> bool:
        """A second start: ask the running app to show its window. True when it did
        (it removes the request); False when nobody answered within ``timeout_s``
        (it is closing, or hung): the request is taken back."""
        atomic_write_text(self.request, f"{os.getpid()}\n")
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if not self.request.exists():
                return True
            time.sleep(poll_s)
        try:
            self.request.unlink()  # taken back: nobody answered
        except FileNotFoundError:
            return True  # answered just now
        except OSError as exc:
            log.info("could not take the window request back: %s", exc)
        return False

    def take_request(self) -> bool:
        """The running app: True (and the request removed) when a second start asked
        for the window."""
        if not self.request.exists():
            return False
        try:
            self.request.unlink()
        except FileNotFoundError:
            return False
        except OSError as exc:
            log.info("could not remove the window request: %s", exc)
        return True


def _held_elsewhere(exc: OSError) -> bool:
    """The lock failed because another process holds it, not because this file system
    has no locks. POSIX says EWOULDBLOCK/EAGAIN (or EACCES). Windows' C runtime says
    EACCES or EDEADLOCK, and only EBADF/EINVAL for a file it cannot lock at all (Wine's
    runtime leaves errno at 0 for a held lock)."""
    if sys.platform == "win32":
        return exc.errno not in (errno.EBADF, errno.EINVAL)
    return exc.errno in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES)


if sys.platform == "win32":
    import msvcrt

    def _lock(f: IO[bytes]) -> None:
        f.seek(0)
        msvcrt.locking(f.fileno(), msvcrt.LK_NBLCK, 1)

    def _unlock(f: IO[bytes]) -> None:
        f.seek(0)
        msvcrt.locking(f.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(f: IO[bytes]) -> None:
        fcntl.flock(f.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(f: IO[bytes]) -> None:
        fcntl.flock(f.fileno(), fcntl.LOCK_UN)
