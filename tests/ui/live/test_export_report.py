"""File → Export report… writes the day's report from the stored posts."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from companion.core.services import CoreServices
from companion.ui.app import build_context, shutdown_context
from companion.ui.context import AppContext
from companion.ui.main_window import MainWindow
from tests.core.live.test_report import T0, sample


@pytest.fixture
def ctx(core: CoreServices) -> Iterator[AppContext]:
    context = build_context(core)
    yield context
    shutdown_context(context)


@pytest.mark.parametrize("ext", ["csv", "html", "pdf"])
def test_export_report_from_the_file_menu(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path, ext: str
) -> None:
    ctx.tasks.run_db(lambda: ctx.services.posts().save(sample(), T0)).result(timeout=10)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert window.export_report_action in window.file_menu.actions()
    assert window.export_report_action.text() == "&Export report…"
    out = tmp_path / f"day.{ext}"
    exporter = window.report_exporter()
    with qtbot.waitSignal(exporter.exported, timeout=10_000) as blocker:
        exporter.export(out)
    assert str(out) in blocker.args[0]
    assert "5 post" in blocker.args[0]
    assert str(out) in window.message_bar.label.text()
    data = out.read_bytes()
    if ext == "csv":
        rows = list(csv.DictReader(data.decode("utf-8-sig").splitlines()))
        assert len(rows) == 5
    elif ext == "html":
        assert b"Every post" in data
    else:
        assert data.startswith(b"%PDF-")


def test_a_wrong_extension_is_one_message(qtbot: QtBot, ctx: AppContext, tmp_path: Path) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    with qtbot.waitSignal(ctx.tasks.known_error, timeout=5000):
        window.report_exporter().export(tmp_path / "day.docx")
    assert not (tmp_path / "day.docx").exists()
