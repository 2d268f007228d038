"""The Accounts area's behaviour: list, add, re-authorise, remove."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QMessageBox, QTreeWidgetItem, QVBoxLayout, QWidget

from companion.core.accounts.keyring_store import SessionOnlyStore
from companion.core.accounts.model import (
    NETWORK_NAMES,
    Account,
    AccountState,
    Network,
    posts_through_website,
)
from companion.core.accounts.service import AccountService, Connected, RemoveResult
from companion.core.app import KeyringState
from companion.core.changes import Changes
from companion.ui.a11y import announce
from companion.ui.accounts.accounts_view import AccountsView
from companion.ui.accounts.dialog_base import AccountDialog
from companion.ui.accounts.mastodon_dialog import MastodonDialog
from companion.ui.accounts.simple_dialogs import BlueskyDialog, XDialog
from companion.ui.area_base import AreaWidget
from companion.ui.connectivity import ConnectivityMonitor
from companion.ui.errors import error_text
from companion.ui.i18n import follow_language
from companion.ui.ops import QueryOp
from companion.ui.tasks import TaskManager

log = logging.getLogger(__name__)


def ask_yes_no(parent: QWidget, title: str, text: str) -> bool:
    answer = QMessageBox.question(parent, title, text)
    return answer == QMessageBox.StandardButton.Yes


class AccountsWidget(AreaWidget):
    """Lists the accounts; reloads when any part of the app announces that accounts
    changed (a login here, a sender or the live view finding a login expired).

    Signals:
    accounts_changed(): the list was reloaded after a change.
    dialog_opened(object): an add/re-authorise dialog was opened (tests drive it).
    """

    accounts_changed = Signal()
    dialog_opened = Signal(object)

    def __init__(
        self,
        service: AccountService,
        tasks: TaskManager,
        connectivity: ConnectivityMonitor,
        keyring: KeyringState,
        open_url: Callable[[str], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._tasks = tasks
        self._connectivity = connectivity
        self._keyring = keyring
        self._open_url = open_url
        self._accounts: list[Account] = []
        self._dialogs: list[AccountDialog] = []
        self._loaded = False
        #: replaced by tests; asks before removing
        self.confirm: Callable[[QWidget, str, str], bool] = ask_yes_no
        self.view = AccountsView(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)

        v = self.view
        v.add_mastodon.clicked.connect(self._on_add_mastodon)
        v.add_bluesky.clicked.connect(self._on_add_bluesky)
        v.add_x.clicked.connect(self._on_add_x)
        v.reauthorise.clicked.connect(self._on_reauthorise)
        v.remove.clicked.connect(self._on_remove)
        v.notice.session_button.clicked.connect(self._on_keep_for_session)
        v.list.itemSelectionChanged.connect(self._update_buttons)
        v.list.itemDoubleClicked.connect(self._on_double_clicked)
        connectivity.online_changed.connect(self._on_online_changed)
        tasks.hub.subscribe(self, self._on_changes, accounts=True)
        self.retranslate()
        self.reload()
        follow_language(self.retranslate)

    # -- texts ----------------------------------------------------------------
    def retranslate(self) -> None:
        v = self.view
        v.heading.setText(self.tr("Accounts"))
        v.intro.setText(
            self.tr(
                "Connect the accounts you post from. Passwords and tokens stay in your "
                "computer's keyring; only names and server limits are saved by the app."
            )
        )
        v.list.setHeaderLabels(
            [self.tr("Account"), self.tr("Network"), self.tr("Server"), self.tr("State")]
        )
        v.list.setAccessibleName(self.tr("Connected accounts"))
        v.list.header().setAccessibleName(self.tr("Account list columns"))
        v.empty.setText(
            self.tr("No accounts yet. Add one with the buttons above.")
            if self._loaded
            else self.tr("Loading accounts…")
        )
        for button, text, name in (
            (v.add_mastodon, self.tr("Add &Mastodon…"), self.tr("Add a Mastodon account")),
            (v.add_bluesky, self.tr("Add &Bluesky…"), self.tr("Add a Bluesky account")),
            (v.add_x, self.tr("Add &X…"), self.tr("Add X API credentials")),
            (v.reauthorise, self.tr("Log in &again…"), self.tr("Log in again to this account")),
            (v.remove, self.tr("&Remove"), self.tr("Remove this account")),
        ):
            button.setText(text)
            button.setAccessibleDescription(name)
        v.notice.session_button.setText(self.tr("Keep logins for this &session only"))
        v.notice.session_button.setAccessibleDescription(
            self.tr("Keep logins for this session only, without a keyring")
        )
        self._update_notice()
        self._fill()

    def state_text(self, account: Account) -> str:
        if account.state is AccountState.NEEDS_LOGIN:
            return self.tr("Needs login again")
        if posts_through_website(account):
            # no posting rights: never "Connected"; the user presses Post on X
            return self.tr("Posts through the X website")
        if self._connectivity.online is False:
            return self.tr("Offline: posts wait")
        if account.state is AccountState.OFFLINE:
            return self.tr("Offline: posts wait")
        return self.tr("Connected")

    # -- keyring notice ---------------------------------------------------------
    def _session_only(self) -> SessionOnlyStore | None:
        return self._keyring.session_only

    def _can_add(self) -> bool:
        store = self._session_only()
        return self._keyring.persistent or store is None or store.accepted

    def _update_notice(self) -> None:
        notice = self.view.notice
        store = self._session_only()
        if store is None:
            notice.hide()
            return
        if store.accepted:
            notice.title.setText(self.tr("Logins are kept for this session only"))
            notice.text.setText(
                self.tr(
                    "They are forgotten when the app closes. To keep them, install and "
                    "unlock a keyring (for example GNOME Keyring or KWallet), then "
                    "restart the app."
                )
            )
            notice.session_button.hide()
        else:
            notice.title.setText(self.tr("No keyring to keep your logins safe"))
            notice.text.setText(
                self.tr(
                    "The app keeps passwords and tokens only in the system keyring, never "
                    "in a file. None is working on this computer. On Linux, install and "
                    "unlock GNOME Keyring or KWallet (for example: sudo apt install "
                    "gnome-keyring), then restart the app. Or keep logins for this "
                    "session only: you will log in again next time."
                )
            )
            notice.session_button.show()
        # named by its text (what it shows); the title gives the context
        notice.text.setAccessibleDescription(notice.title.text())
        notice.show()

    @Slot()
    def _on_keep_for_session(self) -> None:
        store = self._session_only()
        if store is not None:
            store.accepted = True
        self._update_notice()
        self._update_buttons()

    # -- list -------------------------------------------------------------------
    def _on_changes(self, _changes: Changes) -> None:
        self.reload()

    def reload(self) -> None:
        """Rows first (quick), then which of them still have a login on this computer
        (the keyring may take a moment, or ask to be unlocked)."""
        QueryOp(self._tasks, self._service.list).success(self._on_rows).run()

    def _on_rows(self, accounts: list[Account]) -> None:
        first = not self._loaded
        self._loaded = True
        if first:
            self.retranslate()
        self._accounts = accounts
        self._fill()
        QueryOp(self._tasks, self._service.list_with_logins).success(self._on_loaded).run()

    def _on_loaded(self, accounts: list[Account]) -> None:
        self._accounts = accounts
        self._fill()
        self.accounts_changed.emit()

    def _fill(self) -> None:
        v = self.view
        selected = self.selected()
        v.list.clear()
        for account in self._accounts:
            name = account.handle
            if account.display_name:
                name = f"{account.display_name}  {account.handle}"
            item = QTreeWidgetItem(
                [
                    name,
                    NETWORK_NAMES[account.network],
                    account.server.split("://", 1)[-1],
                    self.state_text(account),
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, account.id)
            if account.state is AccountState.NEEDS_LOGIN:
                item.setForeground(3, QBrush(QColor("#c50f1f")))
                item.setToolTip(3, self.tr("Double-click to log in again"))
            v.list.addTopLevelItem(item)
            if selected is not None and selected.id == account.id:
                item.setSelected(True)
        v.pages.setCurrentWidget(v.list if self._accounts else v.empty)
        expired = [a for a in self._accounts if a.state is AccountState.NEEDS_LOGIN]
        if len(expired) == 1:
            hint = self.tr(
                "%1 needs a login again: select it and choose “Log in again”. "
                "Posts waiting for it are kept."
            ).replace("%1", expired[0].handle)
        elif expired:
            hint = self.tr(
                "%n accounts need a login again: select one and choose “Log in again”. "
                "Posts waiting for them are kept.",
                "",
                len(expired),
            )
        else:
            hint = ""
        v.hint.setText(hint)
        v.hint.setVisible(bool(expired))
        self._update_buttons()

    def accounts(self) -> list[Account]:
        return list(self._accounts)

    def selected(self) -> Account | None:
        items = self.view.list.selectedItems()
        if not items:
            return None
        account_id = items[0].data(0, Qt.ItemDataRole.UserRole)
        return next((a for a in self._accounts if a.id == account_id), None)

    def select(self, account_id: str) -> None:
        for i in range(self.view.list.topLevelItemCount()):
            item = self.view.list.topLevelItem(i)
            if item is not None:
                item.setSelected(item.data(0, Qt.ItemDataRole.UserRole) == account_id)

    @Slot()
    def _update_buttons(self) -> None:
        v = self.view
        can_add = self._can_add()
        for button in (v.add_mastodon, v.add_bluesky, v.add_x):
            button.setEnabled(can_add)
        has = self.selected() is not None
        v.reauthorise.setEnabled(has and can_add)
        v.remove.setEnabled(has)

    @Slot(bool)
    def _on_online_changed(self, online: bool) -> None:
        self._fill()

    # -- add / re-authorise --------------------------------------------------------
    def _show_dialog(self, dialog: AccountDialog, replace_id: str | None = None) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._on_dialog_accepted(dialog, replace_id))
        dialog.finished.connect(lambda _result: self._dialogs.remove(dialog))
        self._dialogs.append(dialog)
        dialog.open()
        self.dialog_opened.emit(dialog)

    def _on_dialog_accepted(self, dialog: AccountDialog, replace_id: str | None) -> None:
        connected = dialog.connected
        if connected is None:
            return
        if self._connectivity.online is False:
            self.store(connected, replace_id)
            return
        # one job stores the new login, then ends the login it replaces on the server
        # (logging in again, or the account added again; best effort). Quitting
        # meanwhile keeps the new login (a step started from this job's callback would
        # be dropped at quit).
        self.view.status.setText(self.tr("Saving the account…"))
        QueryOp(
            self._tasks,
            lambda: self._service.save_login(connected, replace_id=replace_id),
            lane="net",
        ).success(self._on_stored).failure(self._on_failure).run()

    def store(self, connected: Connected, replace_id: str | None = None) -> None:
        self.view.status.setText(self.tr("Saving the account…"))
        # the repository announces the change: the list (and every other area) reloads
        QueryOp(self._tasks, lambda: self._service.store(connected, replace_id=replace_id)).success(
            self._on_stored
        ).failure(self._on_failure).run()

    def _on_stored(self, account: Account) -> None:
        self.view.status.setText(self.tr("%1 is connected.").replace("%1", account.handle))
        announce(self.view.status, self.view.status.text())

    @Slot()
    def _on_add_mastodon(self) -> None:
        self._show_dialog(self._mastodon_dialog())

    def _mastodon_dialog(self, instance: str = "") -> MastodonDialog:
        return MastodonDialog(
            self._service, self._tasks, self._open_url, instance=instance, parent=self
        )

    @Slot()
    def _on_add_bluesky(self) -> None:
        self._show_dialog(BlueskyDialog(self._service, self._tasks, parent=self))

    @Slot()
    def _on_add_x(self) -> None:
        self._show_dialog(XDialog(self._service, parent=self))

    @Slot()
    def _on_reauthorise(self) -> None:
        account = self.selected()
        if account is None or not self._can_add():
            return
        dialog: AccountDialog
        if account.network is Network.MASTODON:
            dialog = self._mastodon_dialog(account.server)
        elif account.network is Network.BLUESKY:
            dialog = BlueskyDialog(
                self._service,
                self._tasks,
                handle=account.handle,
                server=str(account.info.get("entryway") or account.server),
                parent=self,
            )
        else:
            dialog = XDialog(self._service, handle=account.handle.lstrip("@"), parent=self)
        self._show_dialog(dialog, account.id)

    @Slot(QTreeWidgetItem, int)
    def _on_double_clicked(self, item: QTreeWidgetItem, column: int) -> None:
        account = self.selected()
        if account is not None and account.state is AccountState.NEEDS_LOGIN:
            self._on_reauthorise()

    def shutdown(self) -> None:
        """The window is closing: stop any login still waiting for the browser."""
        for dialog in list(self._dialogs):
            if isinstance(dialog, MastodonDialog):
                dialog.cancel_wait()

    # -- remove --------------------------------------------------------------------
    @Slot()
    def _on_remove(self) -> None:
        account = self.selected()
        if account is None:
            return
        question = self.tr(
            "Remove %1? The login is ended on the server when the app can reach it, "
            "and its secrets are deleted from this computer. Queued posts for this "
            "account stay in the outbox."
        ).replace("%1", account.handle)
        if not self.confirm(self, self.tr("Remove account"), question):
            return
        self.view.remove.setEnabled(False)
        self.view.status.setText(self.tr("Removing %1…").replace("%1", account.handle))
        # one job: forget on this computer first, then end the login on the server (a
        # step started from a callback would be dropped if the app quits meanwhile:
        # a removed account would come back with a dead login)
        online = self._connectivity.online is not False
        QueryOp(
            self._tasks,
            lambda: self._service.remove(account, online=online),
            lane="net" if online else "db",
        ).success(lambda result: self._on_removed(account, result)).failure(self._on_failure).run()

    def _on_removed(self, account: Account, result: RemoveResult) -> None:
        text = self.tr("%1 was removed.").replace("%1", account.handle)
        if result.revoked:
            text += " " + self.tr("The login was ended on the server.")
        else:
            text += " " + self.tr("The server was not told; the login may still work there.")
        self.view.status.setText(text)
        announce(self.view.status, text)

    def _on_failure(self, exc: BaseException) -> None:
        self.view.status.setText(error_text(exc))
        announce(self.view.status, self.view.status.text(), assertive=True)
        self._update_buttons()
