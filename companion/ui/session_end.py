"""How the app ends: the window closed, a quit, or the desktop session ending.

Qt 6 has no "fallback session management" (Qt 5's
``setFallbackSessionManagementEnabled``, which closed every window, was removed). At
a Windows logoff, shutdown or restart for an update, Qt emits
``QGuiApplication.commitDataRequest`` on WM_QUERYENDSESSION, then ``aboutToQuit`` on
WM_ENDSESSION, and Windows ends the process as soon as that returns: no window is
closed, so ``closeEvent`` never runs. :class:`SessionEnd` follows both signals.
"""

from __future__ import annotations

import logging
from typing import Protocol

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QGuiApplication, QSessionManager

from companion.ui.context import AppContext
from companion.ui.tasks import NET_DEADLINE_S

log = logging.getLogger(__name__)

#: at a Windows logoff the quit follows the commit, which saved what was typed and let
#: the queued writes land; Windows ends the app a few seconds later, so network jobs
#: are not waited for long then
SESSION_END_NET_S = 1.0


def shutdown_context(ctx: AppContext, *, net_deadline_s: float = NET_DEADLINE_S) -> bool:
    """Stop the background work (network jobs running get ``net_deadline_s``); True
    when every database write queued has landed, so the database may be closed.
    Again: does nothing more."""
    ctx.connectivity.stop()
    drained = ctx.tasks.shutdown(wait=True, net_deadline_s=net_deadline_s)
    ctx.services.close()
    return drained


class EndingWindow(Protocol):
    """What :class:`SessionEnd` asks of the main window."""

    def commit_data(self) -> None: ...

    def shutdown(self) -> None: ...

    def isVisible(self) -> bool: ...  # Qt's name


class SessionEnd(QObject):
    """``commitDataRequest`` saves what is typed and lets the queued writes land
    (nothing stops: another program may cancel the logoff and the app go on);
    ``aboutToQuit`` shuts down as closing the window does, then closes the database
    cleanly. Once, however the app ends: a normal quit passes here too, after the
    window closed (``run_gui`` calls :meth:`end` again after ``exec``)."""

    def __init__(self, app: QGuiApplication, window: QObject, ctx: AppContext) -> None:
        super().__init__(window)  # goes with the window, and its connections with it
        self._app = app
        self._window: EndingWindow = window  # type: ignore[assignment]
        self._ctx = ctx
        self._ended = False
        app.commitDataRequest.connect(self.commit)
        app.aboutToQuit.connect(self.end)

    @property
    def ended(self) -> bool:
        return self._ended

    @Slot(QSessionManager)
    def commit(self, manager: QSessionManager | None = None) -> None:
        """Never ``manager.cancel()``: the user asked to log off. No question is asked
        either (it would need ``manager.allowsInteraction()``): it is all saved."""
        if not self._ended:
            self._window.commit_data()

    @Slot()
    def end(self) -> None:
        if self._ended:
            return
        self._ended = True
        # the window still shown: the session ends (or a quit from elsewhere); after
        # a commit there is little time left
        net_s = SESSION_END_NET_S if self._window.isVisible() else NET_DEADLINE_S
        try:
            self._window.shutdown()
        except Exception:
            log.exception("bug while the window shut down")
        try:
            drained = shutdown_context(self._ctx, net_deadline_s=net_s)
        except Exception:
            log.exception("bug while the background work stopped")
            drained = False
        if drained:
            self._ctx.core.close()  # the clean close: the next start skips the full check
        else:
            log.warning("database left open: the next start checks it")

    def detach(self) -> None:
        """No longer follow the application's signals (tests)."""
        self._app.commitDataRequest.disconnect(self.commit)
        self._app.aboutToQuit.disconnect(self.end)
