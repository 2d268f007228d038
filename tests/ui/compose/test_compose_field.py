"""Issue 15: what the user sees is exactly what is posted, on a small laptop screen."""

from __future__ import annotations

import html
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from companion.core.accounts.model import Network
from companion.core.services import CoreServices
from companion.ui.app import build_context, gui_services, shutdown_context
from companion.ui.compose.area import ComposeDeps, ComposeWidget
from companion.ui.compose.services import compose_services
from companion.ui.context import AppContext
from companion.ui.main_window import MainWindow
from companion.ui.tasks import TaskManager
from tests.ui.compose.seed import LONG_TEXT, accounts

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

THREE_PARTS = LONG_TEXT + " " + LONG_TEXT[:250]


def test_new_type_send_posts_exactly_what_is_shown(qtbot: QtBot, core: CoreServices) -> None:
    """The bug: New filled the box with "#shareASM", typing glued the words to it and the
    counters added a second tag; the server got "Habari kutoka Geita#shareASM #shareASM"."""
    from tests.support.accounts import add_account
    from tests.support.fake_mastodon import FakeMastodon
    from tests.support.httpserver import LoopbackServer

    with LoopbackServer() as srv:
        fake = FakeMastodon(srv)
        fake.install()
        add_account(
            core.db,
            core.credentials,
            Network.MASTODON,
            srv.base_url,  # type: ignore[arg-type]
            {"access_token": "tok"},
            {"id": "1"},
        )
        tasks = TaskManager()
        w = ComposeWidget(ComposeDeps(compose_services(gui_services(core, tasks)), tasks))
        qtbot.addWidget(w)
        w.resize(1000, 700)
        w.show()
        try:
            qtbot.waitUntil(lambda: len(w.rows) == 1, timeout=5000)
            w.view.new_btn.click()
            assert w.view.text.toPlainText() == ""
            assert w.rows[0].counter.text().startswith("0 /")  # an empty draft counts 0
            w.view.text.setFocus()
            qtbot.keyClicks(w.view.text, "Habari kutoka Geita")
            shown = "Habari kutoka Geita\n\n#shareASM"
            assert w.editor.final_text() == shown
            w.editor.refresh_previews()
            card = w.editor.preview.cards[0]
            assert card.body.toPlainText().endswith("\n" + shown)
            assert "Mastodon: 1 post" in w.view.editor.preview_summary.text()
            w.view.send.click()
            tree = w.view.outbox.tree
            qtbot.waitUntil(
                lambda: tree.topLevelItemCount() == 1 and tree.topLevelItem(0).text(0) == "Sent",
                timeout=15000,
            )
            assert len(fake.statuses) == 1
            sent = fake.statuses[0]["content"]
            assert sent == "<p>" + html.escape(shown, quote=False).replace("\n", "<br>") + "</p>"
        finally:
            w.shutdown()
            tasks.shutdown()


def test_placeholder_left_refuses_send(qtbot: QtBot, core: CoreServices) -> None:
    accounts(core)
    tasks = TaskManager()
    w = ComposeWidget(ComposeDeps(compose_services(gui_services(core, tasks)), tasks, False))
    qtbot.addWidget(w)
    try:
        qtbot.waitUntil(lambda: len(w.rows) == 3, timeout=5000)
        w.view.text.setPlainText("Live from {place}: the dialogue starts")
        w.view.send.click()
        assert "{place}" in w.view.problems.text()
        assert w.outbox_ctl.items == []
    finally:
        w.shutdown()
        tasks.shutdown()


def test_x_through_the_website_is_not_ticked(qtbot: QtBot, core: CoreServices) -> None:
    accounts(core)
    tasks = TaskManager()
    w = ComposeWidget(ComposeDeps(compose_services(gui_services(core, tasks)), tasks, False))
    qtbot.addWidget(w)
    try:
        qtbot.waitUntil(lambda: len(w.rows) == 3, timeout=5000)
        (x,) = [r for r in w.rows if r.account.network is Network.X]
        assert not x.selected
        assert "X website" in x.note.text()
        assert all(r.selected for r in w.rows if r is not x)
    finally:
        w.shutdown()
        tasks.shutdown()


@pytest.fixture
def ctx(core: CoreServices) -> Iterator[AppContext]:
    context = build_context(core)
    yield context
    shutdown_context(context)


def _inside(widget: QWidget, outer: QWidget) -> bool:
    top_left = widget.mapTo(outer, QPoint(0, 0))
    bottom_right = widget.mapTo(outer, QPoint(widget.width() - 1, widget.height() - 1))
    return outer.rect().contains(top_left) and outer.rect().contains(bottom_right)


# 1366×768 and 1024×600 at 100 %, and 1366×768 at 150 % (910×512 logical pixels)
@pytest.mark.parametrize("size", [(1366, 768), (1024, 600), (910, 512)])
def test_send_visible_and_unclipped_on_small_screens(
    qtbot: QtBot, core: CoreServices, ctx: AppContext, size: tuple[int, int]
) -> None:
    accounts(core)
    window = MainWindow(ctx, remember_state=False)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    window.show_area("compose")
    w = window.area("compose")
    assert isinstance(w, ComposeWidget)
    qtbot.waitUntil(lambda: len(w.rows) == 3, timeout=5000)
    for row in w.rows:
        row.check.setChecked(True)
    w.view.text.setPlainText(THREE_PARTS)
    w.editor.refresh_previews()
    qtbot.wait(50)
    summary = w.view.editor.preview_summary.text()
    assert "Bluesky: 3 posts" in summary, summary
    scroll = w.view.editor_scroll
    for _ in range(2):  # scroll to the end, then back: the bar stays
        send = w.view.send
        assert send.isVisible()
        assert _inside(send, window), (send.geometry(), size)
        assert send.width() >= send.sizeHint().width()
        assert not scroll.horizontalScrollBar().isVisible()
        assert w.view.editor.width() <= scroll.viewport().width()
        for row in w.rows:  # counters never cut
            counter = row.counter
            assert counter.mapTo(w.view.editor, QPoint(counter.width(), 0)).x() <= (
                scroll.viewport().width()
            )
            assert counter.height() >= counter.heightForWidth(counter.width()) - 1
        scroll.verticalScrollBar().setValue(scroll.verticalScrollBar().maximum())
        qtbot.wait(10)
    window.close()
