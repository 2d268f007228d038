"""``report``: the day's report from the stored posts, as PDF, HTML or CSV."""

from __future__ import annotations

import argparse
import errno
import os
from pathlib import Path
from typing import Any

from companion.commands.common import open_services, out


def register(sub: Any) -> None:
    p = sub.add_parser(
        "report",
        help="write the day's report (posts per hour, contributors, every post) as PDF, "
        "HTML or CSV",
        description="Build the day's report from the posts stored by the live view and "
        "the feed command: posts per hour per network, unique posts after dedupe, top "
        "contributors, languages, the most shared links and posts, and every post with "
        "its link. The format follows the extension of --out (.pdf, .html or .csv; the "
        "CSV has one row per unique post). Nothing is fetched.",
    )
    p.add_argument(
        "--from", dest="start", metavar="ISO-8601", help="only posts at or after this time"
    )
    p.add_argument("--to", dest="end", metavar="ISO-8601", help="only posts before this time")
    p.add_argument("--out", required=True, type=Path, metavar="FILE", help="where to write")
    p.set_defaults(handler=run_report)


def run_report(args: argparse.Namespace) -> int:
    from companion.core.app import AppServices
    from companion.core.clock import parse_instant
    from companion.core.live.report import (
        cannot_write,
        format_for,
        load_report,
        report_window,
        write_csv,
        write_html,
    )

    fmt = format_for(args.out)
    start, end = report_window(
        parse_instant(args.start) if args.start else None,
        parse_instant(args.end) if args.end else None,
    )
    core = open_services(args)
    try:
        report = load_report(AppServices(core), start, end)
    finally:
        core.close()
    try:
        if fmt == "csv":
            write_csv(report, args.out)
        elif fmt == "html":
            write_html(report, args.out)
        else:
            _write_pdf(report, args.out)
    except OSError as exc:
        raise cannot_write(args.out, exc) from exc
    out(f"{len(report.posts)} posts written to {args.out}")
    return 0


def _write_pdf(report: Any, path: Path) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    from companion.adapters.report_pdf import write_pdf

    app = QGuiApplication.instance() or QGuiApplication(["shareasm-companion"])
    write_pdf(report, path)
    del app
    if not path.is_file() or path.stat().st_size == 0:
        raise OSError(errno.EACCES, "the PDF writer could not create the file")
