"""``self-test``, ``screenshot`` and the default GUI start."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from companion.commands.common import open_services, out
from companion.core.errors import KnownError


def register(sub: Any) -> None:
    p = sub.add_parser("self-test", help="start the real window offscreen, show every area, quit")
    p.set_defaults(handler=self_test_command, gui=True)

    from companion.ui_keys import AREA_KEYS

    p = sub.add_parser("screenshot", help="render one area of the window to a PNG")
    p.add_argument("area", choices=AREA_KEYS)
    p.add_argument("out", type=Path)
    p.add_argument("--lang", dest="shot_lang", metavar="CODE")
    p.add_argument("--scale", type=float, default=None, metavar="FACTOR")
    p.add_argument("--size", default="1100x720", metavar="WxH")
    p.add_argument("--now", dest="shot_now", metavar="ISO-8601")
    p.set_defaults(handler=screenshot_command, gui=True)


def run_gui_command(args: argparse.Namespace) -> int:
    from companion.core.instance_lock import InstanceLock

    lock = InstanceLock(args.paths.data)
    if not lock.acquire():
        return _already_running(lock, args.lang)
    try:
        try:
            core = open_services(args)
        except KnownError as exc:  # e.g. the database is held by another program
            from companion.ui.app import show_start_error

            show_start_error(exc, args.lang)
            raise
        from companion.ui.app import run_gui

        try:
            return run_gui(core, args.lang, lock)
        finally:
            core.close()
    finally:
        lock.release()


def _already_running(lock: Any, lang: str | None) -> int:
    """The app runs already on this data folder: its window comes to the front. When
    it does not answer (it is closing, or stuck), say so rather than open a second
    window on the same database."""
    import logging

    from companion.core.errors import AlreadyRunningError

    log = logging.getLogger(__name__)
    if sys.platform == "win32":
        _let_the_running_app_come_forward()
    if lock.ask_to_show():
        log.info("the app runs already: its window was brought to the front")
        return 0
    error = AlreadyRunningError()
    from companion.ui.app import show_start_error

    show_start_error(error, lang)
    raise error


def _let_the_running_app_come_forward() -> None:
    """Windows lets only the foreground process bring a window forward: this start
    (the one the user just clicked) passes that right on to the running app."""
    import ctypes

    try:
        ctypes.windll.user32.AllowSetForegroundWindow(-1)  # type: ignore[attr-defined]  # ASFW_ANY
    except (AttributeError, OSError):
        pass


def self_test_command(args: argparse.Namespace) -> int:
    core = open_services(args)
    from companion.ui.app import self_test

    try:
        problems = self_test(core, args.lang)
    finally:
        core.close()
    if problems:
        for p in problems:
            sys.stderr.write(f"self-test: {p}\n")
        out("self-test FAILED")
        return 1
    out("self-test ok")
    return 0


def _parse_size(text: str) -> tuple[int, int]:
    try:
        w, h = (int(v) for v in text.lower().split("x"))
    except ValueError:
        raise SystemExit(
            f"screenshot: error: --size must look like 1100x720, not {text!r}"
        ) from None
    if not (200 <= w <= 8000 and 200 <= h <= 8000):
        raise SystemExit("screenshot: error: --size must be between 200x200 and 8000x8000")
    return w, h


def screenshot_command(args: argparse.Namespace) -> int:
    w, h = _parse_size(args.size)
    if args.scale is not None and not (0.5 <= args.scale <= 4):
        sys.stderr.write("screenshot: error: --scale must be between 0.5 and 4\n")
        return 2
    if args.shot_now:
        args.now = args.shot_now
    core = open_services(args)
    from PySide6.QtCore import QSize

    from companion.ui.app import screenshot

    try:
        screenshot(
            core,
            args.area,
            args.out,
            lang=args.shot_lang or args.lang,
            scale=args.scale,
            size=QSize(w, h),
        )
    finally:
        core.close()
    out(str(args.out))
    return 0
