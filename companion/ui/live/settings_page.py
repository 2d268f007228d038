"""The Live tab of the settings dialog: instances, Bluesky, tags, data saver, mutes."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QWidget

from companion.core.errors import InvalidInputError
from companion.core.live.sources import normalise_instance
from companion.core.settings import Settings
from companion.ui.i18n import follow_language


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


class LiveSettingsPage(QWidget):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        live = settings.live
        self.instances = QPlainTextEdit("\n".join(live.mastodon_instances), self)
        self.bluesky = QCheckBox(self)
        self.bluesky.setChecked(live.bluesky_enabled)
        self.extra_tags = QLineEdit(" ".join("#" + t.lstrip("#") for t in live.extra_tags), self)
        self.data_saver = QCheckBox(self)
        self.data_saver.setChecked(live.data_saver)
        self.muted_words = QPlainTextEdit("\n".join(live.muted_words), self)
        self.muted_accounts = QPlainTextEdit("\n".join(live.muted_accounts), self)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setVisible(False)
        for edit in (self.instances, self.muted_words, self.muted_accounts):
            edit.setTabChangesFocus(True)
            edit.setMaximumHeight(edit.fontMetrics().height() * 5)
        self.form = QFormLayout(self)
        self.labels = [QLabel(self) for _ in range(4)]
        self.form.addRow(self.labels[0], self.instances)
        self.form.addRow("", self.bluesky)
        self.form.addRow(self.labels[1], self.extra_tags)
        self.form.addRow("", self.data_saver)
        self.form.addRow(self.labels[2], self.muted_words)
        self.form.addRow(self.labels[3], self.muted_accounts)
        self.form.addRow(self.problem)
        for label, field in zip(
            self.labels,
            (self.instances, self.extra_tags, self.muted_words, self.muted_accounts),
            strict=True,
        ):
            label.setBuddy(field)
        self.retranslate()
        follow_language(self.retranslate)

    def retranslate(self) -> None:
        self.labels[0].setText(self.tr("Mastodon &instances (one per line):"))
        self.labels[1].setText(self.tr("E&xtra hashtags:"))
        self.labels[2].setText(self.tr("Mute &words (one per line):"))
        self.labels[3].setText(self.tr("Mute &accounts (one per line):"))
        self.bluesky.setText(self.tr("Read Bluesky"))
        self.data_saver.setText(self.tr("Data saver: text only, load pictures on click"))
        self.instances.setAccessibleName(self.tr("Mastodon instances"))
        self.bluesky.setAccessibleName(self.tr("Read Bluesky"))
        self.extra_tags.setAccessibleName(self.tr("Extra hashtags"))
        self.muted_words.setAccessibleName(self.tr("Muted words"))
        self.muted_accounts.setAccessibleName(self.tr("Muted accounts"))

    def title(self) -> str:
        return self.tr("Live")

    def apply(self, settings: Settings) -> None:
        live = settings.live
        instances: list[str] = []
        bad: list[str] = []
        for line in _lines(self.instances.toPlainText()):
            try:
                instances.append(normalise_instance(line))
            except InvalidInputError:
                bad.append(line)
        live.mastodon_instances = list(dict.fromkeys(instances))
        live.bluesky_enabled = self.bluesky.isChecked()
        tags = [t.lstrip("#") for t in re.split(r"[\s,]+", self.extra_tags.text()) if t.strip("#")]
        live.extra_tags = list(dict.fromkeys(tags))
        live.data_saver = self.data_saver.isChecked()
        live.muted_words = _lines(self.muted_words.toPlainText())
        live.muted_accounts = [a.lstrip("@") for a in _lines(self.muted_accounts.toPlainText())]
        self.problem.setVisible(bool(bad))
        self.problem.setText(
            self.tr("Not used (not a web address): %1").replace("%1", ", ".join(bad))
        )
