"""A small posts-per-hour bar chart, drawn by hand (no QtCharts on the start path)."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QLocale, QRect, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from companion.ui.locale_format import hm


class HourChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counts: list[int] = []
        self.end: datetime | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(self.fontMetrics().height() * 6)

    def sizeHint(self) -> QSize:
        return QSize(self.fontMetrics().height() * 16, self.fontMetrics().height() * 6)

    def set_counts(self, counts: list[int], end: datetime) -> None:
        self.counts = counts
        self.end = end
        total = sum(counts)
        self.setToolTip(
            self.tr("%Ln posts in the last %1 hours", "", total).replace(
                "%1", QLocale().toString(len(counts))
            )
        )
        self.setAccessibleDescription(self.toolTip())
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        pal = self.palette()
        fm = self.fontMetrics()
        label_h = fm.height()
        area = self.rect().adjusted(2, 2 + label_h, -2, -label_h - 2)
        n = len(self.counts)
        if n == 0 or area.height() <= 0:
            return
        peak = max(1, max(self.counts))
        slot = area.width() / n
        p.setPen(pal.color(QPalette.ColorRole.Text))
        p.drawText(
            QRect(area.left(), 0, area.width(), label_h), Qt.AlignmentFlag.AlignRight, str(peak)
        )
        for i, c in enumerate(self.counts):
            h = int(area.height() * c / peak)
            x = int(area.left() + i * slot + slot * 0.15)
            w = max(1, int(slot * 0.7))
            p.fillRect(QRect(x, area.bottom() - h, w, h), pal.color(QPalette.ColorRole.Highlight))
        if self.end is not None:
            start = (
                self.end.replace(minute=0, second=0, microsecond=0) - timedelta(hours=n - 1)
            ).astimezone()
            p.setPen(pal.color(QPalette.ColorRole.PlaceholderText))
            y = area.bottom() + 2
            p.drawText(
                QRect(area.left(), y, area.width(), label_h),
                Qt.AlignmentFlag.AlignLeft,
                hm(start),
            )
            p.drawText(
                QRect(area.left(), y, area.width(), label_h),
                Qt.AlignmentFlag.AlignRight,
                self.tr("now"),
            )
