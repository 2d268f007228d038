"""The "Compose" tab of the settings dialog."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QFormLayout, QLabel, QWidget

from companion.core.settings import Settings
from companion.ui.compose.view import LANGUAGES
from companion.ui.i18n import follow_language


class ComposeSettingsPage(QWidget):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = QComboBox(self)
        self.language.addItem("", "")  # the interface language (named in retranslate)
        for code, name in LANGUAGES:
            self.language.addItem(f"{name} ({code})", code)
        self.language.setCurrentIndex(
            max(0, self.language.findData(settings.compose.default_language))
        )
        self.autosave = QDoubleSpinBox(self)
        self.autosave.setRange(0.5, 5.0)
        self.autosave.setSingleStep(0.5)
        self.autosave.setDecimals(1)
        self.autosave.setValue(settings.compose.autosave_interval_ms / 1000)
        self.language_label = QLabel(self)
        self.language_label.setBuddy(self.language)
        self.autosave_label = QLabel(self)
        self.autosave_label.setBuddy(self.autosave)
        form = QFormLayout(self)
        form.addRow(self.language_label, self.language)
        form.addRow(self.autosave_label, self.autosave)
        self.retranslate()
        follow_language(self.retranslate)

    def retranslate(self) -> None:
        self.language.setItemText(0, self.tr("Same as the interface"))
        self.language.setAccessibleName(self.tr("Default language of new posts"))
        self.autosave.setSuffix(self.tr(" s"))
        self.autosave.setAccessibleName(self.tr("Save drafts at most this long after typing"))
        self.language_label.setText(self.tr("Default &language of posts:"))
        self.autosave_label.setText(self.tr("&Save drafts within:"))

    def title(self) -> str:
        return self.tr("Compose")

    def apply(self, settings: Settings) -> None:
        settings.compose.default_language = str(self.language.currentData() or "")
        settings.compose.autosave_interval_ms = int(self.autosave.value() * 1000)
