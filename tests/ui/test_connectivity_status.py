"""The status bar says what the app reaches: a captive portal on loopback asks for a
sign-in with a button to its page; "Online" never stands beside servers not answering."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from pytestqt.qtbot import QtBot

from companion.core.services import CoreServices
from companion.ui.app import build_context, shutdown_context
from companion.ui.context import AppContext
from companion.ui.main_window import MainWindow
from tests.core.test_connectivity import captive_portal
from tests.support.httpserver import LoopbackServer, Reply


@pytest.fixture
def ctx(core: CoreServices) -> Iterator[AppContext]:
    context = build_context(core)
    yield context
    shutdown_context(context)


class _Opened(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url.toString())


def test_captive_portal_asks_to_sign_in(
    qtbot: QtBot, ctx: AppContext, loopback: LoopbackServer
) -> None:
    captive_portal(loopback)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    ctx.connectivity.set_check(loopback.url("/success.txt"))
    qtbot.waitUntil(lambda: ctx.connectivity.reach is not None, timeout=5000)
    assert window.network_label.text() == "⚠ This network needs you to sign in"
    assert "Online" not in window.network_label.text()
    assert ctx.connectivity.online is False
    assert window.sign_in_button.isVisible()
    opened = _Opened()
    QDesktopServices.setUrlHandler("http", opened, "open")
    try:
        window.sign_in_button.click()
    finally:
        QDesktopServices.unsetUrlHandler("http")
    assert opened.urls == [loopback.url("/success.txt")]

    # the portal lets us through: online, the button goes
    loopback.route("GET", "/success.txt", lambda _r: Reply.text("success"))
    with qtbot.waitSignal(ctx.connectivity.online_changed, timeout=5000):
        ctx.connectivity.check_now()
    assert window.network_label.text() == "● Online"
    assert not window.sign_in_button.isVisible()


def test_online_never_beside_servers_not_answering(qtbot: QtBot, ctx: AppContext) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    ctx.connectivity.set_online(True)
    assert window.network_label.text() == "● Online"
    ctx.connectivity.set_unreachable(4)
    assert "Online" not in window.network_label.text()
    assert "not answering" in window.network_label.text()
    ctx.connectivity.set_unreachable(0)
    assert window.network_label.text() == "● Online"


def test_check_off_says_so(qtbot: QtBot, ctx: AppContext) -> None:
    ctx.connectivity.set_check("")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert window.network_label.text() == "Connection check off"


def test_the_state_and_its_detail_are_said_in_the_language(
    qtbot: QtBot, ctx: AppContext, loopback: LoopbackServer
) -> None:
    """The status bar's detail (its tooltip, which a screen reader reads as the
    description) was the check's English words in every language ("unexpected answer
    (HTTP 503)"); the name carried the drawn "○"."""
    from companion.ui.i18n import apply_language
    from tests.support.httpserver import Reply

    loopback.route("GET", "/success.txt", lambda _r: Reply.text("busy", status=503))
    apply_language("sw")
    try:
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        window.show()
        ctx.connectivity.set_check(loopback.url("/success.txt"))
        qtbot.waitUntil(lambda: ctx.connectivity.reach is not None, timeout=5000)
        assert window.network_label.toolTip() == "jibu lisilotarajiwa (HTTP 503)"
        name = window.network_label.accessibleName()
        assert name.startswith("Hali ya mtandao: Nje ya mtandao"), name
    finally:
        apply_language("en")
