"""Subcommands of the feed feature: ``feed`` fetches the hashtag once and prints it."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from companion.commands.common import open_services, out, print_json
from companion.core.clock import parse_instant
from companion.core.errors import QT_TRANSLATE_NOOP, InvalidInputError


def register(sub: Any) -> None:
    """Add this feature's subcommands to ``sub`` (argparse subparsers)."""
    p = sub.add_parser(
        "feed",
        help="fetch the event hashtag once from Mastodon and Bluesky and print the posts",
        description="Fetch once from each source, store the posts, and print them merged, "
        "deduplicated and sanitized (newest first).",
    )
    p.add_argument(
        "--source",
        action="append",
        default=[],
        metavar="SOURCE",
        help="mastodon:URL, bluesky[:URL] or x (with X API credentials); repeatable; "
        "default: the configured sources",
    )
    p.add_argument("--tag", help="hashtag to read (without #); default: the event's tags")
    p.add_argument("--since", metavar="ISO-8601", help="only posts at or after this time")
    p.add_argument("--json", action="store_true", help="print a JSON list of the posts")
    p.set_defaults(handler=run_feed)


def run_feed(args: argparse.Namespace) -> int:
    from companion.core.app import AppServices
    from companion.core.live.feed import configured_specs, event_tags, fetch_once
    from companion.core.live.sources import parse_source_spec

    specs = [parse_source_spec(s) for s in args.source]
    since = parse_instant(args.since) if args.since else None
    if args.tag is not None and not args.tag.strip("# "):
        raise InvalidInputError(QT_TRANSLATE_NOOP("Errors", "The tag is empty."))
    core = open_services(args)
    try:
        report = fetch_once(
            AppServices(core), specs or configured_specs(core), event_tags(core, args.tag), since
        )
    finally:
        core.close()
    for label, problem in report.problems + report.notes:
        sys.stderr.write(f"warning: {label}: {problem}\n")
    if args.json:
        print_json([p.public_json() for p in report.posts])
    else:
        for p in report.posts:
            head = f"{p.created_at:%Y-%m-%d %H:%M}Z  {p.author.name} (@{p.author.handle})"
            head += f" [{p.network}]"
            if p.reposted_by:
                head += f"  reposted by @{p.reposted_by}"
            out(head)
            if p.content_warning:
                out(f"  CW: {p.content_warning}")
            for line in p.text.splitlines() or [""]:
                out("  " + line)
            for m in p.media:
                out(f"  [{m.kind}] {m.alt or '(no description)'}")
            if p.url:
                out(f"  {p.url}")
            out()
        out(f"{len(report.posts)} posts")
    if report.sources and len(report.problems) == report.sources:
        return 1  # every source failed
    return 0
