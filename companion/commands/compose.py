"""Subcommands of the compose feature: ``count`` and ``outbox list|add|send|retry``."""

from __future__ import annotations

import argparse
import os
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from companion.commands.common import open_services, out, print_json
from companion.core.accounts.model import Account, Network
from companion.core.errors import QT_TRANSLATE_NOOP, InvalidInputError
from companion.core.messages import NO_OUTBOX_ITEM


def register(sub: Any) -> None:
    p = sub.add_parser("count", help="length of a post by a network's own rules")
    p.add_argument("--network", choices=[n.value for n in Network], default=None)
    p.add_argument(
        "--account",
        metavar="ID|@handle",
        default=None,
        help="count by this account's server rule and limit",
    )
    p.add_argument("--max", type=int, default=None, metavar="N", help="the limit (instance max)")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument("text", help="the post text ('-' reads stdin)")
    p.set_defaults(handler=count_command)

    p = sub.add_parser("outbox", help="list, add, send or retry queued posts (support)")
    osub = p.add_subparsers(dest="outbox_command", required=True)
    q = osub.add_parser("list", help="every outbox item and its state")
    q.add_argument("--json", action="store_true")
    q.set_defaults(handler=outbox_list_command)
    q = osub.add_parser("add", help="queue a post, as Send in the composer does")
    q.add_argument(
        "--account",
        action="append",
        default=[],
        metavar="ID|@handle",
        help="post to this account (repeat for more; default: every connected account "
        "that can post)",
    )
    q.add_argument(
        "--at", metavar="ISO-8601", help="publish at this time (e.g. 2026-11-27T14:00+03:00)"
    )
    q.add_argument("--image", action="append", default=[], metavar="PATH", help="a picture")
    q.add_argument(
        "--alt",
        action="append",
        default=[],
        metavar="TEXT",
        help="its description (one per --image)",
    )
    q.add_argument("--language", default="en", metavar="CODE", help="ISO 639-1 (default en)")
    q.add_argument("text", help="the post text ('-' reads stdin as UTF-8)")
    q.set_defaults(handler=outbox_add_command)
    q = osub.add_parser("send", help="send what is due now (all accounts, or one item)")
    q.add_argument("id", nargs="?", type=int)
    q.set_defaults(handler=outbox_send_command)
    q = osub.add_parser("retry", help="queue a failed item again and send it")
    q.add_argument("id", type=int)
    q.set_defaults(handler=outbox_retry_command)


def _read_text(value: str) -> str:
    if value != "-":
        return value
    # cli.use_utf8_streams made stdin UTF-8 (a byte-order mark dropped, anything else
    # a one-line error), whatever the system's code page
    return sys.stdin.read()


def find_account(accounts: list[Account], key: str) -> Account:
    """The account with this id, or this handle (``@name@server``, "@" optional)."""
    key = key.strip()
    for account in accounts:
        if account.id == key:
            return account
    wanted = key.lstrip("@").casefold()
    found = [a for a in accounts if a.handle.lstrip("@").casefold() == wanted]
    if len(found) == 1:
        return found[0]
    if len(found) > 1:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP(
                "Errors", "More than one account is %1: give its id (see 'account list')."
            ),
            args=(key,),
        )
    raise InvalidInputError(
        QT_TRANSLATE_NOOP("Errors", "There is no account %1 (see 'account list')."), args=(key,)
    )


def count_command(args: argparse.Namespace) -> int:
    from companion.core.compose.counting import Limits, count

    text = _read_text(args.text)
    if not text.strip():
        raise InvalidInputError(
            QT_TRANSLATE_NOOP("Errors", "The text is empty: there is nothing to count.")
        )
    if args.account is not None:
        core = open_services(args)
        try:
            account = find_account(_app(core).account_repo().list(), args.account)
        finally:
            core.close()
        if args.network is not None and args.network != account.network.value:
            raise InvalidInputError(
                QT_TRANSLATE_NOOP("Errors", "%1 is a %2 account, not %3."),
                args=(account.handle, account.network.value, args.network),
            )
        network = account.network
        limits = Limits.for_network(network, account.info)
    elif args.network is not None:
        network = Network(args.network)
        limits = Limits.for_network(network)
    else:
        raise InvalidInputError(QT_TRANSLATE_NOOP("Errors", "Give --network or --account."))
    if args.max is not None:
        if args.max <= 0:
            raise InvalidInputError(QT_TRANSLATE_NOOP("Errors", "--max must be a positive number."))
        limits = Limits(**{**limits.__dict__, "max_characters": args.max})
    result = count(network, text, limits=limits)
    if args.json:
        body = result.as_json()
        if network is Network.MASTODON:
            body["rule"] = limits.rule
        print_json(body)
    else:
        extra = ""
        if result.max_bytes is not None:
            extra = f", {result.size_bytes}/{result.max_bytes} bytes"
        verdict = "fits" if result.fits else "too long"
        out(f"{network.value}: {result.length}/{result.limit}{extra} — {verdict}")
    return 0 if result.fits else 1


def _app(core: Any) -> Any:
    """The composition root over ``core``: every service is built there, once."""
    from companion.core.app import AppServices

    return AppServices(core)


def _utc(when: datetime) -> str:
    return f"{when.astimezone(UTC):%Y-%m-%d %H:%M} UTC"


def _where(item: Any, account: Account | None) -> str:
    """Where a post for later waits: on the server, or here until its time."""
    from companion.core.compose.sender import sent_by_this_computer

    if item.post_at is None:
        return ""
    if sent_by_this_computer(account, item):
        return (
            f" — will be sent by this computer at {_utc(item.post_at)}"
            " (keep the app running and online then)"
        )
    return f" — for {_utc(item.post_at)}"


def outbox_add_command(args: argparse.Namespace) -> int:
    from companion.core.accounts.model import AccountState
    from companion.core.clock import parse_instant
    from companion.core.compose.drafts import Draft, DraftImage
    from companion.core.compose.outbox import queue_draft
    from companion.core.event.current import current_basics

    text = _read_text(args.text)
    if len(args.image) != len(args.alt):
        raise InvalidInputError(
            QT_TRANSLATE_NOOP("Errors", "Give one --alt (a description) for each --image.")
        )
    if not text.strip() and not args.image:
        raise InvalidInputError(QT_TRANSLATE_NOOP("Errors", "The post is empty."))
    for path in args.image:
        if not Path(path).is_file():
            raise InvalidInputError(
                QT_TRANSLATE_NOOP("Errors", "The picture %1 could not be read."), args=(path,)
            )
    core = open_services(args)
    try:
        app = _app(core)
        now = core.clock.now()
        # --at is the real time: a clock known to be wrong is corrected (as the sender does)
        real_now = core.clock.corrected_now()
        post_at = parse_instant(args.at) if args.at else None
        if post_at is not None and post_at <= real_now:
            raise InvalidInputError(
                QT_TRANSLATE_NOOP(
                    "Errors", "%1 has passed (it is %2); leave out --at to post now."
                ),
                args=(args.at, _utc(real_now)),
            )
        known = app.account_repo().list()
        if args.account:
            accounts = list(
                {a.id: a for a in (find_account(known, key) for key in args.account)}.values()
            )
        else:
            accounts = [
                a
                for a in known
                if a.state is AccountState.CONNECTED
                and a.network in (Network.MASTODON, Network.BLUESKY)
            ]
            if not accounts:
                raise InvalidInputError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "No connected account can post: add one with 'account add-mastodon' "
                        "or 'account add-bluesky'.",
                    )
                )
        draft = Draft.new(text, language=args.language.strip() or "en", source="cli")
        draft.post_at = post_at
        draft.images = [
            DraftImage(str(Path(p).resolve()), alt)
            for p, alt in zip(args.image, args.alt, strict=True)
        ]
        hashtag = current_basics(core.paths, core.settings).hashtag
        outbox = app.outbox()
        ids = queue_draft(app.drafts(), outbox, draft, accounts, hashtag, now)
        by_id = {a.id: a for a in accounts}
        for item_id in ids:
            item = outbox.get(item_id)
            assert item is not None
            account = by_id.get(item.account_id)
            parts = f", a thread of {len(item.parts)}" if len(item.parts) > 1 else ""
            who = account.handle if account else item.account_id
            out(f"{item.id}: queued — {who} ({item.network.value}{parts})" + _where(item, account))
        return 0
    finally:
        core.close()


def outbox_list_command(args: argparse.Namespace) -> int:
    core = open_services(args)
    try:
        app = _app(core)
        items = app.outbox().items()
        accounts = {a.id: a for a in app.account_repo().list()}
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
                        "sent_by_this_computer": _where(i, accounts.get(i.account_id)).startswith(
                            " — will be sent by this computer"
                        ),
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
            out(f"{i.id:>4}  {i.state.value:<15} {i.network.value:<8} {parts}  {i.summary}")
            if i.state.value == "queued" and i.post_at is not None:
                out(f"      {_where(i, accounts.get(i.account_id)).removeprefix(' — ')}")
            if i.link:
                out(f"      {i.link}")
            if i.error:
                out(f"      {i.error}")
        return 0
    finally:
        core.close()


def _report(item: Any, account: Account | None, now: datetime) -> bool:
    """Print one line for ``item``; False when it needs attention."""
    from companion.core.compose.outbox import DONE, State

    if item.state is State.SENDING and item.owner_pid not in (None, os.getpid()):
        # another "outbox send" (or the app) has it: not a failure of this one
        out(f"{item.id}: being sent by another process (pid {item.owner_pid}); nothing to do")
        return True
    if item.state is State.QUEUED and item.post_at is not None and item.post_at > now:
        out(f"{item.id}: queued{_where(item, account)}")
        return True
    label = "published early" if item.state is State.PUBLISHED_EARLY else item.state.value
    if item.state is State.HANDOFF:
        label = "ready: post it on the X website"  # no posting rights there: no failure
    out(
        f"{item.id}: {label}"
        + (f" {item.link}" if item.link else "")
        + (f" — {item.error}" if item.error else "")
    )
    # "published early" is out: a warning, not a failure; so is a hand-off to X
    return item.state in DONE or item.state is State.HANDOFF


def _send(core: Any, item_id: int | None, app: Any = None) -> int:
    app = app or _app(core)
    outbox, sender, repo = app.outbox(), app.sender(), app.account_repo()
    if item_id is not None:
        item = outbox.get(item_id)
        if item is None:
            raise InvalidInputError(NO_OUTBOX_ITEM, args=(item_id,))
        list(sender.run_account(item.account_id))
        item = outbox.get(item_id)
        assert item is not None
        return 0 if _report(item, repo.get(item.account_id), core.clock.corrected_now()) else 1
    changed = list(sender.run_all())
    bad = 0
    for item_id_ in dict.fromkeys(changed):
        item = outbox.get(item_id_)
        if item is None:
            continue
        bad += not _report(item, repo.get(item.account_id), core.clock.corrected_now())
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
        app = _app(core)
        outbox = app.outbox()
        if outbox.get(args.id) is None:
            raise InvalidInputError(NO_OUTBOX_ITEM, args=(args.id,))
        if not outbox.retry(args.id, core.clock.now()):
            raise InvalidInputError(
                QT_TRANSLATE_NOOP("Errors", "Outbox item %1 is not waiting for a retry."),
                args=(args.id,),
            )
        return _send(core, args.id, app)
    finally:
        core.close()
