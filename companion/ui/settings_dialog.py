"""Settings: one tab per feature. Features add their page to ``PAGES``."""

from __future__ import annotations

import importlib
from typing import Protocol

from PySide6.QtCore import QEvent, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from companion.core.settings import Settings
from companion.ui.i18n import LANGUAGES, apply_language, current_language, follow_language


class SettingsPage(Protocol):
    """A tab: builds from the settings, writes back on ``apply``."""

    def title(self) -> str: ...

    def apply(self, settings: Settings) -> None: ...


#: "module:Class" of each feature's settings page, in tab order
PAGES: list[str] = [
    "companion.ui.countdown.settings_page:EventSettingsPage",
    "companion.ui.library.settings_page:LibrarySettingsPage",
    "companion.ui.library.trust_page:TrustedKeysSettingsPage",
    "companion.ui.compose.settings_page:ComposeSettingsPage",
    "companion.ui.live.settings_page:LiveSettingsPage",
]


class GeneralPage(QWidget):
    """Language (applied at once, so the user sees the choice; Cancel puts it back)."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = QComboBox(self)
        self.language.addItem("", "")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        index = self.language.findData(settings.general.language)
        self.language.setCurrentIndex(max(0, index))
        self.language_label = QLabel(self)
        self.language_label.setBuddy(self.language)
        form = QFormLayout(self)
        form.addRow(self.language_label, self.language)
        self.retranslate()
        self.language.currentIndexChanged.connect(self._on_language_chosen)
        follow_language(self.retranslate)

    def retranslate(self) -> None:
        self.language.setItemText(0, self.tr("System language"))
        self.language.setAccessibleName(self.tr("Language"))
        self.language_label.setText(self.tr("&Language:"))

    @Slot(int)
    def _on_language_chosen(self, _index: int) -> None:
        apply_language(str(self.language.currentData() or "") or None)

    def title(self) -> str:
        return self.tr("General")

    def apply(self, settings: Settings) -> None:
        settings.general.language = str(self.language.currentData() or "")


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._language_before = current_language()
        self.tabs = QTabWidget(self)
        self.pages: list[SettingsPage] = [GeneralPage(settings, self)]
        for spec in PAGES:
            module_name, _, cls_name = spec.partition(":")
            page_cls = getattr(importlib.import_module(module_name), cls_name)
            self.pages.append(page_cls(settings, self))
        for page in self.pages:
            assert isinstance(page, QWidget)
            self.tabs.addTab(page, page.title())
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        self.tabs.setAccessibleName(self.tr("Settings sections"))
        for index, page in enumerate(self.pages):
            self.tabs.setTabText(index, page.title())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def reject(self) -> None:
        """Cancel also undoes a language the user only tried."""
        if current_language() != self._language_before:
            apply_language(self._language_before)
        super().reject()

    def apply(self) -> None:
        for page in self.pages:
            page.apply(self._settings)
        apply_language(self._settings.general.language or None)
