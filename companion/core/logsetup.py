"""Logging to a rotating file, with secrets redacted before anything is written."""

from __future__ import annotations

import contextlib
import logging
import re
from functools import cache
from pathlib import Path
from typing import TextIO

log = logging.getLogger(__name__)

_REDACTED = "[REDACTED]"

#: patterns whose *secret part* is group "secret"
_SOURCES: tuple[str, ...] = (
    # Authorization: Bearer xxx / Authorization: Basic xxx / "Authorization": "..."
    r"(?i)(authorization['\"]?\s*[:=]\s*['\"]?(?:bearer|basic|dpop)?\s*)(?P<secret>[^\s'\",}]+)",
    r"(?i)(\bbearer\s+)(?P<secret>[A-Za-z0-9._~+/=-]{8,})",
    # Bluesky app passwords: xxxx-xxxx-xxxx-xxxx
    r"()(?P<secret>\b[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}\b)",
    # key=value or "key": "value" for secret-ish keys
    r"(?i)((?:access_?token|refresh_?token|accessJwt|refreshJwt|client_secret|"
    r"app_?password|password|token|code_verifier|api_?key|api_?secret)"
    r"['\"]?\s*[:=]\s*['\"]?)(?P<secret>[^\s'\"&,}]+)",
    # JWTs wherever they appear
    r"()(?P<secret>\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*)",
)


@cache
def _patterns() -> tuple[re.Pattern[str], ...]:
    """Compiled on first use: a start that logs nothing never needs them (issue 19)."""
    return tuple(re.compile(source) for source in _SOURCES)


#: what every pattern above needs in an ASCII text (lower-cased): without any of them
#: (and without the three dashes of an app password) nothing can match, and the patterns
#: are not even compiled (a first start logs only its database migrations, issue 19).
#: Other texts always go through the patterns: ``(?i)`` also matches "ſ" for "s", "ı"
#: for "i" and the Kelvin sign for "k".
_CUES = ("bearer", "eyj", "token", "jwt", "secret", "password", "code_verifier", "api")


def _cannot_hold_a_secret(text: str) -> bool:
    if not text.isascii() or text.count("-") >= 3:
        return False
    lower = text.lower()
    return not any(cue in lower for cue in _CUES)


def redact(text: str) -> str:
    """Replace anything that looks like a token, app password or auth header."""
    if _cannot_hold_a_secret(text):
        return text
    for pattern in _patterns():
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


class _FileOnFirstRecord(logging.Handler):
    """The rotating log file (:class:`~companion.core.logfile.SharedRotatingFileHandler`),
    made only when a rollover may be due: while the log is well under its size limit,
    records are appended to it directly. A start does not import ``logging.handlers``
    with ``socket``, ``pickle`` and ``queue`` (~9 ms, issue 19), not even the first start,
    which logs its database migrations. Filters and level are this handler's; records
    are formatted by the same formatter."""

    #: records are appended directly while the log stays under this share of its limit
    DIRECT_SHARE = 0.9

    def __init__(self, log_file: Path, *, max_bytes: int, backup_count: int) -> None:
        super().__init__()
        self.log_file = log_file
        self._max_bytes = max_bytes
        self._backup_count = backup_count
        self._file: logging.Handler | None = None
        self._stream: TextIO | None = None

    @property
    def file_handler(self) -> logging.Handler:
        if self._file is None:
            self._close_stream()
            from companion.core.logfile import SharedRotatingFileHandler

            self._file = SharedRotatingFileHandler(
                self.log_file, max_bytes=self._max_bytes, backup_count=self._backup_count
            )
            self._file.setFormatter(self.formatter)
        return self._file

    def emit(self, record: logging.LogRecord) -> None:
        # under this handler's lock, filters passed
        if self._file is None and self._append(record):
            return
        self.file_handler.emit(record)

    def _append(self, record: logging.LogRecord) -> bool:
        """Append ``record`` when the log stays well under its limit; False when the
        rotating handler must take over (near the limit, or the file cannot be used:
        it then reports the problem as logging does)."""
        try:
            text = self.format(record) + "\n"
            if self._stream is None:
                self._stream = open(self.log_file, "a", encoding="utf-8")  # noqa: SIM115
            # the file's end, not where this stream last wrote: another process (the
            # window and a command share the log) may have written since
            size = self._stream.seek(0, 2) + len(text.encode("utf-8"))
            if size > self._max_bytes * self.DIRECT_SHARE:
                return False
            self._stream.write(text)
            self._stream.flush()
            return True
        except (OSError, ValueError):
            self._close_stream()
            return False

    def _close_stream(self) -> None:
        stream, self._stream = self._stream, None
        if stream is not None:
            with contextlib.suppress(OSError):
                stream.close()

    def flush(self) -> None:
        if self._file is not None:
            self._file.flush()
        elif self._stream is not None:
            with contextlib.suppress(OSError):
                self._stream.flush()

    def close(self) -> None:
        try:
            self._close_stream()
            if self._file is not None:
                self._file.close()
        finally:
            super().close()


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
        fh = _FileOnFirstRecord(log_file, max_bytes=1_000_000, backup_count=5)
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
