"""Subcommands of the accounts feature: ``account list|add-mastodon|add-bluesky|
add-x|remove``. Secrets are read from stdin only, never from the command line."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from companion.commands.common import open_services, out, print_json
from companion.core.accounts.keyring_store import NO_KEYRING_HELP
from companion.core.accounts.service import AccountService, Connected
from companion.core.app import AppServices
from companion.core.errors import QT_TRANSLATE_NOOP, InvalidInputError, NoKeyringError
from companion.core.services import CoreServices


def register(sub: Any) -> None:
    """Add this feature's subcommands to ``sub`` (argparse subparsers)."""
    p = sub.add_parser("account", help="list, add and remove Mastodon, Bluesky and X accounts")
    acc = p.add_subparsers(dest="account_command", metavar="ACTION", required=True)

    q = acc.add_parser("list", help="show the accounts and their state")
    q.add_argument("--json", action="store_true", help="machine-readable output")
    q.set_defaults(handler=list_command)

    q = acc.add_parser(
        "add-mastodon", help="add a Mastodon account with an access token read from stdin"
    )
    q.add_argument("--instance", required=True, metavar="URL", help="e.g. https://mastodon.social")
    q.add_argument(
        "--token-stdin",
        action="store_true",
        required=True,
        help="read the access token (Preferences → Development) from stdin",
    )
    q.set_defaults(handler=add_mastodon_command)

    q = acc.add_parser(
        "add-bluesky", help="add a Bluesky account with an app password read from stdin"
    )
    q.add_argument("--handle", required=True, metavar="HANDLE", help="e.g. name.bsky.social")
    q.add_argument("--app-password-stdin", action="store_true", required=True)
    q.add_argument(
        "--service",
        default="https://bsky.social",
        metavar="URL",
        help="where to log in (default https://bsky.social)",
    )
    q.set_defaults(handler=add_bluesky_command)

    q = acc.add_parser("add-x", help="keep X API credentials (bearer token from stdin)")
    q.add_argument("--bearer-token-stdin", action="store_true", required=True)
    q.add_argument("--handle", default="", metavar="HANDLE", help="your @name on X (optional)")
    q.set_defaults(handler=add_x_command)

    q = acc.add_parser("remove", help="end the login on the server and delete its secrets")
    q.add_argument("id", metavar="ID", help="the account id shown by 'account list'")
    q.add_argument("--offline", action="store_true", help="do not contact the server")
    q.set_defaults(handler=remove_command)


def _service(core: CoreServices) -> AccountService:
    return AppServices(core).accounts()


def read_secret(what: str) -> str:
    """One secret from stdin (first non-empty line); never echoed, never from argv."""
    if sys.stdin is None:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP("Errors", "Give the %1 on standard input."), args=(what,)
        )
    if sys.stdin.isatty():
        import getpass

        value = getpass.getpass(f"{what}: ")
    else:
        value = next((line for line in sys.stdin.read().splitlines() if line.strip()), "")
    value = value.strip()
    if not value:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP("Errors", "No %1 was given on standard input."), args=(what,)
        )
    return value


def _require_keyring(app: AppServices) -> None:
    keyring = app.keyring()
    if not keyring.persistent:
        session_only = keyring.session_only
        reason = session_only.reason if session_only is not None else NO_KEYRING_HELP
        raise NoKeyringError(
            QT_TRANSLATE_NOOP(
                "Errors", "%1 Accounts cannot be added from the command line until then."
            ),
            args=(
                reason.replace("Until then, logins can be kept for this session only.", "").strip(),
            ),
        )


def _add(args: argparse.Namespace, connect: Any) -> int:
    core = open_services(args)
    try:
        app = AppServices(core)
        _require_keyring(app)
        service = app.accounts()
        connected: Connected = connect(service)
        account = service.save_login(connected)  # ends the login it replaces
        out(f"added {account.id} {account.network.value} {account.handle} {account.server}")
        return 0
    finally:
        core.close()


def add_mastodon_command(args: argparse.Namespace) -> int:
    token = read_secret("access token")
    return _add(args, lambda s: s.connect_mastodon_token(args.instance, token))


def add_bluesky_command(args: argparse.Namespace) -> int:
    from companion.core.accounts.bluesky import check_app_password

    password = check_app_password(read_secret("app password"))
    return _add(args, lambda s: s.connect_bluesky(args.handle, password, args.service))


def add_x_command(args: argparse.Namespace) -> int:
    token = read_secret("bearer token")
    return _add(args, lambda s: s.connect_x(bearer_token=token, handle=args.handle))


def list_command(args: argparse.Namespace) -> int:
    core = open_services(args)
    try:
        accounts = _service(core).list_with_logins()
        if args.json:
            print_json(
                [
                    {
                        "id": a.id,
                        "network": a.network.value,
                        "handle": a.handle,
                        "display_name": a.display_name,
                        "server": a.server,
                        "state": a.state.value,
                        "info": a.info,
                    }
                    for a in accounts
                ]
            )
            return 0
        if not accounts:
            out("no accounts")
        for a in accounts:
            out(f"{a.id}  {a.network.value:<8}  {a.state.value:<11}  {a.handle}  {a.server}")
        return 0
    finally:
        core.close()


def remove_command(args: argparse.Namespace) -> int:
    core = open_services(args)
    try:
        service = _service(core)
        account = service.get(args.id)
        result = service.remove(account, online=not args.offline)
        out(
            f"removed {account.id} {account.handle}"
            + (" (login ended on the server)" if result.revoked else "")
        )
        if result.note:
            sys.stderr.write(f"note: {result.note}\n")
        return 0
    finally:
        core.close()
