"""The ``shareasm-companion`` command: the GUI by default, plus headless subcommands.

Global options come before the subcommand::

    shareasm-companion --data-dir DIR self-test

Each feature adds its subcommands in ``companion/commands/<feature>.py`` with a
``register(subparsers)`` function; ``COMMAND_MODULES`` lists them in help order.
Every subcommand handler gets the parsed arguments and returns an exit code; a
:class:`KnownError` becomes a one-line error and exit code 2.
"""

from __future__ import annotations

import argparse
import codecs
import errno
import gc
import importlib
import io
import logging
import os
import stat
import sys
from collections.abc import Sequence

from companion import APP_ID, version
from companion.core.diskerrors import known_disk_error
from companion.core.errors import QT_TRANSLATE_NOOP, InvalidInputError, KnownError

log = logging.getLogger(__name__)

COMMAND_MODULES: tuple[str, ...] = (
    "companion.commands.app",
    "companion.commands.countdown",
    "companion.commands.feed",
    "companion.commands.compose",
    "companion.commands.accounts",
    "companion.commands.library",
    "companion.commands.report",
)

#: which module registers each subcommand: a start with a subcommand imports only its own
#: module (``account`` pulls in the network clients and twitter-text, ``pack`` jsonschema:
#: ~0.3 s a start, issue 19). tests/test_cli.py checks the table against the modules.
COMMAND_OWNERS: dict[str, str] = {
    "self-test": "companion.commands.app",
    "screenshot": "companion.commands.app",
    "countdown": "companion.commands.countdown",
    "event-check": "companion.commands.countdown",
    "event-import": "companion.commands.countdown",
    "event-fetch": "companion.commands.countdown",
    "event-reset": "companion.commands.countdown",
    "event-ics": "companion.commands.countdown",
    "feed": "companion.commands.feed",
    "count": "companion.commands.compose",
    "outbox": "companion.commands.compose",
    "account": "companion.commands.accounts",
    "pack": "companion.commands.library",
    "search": "companion.commands.library",
    "report": "companion.commands.report",
}

#: Windows reports a pipe whose reader went away as EINVAL, not as BrokenPipeError
_WINDOWS = os.name == "nt"

#: global options that take a value (so their value is not taken for the subcommand)
_VALUED_OPTIONS = ("--data-dir", "--lang", "--now")


class ArgumentParser(argparse.ArgumentParser):
    """argparse, but bad input gives one line and exit code 2 (not a usage dump)."""

    def error(self, message: str) -> None:  # type: ignore[override]
        sys.stderr.write(f"{self.prog}: error: {message}\n")
        sys.exit(2)


class _VersionAction(argparse.Action):
    """``--version``, reading the package metadata only when asked."""

    def __call__(self, parser: argparse.ArgumentParser, *args: object, **kwargs: object) -> None:
        sys.stdout.write(f"{APP_ID} {version()}\n")
        parser.exit(0)


def _command_of(argv: Sequence[str]) -> str | None:
    """The subcommand named in ``argv`` (None without one, or after ``--help``)."""
    skip = False
    for arg in argv:
        if skip:
            skip = False
        elif arg in ("-h", "--help", "--"):
            return None
        elif arg in _VALUED_OPTIONS:
            skip = True
        elif not arg.startswith("-"):
            return arg
    return None


def build_parser(argv: Sequence[str] | None = None) -> ArgumentParser:
    """The whole parser; with ``argv`` naming a known subcommand, only that command's
    module is imported and registered (the others are not needed to parse it)."""
    parser = ArgumentParser(
        prog=APP_ID,
        description="shareASM Companion: countdown, live #shareASM posts, offline composing "
        "and the programme library. Without a subcommand, opens the window.",
    )
    parser.add_argument(
        "--version", action=_VersionAction, nargs=0, help="print the version and exit"
    )
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="keep settings, data, cache and logs under DIR instead of the usual places",
    )
    parser.add_argument("--lang", metavar="CODE", help="interface language: en, sw, fr or pt")
    parser.add_argument(
        "--now",
        metavar="ISO-8601",
        help="act as if the clock read this instant at start (demonstrations)",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log debugging details")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=ArgumentParser)
    owner = COMMAND_OWNERS.get(_command_of(argv) or "") if argv is not None else None
    for name in (owner,) if owner else COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def use_utf8_streams() -> None:
    """Read and write UTF-8 on every platform.

    Windows gives a piped or redirected stream the ANSI code page (cp1252), which
    cannot write "⛏" or any emoji (``UnicodeEncodeError``) and misreads UTF-8 input.
    Standard input also drops a byte-order mark (Notepad writes one). A missing
    output stream (``pythonw``, a windowed Windows app: no console at all) writes
    nowhere instead of crashing; the log file keeps what matters."""
    for name in ("stdout", "stderr"):
        stream = getattr(sys, name)
        if stream is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115
        elif isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(encoding="utf-8", errors="replace")
    if isinstance(sys.stdin, io.TextIOWrapper):
        codecs.register_error(_STDIN_ERRORS, _not_utf8)
        sys.stdin.reconfigure(encoding="utf-8-sig", errors=_STDIN_ERRORS)


_STDIN_ERRORS = "companion-stdin"


def _not_utf8(exc: UnicodeError) -> tuple[str, int]:
    """Standard input that is not UTF-8: one line for the user, not a traceback."""
    where = getattr(exc, "start", 0)
    raise InvalidInputError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The input is not UTF-8 text (byte %1 cannot be read). Save it as UTF-8 and try again.",
        ),
        args=(where + 1,),
    )


def main(argv: Sequence[str] | None = None) -> int:
    # A start makes tens of thousands of objects that live as long as the process
    # (modules, classes, Qt wrappers): automatic collection would walk them ~80 times,
    # ~20 ms of a start (issue 19). It stays off until a headless command runs; the GUI
    # commands leave it to the GUI thread's collector (companion/ui/gc_guard.py).
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _main(argv)
    finally:
        if collecting:
            gc.enable()


def _main(argv: Sequence[str] | None) -> int:
    use_utf8_streams()
    if argv is None:
        argv = sys.argv[1:]
    parser = build_parser(argv)
    args = parser.parse_args(argv)
    handler = getattr(args, "handler", None)
    if handler is not None and not getattr(args, "gui", False):
        gc.enable()
    from companion.core.logsetup import setup_logging
    from companion.core.paths import Paths

    paths = Paths.resolve(args.data_dir)
    try:
        paths.ensure()
    except OSError as exc:
        sys.stderr.write(f"{APP_ID}: error: cannot use the data folder: {exc}\n")
        return 2
    setup_logging(paths.log_file, verbose=args.verbose)
    args.paths = paths
    if handler is None:
        from companion.commands.app import run_gui_command

        handler = run_gui_command
    try:
        code: int = handler(args)
        sys.stdout.flush()  # here, so a closed pipe is seen while it can be handled
        return code
    except KnownError as exc:
        sys.stderr.write(f"{APP_ID}: error: {exc.message}\n")
        return 2
    except OSError as exc:
        if _reader_went_away(exc):
            # the reader went away (``feed … | head``): end quietly, as other tools do
            _silence_stdout()
            return 0
        known = known_disk_error(exc)  # a full or read-only disk: one line, not a traceback
        if known is None:
            raise
        sys.stderr.write(f"{APP_ID}: error: {known.message}\n")
        return 2
    except KeyboardInterrupt:
        return 130


def _reader_went_away(exc: OSError) -> bool:
    """Standard output's reader closed the pipe (``feed … | head``; on Windows
    ``… | more`` or PowerShell's ``Select-Object -First 1``). Windows says so with
    EINVAL ("Invalid argument"), not with BrokenPipeError."""
    if isinstance(exc, BrokenPipeError):
        return True
    if not _WINDOWS or exc.errno != errno.EINVAL or exc.filename is not None:
        return False
    try:
        return stat.S_ISFIFO(os.fstat(sys.stdout.fileno()).st_mode)
    except (OSError, ValueError, AttributeError):
        return False


def _silence_stdout() -> None:
    """Point stdout at the null device: Python flushes it again on exit, which would
    raise once more on the closed pipe (docs.python.org, "Note on SIGPIPE")."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError) as exc:
        log.debug("could not silence stdout: %s", exc)
