"""The keyring is opened off the GUI thread and off the database lane (issue 18):
asking the Secret Service can take a moment or show an unlock prompt, and the
database lane must not wait for it (drafts, the outbox, reminders all queue there)."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import keyring
import pytest
from pytestqt.qtbot import QtBot

from companion.core.accounts import keyring_store
from companion.core.accounts.keyring_store import KeyringCredentialStore
from companion.core.accounts.model import Network
from companion.core.connectivity import stay_on_this_machine
from companion.core.paths import Paths
from companion.core.services import CoreServices
from companion.ui.app import gui_services
from companion.ui.context import AppSignals
from companion.ui.live.area import live_services
from companion.ui.live.widget import LiveArea
from companion.ui.tasks import TaskManager
from tests.core.accounts.test_keyring_store import DictBackend
from tests.support.accounts import add_account
from tests.support.fake_mastodon import FakeMastodon, status
from tests.support.httpserver import LoopbackServer

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def backend() -> Iterator[DictBackend]:
    before = keyring.get_keyring()
    fresh = DictBackend()
    keyring.set_keyring(fresh)
    yield fresh
    keyring.set_keyring(before)


def test_live_reads_logins_off_the_database_lane(
    qtbot: QtBot,
    paths: Paths,
    backend: DictBackend,
    loopback: LoopbackServer,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    FakeMastodon(loopback).add(status("a1"))
    core = CoreServices.open(paths)  # the app's own store: the keyring, opened lazily
    stay_on_this_machine(core.settings)
    core.settings.live.mastodon_instances = [loopback.base_url]
    core.settings.live.bluesky_enabled = False
    add_account(
        core.db,
        KeyringCredentialStore(backend),  # type: ignore[arg-type]
        Network.MASTODON,
        loopback.base_url,
        {"access_token": "tok"},
        {"id": "1"},
    )
    opened_on: list[str] = []
    real_probe = keyring_store.KeyringCredentialStore.probe

    def probe(self: KeyringCredentialStore) -> None:
        opened_on.append(threading.current_thread().name)
        real_probe(self)

    monkeypatch.setattr(keyring_store.KeyringCredentialStore, "probe", probe)
    tasks = TaskManager()
    area = LiveArea(live_services(gui_services(core, tasks)), tasks, AppSignals(), tick_ms=50)
    qtbot.addWidget(area, before_close_func=lambda w: w.shutdown())  # type: ignore[attr-defined]
    try:
        area.show()
        area.start()
        qtbot.waitUntil(lambda: bool(opened_on), timeout=5000)
        qtbot.waitUntil(lambda: area.model.rowCount() == 1, timeout=5000)
        assert opened_on[0] != threading.main_thread().name
        assert not opened_on[0].startswith("db"), opened_on
    finally:
        area.shutdown()
        tasks.shutdown()
        core.close()
