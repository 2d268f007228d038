"""The composition root: one place builds every feature's services, each once, on
first use. The command line and the GUI both get their services from here.

Nothing is built before it is asked for, so starting the app (the countdown on
screen) makes only what the countdown needs. Services that other threads use are
bound to the database lane when the GUI gives one (:mod:`companion.core.lane`):
their SQLite calls then run on the lane, whichever thread calls them.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple, TypeVar, cast

from companion.core.accounts.credentials import CredentialStore
from companion.core.changes import ACCOUNTS, Changes
from companion.core.clock import Clock
from companion.core.lane import DbLane, bind_to_lane
from companion.core.paths import Paths
from companion.core.services import CoreServices, LazyCredentialStore
from companion.core.settings_service import SettingsService
from companion.core.storage import Database

if TYPE_CHECKING:
    from companion.core.accounts.keyring_store import SessionOnlyStore
    from companion.core.accounts.model import AccountRepository
    from companion.core.accounts.service import AccountService
    from companion.core.accounts.session import SessionManager
    from companion.core.compose.drafts import DraftStore
    from companion.core.compose.outbox import Outbox
    from companion.core.compose.sender import Sender
    from companion.core.event.reminders import Reminders
    from companion.core.event.store import EventStore
    from companion.core.library.service import Library
    from companion.core.live.store import PostStore
    from companion.core.net import HttpClient

log = logging.getLogger(__name__)

T = TypeVar("T")


class KeyringState(NamedTuple):
    """Where logins are kept on this computer, worked out once (off the GUI thread:
    asking the Secret Service may take a moment, or ask to unlock)."""

    #: the real store: the OS keyring, or a session-only store when none works
    store: CredentialStore

    @property
    def persistent(self) -> bool:
        from companion.core.accounts.keyring_store import is_persistent

        return is_persistent(self.store)

    @property
    def session_only(self) -> SessionOnlyStore | None:
        """The session-only store when no keyring works (the user must agree to it)."""
        from companion.core.accounts.keyring_store import SessionOnlyStore

        return self.store if isinstance(self.store, SessionOnlyStore) else None


#: the pack store's methods that write (see ``AppServices.library``)
PACK_STORE_WRITERS = ("ensure", "add_verified", "install", "want", "prune", "set_source")


def _submit_quietly(lane: DbLane, fn: Callable[[], None]) -> None:
    try:
        lane.submit(fn)
    except RuntimeError:  # the lane closed at shutdown: the estimate is kept next time
        log.debug("clock estimate not saved: the database lane is closed")


def _ignore(_changes: Changes) -> None:
    pass


class AppServices:
    """Builds each service on first use and keeps it; thread-safe."""

    def __init__(self, core: CoreServices, *, lane: DbLane | None = None) -> None:
        self.core = core
        #: the GUI's database lane; None on the command line (one thread)
        self.lane = lane
        self._lock = threading.RLock()
        self._made: dict[str, object] = {}
        self.settings = SettingsService(core.settings_store, core.settings)
        #: told about changes made in the background (a sender marking an account
        #: "needs login"), from any thread; the GUI passes them to its change hub
        self.announce: Callable[[Changes], None] = _ignore
        skew = core.clock.skew
        save_skew = skew.on_change
        if lane is not None and save_skew is not None:
            # the estimate moves on a network thread (a reply's Date): its SQLite write
            # goes to the database lane like every other
            skew.on_change = lambda state: _submit_quietly(lane, lambda: save_skew(state))

    def announce_later(self, changes: Changes) -> None:
        """Pass ``changes`` to :attr:`announce` as it is set when they happen."""
        self.announce(changes)

    def _announcer(self, changes: Changes) -> Callable[[], None]:
        return lambda: self.announce(changes)

    # -- the basics -------------------------------------------------------------
    @property
    def paths(self) -> Paths:
        return self.core.paths

    @property
    def clock(self) -> Clock:
        return self.core.clock

    @property
    def http(self) -> HttpClient:
        return self.core.http

    @property
    def db(self) -> Database:
        return self.core.db

    @property
    def credentials(self) -> CredentialStore:
        """The credential store for services (opens the keyring at its first use)."""
        return self.core.credentials

    def built(self) -> frozenset[str]:
        """The names of the services made so far (start-up checks and tests)."""
        with self._lock:
            return frozenset(self._made)

    def _once(self, name: str, build: Callable[[], T]) -> T:
        with self._lock:
            if name not in self._made:
                self._made[name] = build()
            return cast(T, self._made[name])

    def _bound(self, obj: T) -> T:
        return bind_to_lane(obj, self.lane)

    # -- accounts ---------------------------------------------------------------
    def keyring(self) -> KeyringState:
        """Open the keyring now and say what kind of store it is. Blocking: call it
        off the GUI thread."""

        def build() -> KeyringState:
            store = self.core.credentials
            if isinstance(store, LazyCredentialStore):
                store = store.store  # imports keyring and asks the Secret Service
            return KeyringState(store)

        return self._once("keyring", build)

    def account_repo(self) -> AccountRepository:
        def build() -> AccountRepository:
            from companion.core.accounts.model import AccountRepository

            repo = AccountRepository(self.db)
            repo.on_change = self._announcer(ACCOUNTS)
            return self._bound(repo)

        return self._once("account_repo", build)

    def sessions(self) -> SessionManager:
        """The one SessionManager: Bluesky refreshes run one at a time through it."""

        def build() -> SessionManager:
            from companion.core.accounts.session import SessionManager

            return SessionManager(self.account_repo(), self.credentials, self.http)

        return self._once("sessions", build)

    def accounts(self) -> AccountService:
        def build() -> AccountService:
            from companion.core.accounts.service import AccountService

            return AccountService(self.account_repo(), self.credentials, self.http, self.sessions())

        return self._once("accounts", build)

    # -- compose ----------------------------------------------------------------
    def drafts(self) -> DraftStore:
        def build() -> DraftStore:
            from companion.core.compose.drafts import DraftStore

            return self._bound(DraftStore(self.db, self.clock.now))

        return self._once("drafts", build)

    def outbox(self) -> Outbox:
        def build() -> Outbox:
            from companion.core.compose.outbox import Outbox

            outbox = Outbox(self.db, self.paths.data / "outbox-media")
            outbox.on_change = self.announce_later  # a draft became "sent"
            return self._bound(outbox)

        return self._once("outbox", build)

    def sender(self) -> Sender:
        def build() -> Sender:
            from companion.core.compose.sender import Sender

            return Sender(
                self.outbox(),
                self.account_repo(),
                self.sessions(),
                self.http,
                now=self.clock.now,
                wrong_by=self.clock.wrong_by,
            )

        return self._once("sender", build)

    # -- live -------------------------------------------------------------------
    def posts(self) -> PostStore:
        def build() -> PostStore:
            from companion.core.live.store import PostStore

            return self._bound(PostStore(self.db))

        return self._once("posts", build)

    # -- event ------------------------------------------------------------------
    def events(self) -> EventStore:
        """The event file in use (plain files; run off the GUI thread)."""

        def build() -> EventStore:
            from companion.core.event.store import EventStore

            return EventStore(self.paths)

        return self._once("events", build)

    def reminders(self) -> Reminders:
        def build() -> Reminders:
            from companion.core.event.reminders import Reminders

            return self._bound(Reminders(self.db))

        return self._once("reminders", build)

    # -- library ----------------------------------------------------------------
    def library(self) -> Library:
        """Installed packs and their index. The pack store has one writer at a time:
        its writing methods run on a lane of their own (a sync on the network pool and
        an import or the sample pack on the database lane would otherwise write it
        together), so copying a large file never holds up the database."""

        def build() -> Library:
            from companion.core.library.service import Library, sample_pack_dir
            from companion.core.library.store import PackStore

            store = PackStore(self.paths.data / "library")
            if self.lane is not None:
                store = bind_to_lane(store, self._pack_lane(), only=PACK_STORE_WRITERS)
            return self._bound(Library(self.db, store, sample_pack_dir()))

        return self._once("library", build)

    def _pack_lane(self) -> DbLane:
        return self._once("pack_lane", lambda: DbLane("packs"))

    def close(self) -> None:
        """Stop the lanes this root made (the database lane belongs to its caller)."""
        with self._lock:
            lane = self._made.get("pack_lane")
        if isinstance(lane, DbLane):
            lane.shutdown(wait=True)
