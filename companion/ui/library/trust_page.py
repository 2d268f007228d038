"""Settings → Publishers: the keys whose signed packs install without asking."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from companion.core.errors import KnownError
from companion.core.library.signing import (
    SAMPLE_KEY_NAME,
    SAMPLE_PUBLIC_KEY,
    TrustedKey,
    fingerprint,
    read_public_key,
    trusted_keys,
)
from companion.core.settings import Settings
from companion.ui.a11y import CurrentItemOnFocus
from companion.ui.errors import translated_text
from companion.ui.i18n import follow_language

ROLE = Qt.ItemDataRole.UserRole


class TrustedKeysSettingsPage(QWidget):
    """A small list with add and remove; the built-in SAMPLE key is shown, not removable."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.keys: list[TrustedKey] = trusted_keys(settings.library.trusted_keys)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.list = QListWidget(self)
        self._focus_item = CurrentItemOnFocus(self.list)  # Tab in: a publisher
        self.list.setWordWrap(True)
        self.remove = QPushButton(self)
        self.key_edit = QLineEdit(self)
        self.name_edit = QLineEdit(self)
        self.add = QPushButton(self)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.key_label = QLabel(self)
        self.key_label.setBuddy(self.key_edit)
        self.name_label = QLabel(self)
        self.name_label.setBuddy(self.name_edit)
        add_row = QHBoxLayout()
        add_row.addWidget(self.key_label)
        add_row.addWidget(self.key_edit, 3)
        add_row.addWidget(self.name_label)
        add_row.addWidget(self.name_edit, 2)
        add_row.addWidget(self.add)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.remove, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(add_row)
        layout.addWidget(self.error)
        self.add.clicked.connect(self._on_add)
        self.key_edit.returnPressed.connect(self._on_add)
        self.remove.clicked.connect(self._on_remove)
        self.list.currentRowChanged.connect(self._update)
        self.retranslate()
        follow_language(self.retranslate)

    def retranslate(self) -> None:
        self.intro.setText(
            self.tr(
                "Packs signed by these publishers install without asking. A pack from "
                "anyone else needs your explicit choice, and packs are taken from other "
                "laptops only when signed."
            )
        )
        self.list.setAccessibleName(self.tr("Trusted publishers"))
        self.remove.setText(self.tr("Remove"))
        self.remove.setAccessibleName(self.tr("Remove the selected publisher"))
        self.key_label.setText(self.tr("Public key"))
        self.name_label.setText(self.tr("Name"))
        self.key_edit.setAccessibleName(self.tr("Public key"))
        self.key_edit.setPlaceholderText(self.tr("the line in the publisher's .pub file"))
        self.name_edit.setAccessibleName(self.tr("Publisher's name"))
        self.add.setText(self.tr("Add"))
        self.add.setAccessibleDescription(self.tr("Trust this key"))  # name: "Add", shown
        self._fill()

    def title(self) -> str:
        return self.tr("Publishers")

    def _fill(self) -> None:
        row = self.list.currentRow()
        self.list.clear()
        for k in self.keys:
            item = QListWidgetItem(f"{k.name or self.tr('(no name)')}\n{k.fingerprint}")
            item.setData(ROLE, k.key)
            self.list.addItem(item)
        sample = QListWidgetItem(
            self.tr("%1 — sample, only for the sample pack that comes with the app\n%2")
            .replace("%1", SAMPLE_KEY_NAME)
            .replace("%2", fingerprint(SAMPLE_PUBLIC_KEY))
        )
        sample.setFlags(sample.flags() & ~Qt.ItemFlag.ItemIsSelectable)
        self.list.addItem(sample)
        self.list.setCurrentRow(min(row, len(self.keys) - 1))
        self._update()

    @Slot()
    def _update(self) -> None:
        row = self.list.currentRow()
        self.remove.setEnabled(0 <= row < len(self.keys))

    @Slot()
    def _on_add(self) -> None:
        text = self.key_edit.text().strip()
        if not text:
            return
        try:
            entry = read_public_key(text, self.name_edit.text())
        except KnownError as exc:
            self.error.setText(translated_text(exc))
            return
        self.error.setText("")
        self.keys = [k for k in self.keys if k.key != entry.key] + [entry]
        self.key_edit.clear()
        self.name_edit.clear()
        self._fill()

    @Slot()
    def _on_remove(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.keys):
            del self.keys[row]
            self._fill()

    def apply(self, settings: Settings) -> None:
        settings.library.trusted_keys = [k.line() for k in self.keys]
