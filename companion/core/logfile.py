"""The log file: rotated by size, shared by the window and the commands."""

from __future__ import annotations

import contextlib
import logging
import logging.handlers
import os
from pathlib import Path

log = logging.getLogger(__name__)


class SharedRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating log that two processes can share (the window and a command).

    On Windows a file cannot be renamed while another process has it open, so the
    standard handler's rollover fails there, prints "Logging error" and drops the
    record. This one keeps writing to the current file when a rollover is refused
    and tries again after another tenth of ``maxBytes``: no record is lost, and the
    file is rotated once the other process lets go. The old logs move only once the
    current one has moved, so a refused attempt leaves them all in place."""

    def __init__(self, filename: Path, *, max_bytes: int, backup_count: int) -> None:
        super().__init__(
            filename, maxBytes=max_bytes, backupCount=backup_count, encoding="utf-8", delay=True
        )
        self._retry_at = 0

    def shouldRollover(self, record: logging.LogRecord) -> bool:
        if not super().shouldRollover(record):
            return False
        return self.stream is None or self.stream.tell() >= self._retry_at

    def doRollover(self) -> None:
        if self.backupCount <= 0:
            super().doRollover()
            return
        if self.stream is not None:
            self.stream.close()
            self.stream = None
        base = self.baseFilename
        moving = base + ".rotating"
        try:
            # the log itself first: the standard handler moved the backups along (and
            # deleted the oldest) before finding it could not, at every refused attempt
            os.replace(base, moving)
        except FileNotFoundError:
            moving = ""
        except OSError:
            # (not logged: this runs inside the logging machinery)
            self.stream = self._open()
            size = self.stream.seek(0, 2)
            self._retry_at = size + max(self.maxBytes // 10, 1)
            return
        for i in range(self.backupCount - 1, 0, -1):
            older = self.rotation_filename(f"{base}.{i}")
            if os.path.exists(older):
                with contextlib.suppress(OSError):  # held by a viewer: overwritten below
                    os.replace(older, self.rotation_filename(f"{base}.{i + 1}"))
        if moving:
            with contextlib.suppress(OSError):
                os.replace(moving, self.rotation_filename(f"{base}.1"))
        self.stream = self._open()
        self._retry_at = 0
