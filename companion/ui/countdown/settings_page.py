"""The "Event" tab of the settings dialog."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QCheckBox, QFormLayout, QLineEdit, QSpinBox, QWidget

from companion.core.event.zones import zone_or_none
from companion.core.settings import Settings


class EventSettingsPage(QWidget):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        s = settings.event
        self.url = QLineEdit(s.event_url, self)
        self.url.setPlaceholderText("https://…/event.json")
        self.minutes = QSpinBox(self)
        self.minutes.setRange(0, 24 * 60)
        self.minutes.setValue(max(0, s.reminder_minutes))
        self.sites = QLineEdit(", ".join(s.field_sites), self)
        self.local_zone = QLineEdit(s.local_timezone, self)
        self.local_zone.setPlaceholderText("Africa/Dar_es_Salaam")
        self.event_time = QCheckBox(self)
        self.event_time.setChecked(s.show_event_time)
        self.form = QFormLayout(self)
        self.form.addRow("", self.url)
        self.form.addRow("", self.minutes)
        self.form.addRow("", self.sites)
        self.form.addRow("", self.local_zone)
        self.form.addRow("", self.event_time)
        self.retranslate()

    def retranslate(self) -> None:
        labels = (
            self.tr("Event file address:"),
            self.tr("Remind me (minutes before):"),
            self.tr("Field-site clocks (IANA zones):"),
            self.tr("My time zone (empty: the computer's):"),
            self.tr("Programme in the event's time:"),
        )
        for row, text in enumerate(labels):
            item = self.form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            label = item.widget() if item is not None else None
            if label is not None:
                label.setProperty("text", text)
        self.url.setAccessibleName(self.tr("Event file address"))
        self.minutes.setAccessibleName(self.tr("Reminder minutes before a session"))
        self.sites.setAccessibleName(self.tr("Field-site clocks"))
        self.local_zone.setAccessibleName(self.tr("My time zone"))
        self.event_time.setAccessibleName(self.tr("Programme in the event's time"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def title(self) -> str:
        return self.tr("Event")

    def apply(self, settings: Settings) -> None:
        s = settings.event
        url = self.url.text().strip()
        if not url or url.lower().startswith(("https://", "http://")):
            s.event_url = url
        s.reminder_minutes = self.minutes.value()
        sites = [x.strip() for x in self.sites.text().split(",") if x.strip()]
        s.field_sites = [x for x in sites if zone_or_none(x) is not None]
        zone = self.local_zone.text().strip()
        s.local_timezone = zone if zone_or_none(zone) is not None else ""
        s.show_event_time = self.event_time.isChecked()
