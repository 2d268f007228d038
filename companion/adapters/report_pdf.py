"""The day's report as PDF: the report's HTML laid out by Qt's rich text and PDF writer."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QMarginsF, QSizeF
from PySide6.QtGui import QGuiApplication, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from companion.core.live.report import DayReport, Translate, render_html

log = logging.getLogger(__name__)


def write_pdf(report: DayReport, path: Path, tr: Translate | None = None) -> None:
    """Write ``report`` to ``path`` as an A4 PDF (needs a QGuiApplication)."""
    if QGuiApplication.instance() is None:
        raise RuntimeError("write_pdf needs a QGuiApplication")
    doc = QTextDocument()
    doc.setHtml(render_html(report, tr or (lambda s: s), for_pdf=True))
    writer = QPdfWriter(str(path))
    writer.setTitle(report.title or "shareASM report")
    writer.setCreator("shareASM Companion")
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter)
    writer.setResolution(150)
    # lay the text out on the page's printable width so it wraps as printed
    layout = writer.pageLayout()
    rect = layout.paintRectPixels(writer.resolution())
    doc.setPageSize(QSizeF(rect.width(), rect.height()))
    doc.print_(writer)
    log.info("wrote the report (%d posts) to %s", len(report.posts), path)
