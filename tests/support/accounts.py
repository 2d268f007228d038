"""An account as a login leaves it: its row in the database and its secret in a store."""

from __future__ import annotations

import json
from typing import Any

from companion.core.accounts.credentials import MemoryCredentialStore
from companion.core.accounts.model import Account, AccountRepository, Network
from companion.core.storage import Database


def add_account(
    db: Database,
    creds: MemoryCredentialStore,
    network: Network,
    server: str,
    secret: dict[str, str],
    info: dict[str, Any] | None = None,
) -> Account:
    account = Account(
        Account.new_id(),
        network,
        server,
        "me@example" if network is Network.MASTODON else "me.bsky.social",
        info=info or {},
    )
    AccountRepository(db).save(account)
    creds.set(account.id, json.dumps(secret))
    return account
