"""A small posts-per-hour bar chart, drawn by hand (no QtCharts on the start path).

Hours are labelled in the event's time zone (the day is planned in it), with the
zone's abbreviation; with no posts in the hours shown, it says so instead of drawing
an empty frame."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, tzinfo

from PySide6.QtCore import QLocale, QRect, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget


class HourChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counts: list[int] = []
        self.end: datetime | None = None
        self.zone: tzinfo = UTC
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(self.fontMetrics().height() * 6)

    def sizeHint(self) -> QSize:
        return QSize(self.fontMetrics().height() * 16, self.fontMetrics().height() * 6)

    @property
    def empty(self) -> bool:
        return not any(self.counts)

    def set_counts(self, counts: list[int], end: datetime, zone: tzinfo = UTC) -> None:
        self.counts = counts
        self.end = end
        self.zone = zone
        total = sum(counts)
        if total:
            text = self.tr("%Ln posts in the last %1 hours", "", total).replace(
                "%1", QLocale().toString(len(counts))
            )
        else:
            text = self.empty_text()
        self.setToolTip(text)
        self.setAccessibleDescription(text)
        self.update()

    def empty_text(self) -> str:
        return self.tr("No posts in the last %1 hours yet.").replace(
            "%1", QLocale().toString(len(self.counts) or 12)
        )

    def hour_starts(self) -> list[datetime]:
        """The start of each bar's hour, in the event's time zone."""
        if self.end is None:
            return []
        n = len(self.counts)
        local = self.end.astimezone(self.zone).replace(minute=0, second=0, microsecond=0)
        first = local.astimezone(UTC) - timedelta(hours=n - 1)
        return [(first + timedelta(hours=i)).astimezone(self.zone) for i in range(n)]

    def zone_name(self) -> str:
        if self.end is None:
            return ""
        return self.end.astimezone(self.zone).tzname() or ""

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        pal = self.palette()
        fm = self.fontMetrics()
        label_h = fm.height()
        area = self.rect().adjusted(2, 2 + label_h, -2, -label_h - 2)
        n = len(self.counts)
        if area.height() <= 0:
            return
        p.setPen(pal.color(QPalette.ColorRole.Mid))
        p.drawLine(area.bottomLeft(), area.bottomRight())
        if n == 0 or self.empty:
            p.setPen(pal.color(QPalette.ColorRole.PlaceholderText))
            p.drawText(
                area,
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                self.empty_text(),
            )
            self._draw_ticks(p, area, label_h)
            return
        peak = max(self.counts)
        slot = area.width() / n
        p.setPen(pal.color(QPalette.ColorRole.Text))
        p.drawText(
            QRect(area.left(), 0, area.width(), label_h),
            Qt.AlignmentFlag.AlignRight,
            QLocale().toString(peak),
        )
        for i, c in enumerate(self.counts):
            h = int(area.height() * c / peak)
            x = int(area.left() + i * slot + slot * 0.15)
            w = max(1, int(slot * 0.7))
            p.fillRect(QRect(x, area.bottom() - h, w, h), pal.color(QPalette.ColorRole.Highlight))
        self._draw_ticks(p, area, label_h)

    def ticks(self, area: QRect) -> list[tuple[int, str]]:
        """(x, label) of the hour ticks drawn under ``area``: counted back from the
        current hour, which always has one; as many as fit."""
        hours = self.hour_starts()
        if not hours:
            return []
        n = len(hours)
        slot = area.width() / n
        label_w = self.fontMetrics().horizontalAdvance("00") + 8
        step = 1
        while step < n and slot * step < label_w:
            step += 1
        out = []
        for i in range(n - 1, -1, -step):
            x = int(area.left() + i * slot)
            out.append((x, f"{hours[i].hour:02d}"))
        return out[::-1]

    def _draw_ticks(self, p: QPainter, area: QRect, label_h: int) -> None:
        ticks = self.ticks(area)
        if not ticks:
            return
        slot = area.width() / max(1, len(self.counts))
        y = area.bottom() + 2
        p.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
        for x, label in ticks:
            p.drawText(
                QRect(
                    x, y, int(max(slot, self.fontMetrics().horizontalAdvance(label) + 4)), label_h
                ),
                Qt.AlignmentFlag.AlignLeft,
                label,
            )
        zone = self.zone_name()
        if zone:
            # the zone above the bars, so the current hour keeps its tick
            p.drawText(
                QRect(area.left(), 0, area.width(), label_h), Qt.AlignmentFlag.AlignLeft, zone
            )
