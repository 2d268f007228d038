"""The database check a clean close lets the start skip (issue 19) runs on the database
lane once the window is up, and a closed lane (the app ending) is no error."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from companion.core.services import CoreServices
from companion.ui.app import build_context, check_database_later, shutdown_context


def test_the_skipped_check_runs_on_the_database_lane(qtbot: QtBot, core: CoreServices) -> None:
    ctx = build_context(core)
    try:
        assert not core.db.checked  # a new database: nothing to check at the start
        check_database_later(ctx, core)
        qtbot.waitUntil(lambda: core.db.checked, timeout=5000)
    finally:
        shutdown_context(ctx)
    check_database_later(ctx, core)  # the lane is closed: nothing happens
