"""The composer on a laptop whose clock is wrong (issue 13 item 12): "Post at" is a real
time. Its default is an hour after the corrected time, and the outbox says "scheduled"
against the corrected time, as the sender decides (companion/core/compose/sender.py)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from pytestqt.qtbot import QtBot

from companion.core.services import CoreServices
from companion.ui.app import gui_services
from companion.ui.compose.area import ComposeDeps, ComposeWidget
from companion.ui.compose.services import compose_services
from companion.ui.tasks import TaskManager
from tests.ui.compose.seed import seed

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

BEHIND = timedelta(hours=3)


@pytest.fixture
def widget(qtbot: QtBot, core: CoreServices) -> Iterator[ComposeWidget]:
    seed(core)
    now = core.clock.now()
    for _ in range(3):  # three servers' replies: this laptop is 3 h behind
        core.clock.skew.observe(now, now + BEHIND)
    assert core.clock.wrong_by() == -BEHIND
    tasks = TaskManager()
    w = ComposeWidget(
        ComposeDeps(compose_services(gui_services(core, tasks)), tasks, auto_send=False)
    )
    qtbot.addWidget(w)
    w.resize(1100, 720)
    w.show()
    qtbot.waitUntil(lambda: len(w.rows) == 3, timeout=5000)
    yield w
    w.shutdown()
    tasks.shutdown()


def test_post_at_starts_an_hour_after_the_corrected_time(
    widget: ComposeWidget, core: CoreServices
) -> None:
    shown = datetime.fromtimestamp(widget.view.post_at.dateTime().toSecsSinceEpoch(), tz=UTC)
    real_in_an_hour = core.clock.corrected_now() + timedelta(hours=1)
    assert abs(shown - real_in_an_hour) < timedelta(minutes=1)  # not 3 h in the past


def test_the_outbox_judges_scheduled_by_the_corrected_time(widget: ComposeWidget) -> None:
    ahead = widget.outbox_ctl.now() - widget.clock.now()
    assert abs(ahead - BEHIND) < timedelta(seconds=5)
