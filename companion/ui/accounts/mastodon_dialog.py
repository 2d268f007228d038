"""Adding (or re-authorising) a Mastodon account: browser login with a loopback
redirect, a pasted code (out-of-band), or a pasted access token."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from companion.core.accounts.mastodon import PendingLogin
from companion.core.accounts.oauth import OOB_REDIRECT, LoopbackRedirect
from companion.core.accounts.service import AccountService
from companion.ui.accounts.dialog_base import AccountDialog
from companion.ui.ops import QueryOp
from companion.ui.tasks import TaskManager

log = logging.getLogger(__name__)

#: how long the app waits for the browser to come back
BROWSER_WAIT_S = 600.0


class MastodonDialog(AccountDialog):
    def __init__(
        self,
        service: AccountService,
        tasks: TaskManager,
        open_url: Callable[[str], object],
        *,
        instance: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._tasks = tasks
        self._open_url = open_url
        self._cancel = threading.Event()
        self._pending: PendingLogin | None = None

        self.instance = QLineEdit(instance, self)
        self.instance.setPlaceholderText("mastodon.social")
        self.instance_label = QLabel(self)
        self.instance_label.setBuddy(self.instance)
        self.tabs = QTabWidget(self)

        browser = QWidget(self.tabs)
        self.browser_text = QLabel(browser)
        self.browser_text.setWordWrap(True)
        self.browser_button = QPushButton(browser)
        bl = QVBoxLayout(browser)
        bl.addWidget(self.browser_text)
        bl.addWidget(self.browser_button)
        bl.addStretch(1)

        code = QWidget(self.tabs)
        self.code_text = QLabel(code)
        self.code_text.setWordWrap(True)
        self.code_button = QPushButton(code)
        self.code = QLineEdit(code)
        self.code_label = QLabel(code)
        self.code_label.setBuddy(self.code)
        self.code_login = QPushButton(code)
        cl = QVBoxLayout(code)
        cl.addWidget(self.code_text)
        cl.addWidget(self.code_button)
        cf = QFormLayout()
        cf.addRow(self.code_label, self.code)
        cl.addLayout(cf)
        cl.addWidget(self.code_login)
        cl.addStretch(1)

        token = QWidget(self.tabs)
        self.token_text = QLabel(token)
        self.token_text.setWordWrap(True)
        self.token = QLineEdit(token)
        self.token.setEchoMode(QLineEdit.EchoMode.Password)
        self.token_label = QLabel(token)
        self.token_label.setBuddy(self.token)
        self.token_add = QPushButton(token)
        tl = QVBoxLayout(token)
        tl.addWidget(self.token_text)
        tf = QFormLayout()
        tf.addRow(self.token_label, self.token)
        tl.addLayout(tf)
        tl.addWidget(self.token_add)
        tl.addStretch(1)

        self.tabs.addTab(browser, "")
        self.tabs.addTab(code, "")
        self.tabs.addTab(token, "")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.instance_label, self.instance)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

        self.browser_button.clicked.connect(self._on_browser_login)
        self.code_button.clicked.connect(self._on_get_code)
        self.code_login.clicked.connect(self._on_code_login)
        self.token_add.clicked.connect(self._on_token_add)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Add a Mastodon account"))
        self.instance_label.setText(self.tr("&Instance:"))
        self.instance.setAccessibleName(self.tr("Mastodon instance address"))
        self.tabs.tabBar().setAccessibleName(self.tr("Ways to log in"))
        self.tabs.setTabText(0, self.tr("Log in with the browser"))
        self.tabs.setTabText(1, self.tr("Paste a code"))
        self.tabs.setTabText(2, self.tr("Paste an access token"))
        self.browser_text.setText(
            self.tr(
                "Your web browser opens your instance's login page. Log in there and "
                "choose Authorize; the app receives the login by itself. It may only "
                "read and publish posts and media, nothing else."
            )
        )
        self.browser_button.setText(self.tr("&Open the login page"))
        self.browser_button.setAccessibleName(self.tr("Open the login page in the browser"))
        self.code_text.setText(
            self.tr(
                "If the browser cannot come back to the app, your instance can show a "
                "code instead: open the page, authorize, then paste the code here."
            )
        )
        self.code_button.setText(self.tr("Open the page that shows a &code"))
        self.code_button.setAccessibleName(self.tr("Open the page that shows a login code"))
        self.code_label.setText(self.tr("Co&de:"))
        self.code.setAccessibleName(self.tr("Login code"))
        self.code_login.setText(self.tr("&Log in with this code"))
        self.code_login.setAccessibleName(self.tr("Log in with this code"))
        self.token_text.setText(
            self.tr(
                "On your instance, open Preferences → Development → New application, "
                "tick profile (or read:accounts), read:statuses, write:statuses and "
                "write:media, save, and copy “Your access token” here."
            )
        )
        self.token_label.setText(self.tr("Access &token:"))
        self.token.setAccessibleName(self.tr("Access token"))
        self.token_add.setText(self.tr("&Add with this token"))
        self.token_add.setAccessibleName(self.tr("Add the account with this access token"))

    def set_busy(self, busy: bool) -> None:
        for w in (
            self.instance,
            self.browser_button,
            self.code_button,
            self.code_login,
            self.token_add,
        ):
            w.setEnabled(not busy)

    # -- browser login with a loopback redirect ------------------------------------
    @Slot()
    def _on_browser_login(self) -> None:
        instance = self.instance.text()
        self.set_busy(True)
        self.show_info(self.tr("Preparing the login…"))
        listener = LoopbackRedirect()
        self._cancel = cancel = threading.Event()
        service = self._service

        def prepare() -> PendingLogin:
            try:
                return service.begin_mastodon_login(instance, listener.redirect_uri)
            except BaseException:
                listener.close()
                raise

        def opened(login: object) -> None:
            assert isinstance(login, PendingLogin)
            self._open_url(login.authorize_url)
            self.show_info(
                self.tr("Waiting for the browser… Log in and choose Authorize on the page.")
            )
            self._tasks.run_net(
                lambda: service.finish_mastodon_login(
                    login, listener.wait(login.state, BROWSER_WAIT_S, cancel)
                ),
                self.finish,
                self.show_error,
            )

        self._tasks.run_net(prepare, opened, self.show_error)

    # -- out-of-band code -------------------------------------------------------------
    @Slot()
    def _on_get_code(self) -> None:
        instance = self.instance.text()
        self.set_busy(True)
        service = self._service
        QueryOp(
            self._tasks, lambda: service.begin_mastodon_login(instance, OOB_REDIRECT), lane="net"
        ).success(self._on_code_page).failure(self.show_error).run()

    def _on_code_page(self, login: PendingLogin) -> None:
        self._pending = login
        self.set_busy(False)
        self._open_url(login.authorize_url)
        self.show_info(self.tr("Paste the code the page shows, then choose Log in."))
        self.code.setFocus()

    @Slot()
    def _on_code_login(self) -> None:
        login = self._pending
        if login is None:
            self.show_info(self.tr("First open the page that shows a code."))
            return
        code = self.code.text()
        self.set_busy(True)
        self._tasks.run_net(
            lambda: self._service.finish_mastodon_login(login, code), self.finish, self.show_error
        )

    # -- pasted access token ------------------------------------------------------------
    @Slot()
    def _on_token_add(self) -> None:
        instance, token = self.instance.text(), self.token.text()
        self.set_busy(True)
        self.show_info(self.tr("Checking the token…"))
        self._tasks.run_net(
            lambda: self._service.connect_mastodon_token(instance, token),
            self.finish,
            self.show_error,
        )

    def cancel_wait(self) -> None:
        """Stop waiting for the browser (the listener closes within a moment)."""
        self._cancel.set()

    def done(self, result: int) -> None:
        self.cancel_wait()
        self.token.clear()
        super().done(result)
