"""The "Event" tab of the settings dialog."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QStringListModel, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from companion.core.event.zones import iana_zone_names, zone_or_none
from companion.core.settings import Settings
from companion.ui.i18n import follow_language


def zone_completer(parent: QWidget) -> QCompleter:
    """Suggests IANA zones as one types any part of the name ("salaam", "lima")."""
    names = sorted(n for n in iana_zone_names() if "/" in n or n == "UTC")
    completer = QCompleter(QStringListModel(names, parent), parent)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setMaxVisibleItems(12)
    return completer


class ZoneList(QCompleter):
    """Completes the zone after the last comma of a list of zones."""

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:
        widget = self.widget()
        chosen = str(super().pathFromIndex(index))
        if not isinstance(widget, QLineEdit):
            return chosen
        head = widget.text().rsplit(",", 1)[0] if "," in widget.text() else ""
        return f"{head}, {chosen}" if head else chosen

    def splitPath(self, path: str) -> list[str]:
        return [path.rsplit(",", 1)[-1].strip()]


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
        sites = ZoneList(self)
        sites.setModel(zone_completer(self).model())
        sites.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        sites.setFilterMode(Qt.MatchFlag.MatchContains)
        self.sites.setCompleter(sites)
        # a searchable list of IANA zones; typing filters it ("nair" → Africa/Nairobi)
        self.local_zone = QComboBox(self)
        self.local_zone.setEditable(True)
        self.local_zone.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.local_zone.addItem("")
        self.local_zone.addItems(sorted(n for n in iana_zone_names() if "/" in n or n == "UTC"))
        self.local_zone.setCompleter(zone_completer(self.local_zone))
        self.local_zone.setCurrentText(s.local_timezone)
        line = self.local_zone.lineEdit()
        if line is not None:
            line.setPlaceholderText("Africa/Dar_es_Salaam")
        self.event_time = QCheckBox(self)
        self.event_time.setChecked(s.show_event_time)
        self.form = QFormLayout(self)
        #: one label per field, each naming its field (buddy: Alt+letter and screen readers)
        self.labels: list[QLabel] = []
        for field in (self.url, self.minutes, self.sites, self.local_zone, self.event_time):
            label = QLabel(self)
            label.setBuddy(field)
            self.labels.append(label)
            self.form.addRow(label, field)
        self.retranslate()
        follow_language(self.retranslate)

    def retranslate(self) -> None:
        labels = (
            self.tr("Event file address:"),
            self.tr("Remind me (minutes before):"),
            self.tr("Field-site clocks (IANA zones):"),
            self.tr("My time zone (empty: the computer's):"),
            self.tr("Programme in the event's time:"),
        )
        for label, text in zip(self.labels, labels, strict=True):
            label.setText(text)
        self.url.setAccessibleName(self.tr("Event file address"))
        self.minutes.setAccessibleName(self.tr("Reminder minutes before a session"))
        self.sites.setAccessibleName(self.tr("Field-site clocks"))
        self.local_zone.setAccessibleName(self.tr("My time zone"))
        line = self.local_zone.lineEdit()
        if line is not None:  # the text field inside is an object of its own on AT-SPI
            line.setAccessibleName(self.tr("My time zone"))
        self.event_time.setAccessibleName(self.tr("Programme in the event's time"))

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
        zone = self.local_zone.currentText().strip()
        s.local_timezone = zone if zone_or_none(zone) is not None else ""
        s.show_event_time = self.event_time.isChecked()
