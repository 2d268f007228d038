"""Adding a Bluesky account (handle + app password) or X API credentials."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QLineEdit, QWidget

from companion.core.accounts.bluesky import DEFAULT_SERVICE, check_app_password
from companion.core.accounts.service import AccountService
from companion.core.errors import KnownError
from companion.ui.accounts.dialog_base import AccountDialog
from companion.ui.tasks import TaskManager


class BlueskyDialog(AccountDialog):
    def __init__(
        self,
        service: AccountService,
        tasks: TaskManager,
        *,
        handle: str = "",
        server: str = DEFAULT_SERVICE,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._tasks = tasks
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.handle = QLineEdit(handle.lstrip("@"), self)
        self.handle.setPlaceholderText("name.bsky.social")
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText("xxxx-xxxx-xxxx-xxxx")
        self.server = QLineEdit(server, self)
        labels, self.buttons = self.lay_out_form(
            self.text, [self.handle, self.password, self.server], self._on_ok
        )
        self.handle_label, self.password_label, self.server_label = labels
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Add a Bluesky account"))
        self.text.setText(
            self.tr(
                "Use an app password, never your main password. Create one in Bluesky "
                "under Settings → Privacy and security → App passwords; it looks like "
                "abcd-efgh-ijkl-mnop and you can revoke it at any time."
            )
        )
        self.handle_label.setText(self.tr("&Handle:"))
        self.handle.setAccessibleName(self.tr("Bluesky handle"))
        self.password_label.setText(self.tr("&App password:"))
        self.password.setAccessibleName(self.tr("App password"))
        self.server_label.setText(self.tr("&Server:"))
        self.server.setAccessibleName(self.tr("Bluesky server to log in at"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Log in"))

    def set_busy(self, busy: bool) -> None:
        for w in (self.handle, self.password, self.server):
            w.setEnabled(not busy)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not busy)

    @Slot()
    def _on_ok(self) -> None:
        try:
            password = check_app_password(self.password.text())
        except KnownError as exc:
            self.show_error(exc)
            return
        handle, server = self.handle.text(), self.server.text() or DEFAULT_SERVICE
        self.set_busy(True)
        self.show_info(self.tr("Logging in…"))
        self._tasks.run_net(
            lambda: self._service.connect_bluesky(handle, password, server),
            self.finish,
            self.show_error,
        )

    def done(self, result: int) -> None:
        self.password.clear()
        super().done(result)


class XDialog(AccountDialog):
    def __init__(
        self, service: AccountService, *, handle: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._service = service
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.handle = QLineEdit(handle.lstrip("@"), self)
        self.bearer = QLineEdit(self)
        self.bearer.setEchoMode(QLineEdit.EchoMode.Password)
        self.user_token = QLineEdit(self)
        self.user_token.setEchoMode(QLineEdit.EchoMode.Password)
        labels, self.buttons = self.lay_out_form(
            self.text, [self.handle, self.bearer, self.user_token], self._on_ok
        )
        self.handle_label, self.bearer_label, self.user_label = labels
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Add X API credentials"))
        self.text.setText(
            self.tr(
                "Optional. Reading and posting through the X API needs a paid developer "
                "account. Without one, the app prepares “post on X” links instead. "
                "What you enter here is kept in the keyring only."
            )
        )
        self.handle_label.setText(self.tr("Your @&name on X:"))
        self.handle.setAccessibleName(self.tr("Your name on X"))
        self.bearer_label.setText(self.tr("&Bearer token (reading):"))
        self.bearer.setAccessibleName(self.tr("X bearer token"))
        self.user_label.setText(self.tr("&User access token (posting):"))
        self.user_token.setAccessibleName(self.tr("X user access token"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Save"))

    @Slot()
    def _on_ok(self) -> None:
        try:
            connected = self._service.connect_x(
                bearer_token=self.bearer.text(),
                user_access_token=self.user_token.text(),
                handle=self.handle.text(),
            )
        except KnownError as exc:
            self.show_error(exc)
            return
        self.finish(connected)

    def done(self, result: int) -> None:
        self.bearer.clear()
        self.user_token.clear()
        super().done(result)
