from __future__ import annotations

import logging
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from companion.core import logsetup
from companion.core.logfile import SharedRotatingFileHandler
from companion.core.logsetup import redact, setup_logging
from tests.support.windows_semantics import WindowsFiles

SECRETS = [
    ("Authorization: Bearer abcDEF123456789xyz", "abcDEF123456789xyz"),
    ('{"Authorization": "Bearer zzzz99998888"}', "zzzz99998888"),
    ("app password abcd-efgh-ijkl-mnop used", "abcd-efgh-ijkl-mnop"),
    ("access_token=SuperSecretValue42&x=1", "SuperSecretValue42"),
    ('{"refreshJwt": "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.sig"}', "eyJhbGciOiJIUzI1NiJ9"),
    ("client_secret: s3cr3t-client", "s3cr3t-client"),
]


@pytest.mark.parametrize(("text", "secret"), SECRETS)
def test_redact(text: str, secret: str) -> None:
    assert secret not in redact(text)
    assert "[REDACTED]" in redact(text)


def test_plain_text_is_untouched() -> None:
    text = "Fetched 20 posts from mastodon.social for #shareASM in 0.4 s"
    assert redact(text) == text


@pytest.mark.allow_warnings
def test_log_file_never_holds_a_token(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    log_file = tmp_path / "logs" / "companion.log"
    setup_logging(log_file)
    log = logging.getLogger("companion.test")
    log.info("sending with headers %s", {"Authorization": "Bearer TOPSECRET123456"})
    try:
        raise ValueError("token=TOPSECRET123456")
    except ValueError:
        log.exception("failed")
    for h in logging.getLogger().handlers:
        h.flush()
    content = log_file.read_text()
    assert "TOPSECRET123456" not in caplog.text
    assert "sending with headers" in content
    assert "TOPSECRET123456" not in content
    root = logging.getLogger()
    for h in list(root.handlers):
        if getattr(h, "_companion", False):
            root.removeHandler(h)
            h.close()


def _lines(folder: Path) -> list[str]:
    return [
        line
        for f in sorted(folder.glob("companion.log*"))
        for line in f.read_text("utf-8").splitlines()
    ]


def test_two_processes_sharing_the_log_lose_nothing_at_rotation(
    tmp_path: Path, windows_files: WindowsFiles, capsys: pytest.CaptureFixture[str]
) -> None:
    """Issue 22 item 4: the window holds the log open while a command fills it; on
    Windows the command's rollover cannot rename the file. No record may be lost."""
    log_file = tmp_path / "companion.log"
    window = SharedRotatingFileHandler(log_file, max_bytes=2000, backup_count=20)
    command = SharedRotatingFileHandler(log_file, max_bytes=2000, backup_count=20)
    fmt = logging.Formatter("%(message)s")
    for h in (window, command):
        h.setFormatter(fmt)

    def record(text: str) -> logging.LogRecord:
        return logging.LogRecord("t", logging.INFO, __file__, 1, text, None, None)

    window.emit(record("window 0"))  # the window's handle is open from now on
    for i in range(100):
        command.emit(record(f"command {i} " + "x" * 40))
    assert windows_files.was_refused()  # the rename really was refused
    window.emit(record("window 1"))
    window.close()  # the window quits: rotation works again
    for i in range(100, 200):
        command.emit(record(f"command {i} " + "x" * 40))
    command.close()
    lines = _lines(tmp_path)
    assert sorted(line for line in lines if line.startswith("command")) == sorted(
        f"command {i} " + "x" * 40 for i in range(200)
    )
    assert "window 0" in lines and "window 1" in lines
    assert "Logging error" not in capsys.readouterr().err
    assert len(list(tmp_path.glob("companion.log.*"))) >= 1  # it did rotate later


def test_a_refused_rotation_keeps_every_old_log(
    tmp_path: Path, windows_files: WindowsFiles, capsys: pytest.CaptureFixture[str]
) -> None:
    """Each refused rollover (the window holding the log) moved the backups along and
    deleted the oldest before finding that the log itself could not move: a few
    commands run while the window was open wiped every old log."""
    log_file = tmp_path / "companion.log"
    for i in (1, 2, 3):
        (tmp_path / f"companion.log.{i}").write_text(f"old {i}\n", "utf-8")
    window = SharedRotatingFileHandler(log_file, max_bytes=2000, backup_count=3)
    window.setFormatter(logging.Formatter("%(message)s"))
    window.emit(logging.LogRecord("t", logging.INFO, __file__, 1, "window 0", None, None))
    for start in range(0, 400, 100):  # four commands, one after the other
        command = SharedRotatingFileHandler(log_file, max_bytes=2000, backup_count=3)
        command.setFormatter(logging.Formatter("%(message)s"))
        for i in range(start, start + 100):
            text = f"command {i} " + "x" * 40
            command.emit(logging.LogRecord("t", logging.INFO, __file__, 1, text, None, None))
        command.close()
    assert windows_files.was_refused()
    lines = _lines(tmp_path)
    assert {"old 1", "old 2", "old 3", "window 0"} <= set(lines)
    assert len([line for line in lines if line.startswith("command")]) == 400
    window.close()
    for i in range(400, 500):  # the window quit: rotation works again
        command = SharedRotatingFileHandler(log_file, max_bytes=2000, backup_count=3)
        command.setFormatter(logging.Formatter("%(message)s"))
        command.emit(logging.LogRecord("t", logging.INFO, __file__, 1, f"later {i}", None, None))
        command.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "companion.log",
        "companion.log.1",
        "companion.log.2",
        "companion.log.3",
    ]
    assert "Logging error" not in capsys.readouterr().err


def test_records_go_straight_to_the_file_until_a_rollover_may_be_due(tmp_path: Path) -> None:
    """Issue 19: a start that logs a few lines (the first start's migrations) appends them
    without importing logging.handlers; near the size limit the rotating handler takes
    over, rotates, and no record is lost."""
    code = f"""
import logging, sys
from pathlib import Path
from companion.core import logsetup
logsetup.setup_logging(Path({str(tmp_path / "logs" / "companion.log")!r}))
for i in range(5):
    logging.getLogger("t").info("first start %d", i)
assert "logging.handlers" not in sys.modules, "imported for five lines"
root_handlers = logging.getLogger().handlers
handler = next(h for h in root_handlers if isinstance(h, logsetup._FileOnFirstRecord))
handler._max_bytes = 4000  # a small limit: the rotating handler must take over
for i in range(200):
    logging.getLogger("t").info("later %d %s", i, "x" * 40)
assert "logging.handlers" in sys.modules
logging.shutdown()
"""
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    logs = sorted((tmp_path / "logs").glob("companion.log*"))
    assert len(logs) > 1  # it rotated
    text = "".join(p.read_text("utf-8") for p in logs)
    for i in range(5):
        assert f"first start {i}" in text
    for i in range(200):
        assert f"later {i} " in text
    assert "Logging error" not in result.stderr


_FRAGMENTS = st.sampled_from(
    [
        "Bearer ",
        "bearer\t",
        "BEARER ",
        "access_token=",
        "refreshJwt: ",
        '"token": "',
        "Token=",
        "password=",
        "app_password: ",
        "client_secret=",
        "API_KEY=",
        "apikey:",
        "code_verifier=",
        "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.sig",
        "abcd-efgh-ijkl-mnop",
        "-",
        "a-b-c",
        "paſſword=",
        "apı_key=",
        "toKen=",
        "migration 3",
        " ",
        "x" * 12,
        "Zz9._~+/=",
        "applying database migration 1",
    ]
)


_EACH_KEY = [
    f"{key}{sep}{value}"
    for key in (
        "access_token", "AccessToken", "refresh_token", "accessJwt", "refreshJwt",
        "client_secret", "app_password", "AppPassword", "password", "token",
        "code_verifier", "api_key", "APIKEY", "api_secret", "Api_Secret",
    )
    for sep in ("=", ": ", '": "')
    for value in ("x1y2z3w4v5", "q")
] + [
    "Bearer abcdefgh1234", "abcd-efgh-ijkl-mnop", "eyJabcdefgh1.abcdefgh1.sig",
    # what (?i) also matches: long s, dotless i, the Kelvin sign
    "pa\u017f\u017fword=x1y2z3", "ap\u0131_key=x1y2z3", "to\u212aen=x1y2z3",
]  # fmt: skip


@pytest.mark.parametrize("text", _EACH_KEY)
def test_every_secret_shape_passes_the_quick_check(text: str) -> None:
    assert not logsetup._cannot_hold_a_secret(text)
    assert redact(f"then {text} end") != f"then {text} end"


@given(st.lists(st.one_of(_FRAGMENTS, st.text(max_size=12)), max_size=8).map("".join))
def test_the_quick_check_never_skips_what_a_pattern_would_redact(text: str) -> None:
    """Issue 19: texts without any cue skip the patterns (not even compiled); the
    result is always what every pattern applied in turn gives."""
    full = text
    for pattern in logsetup._patterns():
        full = pattern.sub(lambda m: m.group(1) + logsetup._REDACTED, full)
    assert redact(text) == full


def test_a_first_start_does_not_compile_the_patterns(tmp_path: Path) -> None:
    code = f"""
import logging, sys
from pathlib import Path
from companion.core import logsetup
logsetup.setup_logging(Path({str(tmp_path / "companion.log")!r}))
for i in range(1, 10):
    logging.getLogger("companion.core.storage").info("applying database migration %d", i)
assert logsetup._patterns.cache_info().currsize == 0, "compiled for migration lines"
logging.getLogger("t").info("token=abcdefgh12345")
assert logsetup._patterns.cache_info().currsize == 1
logging.shutdown()
"""
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    text = (tmp_path / "companion.log").read_text("utf-8")
    assert "applying database migration 9" in text and "abcdefgh12345" not in text


def test_straight_writes_count_what_another_process_wrote(tmp_path: Path) -> None:
    """The window and a command share the log: the size that decides when the rotating
    handler takes over is the file's, not what this process wrote."""
    log_file = tmp_path / "companion.log"
    window = logsetup._FileOnFirstRecord(log_file, max_bytes=4000, backup_count=3)
    window.setFormatter(logging.Formatter("%(message)s"))

    def record(text: str) -> logging.LogRecord:
        return logging.LogRecord("t", logging.INFO, __file__, 1, text, None, None)

    window.emit(record("window 0"))  # its stream is open from now on
    with log_file.open("a", encoding="utf-8") as command:  # another process's lines
        command.write("command line\n" * 300)
    window.emit(record("window 1"))
    try:
        assert window._file is not None  # near the limit: the rotating handler took over
    finally:
        window.close()
    text = "".join(p.read_text("utf-8") for p in sorted(tmp_path.glob("companion.log*")))
    assert "window 0" in text and "window 1" in text
