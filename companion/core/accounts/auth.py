"""How other features talk to a logged-in account, without knowing how login works.

Secrets are JSON objects in the credential store under the account's id:

* Mastodon: ``{"access_token": str}`` (plus the app's ``client_id``/``client_secret``
  when the app registered itself on the instance). ``Account.server`` is the
  instance URL, e.g. ``https://mastodon.social``.
* Bluesky: ``{"accessJwt": str, "refreshJwt": str, "did": str}``. ``Account.server`` is
  the user's PDS URL; ``Account.info["did"]`` holds the DID too.
* X: ``{"bearer_token": str}`` for reading and/or ``{"user_access_token": str}``
  (OAuth 2.0 user context) for posting.

Features call :class:`AccountAuth` (``companion.core.accounts.session``):
``auth_headers(account)`` for each request, and ``refresh(account)`` once after the
server said the token expired. ``refresh`` raises :class:`NeedsLoginError` (and marks
the account "needs login again") when that is impossible; queued posts are kept.
"""

from __future__ import annotations

from typing import Protocol

from companion.core.accounts.model import Account


class AccountAuth(Protocol):
    def auth_headers(self, account: Account) -> dict[str, str]:
        """``{"Authorization": "Bearer …"}`` for ``account``; raises NeedsLoginError."""
        ...

    def refresh(self, account: Account) -> None:
        """Renew expired credentials (Bluesky: refreshSession, one at a time).
        Raises NeedsLoginError when the user must log in again."""
        ...
