"""The log file: rotated by size, shared by the window and the commands."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

log = logging.getLogger(__name__)


class SharedRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating log that two processes can share (the window and a command).

    On Windows a file cannot be renamed while another process has it open, so the
    standard handler's rollover fails there, prints "Logging error" and drops the
    record. This one keeps writing to the current file when a rollover is refused
    and tries again after another tenth of ``maxBytes``: no record is lost, and the
    file is rotated once the other process lets go."""

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
        try:
            super().doRollover()  # closes our own handle first, then renames
        except OSError:
            # (not logged: this runs inside the logging machinery)
            if self.stream is None:
                self.stream = self._open()
            size = self.stream.seek(0, 2)
            self._retry_at = size + max(self.maxBytes // 10, 1)
        else:
            self._retry_at = 0
