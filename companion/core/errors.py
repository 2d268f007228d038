"""Two kinds of error: expected trouble (``KnownError``) and bugs (everything else).

A ``KnownError`` carries a message a field worker understands and, where there is
one, a way forward. Anything else is a bug: it is logged with its traceback and
shown as "something went wrong" with a copyable report.
"""

from __future__ import annotations

from datetime import datetime


class KnownError(Exception):
    """Expected trouble with a message meant for the user."""

    #: a short hint about what the user can do next, or "".
    hint: str = ""

    def __init__(self, message: str, *, hint: str = "") -> None:
        super().__init__(message)
        self.message = message
        if hint:
            self.hint = hint

    def __str__(self) -> str:
        return self.message

    def user_text(self) -> str:
        return f"{self.message}\n{self.hint}" if self.hint else self.message


class OfflineError(KnownError):
    """The server could not be reached (no connection, DNS failure, timeout)."""

    hint = "The app will try again when the connection comes back."


class NeedsLoginError(KnownError):
    """The server refused our credentials: the account must log in again."""

    hint = "Open Accounts and log in again. Nothing queued is lost."


class RateLimitedError(KnownError):
    """The server asked us to slow down until ``reset_at``."""

    def __init__(self, message: str, *, reset_at: datetime | None = None) -> None:
        super().__init__(message, hint="The app waits and tries again by itself.")
        self.reset_at = reset_at


class ServerError(KnownError):
    """The server answered with an error we cannot fix by retrying at once."""

    def __init__(self, message: str, *, status: int | None = None, hint: str = "") -> None:
        super().__init__(message, hint=hint)
        self.status = status


class InvalidInputError(KnownError):
    """A file, reply or value we were given is malformed or unsafe."""


class StorageError(KnownError):
    """The disk refused a write (full, read-only, locked)."""

    hint = "Free some disk space or check the data folder, then try again."


class NoKeyringError(KnownError):
    """No OS keyring is available to keep secrets."""
