"""The Qt-free services every command and the GUI share, opened from one place."""

from __future__ import annotations

import logging
import sqlite3
import threading
from datetime import datetime
from typing import TYPE_CHECKING

from companion.core.accounts.credentials import CredentialStore
from companion.core.clock import Clock, ClockSkew
from companion.core.errors import KnownError
from companion.core.paths import Paths
from companion.core.settings import Settings, SettingsStore
from companion.core.storage import Database

if TYPE_CHECKING:
    from companion.core.net import HttpClient

log = logging.getLogger(__name__)


class CoreServices:
    """The services themselves, opened by :meth:`open`. A plain class, not a dataclass:
    defining a dataclass costs ~0.5 ms of every start (issue 19)."""

    __slots__ = (
        "_http",
        "_http_lock",
        "clock",
        "credentials",
        "db",
        "paths",
        "problems",
        "settings",
        "settings_store",
        "skew",
    )

    def __init__(
        self,
        paths: Paths,
        settings_store: SettingsStore,
        settings: Settings,
        db: Database,
        clock: Clock,
        credentials: CredentialStore,
        problems: list[str] | None = None,
        skew: ClockSkew | None = None,
    ) -> None:
        self.paths = paths
        self.settings_store = settings_store
        self.settings = settings
        self.db = db
        self.clock = clock
        self.credentials = credentials
        #: messages for the user about things repaired at start (broken settings, database)
        self.problems: list[str] = [] if problems is None else problems
        #: the clock estimate the HTTP client feeds (None while the clock is shifted)
        self.skew = skew
        self._http: HttpClient | None = None
        self._http_lock = threading.Lock()

    @property
    def http(self) -> HttpClient:
        """The HTTP client, made on first use: the network module and its helpers stay
        off the start path (issue 19; the countdown fetches only with an event URL)."""
        with self._http_lock:
            if self._http is None:
                from companion.core.net import HttpClient

                self._http = HttpClient(now=self.clock.now, skew=self.skew)
            return self._http

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
        # checked at open only after an unclean end; else after the first screen
        opened = Database.open(paths.database_file, trust_clean_close=True)
        if opened.problem:
            problems.append(opened.problem)
        clock = Clock(now)
        skew = None if clock.is_shifted else remember_clock_skew(clock, opened.db)
        if credentials is None:
            credentials = default_credential_store()
        return cls(
            paths=paths,
            settings_store=store,
            settings=loaded.settings,
            db=opened.db,
            clock=clock,
            credentials=credentials,
            problems=problems,
            skew=skew,
        )

    def save_settings(self) -> None:
        self.settings_store.save(self.settings)

    def close(self) -> None:
        self.db.close()
        with self._http_lock:
            if self._http is not None:
                self._http.close()


#: ``meta`` key of the last estimate of this computer's clock error
CLOCK_SKEW_KEY = "clock_skew"


def remember_clock_skew(clock: Clock, db: Database) -> ClockSkew:
    """``clock.skew``, restored from the database and saved there when it moves, so the
    correction holds after a restart while offline (see ``core/clock.py``)."""

    def save(state: str) -> None:
        try:
            db.set_meta(CLOCK_SKEW_KEY, state)
        except (KnownError, sqlite3.Error) as exc:  # full disk, locked: try next time
            log.info("could not save the clock estimate: %s", exc)

    try:
        clock.skew.restore(db.get_meta(CLOCK_SKEW_KEY))
    except sqlite3.Error as exc:
        log.info("could not read the clock estimate: %s", exc)
    clock.skew.on_change = save
    return clock.skew


class LazyCredentialStore:
    """Opens the OS keyring on first use: importing ``keyring`` and asking D-Bus for
    a Secret Service stay off the start path (most starts never touch a secret).

    Only ``get``/``set``/``delete`` pass through. What kind of store it turned out to
    be (keyring or session-only) is asked of ``AppServices.keyring()``, off the GUI
    thread: the proxy itself never looks like a ``SessionOnlyStore``."""

    def __init__(self) -> None:
        self._store: CredentialStore | None = None
        self._lock = threading.Lock()

    @property
    def store(self) -> CredentialStore:
        with self._lock:
            if self._store is None:
                from companion.core.accounts.keyring_store import open_default_store

                self._store = open_default_store()
            return self._store

    def get(self, key: str) -> str | None:
        return self.store.get(key)

    def set(self, key: str, secret: str) -> None:
        self.store.set(key, secret)

    def delete(self, key: str) -> None:
        self.store.delete(key)


def default_credential_store() -> CredentialStore:
    """The OS keyring when one works (opened lazily); the accounts feature decides the
    fallback when none does."""
    return LazyCredentialStore()
