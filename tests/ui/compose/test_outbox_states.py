"""Issue 13: the outbox tab names the new states and where a post for later waits."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from pytestqt.qtbot import QtBot

from companion.core.accounts.model import Account, Network
from companion.core.compose.outbox import Outbox, OutboxItem, Part, State
from companion.core.services import CoreServices
from companion.ui.compose.outbox_controller import OutboxController
from companion.ui.compose.outbox_view import OutboxView
from companion.ui.tasks import TaskManager


def _item(n: int, account: str, state: State, **kw: object) -> OutboxItem:
    part = Part(0, f"Post {n} #shareASM", f"k{n}", f"r{n}")
    return OutboxItem(n, f"d{n}", account, Network.MASTODON, state, parts=[part], **kw)  # type: ignore[arg-type]


def test_new_states_and_sent_by_this_computer(qtbot: QtBot, core: CoreServices) -> None:
    now = datetime(2026, 11, 27, 9, 0, tzinfo=UTC)
    later = now + timedelta(hours=2)
    takahe = Account(
        "t", Network.MASTODON, "https://takahe.example", "@me@takahe.example",
        info={"version": "takahe/0.11.0", "scheduled_statuses": False},
    )  # fmt: skip
    masto = Account(
        "m", Network.MASTODON, "https://masto.example", "@me@masto.example",
        info={"version": "4.3.2", "scheduled_statuses": True},
    )  # fmt: skip
    tasks = TaskManager()
    view = OutboxView()
    qtbot.addWidget(view)
    ctl = OutboxController(view, Outbox(core.db, core.paths.data / "m"), tasks, lambda: now)
    try:
        ctl.set_accounts([takahe, masto])
        ctl.show_items(
            [
                _item(1, "t", State.QUEUED, post_at=later),
                _item(2, "m", State.QUEUED, post_at=later),
                _item(3, "t", State.PUBLISHED_EARLY, link="https://takahe.example/@me/1",
                      error="Published early: …"),
                _item(4, "t", State.NEEDS_EDITING, error="Needs editing: part 2 of 2 …"),
            ]
        )  # fmt: skip
        rows = {
            int(view.tree.topLevelItem(i).data(0, 256)): view.tree.topLevelItem(i)
            for i in range(view.tree.topLevelItemCount())
        }
        assert rows[1].text(4).startswith("will be sent by this computer at")
        assert rows[2].text(4).startswith("waits until")
        assert rows[3].text(0) == "Published early"
        assert rows[4].text(0) == "Needs editing"
        assert "2 need attention" in view.summary.text()
        view.tree.setCurrentItem(rows[4])
        assert view.retry.isEnabled()
        view.tree.setCurrentItem(rows[3])
        assert not view.retry.isEnabled() and view.open_link.isEnabled()
    finally:
        tasks.shutdown()
