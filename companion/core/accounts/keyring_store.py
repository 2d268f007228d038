"""Secrets in the OS keyring (Windows Credential Manager, macOS Keychain, Secret Service).

There is no plaintext fallback. When no keyring works, :func:`open_default_store`
returns a :class:`SessionOnlyStore` whose ``reason`` says why; the GUI explains it
and asks before keeping anything for this session only, and the headless commands
refuse to add accounts (a secret that vanishes at exit would be useless there).
"""

from __future__ import annotations

import logging

import keyring
import keyring.errors
from keyring.backend import KeyringBackend

from companion.core.accounts.credentials import (
    SERVICE_NAME,
    CredentialStore,
    MemoryCredentialStore,
)
from companion.core.errors import QT_TRANSLATE_NOOP, NoKeyringError

log = logging.getLogger(__name__)

NO_KEYRING_HELP = (
    "No keyring was found to keep your passwords and tokens safe. "
    "On Linux, install and unlock a Secret Service such as GNOME Keyring or KWallet "
    "(for example: sudo apt install gnome-keyring), then restart the app. "
    "Until then, logins can be kept for this session only."
)

#: The Windows Credential Manager keeps at most 2,560 bytes per secret
#: (CRED_MAX_CREDENTIAL_BLOB_SIZE, jaraco/keyring#355), and keyring stores the text as
#: UTF-16: 2 bytes a character, 4 for one outside the Basic Multilingual Plane (an
#: emoji). Longer secrets are split into numbered parts under ``key#1``, ``key#2`` ...
#: The largest secret the app keeps, a Bluesky session (two JWTs and the DID), is
#: about 800 characters, 1.6-1.9 KB as UTF-16 (tests/core/accounts/test_keyring_store.py).
WINDOWS_SECRET_BYTES = 2560
#: the most UTF-16 bytes one entry holds here (a margin below the limit)
CHUNK_BYTES = 2400
_CHUNK_MARK = "chunked:"
_PROBE_KEY = "keyring-probe"


#: what a keyring backend may raise: keyring's own errors, and the platform libraries'
#: (Windows' pywintypes.error, D-Bus errors, OSError) which do not derive from them
_BACKEND_ERRORS: tuple[type[BaseException], ...] = (
    keyring.errors.KeyringError,
    OSError,
    RuntimeError,
)
try:  # Windows only
    import pywintypes  # type: ignore[import-untyped,import-not-found,unused-ignore]

    _BACKEND_ERRORS = (*_BACKEND_ERRORS, pywintypes.error)
except ImportError:
    pass


def _kind(exc: BaseException) -> str:
    """The error's type and message, never the secret (backends don't echo it)."""
    return f"{type(exc).__name__}: {exc}"


def utf16_size(text: str) -> int:
    """Bytes ``text`` takes in the Windows Credential Manager (UTF-16)."""
    return len(text.encode("utf-16-le", "surrogatepass"))


def split_for_keyring(secret: str, limit: int = CHUNK_BYTES) -> list[str]:
    """``secret`` in parts of at most ``limit`` UTF-16 bytes, never cutting a
    character (one outside the BMP takes 4 bytes and stays whole)."""
    parts: list[str] = []
    start = size = 0
    for index, char in enumerate(secret):
        width = 4 if ord(char) > 0xFFFF else 2
        if size + width > limit:
            parts.append(secret[start:index])
            start, size = index, 0
        size += width
    parts.append(secret[start:])
    return parts


class KeyringCredentialStore:
    """One keyring entry per key under the app's service name."""

    persistent = True

    def __init__(self, backend: KeyringBackend | None = None, service: str = SERVICE_NAME) -> None:
        self._backend = backend or keyring.get_keyring()
        self._service = service

    # -- raw entries -------------------------------------------------------------
    def _get(self, key: str) -> str | None:
        try:
            value: str | None = self._backend.get_password(self._service, key)
            return value
        except _BACKEND_ERRORS as exc:
            raise NoKeyringError(
                QT_TRANSLATE_NOOP("Errors", "The keyring could not be read: %1"), args=(_kind(exc),)
            ) from None

    def _set(self, key: str, secret: str) -> None:
        try:
            self._backend.set_password(self._service, key, secret)
        except _BACKEND_ERRORS as exc:
            raise NoKeyringError(
                QT_TRANSLATE_NOOP("Errors", "The keyring refused to store the secret: %1"),
                args=(_kind(exc),),
            ) from None

    def _delete(self, key: str) -> None:
        try:
            self._backend.delete_password(self._service, key)
        except keyring.errors.PasswordDeleteError:
            pass
        except _BACKEND_ERRORS as exc:
            raise NoKeyringError(
                QT_TRANSLATE_NOOP("Errors", "The keyring could not delete the secret: %1"),
                args=(_kind(exc),),
            ) from None

    # -- CredentialStore -----------------------------------------------------------
    def get(self, key: str) -> str | None:
        value = self._get(key)
        if value is None or not value.startswith(_CHUNK_MARK):
            return value
        try:
            count = int(value[len(_CHUNK_MARK) :])
        except ValueError:
            return None
        parts = [self._get(f"{key}#{i}") for i in range(1, count + 1)]
        if any(p is None for p in parts):
            log.info("a split keyring entry is incomplete; treating it as missing")
            return None
        return "".join(p for p in parts if p is not None)

    def set(self, key: str, secret: str) -> None:
        old = self._get(key)
        parts = split_for_keyring(secret)
        if len(parts) == 1 and not secret.startswith(_CHUNK_MARK):
            self._set(key, secret)
            new_count = 0
        else:
            for i, part in enumerate(parts, 1):
                self._set(f"{key}#{i}", part)
            self._set(key, f"{_CHUNK_MARK}{len(parts)}")
            new_count = len(parts)
        self._delete_parts(key, old, keep=new_count)

    def delete(self, key: str) -> None:
        old = self._get(key)
        self._delete(key)
        self._delete_parts(key, old, keep=0)

    def _delete_parts(self, key: str, old: str | None, *, keep: int) -> None:
        if old is None or not old.startswith(_CHUNK_MARK):
            return
        try:
            count = int(old[len(_CHUNK_MARK) :])
        except ValueError:
            return
        for i in range(keep + 1, count + 1):
            self._delete(f"{key}#{i}")

    def probe(self) -> None:
        """Raise :class:`NoKeyringError` unless the keyring really answers (a locked
        or absent Secret Service fails here rather than at the first login)."""
        self._get(_PROBE_KEY)

    def __repr__(self) -> str:
        return f"<KeyringCredentialStore {type(self._backend).__name__}>"


class SessionOnlyStore(MemoryCredentialStore):
    """Chosen when no keyring exists: secrets vanish when the app quits."""

    persistent = False

    def __init__(self, reason: str = NO_KEYRING_HELP) -> None:
        super().__init__()
        #: what is wrong and what to install, for the user
        self.reason = reason
        #: the user agreed to keep logins for this session only
        self.accepted = False


def keyring_available(backend: KeyringBackend | None = None) -> bool:
    backend = backend or keyring.get_keyring()
    name = f"{type(backend).__module__}.{type(backend).__name__}"
    return "fail" not in name and "null" not in name.lower()


def is_persistent(store: CredentialStore) -> bool:
    """True when secrets in ``store`` survive a restart (the OS keyring)."""
    return bool(getattr(store, "persistent", False))


def open_default_store() -> KeyringCredentialStore | SessionOnlyStore:
    backend = keyring.get_keyring()
    if not keyring_available(backend):
        log.info("no usable keyring backend; secrets will be kept for this session only")
        return SessionOnlyStore()
    store = KeyringCredentialStore(backend)
    try:
        store.probe()
    except Exception as exc:  # NoKeyringError, or a D-Bus library failing its own way
        log.info("the keyring does not answer (%s); session-only mode", exc)
        return SessionOnlyStore(
            "The keyring is installed but did not answer (it may be locked or not "
            "running). Unlock it or log in to the desktop again, then restart the app. "
            "Until then, logins can be kept for this session only."
        )
    return store
