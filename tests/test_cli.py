"""The command line, run as a real subprocess with a temporary data dir."""

from __future__ import annotations

import errno
import io
import os
import struct
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import companion


def run(*args: str, data_dir: Path, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)  # self-test must set offscreen itself
    return subprocess.run(
        [sys.executable, "-m", "companion", "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env,
    )


def test_version(tmp_path: Path) -> None:
    result = run("--version", data_dir=tmp_path)
    assert result.returncode == 0
    assert result.stdout.strip() == f"shareasm-companion {companion.__version__}"


def test_self_test(tmp_path: Path) -> None:
    result = run("self-test", data_dir=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "self-test ok" in result.stdout
    for sub in ("config", "data", "cache", "logs"):
        assert (tmp_path / sub).is_dir()


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    return int(width), int(height)


def test_screenshot(tmp_path: Path) -> None:
    out = tmp_path / "shot.png"
    result = run("screenshot", "countdown", str(out), "--size", "800x600", data_dir=tmp_path / "d")
    assert result.returncode == 0, result.stderr
    assert png_size(out) == (800, 600)


def test_screenshot_scaled(tmp_path: Path) -> None:
    out = tmp_path / "shot.png"
    result = run(
        "screenshot",
        "accounts",
        str(out),
        "--size",
        "800x600",
        "--scale",
        "1.5",
        data_dir=tmp_path / "d",
    )
    assert result.returncode == 0, result.stderr
    assert png_size(out) == (1200, 900)


@pytest.mark.parametrize(
    "args",
    [
        ("screenshot", "nowhere", "x.png"),
        ("screenshot", "live", "x.png", "--size", "huge"),
        ("no-such-command",),
    ],
)
def test_bad_input_is_one_line_and_nonzero(tmp_path: Path, args: tuple[str, ...]) -> None:
    result = run(*args, data_dir=tmp_path)
    assert result.returncode != 0
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr


def test_corrupt_settings_and_database_are_kept_and_app_works(tmp_path: Path) -> None:
    (tmp_path / "config").mkdir(parents=True)
    (tmp_path / "data").mkdir(parents=True)
    (tmp_path / "config" / "settings.json").write_text("{ this is broken")
    (tmp_path / "data" / "companion.sqlite3").write_bytes(b"garbage" * 1000)
    result = run("self-test", data_dir=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "self-test ok" in result.stdout
    assert "settings file could not be read" in result.stderr
    assert "database was damaged" in result.stderr
    assert (tmp_path / "config" / "settings.json.broken").read_text() == "{ this is broken"
    assert (tmp_path / "data" / "companion.sqlite3.broken").read_bytes() == b"garbage" * 1000


def run_windows_streams(
    *args: str, data_dir: Path, stdin: bytes = b""
) -> subprocess.CompletedProcess[bytes]:
    """The command as Windows runs it piped: streams in the ANSI code page (cp1252)."""
    env = {**os.environ, "PYTHONIOENCODING": "cp1252", "PYTHONUTF8": "0"}
    return subprocess.run(
        [sys.executable, "-m", "companion", "--data-dir", str(data_dir), *args],
        input=stdin,
        capture_output=True,
        timeout=120,
        env=env,
    )


def test_piped_output_is_utf8_even_where_the_code_page_is_not(tmp_path: Path) -> None:
    """Issue 22 item 3: "⛏" and emoji crashed ``print_json``/``out`` on Windows pipes."""
    text = "⛏ #shareASM 😀 https://example.org"
    result = run_windows_streams("count", "--network", "bluesky", "--json", text, data_dir=tmp_path)
    assert result.returncode == 0, result.stderr.decode("utf-8", "replace")
    assert b'"network": "bluesky"' in result.stdout
    result.stdout.decode("utf-8")  # strict: it really is UTF-8


def test_stdin_is_read_as_utf8_with_or_without_a_bom(tmp_path: Path) -> None:
    for data in ("⛏ 😀 asante".encode(), "\ufeff⛏ 😀 asante".encode()):
        result = run_windows_streams("count", "--network", "x", "-", data_dir=tmp_path, stdin=data)
        assert result.returncode == 0, result.stderr.decode("utf-8", "replace")
        assert result.stdout.decode("utf-8").startswith("x: 12/280")


def test_stdin_that_is_not_utf8_is_one_line(tmp_path: Path) -> None:
    result = run_windows_streams(
        "count", "--network", "x", "-", data_dir=tmp_path, stdin="café \x8f".encode("latin-1")
    )
    assert result.returncode == 2
    err = result.stderr.decode("utf-8")
    assert err.count("\n") == 1 and "not UTF-8 text" in err and "Traceback" not in err


def test_command_owners_match_the_modules() -> None:
    """Every subcommand is in cli.COMMAND_OWNERS under the module that registers it (a
    start with a subcommand imports only that module, issue 19)."""
    import argparse
    import importlib

    from companion import cli

    found: dict[str, str] = {}
    for name in cli.COMMAND_MODULES:
        parser = argparse.ArgumentParser()
        sub = parser.add_subparsers()
        importlib.import_module(name).register(sub)
        found.update(dict.fromkeys(sub.choices, name))
    assert found == cli.COMMAND_OWNERS


@pytest.mark.parametrize(
    ("argv", "command"),
    [
        (["screenshot", "countdown", "x.png"], "screenshot"),
        (["--data-dir", "pack", "--lang", "sw", "count", "x"], "count"),
        (["-v", "--now", "2026-01-01T00:00Z", "feed"], "feed"),
        (["--help", "feed"], None),
        ([], None),
    ],
)
def test_command_of_skips_global_option_values(argv: list[str], command: str | None) -> None:
    from companion import cli

    assert cli._command_of(argv) == command


def test_screenshot_start_imports_no_other_command() -> None:
    """The first screen's start path does not import twitter-text, keyring or jsonschema."""
    code = (
        "import sys; from companion import cli; cli.build_parser(['screenshot', 'countdown', "
        "'x.png']); print(sorted(m for m in ('twitter_text', 'keyring', 'jsonschema', "
        "'requests', 'companion.commands.accounts', 'companion.commands.library') "
        "if m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "[]", result.stderr


def test_errors_stay_english_on_the_command_line(tmp_path: Path) -> None:
    """The UI translates a KnownError; logs and the command line print its English text,
    whatever the interface language (scripts and support read them)."""
    newer = tmp_path / "event.json"
    newer.write_text('{"format": "shareasm-event", "version": 99}', encoding="utf-8")
    result = run("--lang", "sw", "event-import", str(newer), data_dir=tmp_path / "data")
    assert result.returncode != 0
    assert result.stderr.strip().endswith(
        "error: The event file uses format version 99; this app reads version 1."
    ), result.stderr


class _ClosedWindowsPipe(io.RawIOBase):
    """Standard output as Windows gives it once the reader closed the pipe: every
    write fails with EINVAL ("Invalid argument"), not with BrokenPipeError."""

    def __init__(self, fd: int) -> None:
        super().__init__()
        self._fd = fd

    def writable(self) -> bool:
        return True

    def fileno(self) -> int:
        return self._fd

    def write(self, data: Any) -> int:
        if os.path.samestat(os.fstat(self._fd), os.stat(os.devnull)):
            return len(data)  # the app pointed the handle at the null device
        raise OSError(errno.EINVAL, "Invalid argument")


def test_output_into_a_closed_pipe_on_windows_ends_quietly(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """``… | more`` or PowerShell's ``Select-Object -First 1`` closing the pipe: Windows
    reports EINVAL, which escaped as a traceback (tests/core/live/test_identity_feeds.py
    ::test_feed_into_a_closed_pipe_ends_quietly shows it under Wine)."""
    import companion.cli as cli

    read_end, write_end = os.pipe()
    stdout = io.TextIOWrapper(io.BufferedWriter(_ClosedWindowsPipe(write_end)), "cp1252")
    monkeypatch.setattr(cli, "_WINDOWS", True, raising=False)
    monkeypatch.setattr(sys, "stdout", stdout)
    try:
        code = cli.main(["--data-dir", str(tmp_path), "count", "--network", "x", "--json", "⛏"])
    finally:
        os.close(read_end)
        os.close(write_end)
    assert code == 0
    assert "Traceback" not in capsys.readouterr().err


def test_no_console_at_all_is_no_crash(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """``pythonw -m companion`` (a shortcut to the window without a console) starts
    with ``sys.stdout`` and ``sys.stderr`` set to None: any write, or the final flush
    after the window closed, raised AttributeError."""
    from companion.cli import main

    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)
    assert main(["--data-dir", str(tmp_path), "count", "--network", "x", "Habari ⛏"]) == 0
    assert main(["--data-dir", str(tmp_path), "pack", "import", str(tmp_path / "none")]) == 2
