"""The one interface to secrets. Implementations: the OS keyring, memory (tests),
and a session-only store the user may choose when no keyring exists.

Secrets are opaque strings (usually JSON) keyed by account id. They never go to
settings, SQLite, logs or crash reports.
"""

from __future__ import annotations

import logging
import threading
from typing import Protocol

log = logging.getLogger(__name__)

SERVICE_NAME = "shareasm-companion"


class CredentialStore(Protocol):
    """Where secrets live. ``get`` returns ``None`` for an unknown key."""

    def get(self, key: str) -> str | None: ...

    def set(self, key: str, secret: str) -> None: ...

    def delete(self, key: str) -> None: ...


class MemoryCredentialStore:
    """Secrets in process memory only: unit tests, and "this session only" mode."""

    def __init__(self) -> None:
        self._data: dict[str, str] = {}
        self._lock = threading.Lock()

    def get(self, key: str) -> str | None:
        with self._lock:
            return self._data.get(key)

    def set(self, key: str, secret: str) -> None:
        with self._lock:
            self._data[key] = secret

    def delete(self, key: str) -> None:
        with self._lock:
            self._data.pop(key, None)

    def __repr__(self) -> str:  # never show the secrets
        return f"<MemoryCredentialStore with {len(self._data)} entries>"
