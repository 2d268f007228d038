"""Logging to a rotating file, with secrets redacted before anything is written."""

from __future__ import annotations

import logging
import logging.handlers
import re
from pathlib import Path

log = logging.getLogger(__name__)

_REDACTED = "[REDACTED]"

#: patterns whose *secret part* is group "secret"
_PATTERNS: list[re.Pattern[str]] = [
    # Authorization: Bearer xxx / Authorization: Basic xxx / "Authorization": "..."
    re.compile(
        r"(?i)(authorization['\"]?\s*[:=]\s*['\"]?(?:bearer|basic|dpop)?\s*)(?P<secret>[^\s'\",}]+)"
    ),
    re.compile(r"(?i)(\bbearer\s+)(?P<secret>[A-Za-z0-9._~+/=-]{8,})"),
    # Bluesky app passwords: xxxx-xxxx-xxxx-xxxx
    re.compile(r"()(?P<secret>\b[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}\b)"),
    # key=value or "key": "value" for secret-ish keys
    re.compile(
        r"(?i)((?:access_?token|refresh_?token|accessJwt|refreshJwt|client_secret|"
        r"app_?password|password|token|code_verifier|api_?key|api_?secret)"
        r"['\"]?\s*[:=]\s*['\"]?)(?P<secret>[^\s'\"&,}]+)"
    ),
    # JWTs wherever they appear
    re.compile(r"()(?P<secret>\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*)"),
]


def redact(text: str) -> str:
    """Replace anything that looks like a token, app password or auth header."""
    for pattern in _PATTERNS:
        text = pattern.sub(lambda m: m.group(1) + _REDACTED, text)
    return text


class RedactingFilter(logging.Filter):
    """Rewrites each record's message (with its arguments) and traceback text."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a bad format string must not lose the record
            message = str(record.msg)
        record.msg = redact(message)
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        return True


_factory_installed = False


def install_redacting_record_factory() -> None:
    """Redact every log record when it is made, so *any* handler (pytest's capture,
    a third party's) only ever sees redacted text."""
    global _factory_installed
    if _factory_installed:
        return
    previous = logging.getLogRecordFactory()
    redactor = RedactingFilter()

    def factory(*args: object, **kwargs: object) -> logging.LogRecord:
        record = previous(*args, **kwargs)
        redactor.filter(record)
        return record

    logging.setLogRecordFactory(factory)
    _factory_installed = True


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


class _RedactingFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))


def setup_logging(log_file: Path | None, *, verbose: bool = False) -> None:
    """Root logger: rotating file (1 MB × 5) and stderr for warnings, both redacted."""
    install_redacting_record_factory()
    root = logging.getLogger()
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    for handler in list(root.handlers):
        if getattr(handler, "_companion", False):
            root.removeHandler(handler)
            handler.close()
    fmt = _RedactingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    handlers: list[logging.Handler] = []
    if log_file is not None:
        log_file.parent.mkdir(parents=True, exist_ok=True)
        fh = SharedRotatingFileHandler(log_file, max_bytes=1_000_000, backup_count=5)
        fh.setLevel(logging.DEBUG if verbose else logging.INFO)
        handlers.append(fh)
    err = logging.StreamHandler()
    err.setLevel(logging.DEBUG if verbose else logging.WARNING)
    err.setFormatter(logging.Formatter("%(levelname)s: %(message)s"))
    handlers.append(err)
    for handler in handlers:
        if handler.formatter is None:
            handler.setFormatter(fmt)
        handler.addFilter(RedactingFilter())
        handler._companion = True  # type: ignore[attr-defined,unused-ignore]
        root.addHandler(handler)
    # urllib3 logs full URLs at DEBUG; keep it quiet unless asked
    logging.getLogger("urllib3").setLevel(logging.DEBUG if verbose else logging.WARNING)
