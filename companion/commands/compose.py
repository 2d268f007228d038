"""Subcommands of the compose feature: ``count`` and ``outbox list|send|retry``."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from companion.commands.common import open_services, out, print_json
from companion.core.accounts.model import Network
from companion.core.errors import InvalidInputError


def register(sub: Any) -> None:
    p = sub.add_parser("count", help="length of a post by a network's own rules")
    p.add_argument("--network", required=True, choices=[n.value for n in Network])
    p.add_argument("--max", type=int, default=None, metavar="N", help="the limit (instance max)")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument("text", help="the post text ('-' reads stdin)")
    p.set_defaults(handler=count_command)

    p = sub.add_parser("outbox", help="list, send or retry queued posts (support)")
    osub = p.add_subparsers(dest="outbox_command", required=True)
    q = osub.add_parser("list", help="every outbox item and its state")
    q.add_argument("--json", action="store_true")
    q.set_defaults(handler=outbox_list_command)
    q = osub.add_parser("send", help="send what is due now (all accounts, or one item)")
    q.add_argument("id", nargs="?", type=int)
    q.set_defaults(handler=outbox_send_command)
    q = osub.add_parser("retry", help="queue a failed item again and send it")
    q.add_argument("id", type=int)
    q.set_defaults(handler=outbox_retry_command)


def count_command(args: argparse.Namespace) -> int:
    from companion.core.compose.counting import Limits, count

    text = sys.stdin.read() if args.text == "-" else args.text
    network = Network(args.network)
    limits = Limits.for_network(network)
    if args.max is not None:
        if args.max <= 0:
            raise InvalidInputError("--max must be a positive number.")
        limits = Limits(**{**limits.__dict__, "max_characters": args.max})
    result = count(network, text, limits=limits)
    if args.json:
        print_json(result.as_json())
    else:
        extra = ""
        if result.max_bytes is not None:
            extra = f", {result.size_bytes}/{result.max_bytes} bytes"
        verdict = "fits" if result.fits else "too long"
        out(f"{network.value}: {result.length}/{result.limit}{extra} — {verdict}")
    return 0 if result.fits else 1


def _sender(core: Any) -> Any:
    from companion.core.app import AppServices

    app = AppServices(core)
    return app.outbox(), app.sender()


def outbox_list_command(args: argparse.Namespace) -> int:
    core = open_services(args)
    try:
        outbox, _ = _sender(core)
        items = outbox.items()
        if args.json:
            print_json(
                [
                    {
                        "id": i.id,
                        "account": i.account_id,
                        "network": i.network.value,
                        "state": i.state.value,
                        "parts": len(i.parts),
                        "sent_parts": sum(p.sent for p in i.parts),
                        "link": i.link,
                        "error": i.error,
                        "post_at": i.post_at,
                        "text": i.summary,
                    }
                    for i in items
                ]
            )
            return 0
        if not items:
            out("The outbox is empty.")
        for i in items:
            done = sum(p.sent for p in i.parts)
            parts = f"{done}/{len(i.parts)}"
            out(f"{i.id:>4}  {i.state.value:<11} {i.network.value:<8} {parts}  {i.summary}")
            if i.link:
                out(f"      {i.link}")
            if i.error:
                out(f"      {i.error}")
        return 0
    finally:
        core.close()


def _send(core: Any, item_id: int | None, built: Any = None) -> int:
    outbox, sender = built or _sender(core)
    if item_id is not None:
        item = outbox.get(item_id)
        if item is None:
            raise InvalidInputError(f"There is no outbox item {item_id}.")
        list(sender.run_account(item.account_id))
        item = outbox.get(item_id)
        assert item is not None
        out(
            f"{item.id}: {item.state.value}"
            + (f" {item.link}" if item.link else "")
            + (f" — {item.error}" if item.error else "")
        )
        return 0 if item.state.value in ("sent", "scheduled") else 1
    changed = list(sender.run_all())
    bad = 0
    for item_id_ in dict.fromkeys(changed):
        item = outbox.get(item_id_)
        if item is None:
            continue
        out(
            f"{item.id}: {item.state.value}"
            + (f" {item.link}" if item.link else "")
            + (f" — {item.error}" if item.error else "")
        )
        bad += item.state.value not in ("sent", "scheduled")
    return 1 if bad else 0


def outbox_send_command(args: argparse.Namespace) -> int:
    core = open_services(args)
    try:
        return _send(core, args.id)
    finally:
        core.close()


def outbox_retry_command(args: argparse.Namespace) -> int:
    core = open_services(args)
    try:
        built = _sender(core)
        outbox = built[0]
        if outbox.get(args.id) is None:
            raise InvalidInputError(f"There is no outbox item {args.id}.")
        if not outbox.retry(args.id, core.clock.now()):
            raise InvalidInputError(f"Outbox item {args.id} is not waiting for a retry.")
        return _send(core, args.id, built)
    finally:
        core.close()
