from __future__ import annotations

import copy
import json
import os
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import requests
from PySide6.QtWidgets import QAbstractButton, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from companion.core.accounts.credentials import CredentialStore, MemoryCredentialStore
from companion.core.accounts.keyring_store import SessionOnlyStore
from companion.core.accounts.model import Account, AccountRepository, AccountState, Network
from companion.core.accounts.service import AccountService
from companion.core.services import CoreServices
from companion.ui.accounts.accounts_widget import AccountsWidget
from companion.ui.accounts.dialog_base import AccountDialog
from companion.ui.accounts.mastodon_dialog import MastodonDialog
from companion.ui.accounts.simple_dialogs import BlueskyDialog, XDialog
from companion.ui.app import gui_services
from companion.ui.connectivity import ConnectivityMonitor
from companion.ui.tasks import TaskManager
from tests.support.fake_bluesky import FakeBluesky
from tests.support.fake_mastodon import FakeMastodon

Factory = Callable[..., AccountsWidget]

# the offscreen platform says this about every top-level window; the app treats it
# as harmless too (companion.ui.app._harmless)
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def tasks() -> Iterator[TaskManager]:
    tm = TaskManager()
    yield tm
    tm.shutdown()


@pytest.fixture
def make(qtbot: QtBot, core: CoreServices, tasks: TaskManager) -> Iterator[Factory]:
    made: list[AccountsWidget] = []
    monitor = ConnectivityMonitor(tasks, "")  # no probing: tests set the state

    def factory(
        credentials: CredentialStore | None = None,
        open_url: Callable[[str], object] = lambda url: True,
    ) -> AccountsWidget:
        store = credentials if credentials is not None else core.credentials
        with_store = copy.copy(core)  # the same services, with this credential store
        with_store.credentials = store
        services = gui_services(with_store, tasks)
        widget = AccountsWidget(services.accounts(), tasks, monitor, services.keyring(), open_url)
        qtbot.addWidget(widget)
        widget.resize(1000, 600)
        widget.show()
        made.append(widget)
        return widget

    yield factory
    for widget in made:
        widget.shutdown()


def seed(core: CoreServices, store: CredentialStore) -> tuple[Account, Account]:
    repo = AccountRepository(core.db)
    ok = Account(
        Account.new_id(),
        Network.MASTODON,
        "https://mastodon.social",
        "@amina@mastodon.social",
        "Amina Kweka",
    )
    expired = Account(
        Account.new_id(),
        Network.BLUESKY,
        "https://morel.us-east.host.bsky.network",
        "@kofi.bsky.social",
        "Kofi Mensah",
        state=AccountState.NEEDS_LOGIN,
    )
    for account in (ok, expired):
        repo.save(account)
        store.set(account.id, json.dumps({"access_token": "x"}))
    return ok, expired


def rows(widget: AccountsWidget) -> list[list[str]]:
    tree = widget.view.list
    out = []
    for i in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(i)
        assert item is not None
        out.append([item.text(c) for c in range(tree.columnCount())])
    return out


def row(widget: AccountsWidget, handle_part: str) -> list[str]:
    (found,) = [r for r in rows(widget) if handle_part in r[0]]
    return found


def shot(widget: QWidget, name: str) -> None:
    """Save a screenshot when COMPANION_SHOTS_DIR is set (see README, Accounts)."""
    target = os.environ.get("COMPANION_SHOTS_DIR")
    if target:
        Path(target).mkdir(parents=True, exist_ok=True)
        assert widget.grab().save(str(Path(target) / name))


def opened_dialog(qtbot: QtBot, widget: AccountsWidget, button: QAbstractButton) -> AccountDialog:
    with qtbot.waitSignal(widget.dialog_opened, timeout=5000) as blocker:
        button.click()
    dialog = blocker.args[0]
    assert isinstance(dialog, AccountDialog)
    return dialog


def test_states_connected_expired_offline(qtbot: QtBot, make: Factory, core: CoreServices) -> None:
    seed(core, core.credentials)
    widget = make()
    qtbot.waitUntil(lambda: len(rows(widget)) == 2, timeout=5000)
    assert row(widget, "amina")[3] == "Connected"
    assert row(widget, "kofi")[3] == "Needs login again"
    assert row(widget, "amina")[1] == "Mastodon"
    assert row(widget, "kofi")[2].startswith("morel.")
    assert not widget.view.notice.isVisible()
    shot(widget, "accounts-connected-and-expired.png")
    widget._connectivity.set_online(False)
    assert row(widget, "amina")[3].startswith("Offline")
    assert row(widget, "kofi")[3] == "Needs login again"


def test_account_without_a_saved_login_needs_login(
    qtbot: QtBot, make: Factory, core: CoreServices
) -> None:
    ok, _ = seed(core, core.credentials)
    core.credentials.delete(ok.id)  # e.g. the keyring was reset
    widget = make()
    qtbot.waitUntil(lambda: len(rows(widget)) == 2, timeout=5000)
    qtbot.waitUntil(lambda: row(widget, "amina")[3] == "Needs login again", timeout=5000)
    assert row(widget, "kofi")[3] == "Needs login again"


def test_no_keyring_notice_and_session_only_choice(
    qtbot: QtBot, make: Factory, core: CoreServices
) -> None:
    store = SessionOnlyStore()
    seed(core, MemoryCredentialStore())
    widget = make(store)
    qtbot.waitUntil(lambda: len(rows(widget)) == 2, timeout=5000)
    notice = widget.view.notice
    assert notice.isVisible()
    assert "sudo apt install gnome-keyring" in notice.text.text()
    assert not widget.view.add_mastodon.isEnabled()
    assert not widget.view.add_bluesky.isEnabled()
    # secrets from an earlier session are gone: both need a login
    qtbot.waitUntil(
        lambda: [r[3] for r in rows(widget)] == ["Needs login again", "Needs login again"],
        timeout=5000,
    )
    shot(widget, "accounts-no-keyring.png")
    notice.session_button.click()
    assert store.accepted
    assert widget.view.add_mastodon.isEnabled()
    assert notice.isVisible() and "session only" in notice.title.text()
    assert not notice.session_button.isVisible()


def unnamed(root: QWidget) -> list[str]:
    """Visible interactive widgets without an accessible name (as assistive tech sees)."""
    from PySide6.QtGui import QAccessible
    from PySide6.QtWidgets import QAbstractItemView, QTabBar

    missing = []
    for w in root.findChildren(QWidget):
        if not isinstance(w, QAbstractButton | QLineEdit | QAbstractItemView | QTabBar):
            continue
        if not w.isVisibleTo(root):
            continue
        iface = QAccessible.queryAccessibleInterface(w)
        if iface is None or not (iface.text(QAccessible.Text.Name) or "").strip():
            missing.append(f"{type(w).__name__} in {type(w.parent()).__name__}")
    return missing


def test_every_control_has_an_accessible_name(
    qtbot: QtBot, make: Factory, core: CoreServices
) -> None:
    seed(core, core.credentials)
    widget = make(SessionOnlyStore())
    qtbot.waitUntil(lambda: len(rows(widget)) == 2, timeout=5000)
    assert unnamed(widget) == []
    from companion.ui.accounts.mastodon_dialog import MastodonDialog as Dialog

    service = AccountService(AccountRepository(core.db), core.credentials, core.http)
    for dialog in (
        Dialog(service, widget._tasks, lambda url: True, parent=widget),
        BlueskyDialog(service, widget._tasks, parent=widget),
        XDialog(service, parent=widget),
    ):
        dialog.show()
        qtbot.waitExposed(dialog)
        assert unnamed(dialog) == [], type(dialog).__name__
        dialog.reject()


def test_add_mastodon_with_token_through_the_dialog(
    qtbot: QtBot, make: Factory, mastodon: FakeMastodon
) -> None:
    widget = make()
    qtbot.waitUntil(lambda: widget.view.empty.text().startswith("No accounts"), timeout=5000)
    dialog = opened_dialog(qtbot, widget, widget.view.add_mastodon)
    assert isinstance(dialog, MastodonDialog)
    dialog.instance.setText(mastodon.srv.base_url)
    dialog.tabs.setCurrentIndex(2)
    dialog.token.setText("wrong")
    dialog.token_add.click()
    qtbot.waitUntil(lambda: "did not accept" in dialog.message.text(), timeout=5000)
    assert dialog.token_add.isEnabled()
    dialog.token.setText(mastodon.personal_token())
    with qtbot.waitSignal(widget.accounts_changed, timeout=10000):
        dialog.token_add.click()
    qtbot.waitUntil(lambda: len(widget.accounts()) == 1, timeout=5000)
    account = widget.accounts()[0]
    assert account.handle == f"@amina@127.0.0.1:{mastodon.srv.port}"  # keeps the port
    assert account.info["max_characters"] == 1000
    assert "connected" in widget.view.status.text()


def test_add_mastodon_with_the_browser_loopback(
    qtbot: QtBot, make: Factory, mastodon: FakeMastodon
) -> None:
    browsed: list[int] = []

    def browser(url: str) -> bool:
        # the user's browser: opens the page, the user authorizes, it follows the redirect
        threading.Thread(
            target=lambda: browsed.append(requests.get(url, timeout=10).status_code)
        ).start()
        return True

    widget = make(open_url=browser)
    dialog = opened_dialog(qtbot, widget, widget.view.add_mastodon)
    assert isinstance(dialog, MastodonDialog)
    dialog.instance.setText(mastodon.srv.base_url)
    dialog.browser_button.click()
    qtbot.waitUntil(lambda: len(widget.accounts()) == 1, timeout=10000)
    assert browsed == [200]
    assert widget.accounts()[0].info["login"] == "oauth"


def test_add_mastodon_with_a_pasted_code(
    qtbot: QtBot, make: Factory, mastodon: FakeMastodon
) -> None:
    pages: list[str] = []

    def browser(url: str) -> bool:
        pages.append(url)
        return True

    widget = make(open_url=browser)
    dialog = opened_dialog(qtbot, widget, widget.view.add_mastodon)
    assert isinstance(dialog, MastodonDialog)
    dialog.instance.setText(mastodon.srv.base_url.removeprefix("http://").join(["http://", ""]))
    dialog.tabs.setCurrentIndex(1)
    dialog.code_button.click()
    qtbot.waitUntil(lambda: bool(pages), timeout=5000)
    assert "redirect_uri=urn%3Aietf%3Awg%3Aoauth%3A2.0%3Aoob" in pages[0]
    dialog.code.setText(requests.get(pages[0], timeout=10).text)
    dialog.code_login.click()
    qtbot.waitUntil(lambda: len(widget.accounts()) == 1, timeout=10000)


def test_bluesky_dialog_refuses_a_main_password(
    qtbot: QtBot, make: Factory, bsky: FakeBluesky
) -> None:
    widget = make()
    dialog = opened_dialog(qtbot, widget, widget.view.add_bluesky)
    assert isinstance(dialog, BlueskyDialog)
    dialog.handle.setText(bsky.handle)
    dialog.password.setText("hunter2 my main password")
    dialog.buttons.accepted.emit()
    assert "app password" in dialog.message.text()
    assert "main password" in dialog.message.text()
    assert bsky.entryway.requests == []  # nothing was sent


def test_add_bluesky_reauthorise_and_remove(
    qtbot: QtBot, make: Factory, bsky: FakeBluesky, core: CoreServices
) -> None:
    widget = make()
    widget.confirm = lambda parent, title, text: True
    dialog = opened_dialog(qtbot, widget, widget.view.add_bluesky)
    assert isinstance(dialog, BlueskyDialog)
    dialog.handle.setText("@" + bsky.handle)
    dialog.password.setText(bsky.app_password)
    dialog.server.setText(bsky.entryway.base_url)
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: len(widget.accounts()) == 1, timeout=10000)
    account = widget.accounts()[0]
    assert account.server == bsky.pds.base_url

    AccountRepository(core.db).set_state(account.id, AccountState.NEEDS_LOGIN)
    widget.reload()
    qtbot.waitUntil(lambda: rows(widget)[0][3] == "Needs login again", timeout=5000)
    first_refresh = json.loads(core.credentials.get(account.id) or "{}")["refreshJwt"]
    widget.select(account.id)
    dialog = opened_dialog(qtbot, widget, widget.view.reauthorise)
    assert isinstance(dialog, BlueskyDialog)
    assert dialog.handle.text() == bsky.handle
    assert dialog.server.text() == bsky.entryway.base_url
    dialog.password.setText(bsky.app_password)
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: rows(widget)[0][3] == "Connected", timeout=10000)
    assert [a.id for a in widget.accounts()] == [account.id]
    # the old session is ended once the new one is kept
    qtbot.waitUntil(lambda: first_refresh not in bsky.valid_refresh, timeout=10000)

    refresh_jwt = json.loads(core.credentials.get(account.id) or "{}")["refreshJwt"]
    assert refresh_jwt in bsky.valid_refresh
    widget.select(account.id)
    widget.view.remove.click()
    # forgotten here first, then the server is told; then the status says so
    qtbot.waitUntil(lambda: "removed" in widget.view.status.text(), timeout=10000)
    qtbot.waitUntil(lambda: widget.accounts() == [], timeout=10000)
    assert core.credentials.get(account.id) is None
    assert refresh_jwt not in bsky.valid_refresh  # the session was ended on the server
    assert "ended on the server" in widget.view.status.text()


def test_remove_offline_forgets_without_contacting_the_server(
    qtbot: QtBot, make: Factory, core: CoreServices, mastodon: FakeMastodon
) -> None:
    widget = make()
    widget.confirm = lambda parent, title, text: True
    service = AccountService(AccountRepository(core.db), core.credentials, core.http)
    account = service.store(
        service.connect_mastodon_token(mastodon.srv.base_url, mastodon.personal_token())
    )
    widget.reload()
    qtbot.waitUntil(lambda: len(widget.accounts()) == 1, timeout=5000)
    widget._connectivity.set_online(False)
    before = len(mastodon.srv.requests)
    widget.select(account.id)
    widget.view.remove.click()
    qtbot.waitUntil(lambda: widget.accounts() == [], timeout=5000)
    assert len(mastodon.srv.requests) == before
    assert "not told" in widget.view.status.text()


def test_x_dialog_keeps_credentials(qtbot: QtBot, make: Factory, core: CoreServices) -> None:
    widget = make()
    dialog = opened_dialog(qtbot, widget, widget.view.add_x)
    assert isinstance(dialog, XDialog)
    dialog.buttons.accepted.emit()
    assert "bearer token" in dialog.message.text()
    dialog.bearer.setText("AAAAbearer")
    dialog.handle.setText("iied")
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: len(widget.accounts()) == 1, timeout=5000)
    account = widget.accounts()[0]
    assert account.network is Network.X and account.handle == "@iied"
    assert json.loads(core.credentials.get(account.id) or "{}") == {"bearer_token": "AAAAbearer"}
    # issue 15: the app cannot post through X's API: never "Connected"
    qtbot.waitUntil(lambda: row(widget, "iied")[3] != "", timeout=5000)
    assert row(widget, "iied")[3] == "Posts through the X website"


def test_state_changes_from_elsewhere_are_announced_and_shown(
    qtbot: QtBot, make: Factory, core: CoreServices
) -> None:
    ok, _ = seed(core, core.credentials)
    widget = make()
    qtbot.waitUntil(lambda: len(rows(widget)) == 2, timeout=5000)
    # e.g. the sender got a 401, on a network thread, through the app's one repository
    repo = widget._service.repo
    worker = threading.Thread(target=repo.set_state, args=(ok.id, AccountState.NEEDS_LOGIN))
    worker.start()
    worker.join(5)
    qtbot.waitUntil(lambda: row(widget, "amina")[3] == "Needs login again", timeout=5000)
    assert "needs a login again" not in widget.view.hint.text()  # two accounts now
    assert "2 accounts need a login again" in widget.view.hint.text()


def test_dialog_errors_are_translated_and_a_bug_is_not_shown_raw(
    qtbot: QtBot, core: CoreServices, tasks: TaskManager
) -> None:
    """Issue 18: an account dialog shows a core error in the user's language (with its
    hint) and a bug as the one "something went wrong" text, never the bug's own words."""
    from companion.ui.errors import something_went_wrong
    from companion.ui.i18n import apply_language

    service = AccountService(AccountRepository(core.db), core.credentials, core.http)
    dialog = BlueskyDialog(service, tasks)
    qtbot.addWidget(dialog)
    apply_language("sw")
    try:
        dialog.password.setText("my-main-password")
        dialog._on_ok()
        assert dialog.message.text().startswith(
            "Hii haionekani kama nywila ya programu (app password) ya Bluesky"
        )
        assert "Kamwe usiipe programu nywila yako kuu." in dialog.message.text()
        dialog.show_error(RuntimeError("secret internals"))
        assert dialog.message.text() == something_went_wrong()
        assert "secret" not in dialog.message.text()
    finally:
        apply_language("en")


def test_no_keyring_notice_is_read_in_full(qtbot: QtBot, make: Factory) -> None:
    """The notice's text was named by its title: a screen reader heard "No keyring to
    keep your logins safe" and never how to fix it (issue 21: a label that shows
    information is named by its text)."""
    from PySide6.QtGui import QAccessible

    widget = make(SessionOnlyStore())
    notice = widget.view.notice
    qtbot.waitUntil(notice.isVisible, timeout=5000)
    iface = QAccessible.queryAccessibleInterface(notice.text)
    assert iface is not None
    heard = " ".join(
        iface.text(t) or "" for t in (QAccessible.Text.Name, QAccessible.Text.Description)
    )
    assert "sudo apt install gnome-keyring" in heard, heard
    assert notice.title.text() in heard, heard


def test_add_account_dialog_messages_are_read_and_said(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The dialog's message line was named "Messages": a blind user who pressed OK with a
    wrong address heard nothing of the error. It is named by its text, and said."""
    from PySide6.QtGui import QAccessible

    from companion.core.errors import KnownError
    from companion.ui.accounts import dialog_base

    said: list[tuple[str, bool]] = []
    monkeypatch.setattr(
        dialog_base, "announce", lambda _w, text, assertive=False: said.append((text, assertive))
    )
    dialog = dialog_base.AccountDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.show_info("Checking the token…")
    dialog.show_error(KnownError("The server refused the token."))
    iface = QAccessible.queryAccessibleInterface(dialog.message)
    assert iface is not None
    assert iface.text(QAccessible.Text.Name) == dialog.message.text()
    assert said[0] == ("Checking the token…", False)
    assert said[1][1] is True and said[1][0] == dialog.message.text()
