"""Helpers shared by the subcommands."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from companion.core.clock import parse_instant
from companion.core.services import CoreServices


def open_services(args: argparse.Namespace) -> CoreServices:
    """Open settings, database and the rest for ``args.paths`` and ``--now``."""
    now = parse_instant(args.now) if getattr(args, "now", None) else None
    core = CoreServices.open(args.paths, now=now)
    for problem in core.problems:
        sys.stderr.write(f"warning: {problem}\n")
    return core


def print_json(value: Any) -> None:
    sys.stdout.write(json.dumps(value, ensure_ascii=False, indent=2, default=str) + "\n")


def out(text: str = "") -> None:
    sys.stdout.write(text + "\n")
