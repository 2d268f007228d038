"""Reminder notifications: a system tray message, or a banner in the app without a tray."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

log = logging.getLogger(__name__)


class Notifier(QObject):
    """Shows a reminder in the tray when there is one, else calls ``fallback``."""

    def __init__(
        self,
        fallback: Callable[[str, str], None],
        parent: QObject | None = None,
        *,
        use_tray: bool | None = None,
    ) -> None:
        super().__init__(parent)
        self._fallback = fallback
        self._tray: QSystemTrayIcon | None = None
        available = QSystemTrayIcon.isSystemTrayAvailable() if use_tray is None else use_tray
        if available:
            from PySide6.QtWidgets import QStyle  # ~6 ms for its enums: only with a tray

            style = QApplication.style()
            icon = QApplication.windowIcon()
            if icon.isNull():
                icon = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
            self._tray = QSystemTrayIcon(icon, self)
            self._tray.setToolTip("shareASM Companion")

    @property
    def uses_tray(self) -> bool:
        return self._tray is not None

    def notify(self, title: str, message: str) -> None:
        log.info("reminder: %s", title)
        if self._tray is not None and self._tray.supportsMessages():
            self._tray.show()
            self._tray.showMessage(title, message, QSystemTrayIcon.MessageIcon.Information, 15000)
        # always keep it visible in the app as well: tray messages vanish
        self._fallback(title, message)

    def shutdown(self) -> None:
        if self._tray is not None:
            self._tray.hide()
