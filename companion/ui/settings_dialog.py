"""Settings: one tab per feature. Features add their page to ``PAGES``."""

from __future__ import annotations

import importlib
from typing import Protocol

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from companion.core.settings import Settings
from companion.ui.i18n import LANGUAGES


class SettingsPage(Protocol):
    """A tab: builds from the settings, writes back on ``apply``."""

    def title(self) -> str: ...

    def apply(self, settings: Settings) -> None: ...


#: "module:Class" of each feature's settings page, in tab order
PAGES: list[str] = [
    "companion.ui.countdown.settings_page:EventSettingsPage",
    "companion.ui.library.settings_page:LibrarySettingsPage",
    "companion.ui.compose.settings_page:ComposeSettingsPage",
    "companion.ui.live.settings_page:LiveSettingsPage",
]


class GeneralPage(QWidget):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = QComboBox(self)
        self.language.addItem(self.tr("System language"), "")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        index = self.language.findData(settings.general.language)
        self.language.setCurrentIndex(max(0, index))
        self.language.setAccessibleName(self.tr("Language"))
        form = QFormLayout(self)
        form.addRow(self.tr("&Language:"), self.language)

    def title(self) -> str:
        return self.tr("General")

    def apply(self, settings: Settings) -> None:
        settings.general.language = str(self.language.currentData() or "")


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self._settings = settings
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

    def apply(self) -> None:
        for page in self.pages:
            page.apply(self._settings)
        from companion.ui.i18n import apply_language

        apply_language(self._settings.general.language)
