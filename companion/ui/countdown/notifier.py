"""Reminder notifications: a system tray message, or a banner in the app without a tray."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

if TYPE_CHECKING:
    from PySide6.QtWidgets import QSystemTrayIcon

log = logging.getLogger(__name__)


class Notifier(QObject):
    """Shows a reminder in the tray when there is one, else calls ``fallback``.

    The tray is looked for when the first reminder is due, not when the countdown
    opens: nothing of it is needed for the first screen (issue 19)."""

    def __init__(
        self,
        fallback: Callable[[str, str], None],
        parent: QObject | None = None,
        *,
        use_tray: bool | None = None,
    ) -> None:
        super().__init__(parent)
        self._fallback = fallback
        self._use_tray = use_tray
        self._looked = False
        self._tray: QSystemTrayIcon | None = None

    def _find_tray(self) -> QSystemTrayIcon | None:
        if self._looked:
            return self._tray
        self._looked = True
        from PySide6.QtWidgets import QApplication, QStyle, QSystemTrayIcon

        use = self._use_tray
        if use is None:
            use = QSystemTrayIcon.isSystemTrayAvailable()
        if use:
            icon = QApplication.windowIcon()
            if icon.isNull():
                style = QApplication.style()
                icon = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
            self._tray = QSystemTrayIcon(icon, self)
            self._tray.setToolTip("shareASM Companion")
        return self._tray

    @property
    def uses_tray(self) -> bool:
        return self._find_tray() is not None

    def notify(self, title: str, message: str) -> None:
        log.info("reminder: %s", title)
        tray = self._find_tray()
        if tray is not None and tray.supportsMessages():
            tray.show()
            tray.showMessage(title, message, tray.MessageIcon.Information, 15000)
        # always keep it visible in the app as well: tray messages vanish
        self._fallback(title, message)

    def shutdown(self) -> None:
        if self._tray is not None:
            self._tray.hide()
