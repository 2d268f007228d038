"""Issue 15 through the real composer: an X post is "Ready: open X" (a link per part,
"Mark as posted"), never failed; a draft reads "sent" once all of it is out, which
the drafts list learns from the change hub (no polling)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QTreeWidgetItem
from pytestqt.qtbot import QtBot

from companion.core.accounts.model import Network
from companion.core.services import CoreServices
from companion.ui.app import gui_services
from companion.ui.compose.area import ComposeDeps, ComposeWidget
from companion.ui.compose.services import compose_services
from companion.ui.tasks import TaskManager
from tests.core.compose.fakes import FakeBluesky, FakeMastodon, add_account
from tests.support.httpserver import LoopbackServer
from tests.ui.compose.seed import LONG_TEXT

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def drafts_texts(w: ComposeWidget) -> list[str]:
    lst = w.view.drafts
    return [lst.item(i).text() for i in range(lst.count())]


def top_rows(w: ComposeWidget) -> dict[str, QTreeWidgetItem]:
    tree = w.view.outbox.tree
    out = {}
    for i in range(tree.topLevelItemCount()):
        row = tree.topLevelItem(i)
        assert row is not None
        out[row.text(1)] = row
    return out


def send(qtbot: QtBot, w: ComposeWidget, text: str, accounts: int) -> None:
    qtbot.waitUntil(lambda: len(w.rows) == accounts, timeout=5000)
    for r in w.rows:
        r.check.setChecked(True)
    w.view.text.setPlainText(text)
    w.view.send.click()


def test_x_ready_on_the_website_then_marked_posted(
    qtbot: QtBot, core: CoreServices, loopback: LoopbackServer
) -> None:
    masto = FakeMastodon(loopback)
    masto.install()
    add_account(
        core.db,
        core.credentials,
        Network.MASTODON,
        loopback.base_url,
        {"access_token": "tok"},
        {"id": "1"},
    )
    add_account(core.db, core.credentials, Network.X, "https://api.x.com", {"bearer_token": "b"})
    tasks = TaskManager()
    w = ComposeWidget(ComposeDeps(compose_services(gui_services(core, tasks)), tasks))
    qtbot.addWidget(w)
    w.resize(1100, 720)
    w.show()
    try:
        qtbot.waitUntil(lambda: len(w.rows) == 2, timeout=5000)
        (x_row,) = [r for r in w.rows if r.account.network is Network.X]
        assert not x_row.selected  # through the X website: only when asked for
        send(qtbot, w, LONG_TEXT, 2)  # a thread on X
        qtbot.waitUntil(
            lambda: sorted(r.text(0) for r in top_rows(w).values()) == ["Ready: open X", "Sent"],
            timeout=15000,
        )
        x_item = next(r for r in top_rows(w).values() if r.text(0) == "Ready: open X")
        assert x_item.childCount() >= 2  # a link per part
        assert all(
            x_item.child(i).text(4).startswith("https://x.com/intent/post?text=")
            for i in range(x_item.childCount())
        )
        assert "0 need attention" in w.view.outbox.summary.text()  # never "failed"
        assert "Failed" not in [r.text(0) for r in top_rows(w).values()]
        qtbot.waitUntil(lambda: "in the outbox" in drafts_texts(w)[0], timeout=5000)
        w.view.outbox.tree.setCurrentItem(x_item)
        assert w.view.outbox.mark_posted.isVisible() and w.view.outbox.mark_posted.isEnabled()
        assert not w.view.outbox.retry.isEnabled()
        w.view.outbox.mark_posted.click()
        qtbot.waitUntil(
            lambda: [r.text(0) for r in top_rows(w).values()] == ["Sent", "Sent"], timeout=5000
        )
        qtbot.waitUntil(lambda: "\nsent · " in drafts_texts(w)[0], timeout=5000)
        assert len(masto.statuses) == 1  # nothing posted twice, nothing sent to X
    finally:
        w.shutdown()
        tasks.shutdown()


def test_draft_reads_sent_once_every_target_and_part_is_out(
    qtbot: QtBot, core: CoreServices
) -> None:
    with LoopbackServer() as m_srv, LoopbackServer() as b_srv:
        masto, sky = FakeMastodon(m_srv), FakeBluesky(b_srv)
        masto.install()
        sky.install()
        add_account(
            core.db,
            core.credentials,
            Network.MASTODON,
            m_srv.base_url,
            {"access_token": "tok"},
            {"id": "1"},
        )
        add_account(
            core.db,
            core.credentials,
            Network.BLUESKY,
            b_srv.base_url,
            {"accessJwt": "jwt"},
            {"did": sky.did},
        )
        tasks = TaskManager()
        w = ComposeWidget(ComposeDeps(compose_services(gui_services(core, tasks)), tasks))
        qtbot.addWidget(w)
        w.resize(1100, 720)
        w.show()
        try:
            send(qtbot, w, LONG_TEXT, 2)  # a thread on Bluesky, one post on Mastodon
            # the drafts list is filled right after Send ("in the outbox"); only the
            # change the outbox announces when the last part is out makes it "sent"
            qtbot.waitUntil(
                lambda: bool(drafts_texts(w)) and "\nsent · " in drafts_texts(w)[0],
                timeout=20000,
            )
            assert len(masto.statuses) == 1
            assert len(sky.records) >= 2
            qtbot.waitUntil(
                lambda: [r.text(0) for r in top_rows(w).values()] == ["Sent", "Sent"],
                timeout=5000,
            )
        finally:
            w.shutdown()
            tasks.shutdown()
