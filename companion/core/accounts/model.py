"""Accounts: the non-secret part lives in SQLite, the secret part in the keyring."""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from companion.core.storage import Database

#: how each network's name is written (proper nouns: the same in every language)
NETWORK_NAMES: dict[str, str] = {"mastodon": "Mastodon", "bluesky": "Bluesky", "x": "X"}


class Network(StrEnum):
    MASTODON = "mastodon"
    BLUESKY = "bluesky"
    X = "x"


class AccountState(StrEnum):
    CONNECTED = "connected"
    NEEDS_LOGIN = "needs_login"
    OFFLINE = "offline"


@dataclass
class Account:
    id: str
    network: Network
    #: instance URL (Mastodon), PDS URL (Bluesky) or API base (X)
    server: str
    handle: str
    display_name: str = ""
    state: AccountState = AccountState.CONNECTED
    #: non-secret facts read from the server: max_characters, DID, limits, ...
    info: dict[str, Any] = field(default_factory=dict)

    @staticmethod
    def new_id() -> str:
        return uuid.uuid4().hex

    @property
    def label(self) -> str:
        return f"{self.handle} ({self.network.value})"


def posts_through_website(account: Account) -> bool:
    """X: the app has no way to post through X's API, so it opens X's web page with
    the text ready and the user presses Post there. Such an account is never shown as
    "Connected", never ticked by default, and its outbox items are hand-offs."""
    return account.network is Network.X


class AccountRepository:
    """CRUD for :class:`Account` rows. Holds no secrets."""

    def __init__(self, db: Database) -> None:
        self.db = db
        #: called after every change of the rows (the app announces "accounts changed")
        self.on_change: Callable[[], None] | None = None

    def _changed(self) -> None:
        if self.on_change is not None:
            self.on_change()

    def list(self) -> list[Account]:
        rows = self.db.query("SELECT * FROM accounts ORDER BY created_at, id")
        return [self._from_row(r) for r in rows]

    def get(self, account_id: str) -> Account | None:
        row = self.db.query_one("SELECT * FROM accounts WHERE id = ?", (account_id,))
        return self._from_row(row) if row is not None else None

    def save(self, account: Account) -> None:
        self.db.execute(
            "INSERT INTO accounts(id, network, server, handle, display_name, state, info) "
            "VALUES(?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET "
            "network = excluded.network, server = excluded.server, handle = excluded.handle, "
            "display_name = excluded.display_name, state = excluded.state, info = excluded.info",
            (
                account.id,
                account.network.value,
                account.server,
                account.handle,
                account.display_name,
                account.state.value,
                json.dumps(account.info),
            ),
        )
        self._changed()

    def set_state(self, account_id: str, state: AccountState) -> None:
        cur = self.db.execute(
            "UPDATE accounts SET state = ? WHERE id = ? AND state != ?",
            (state.value, account_id, state.value),
        )
        if cur.rowcount:
            self._changed()

    def delete(self, account_id: str) -> None:
        self.db.execute("DELETE FROM accounts WHERE id = ?", (account_id,))
        self._changed()

    @staticmethod
    def _from_row(row: Any) -> Account:
        try:
            info = json.loads(row["info"] or "{}")
        except ValueError:
            info = {}
        return Account(
            id=row["id"],
            network=Network(row["network"]),
            server=row["server"],
            handle=row["handle"],
            display_name=row["display_name"],
            state=AccountState(row["state"]),
            info=info if isinstance(info, dict) else {},
        )
