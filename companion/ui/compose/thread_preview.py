"""The thread shown when a post is too long for a target: split, numbered, editable."""

from __future__ import annotations

import re
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot
from PySide6.QtWidgets import QGroupBox, QLabel, QPlainTextEdit, QPushButton

from companion.core.accounts.model import Network
from companion.core.compose.counting import count
from companion.core.compose.drafts import Draft
from companion.ui.compose.preview import account_parts
from companion.ui.compose.targets import TargetRow

SEPARATOR = "\n---\n"
#: a line holding only "---" separates the parts the user edits
_SPLIT = re.compile(r"^[ \t]*-{3,}[ \t]*$", re.MULTILINE)


def parse_parts(raw: str) -> list[str]:
    return [p.strip() for p in _SPLIT.split(raw) if p.strip()]


class ThreadPreview(QObject):
    """Signals:
    edited(list): the user changed the parts (a list of str)."""

    edited = Signal(list)

    def __init__(
        self,
        box: QGroupBox,
        edit: QPlainTextEdit,
        status: QLabel,
        restore: QPushButton,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.box = box
        self.edit = edit
        self.status = status
        self.restore = restore
        #: the user's edited parts a change of the text replaced (they can have them back)
        self.discarded: list[str] = []
        restore.clicked.connect(self._on_restore)
        self._filling = False
        self._over: list[TargetRow] = []
        self._spoiler = ""
        edit.textChanged.connect(self._on_text_changed)

    def show_for(
        self, draft: Draft, over: list[TargetRow], hashtag: str, edited: list[str] | None
    ) -> None:
        """Show the thread for the strictest over-long target (or hide when none): the
        parts the outbox would post there (the same function, content warning counted)."""
        self._over = over
        self._spoiler = draft.spoiler
        if not over:
            self.box.hide()
            return
        self.box.show()
        self.restore.setVisible(bool(self.discarded))
        if edited:
            parts = edited
            if parse_parts(self.edit.toPlainText()) != parts:
                self._fill(parts)
        else:
            strictest = min(over, key=lambda r: r.limits.max_characters)
            parts = account_parts(replace(draft, thread={}), strictest.account, hashtag)
            self._fill(parts)
        self._show_status(parts)

    def _fill(self, parts: list[str]) -> None:
        self._filling = True
        try:
            self.edit.setPlainText(SEPARATOR.join(parts))
        finally:
            self._filling = False

    def _show_status(self, parts: list[str]) -> None:
        bad = []
        for row in self._over:
            for n, part in enumerate(parts, start=1):
                spoiler = self._spoiler if row.account.network is Network.MASTODON else ""
                result = count(
                    row.account.network, part, spoiler=spoiler, limits=row.limits, with_facets=False
                )
                if not result.fits:
                    bad.append(
                        QCoreApplication.translate("ThreadPreview", "part %1 is too long for %2")
                        .replace("%1", str(n))
                        .replace("%2", row.account.handle)
                    )
        msg = self.tr("%n parts.", "", len(parts))
        if self.discarded:
            note = QCoreApplication.translate(
                "ThreadPreview", "The text changed, so the thread was split again."
            )
            msg = note + " " + msg
        self.status.setText(msg + (" " + "; ".join(bad[:3]) if bad else ""))

    @Slot()
    def _on_text_changed(self) -> None:
        if self._filling:
            return
        self.forget()  # the user edits the new split: it is theirs now
        parts = parse_parts(self.edit.toPlainText())
        self._show_status(parts)
        self.edited.emit(parts)

    def keep(self, parts: list[str]) -> None:
        """A change of the text replaces these edited parts: offer them back."""
        if parts:
            self.discarded = list(parts)

    def forget(self) -> None:
        self.discarded = []
        self.restore.hide()

    @Slot()
    def _on_restore(self) -> None:
        parts = self.discarded
        self.forget()
        self._fill(parts)
        self._show_status(parts)
        self.edited.emit(parts)

    @property
    def over(self) -> list[TargetRow]:
        return list(self._over)
