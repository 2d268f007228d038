"""File → Export report…: the day's report written where the user chooses."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from companion.core.errors import KnownError
from companion.core.live.report import (
    DayReport,
    cannot_write,
    format_for,
    load_report,
    write_csv,
    write_html,
)
from companion.ui.context import AppContext
from companion.ui.ops import QueryOp

log = logging.getLogger(__name__)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Report", text)


def write_report(report: DayReport, path: Path) -> None:
    """Write ``report`` in the format the extension names (GUI thread: PDF uses Qt)."""
    fmt = format_for(path)
    try:
        if fmt == "csv":
            write_csv(report, path)
        elif fmt == "html":
            write_html(report, path, _tr)
        else:
            from companion.adapters.report_pdf import write_pdf

            write_pdf(report, path, _tr)
    except OSError as exc:
        raise cannot_write(path, exc) from exc


class ReportExporter(QObject):
    """Asks where, reads the stored posts on the database lane, writes, tells.

    Signals:
        exported(str): the report was written; the text says where.
    """

    exported = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._parent = parent

    def ask_and_export(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self._parent,
            self.tr("Export the day's report"),
            str(Path.home() / "shareASM-report.pdf"),
            self.tr("PDF (*.pdf);;Web page (*.html);;Spreadsheet (*.csv)"),
        )
        if name:
            self.export(Path(name))

    def export(self, path: Path) -> None:
        try:
            format_for(path)
        except KnownError as exc:
            self._ctx.tasks.known_error.emit(exc)
            return
        services = self._ctx.services
        QueryOp(self._ctx.tasks, lambda: load_report(services)).success(
            lambda report: self._write(report, path)
        ).run()

    def _write(self, report: DayReport, path: Path) -> None:
        try:
            write_report(report, path)
        except KnownError as exc:
            self._ctx.tasks.known_error.emit(exc)
            return
        text = self.tr("The report (%n post(s)) was saved to %1.", "", len(report.posts))
        self.exported.emit(text.replace("%1", str(path)))
