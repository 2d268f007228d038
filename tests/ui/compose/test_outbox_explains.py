"""Issue 15: the outbox explains itself; X without posting rights is "Ready: open X"."""

from __future__ import annotations

from datetime import UTC, datetime

from pytestqt.qtbot import QtBot

from companion.core.accounts.model import Account, Network
from companion.core.compose.outbox import Outbox, OutboxItem, Part, State
from companion.core.services import CoreServices
from companion.ui.compose.outbox_controller import OutboxController
from companion.ui.compose.outbox_view import OutboxView
from companion.ui.tasks import TaskManager

REASON = (
    "The server refused the post: Validation failed: Text character limit of 500 exceeded "
    "(this sentence is long on purpose so that nothing of it may be cut)"
)


def test_x_ready_holds_back_and_full_reason(qtbot: QtBot, core: CoreServices) -> None:
    now = datetime(2026, 11, 27, 9, 0, tzinfo=UTC)
    masto = Account("m", Network.MASTODON, "https://masto.example", "@me@masto.example")
    x = Account("x", Network.X, "https://api.x.com", "@me_x")
    parts = [Part(0, "One #shareASM 1/2", "k1", "r1"), Part(1, "Two 2/2", "k2", "r2")]
    items = [
        OutboxItem(1, "d1", "x", Network.X, State.HANDOFF, parts=parts,
                   link="https://x.com/intent/post?text=One", created_at=now.isoformat()),
        OutboxItem(2, "d2", "m", Network.MASTODON, State.FAILED, error=REASON,
                   parts=[Part(0, "First post", "k3", "r3")], created_at=now.isoformat()),
        OutboxItem(3, "d3", "m", Network.MASTODON, State.QUEUED,
                   parts=[Part(0, "Second post", "k4", "r4")], created_at=now.isoformat()),
    ]  # fmt: skip
    tasks = TaskManager()
    view = OutboxView()
    qtbot.addWidget(view)
    ctl = OutboxController(view, Outbox(core.db, core.paths.data / "m"), tasks, lambda: now)
    try:
        ctl.set_accounts([masto, x])
        ctl.show_items(items)
        rows = {
            int(view.tree.topLevelItem(i).data(0, 256)): view.tree.topLevelItem(i)
            for i in range(view.tree.topLevelItemCount())
        }
        assert rows[1].text(0) == "Ready: open X"
        assert rows[1].childCount() == 2  # a link per part
        assert rows[1].child(1).text(4).startswith("https://x.com/intent/post?text=Two")
        assert "waits for the post before it on this account" in rows[3].text(4)
        assert "1 needs attention" in view.summary.text()  # X is not a problem
        view.tree.setCurrentItem(rows[1].child(1))
        assert view.open_link.isEnabled() and not view.retry.isEnabled()
        assert view.mark_posted.isEnabled()
        view.tree.setCurrentItem(rows[2])
        assert REASON in view.details.text()  # the whole reason
        assert "queued" in view.details.text()
        assert view.retry.isEnabled() and view.edit.isEnabled()
        assert not view.mark_posted.isEnabled()  # only a hand-off to X is marked by hand
    finally:
        tasks.shutdown()
