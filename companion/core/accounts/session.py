"""``SessionManager``: the :class:`AccountAuth` every feature uses to call servers
as the user. (A minimal version; the accounts feature completes refresh logic.)"""

from __future__ import annotations

import json
import logging

from companion.core.accounts.credentials import CredentialStore
from companion.core.accounts.model import Account, AccountRepository, AccountState, Network
from companion.core.errors import NeedsLoginError
from companion.core.net import HttpClient

log = logging.getLogger(__name__)


class SessionManager:
    def __init__(
        self, repo: AccountRepository, credentials: CredentialStore, http: HttpClient
    ) -> None:
        self.repo = repo
        self.credentials = credentials
        self.http = http

    def secret(self, account: Account) -> dict[str, str]:
        raw = self.credentials.get(account.id)
        if not raw:
            raise NeedsLoginError(f"{account.label}: no saved login on this computer.")
        try:
            value = json.loads(raw)
        except ValueError:
            raise NeedsLoginError(f"{account.label}: the saved login is unreadable.") from None
        if not isinstance(value, dict):
            raise NeedsLoginError(f"{account.label}: the saved login is unreadable.")
        return {k: str(v) for k, v in value.items()}

    def auth_headers(self, account: Account) -> dict[str, str]:
        secret = self.secret(account)
        key = {
            Network.MASTODON: "access_token",
            Network.BLUESKY: "accessJwt",
            Network.X: "user_access_token",
        }[account.network]
        token = secret.get(key) or secret.get("bearer_token")
        if not token:
            raise NeedsLoginError(f"{account.label}: no saved login on this computer.")
        return {"Authorization": f"Bearer {token}"}

    def refresh(self, account: Account) -> None:
        self.repo.set_state(account.id, AccountState.NEEDS_LOGIN)
        raise NeedsLoginError(f"{account.label}: the login has expired.")
