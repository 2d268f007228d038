"""The Library tab of the settings dialog."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QLineEdit, QWidget

from companion.core.settings import Settings
from companion.ui.library.metered import metered_state


class LibrarySettingsPage(QWidget):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lib = settings.library
        self.url = QLineEdit(lib.pack_url, self)
        self.url.setPlaceholderText("https://…/manifest.json")
        self.url.setAccessibleName(self.tr("Content pack address"))
        self.unmetered = QCheckBox(self.tr("Update only on an unmetered connection"), self)
        self.unmetered.setChecked(lib.only_unmetered)
        self.unmetered.setAccessibleName(self.tr("Update only on an unmetered connection"))
        self.night = QCheckBox(self.tr("Update only at night (22:00–06:00)"), self)
        self.night.setChecked(lib.only_at_night)
        self.night.setAccessibleName(self.tr("Update only at night"))
        state = metered_state()
        if state is None:
            note = self.tr(
                "This computer cannot tell whether its connection is metered, so with the "
                "first option on, updates wait until you start one yourself."
            )
        elif state:
            note = self.tr("The current connection is reported as metered.")
        else:
            note = self.tr("The current connection is reported as not metered.")
        self.note = QLabel(note, self)
        self.note.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.tr("Pack address"), self.url)
        form.addRow(self.unmetered)
        form.addRow(self.night)
        form.addRow(self.note)

    def title(self) -> str:
        return self.tr("Library")

    def apply(self, settings: Settings) -> None:
        settings.library.pack_url = self.url.text().strip()
        settings.library.only_unmetered = self.unmetered.isChecked()
        settings.library.only_at_night = self.night.isChecked()
