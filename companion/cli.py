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
import importlib
import logging
import sys
from collections.abc import Sequence

from companion import APP_ID, version
from companion.core.diskerrors import known_disk_error
from companion.core.errors import KnownError

log = logging.getLogger(__name__)

COMMAND_MODULES: tuple[str, ...] = (
    "companion.commands.app",
    "companion.commands.countdown",
    "companion.commands.feed",
    "companion.commands.compose",
    "companion.commands.accounts",
    "companion.commands.library",
)


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


def build_parser() -> ArgumentParser:
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
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
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
    handler = getattr(args, "handler", None)
    if handler is None:
        from companion.commands.app import run_gui_command

        handler = run_gui_command
    try:
        code: int = handler(args)
        sys.stdout.flush()  # here, so a closed pipe is seen while it can be handled
        return code
    except BrokenPipeError:
        # the reader went away (``feed … | head``): end quietly, as other tools do
        _silence_stdout()
        return 0
    except KnownError as exc:
        sys.stderr.write(f"{APP_ID}: error: {exc.message}\n")
        return 2
    except OSError as exc:
        known = known_disk_error(exc)  # a full or read-only disk: one line, not a traceback
        if known is None:
            raise
        sys.stderr.write(f"{APP_ID}: error: {known.message}\n")
        return 2
    except KeyboardInterrupt:
        return 130


def _silence_stdout() -> None:
    """Point stdout at the null device: Python flushes it again on exit, which would
    raise once more on the closed pipe (docs.python.org, "Note on SIGPIPE")."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError) as exc:
        log.debug("could not silence stdout: %s", exc)
