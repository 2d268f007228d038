"""Session descriptions from an event file reach tool tips as text, not HTML."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtGui import QTextDocument
from pytestqt.qtbot import QtBot

from companion.core.event.store import EventStore
from companion.ui.context import AppContext
from companion.ui.countdown.view import COL_TITLE
from tests.core.event.helpers import event_bytes
from tests.ui.countdown.test_area import ctx, make_area  # noqa: F401


def test_session_tooltip_from_the_event_file_is_never_html(
    qtbot: QtBot,
    ctx: AppContext,  # noqa: F811
    tmp_path: Path,
) -> None:
    hostile = '<img src="file:///etc/passwd"><a href="smb://x/y">click</a>'
    f = tmp_path / "h.json"
    f.write_bytes(
        event_bytes(
            sessions=[
                {
                    "id": "a",
                    "start": "2018-03-15T08:00",
                    "end": "2018-03-15T09:00",
                    "title": "Talk",
                    "description": hostile,
                    "organisation": "IIED & <partners>",
                }
            ],
        )
    )
    EventStore(ctx.core.paths).import_file(f, now=ctx.core.clock.now())
    area, _ = make_area(qtbot, ctx, datetime(2018, 3, 15, 8, 30, tzinfo=UTC))
    item = area.view.programme.topLevelItem(0)
    assert item is not None
    tip = item.toolTip(COL_TITLE)
    doc = QTextDocument()
    doc.setHtml(tip)
    assert doc.toPlainText() == hostile + "\nIIED & <partners>"
