"""SQLite is only touched on the database lane (the single worker of the task helper).

The autouse fixture ``sqlite_only_on_the_database_lane`` (tests/ui/conftest.py)
checks this for every UI test; these tests show that it notices, and that the
services the composition root binds to the lane keep the rule whichever thread
calls them (the sender on the network pool)."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from companion.core.accounts.model import Account, AccountRepository, AccountState, Network
from companion.core.lane import DbLane
from companion.core.services import CoreServices
from companion.ui.app import gui_services
from companion.ui.tasks import TaskManager
from tests.support.dblane import LaneWatch, watch_lane


@pytest.fixture
def tasks() -> Iterator[TaskManager]:
    tm = TaskManager()
    yield tm
    tm.shutdown()


def _in_thread(fn: object) -> None:
    worker = threading.Thread(target=fn, name="net_0")  # type: ignore[arg-type]
    worker.start()
    worker.join(10)


def test_the_watch_notices_a_network_thread_using_sqlite(
    core: CoreServices, sqlite_only_on_the_database_lane: LaneWatch
) -> None:
    repo = AccountRepository(core.db)  # not bound to the lane
    with watch_lane() as watch:
        _in_thread(repo.list)
    assert len(watch.violations) == 1
    assert "'net_0'" in watch.violations[0] and "model.py" in watch.violations[0]
    sqlite_only_on_the_database_lane.violations.clear()  # this one was on purpose


def test_services_from_the_root_run_sqlite_on_the_lane_from_any_thread(
    core: CoreServices, tasks: TaskManager, sqlite_only_on_the_database_lane: LaneWatch
) -> None:
    services = gui_services(core, tasks)
    repo, outbox = services.account_repo(), services.outbox()
    account = Account(Account.new_id(), Network.MASTODON, "https://m.example", "@a@m.example")
    before = sqlite_only_on_the_database_lane.calls_on_lane
    _in_thread(lambda: repo.save(account))
    _in_thread(lambda: repo.set_state(account.id, AccountState.NEEDS_LOGIN))
    _in_thread(outbox.accounts_with_work)
    assert sqlite_only_on_the_database_lane.violations == []
    assert sqlite_only_on_the_database_lane.calls_on_lane > before
    stored = tasks.lane.call(lambda: repo.get(account.id))
    assert stored is not None and stored.state is AccountState.NEEDS_LOGIN
    # the one sender of the app holds the bound outbox and repository
    sender = services.sender()
    assert sender.outbox is outbox and sender.accounts is repo
    assert isinstance(outbox, type(outbox).__mro__[1])  # a real Outbox, bound


def test_a_lane_call_from_the_lane_does_not_wait_for_itself() -> None:
    lane = DbLane()
    try:
        assert lane.submit(lambda: lane.call(lambda: 42)).result(5) == 42
    finally:
        lane.shutdown()


def test_the_sender_on_the_network_pool_uses_sqlite_on_the_lane(
    qtbot: QtBot,
    core: CoreServices,
    tasks: TaskManager,
    sqlite_only_on_the_database_lane: LaneWatch,
) -> None:
    from companion.core.compose.drafts import Draft
    from tests.support.accounts import add_account
    from tests.support.fake_mastodon import FakeMastodon
    from tests.support.httpserver import LoopbackServer

    with LoopbackServer() as srv:
        FakeMastodon(srv).install()
        account = add_account(
            core.db,
            core.credentials,
            Network.MASTODON,
            srv.base_url,  # type: ignore[arg-type]
            {"access_token": "tok"},
            {"id": "1"},
        )
        services = gui_services(core, tasks)
        outbox, sender = services.outbox(), services.sender()
        draft = Draft.new("Habari kutoka Geita #shareASM")
        tasks.lane.call(lambda: services.drafts().save(draft))
        tasks.lane.call(lambda: outbox.enqueue(draft, [account], "shareASM", core.clock.now()))
        done: list[object] = []
        tasks.run_net(lambda: list(sender.run_account(account.id)), done.append)
        qtbot.waitUntil(lambda: bool(done), timeout=10000)
        items = tasks.lane.call(outbox.items)
        assert [i.state.value for i in items] == ["sent"]
    assert sqlite_only_on_the_database_lane.violations == []


def test_the_pack_store_has_one_writer_and_it_is_not_the_database_lane(
    core: CoreServices, tasks: TaskManager
) -> None:
    """A sync on the network pool and an import on the database lane used to write the
    pack store together; now its writers run on one lane of their own, and copying a
    large file never holds up the database lane."""
    from pathlib import Path

    seen: list[str] = []

    class Recording(type(Path())):  # type: ignore[misc]
        def mkdir(self, *args: object, **kwargs: object) -> None:
            seen.append(threading.current_thread().name)
            super().mkdir(*args, **kwargs)

    services = gui_services(core, tasks)
    try:
        store = services.library().store
        store.objects = Recording(store.objects)
        _in_thread(store.ensure)  # a sync on the network pool
        tasks.lane.call(store.ensure)  # an import on the database lane
        store.ensure()  # the GUI thread
        assert len(seen) >= 3
        assert all(name.startswith("packs") for name in seen), seen
        assert len(set(seen)) == 1  # one writer
    finally:
        services.close()


def test_the_watch_notices_sqlite_on_another_lane(
    core: CoreServices, sqlite_only_on_the_database_lane: LaneWatch
) -> None:
    """The pack store's lane is a lane too, but not the database's: SQLite there would
    run on a second thread beside the database lane."""
    repo = AccountRepository(core.db)
    packs = DbLane("packs")
    try:
        with watch_lane() as watch:
            packs.call(repo.list)
    finally:
        packs.shutdown()
    assert len(watch.violations) == 1
    assert "'packs_0'" in watch.violations[0]
    sqlite_only_on_the_database_lane.violations.clear()  # this one was on purpose


def test_the_watch_notices_the_integrity_check_off_the_lane(
    core: CoreServices, sqlite_only_on_the_database_lane: LaneWatch
) -> None:
    with watch_lane() as watch:
        _in_thread(core.db.check_integrity)
    assert len(watch.violations) == 1
    assert "check_integrity" in watch.violations[0]
    sqlite_only_on_the_database_lane.violations.clear()  # this one was on purpose
