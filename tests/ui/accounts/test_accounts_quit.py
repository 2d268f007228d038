"""Quitting while the Accounts area is telling a server something: what the user
asked for on this computer is kept. The app at quit waits for the network jobs that
run but refuses new jobs and drops results (``TaskManager.shutdown``), so a second
step started from a first step's result would never run."""

from __future__ import annotations

import copy
import json
import threading
from collections.abc import Iterator

import pytest
import requests
from pytestqt.qtbot import QtBot

from companion.core.accounts.mastodon import app_key
from companion.core.accounts.model import Account, AccountRepository, AccountState
from companion.core.accounts.oauth import OOB_REDIRECT
from companion.core.accounts.service import AccountService
from companion.core.services import CoreServices
from companion.ui.accounts.accounts_widget import AccountsWidget
from companion.ui.accounts.dialog_base import AccountDialog
from companion.ui.accounts.mastodon_dialog import MastodonDialog
from companion.ui.accounts.simple_dialogs import BlueskyDialog
from companion.ui.app import gui_services
from companion.ui.connectivity import ConnectivityMonitor
from companion.ui.tasks import TaskManager
from tests.support.fake_bluesky import FakeBluesky
from tests.support.fake_mastodon import FakeMastodon
from tests.support.httpserver import LoopbackServer, Reply, Request

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


class Gate:
    """Holds a server's answer to ``POST path`` (ending a login) until released."""

    def __init__(self, srv: LoopbackServer, path: str) -> None:
        self.reached = threading.Event()
        self.release = threading.Event()
        self._answer = srv.routes[("POST", path)]
        srv.route("POST", path, self._held)

    def _held(self, req: Request) -> Reply:
        self.reached.set()
        self.release.wait(10)
        return self._answer(req)


@pytest.fixture
def tasks() -> Iterator[TaskManager]:
    tm = TaskManager()
    yield tm
    tm.shutdown()


@pytest.fixture
def widget(qtbot: QtBot, core: CoreServices, tasks: TaskManager) -> Iterator[AccountsWidget]:
    services = gui_services(copy.copy(core), tasks)
    monitor = ConnectivityMonitor(tasks, "")  # no probing
    made = AccountsWidget(services.accounts(), tasks, monitor, services.keyring(), lambda u: True)
    qtbot.addWidget(made)
    made.confirm = lambda parent, title, text: True
    made.show()
    yield made
    made.shutdown()


def oauth_account(core: CoreServices, mastodon: FakeMastodon) -> tuple[Account, str]:
    """An account logged in through the browser (its token revocable by the app);
    the test's own set-up, on the test's thread."""
    service = AccountService(AccountRepository(core.db), core.credentials, core.http)
    login = service.begin_mastodon_login(mastodon.srv.base_url, OOB_REDIRECT)
    code = requests.get(login.authorize_url, timeout=10).text
    account = service.store(service.finish_mastodon_login(login, code))
    return account, token_of(core, account.id)


def token_of(core: CoreServices, account_id: str) -> str:
    return str(json.loads(core.credentials.get(account_id) or "{}").get("access_token", ""))


def quit_app(tasks: TaskManager, gate: Gate) -> None:
    """As the app does at quit (``shutdown_context``); the server answers meanwhile."""
    threading.Timer(0.3, gate.release.set).start()
    tasks.shutdown(wait=True)


def test_remove_then_quit_while_the_server_is_told(
    qtbot: QtBot,
    widget: AccountsWidget,
    tasks: TaskManager,
    core: CoreServices,
    mastodon: FakeMastodon,
) -> None:
    account, token = oauth_account(core, mastodon)
    widget.reload()
    qtbot.waitUntil(lambda: len(widget.accounts()) == 1, timeout=5000)
    gate = Gate(mastodon.srv, "/oauth/revoke")
    widget.select(account.id)
    widget.view.remove.click()
    qtbot.waitUntil(gate.reached.is_set, timeout=10000)
    quit_app(tasks, gate)

    assert mastodon.revoked == [token]  # the login was ended on the server ...
    # ... and nothing of the account is left on this computer (restarted, it is gone)
    assert AccountRepository(core.db).get(account.id) is None
    assert core.credentials.get(account.id) is None
    assert core.credentials.get(app_key(account.server)) is None


def test_log_in_again_then_quit_while_the_old_login_is_ended(
    qtbot: QtBot,
    widget: AccountsWidget,
    tasks: TaskManager,
    core: CoreServices,
    mastodon: FakeMastodon,
) -> None:
    old, old_token = oauth_account(core, mastodon)
    AccountRepository(core.db).set_state(old.id, AccountState.NEEDS_LOGIN)
    widget.reload()
    qtbot.waitUntil(lambda: len(widget.accounts()) == 1, timeout=5000)
    gate = Gate(mastodon.srv, "/oauth/revoke")
    widget.select(old.id)
    with qtbot.waitSignal(widget.dialog_opened, timeout=5000) as blocker:
        widget.view.reauthorise.click()
    dialog = blocker.args[0]
    assert isinstance(dialog, AccountDialog) and isinstance(dialog, MastodonDialog)
    new_token = mastodon.personal_token()
    dialog.tabs.setCurrentIndex(2)
    dialog.token.setText(new_token)
    dialog.token_add.click()
    qtbot.waitUntil(gate.reached.is_set, timeout=10000)
    quit_app(tasks, gate)

    assert mastodon.revoked == [old_token]  # the old login was ended on the server ...
    # ... and the new one is kept on this computer (restarted, the account works)
    assert token_of(core, old.id) == new_token
    stored = AccountRepository(core.db).get(old.id)
    assert stored is not None and stored.state is AccountState.CONNECTED
    assert new_token in mastodon.tokens


def test_bluesky_log_in_again_then_quit_while_the_old_session_is_ended(
    qtbot: QtBot,
    widget: AccountsWidget,
    tasks: TaskManager,
    core: CoreServices,
    bsky: FakeBluesky,
) -> None:
    service = AccountService(AccountRepository(core.db), core.credentials, core.http)
    old = service.save_login(
        service.connect_bluesky(bsky.handle, bsky.app_password, bsky.entryway.base_url)
    )
    old_refresh = refresh_of(core, old.id)
    AccountRepository(core.db).set_state(old.id, AccountState.NEEDS_LOGIN)
    widget.reload()
    qtbot.waitUntil(lambda: len(widget.accounts()) == 1, timeout=5000)
    gate = Gate(bsky.pds, "/xrpc/com.atproto.server.deleteSession")
    widget.select(old.id)
    with qtbot.waitSignal(widget.dialog_opened, timeout=5000) as blocker:
        widget.view.reauthorise.click()
    dialog = blocker.args[0]
    assert isinstance(dialog, BlueskyDialog)
    dialog.password.setText(bsky.app_password)
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(gate.reached.is_set, timeout=10000)
    quit_app(tasks, gate)

    assert old_refresh not in bsky.valid_refresh  # the old session was ended ...
    # ... and the new one is kept on this computer (restarted, the account works)
    new_refresh = refresh_of(core, old.id)
    assert new_refresh != old_refresh and new_refresh in bsky.valid_refresh
    stored = AccountRepository(core.db).get(old.id)
    assert stored is not None and stored.state is AccountState.CONNECTED
    assert bsky.live_sessions == 1


def refresh_of(core: CoreServices, account_id: str) -> str:
    return str(json.loads(core.credentials.get(account_id) or "{}").get("refreshJwt", ""))
