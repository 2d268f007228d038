"""The Qt-free services every command and the GUI share, opened from one place."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime

from companion.core.accounts.credentials import CredentialStore, MemoryCredentialStore
from companion.core.clock import Clock
from companion.core.net import HttpClient
from companion.core.paths import Paths
from companion.core.settings import Settings, SettingsStore
from companion.core.storage import Database

log = logging.getLogger(__name__)


@dataclass
class CoreServices:
    paths: Paths
    settings_store: SettingsStore
    settings: Settings
    db: Database
    clock: Clock
    http: HttpClient
    credentials: CredentialStore
    #: messages for the user about things repaired at start (broken settings, database)
    problems: list[str] = field(default_factory=list)

    @classmethod
    def open(
        cls,
        paths: Paths,
        *,
        now: datetime | None = None,
        credentials: CredentialStore | None = None,
    ) -> CoreServices:
        paths.ensure()
        problems: list[str] = []
        store = SettingsStore(paths.settings_file)
        loaded = store.load()
        if loaded.problem:
            problems.append(loaded.problem)
        opened = Database.open(paths.database_file)
        if opened.problem:
            problems.append(opened.problem)
        clock = Clock(now)
        if credentials is None:
            credentials = default_credential_store()
        return cls(
            paths=paths,
            settings_store=store,
            settings=loaded.settings,
            db=opened.db,
            clock=clock,
            http=HttpClient(now=clock.now),
            credentials=credentials,
            problems=problems,
        )

    def save_settings(self) -> None:
        self.settings_store.save(self.settings)

    def close(self) -> None:
        self.db.close()
        self.http.session.close()


def default_credential_store() -> CredentialStore:
    """The OS keyring when one works; the accounts feature decides the fallback."""
    try:
        from companion.core.accounts.keyring_store import open_default_store
    except ImportError:  # pragma: no cover - until the keyring store exists
        log.warning("no keyring store module; secrets are kept for this session only")
        return MemoryCredentialStore()
    return open_default_store()
