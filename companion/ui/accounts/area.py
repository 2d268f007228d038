"""Entry point of the accounts area: ``create(ctx)`` builds its widget.

Which store keeps the logins (the OS keyring, or a session-only store when none
works) is worked out off the GUI thread first: asking the Secret Service can take
a moment or ask to unlock. The widget is built with the answer, so it knows at
once whether to warn that no keyring works.
"""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from companion.core.app import KeyringState
from companion.ui.area_base import AreaWidget
from companion.ui.async_area import AsyncArea
from companion.ui.context import AppContext


def open_in_browser(url: str) -> bool:
    return QDesktopServices.openUrl(QUrl(url))


def create(ctx: AppContext) -> AreaWidget:
    services = ctx.services

    def build(keyring: KeyringState) -> AreaWidget:
        from companion.ui.accounts.accounts_widget import AccountsWidget

        return AccountsWidget(
            services.accounts(), ctx.tasks, ctx.connectivity, keyring, open_in_browser
        )

    # the keyring may be slow (D-Bus, an unlock prompt): not on the database lane
    return AsyncArea(ctx.tasks, services.keyring, build, lane="net")
