"""Entry point of the accounts area: ``create(ctx)`` builds its widget."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QWidget

from companion.core.accounts.model import AccountRepository
from companion.core.accounts.service import AccountService
from companion.ui.context import AppContext


def open_in_browser(url: str) -> bool:
    return QDesktopServices.openUrl(QUrl(url))


def create(ctx: AppContext) -> QWidget:
    from companion.ui.accounts.accounts_widget import AccountsWidget

    core = ctx.core
    service = AccountService(AccountRepository(core.db), core.credentials, core.http)
    return AccountsWidget(service, ctx.tasks, ctx.connectivity, core.credentials, open_in_browser)
