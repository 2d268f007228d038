"""The composition root builds each service once, on first use, and shares them."""

from __future__ import annotations

import threading

import keyring
from keyring.backends import fail

from companion.core.accounts.credentials import MemoryCredentialStore
from companion.core.accounts.keyring_store import SessionOnlyStore
from companion.core.app import AppServices
from companion.core.changes import ACCOUNTS, Changes
from companion.core.lane import DbLane
from companion.core.paths import Paths
from companion.core.services import CoreServices


def test_nothing_is_built_before_it_is_asked_for(core: CoreServices) -> None:
    app = AppServices(core)
    assert app.built() == frozenset()
    app.events()
    assert app.built() == {"events"}


def test_one_session_manager_for_every_feature(core: CoreServices) -> None:
    app = AppServices(core)
    sessions = app.sessions()
    assert app.accounts().sessions is sessions
    assert app.sender().auth is sessions
    assert app.sender().outbox is app.outbox()
    assert app.accounts().repo is app.account_repo() is app.sender().accounts


def test_built_once_even_when_threads_race(core: CoreServices) -> None:
    app = AppServices(core)
    got: list[object] = []
    threads = [threading.Thread(target=lambda: got.append(app.sender())) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(5)
    assert len(got) == 8 and all(s is got[0] for s in got)


def test_account_changes_are_announced_from_the_repository(core: CoreServices) -> None:
    from companion.core.accounts.model import Account, AccountState, Network

    app = AppServices(core)
    heard: list[Changes] = []
    app.announce = heard.append
    repo = app.account_repo()
    account = Account(Account.new_id(), Network.MASTODON, "https://m.example", "@a@m.example")
    repo.save(account)
    repo.set_state(account.id, AccountState.NEEDS_LOGIN)
    repo.set_state(account.id, AccountState.NEEDS_LOGIN)  # no change: not announced
    repo.delete(account.id)
    assert heard == [ACCOUNTS] * 3


def test_keyring_state_of_the_app_default_store(paths: Paths) -> None:
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    core = CoreServices.open(paths)  # the lazy OS keyring, as the app starts
    try:
        state = AppServices(core).keyring()
        assert isinstance(state.store, SessionOnlyStore)
        assert state.session_only is state.store and not state.persistent
    finally:
        keyring.set_keyring(before)
        core.close()


def test_keyring_state_of_a_given_store(core: CoreServices) -> None:
    state = AppServices(core).keyring()
    assert isinstance(state.store, MemoryCredentialStore)
    assert state.session_only is None


def test_with_a_lane_the_database_services_are_bound(core: CoreServices) -> None:
    lane = DbLane()
    try:
        app = AppServices(core, lane=lane)
        for service in (app.outbox(), app.account_repo(), app.library(), app.posts()):
            assert type(service).__name__.endswith("OnLane")
        # the pack store: its writers on a lane of their own, its readers free
        store = app.library().store
        assert type(store).__name__ == "PackStoreOnLane"
        assert "install" in vars(type(store)) and "has" not in vars(type(store))
        app.close()
        assert not type(AppServices(core).outbox()).__name__.endswith("OnLane")
    finally:
        lane.shutdown()
