"""Secrets in the OS keyring (Windows Credential Manager, macOS Keychain, Secret Service)."""

from __future__ import annotations

import logging

import keyring
import keyring.errors
from keyring.backend import KeyringBackend

from companion.core.accounts.credentials import SERVICE_NAME, MemoryCredentialStore
from companion.core.errors import NoKeyringError

log = logging.getLogger(__name__)

NO_KEYRING_HELP = (
    "No keyring was found to keep your passwords and tokens safe. "
    "On Linux, install and unlock a Secret Service such as GNOME Keyring or KWallet "
    "(for example: sudo apt install gnome-keyring), then restart the app. "
    "Until then, logins can be kept for this session only."
)


class KeyringCredentialStore:
    """One keyring entry per key under the app's service name."""

    persistent = True

    def __init__(self, backend: KeyringBackend | None = None, service: str = SERVICE_NAME) -> None:
        self._backend = backend or keyring.get_keyring()
        self._service = service

    def get(self, key: str) -> str | None:
        try:
            value: str | None = self._backend.get_password(self._service, key)
            return value
        except keyring.errors.KeyringError as exc:
            raise NoKeyringError(f"The keyring could not be read: {exc}") from None

    def set(self, key: str, secret: str) -> None:
        try:
            self._backend.set_password(self._service, key, secret)
        except keyring.errors.KeyringError as exc:
            raise NoKeyringError(f"The keyring refused to store the secret: {exc}") from None

    def delete(self, key: str) -> None:
        try:
            self._backend.delete_password(self._service, key)
        except keyring.errors.PasswordDeleteError:
            pass
        except keyring.errors.KeyringError as exc:
            raise NoKeyringError(f"The keyring could not delete the secret: {exc}") from None

    def __repr__(self) -> str:
        return f"<KeyringCredentialStore {type(self._backend).__name__}>"


class SessionOnlyStore(MemoryCredentialStore):
    """Chosen when no keyring exists: secrets vanish when the app quits."""

    persistent = False


def keyring_available() -> bool:
    backend = keyring.get_keyring()
    name = f"{type(backend).__module__}.{type(backend).__name__}"
    return "fail" not in name and "null" not in name.lower()


def open_default_store() -> KeyringCredentialStore | SessionOnlyStore:
    if keyring_available():
        return KeyringCredentialStore()
    log.info("no usable keyring backend; secrets will be kept for this session only")
    return SessionOnlyStore()
