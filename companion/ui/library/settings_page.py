"""The Library tab of the settings dialog."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QLineEdit, QWidget

from companion.core.settings import Settings
from companion.ui.i18n import follow_language
from companion.ui.library.metered import metered_state


class LibrarySettingsPage(QWidget):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lib = settings.library
        self.url = QLineEdit(lib.pack_url, self)
        self.url.setPlaceholderText("https://…/manifest.json")
        self.unmetered = QCheckBox(self)
        self.unmetered.setChecked(lib.only_unmetered)
        self.night = QCheckBox(self)
        self.night.setChecked(lib.only_at_night)
        self._metered = metered_state()
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.url_label = QLabel(self)
        self.url_label.setBuddy(self.url)
        form = QFormLayout(self)
        form.addRow(self.url_label, self.url)
        form.addRow(self.unmetered)
        form.addRow(self.night)
        form.addRow(self.note)
        self.retranslate()
        follow_language(self.retranslate)

    def retranslate(self) -> None:
        self.url.setAccessibleName(self.tr("Content pack address"))
        self.unmetered.setText(self.tr("Update only on an unmetered connection"))
        self.unmetered.setAccessibleName(self.tr("Update only on an unmetered connection"))
        self.night.setText(self.tr("Update only at night (22:00–06:00)"))
        if self._metered is None:
            note = self.tr(
                "This computer cannot tell whether its connection is metered, so with the "
                "first option on, updates wait until you start one yourself."
            )
        elif self._metered:
            note = self.tr("The current connection is reported as metered.")
        else:
            note = self.tr("The current connection is reported as not metered.")
        self.note.setText(note)
        self.url_label.setText(self.tr("Pack address"))

    def title(self) -> str:
        return self.tr("Library")

    def apply(self, settings: Settings) -> None:
        settings.library.pack_url = self.url.text().strip()
        settings.library.only_unmetered = self.unmetered.isChecked()
        settings.library.only_at_night = self.night.isChecked()
