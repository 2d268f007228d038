"""Editing one draft: text, language, targets with live counters, previews, templates."""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import UTC, datetime

import regex  # type: ignore[import-untyped]
from PySide6.QtCore import QCoreApplication, QDateTime, QObject, QTimer, Signal, Slot
from PySide6.QtGui import QTextCursor

from companion.core.accounts.model import Account, Network
from companion.core.clock import Clock
from companion.core.compose.drafts import Draft
from companion.core.compose.hashtag import post_text
from companion.core.event.current import EventBasics
from companion.ui.compose.editor_view import EditorPanel
from companion.ui.compose.preview import NetworkPreview
from companion.ui.compose.targets import TargetRow
from companion.ui.compose.thread_preview import ThreadPreview
from companion.ui.locale_format import day_and_time

log = logging.getLogger(__name__)

#: a template's blank to fill in: {place}, {name}…
PLACEHOLDER = regex.compile(r"\{[^{}\s][^{}\n]{0,30}\}")


def placeholders(text: str) -> list[str]:
    return [m.group(0) for m in PLACEHOLDER.finditer(text)]


class EditorController(QObject):
    """Signals:
    changed(): the user changed something that is saved with the draft."""

    changed = Signal()

    def __init__(self, panel: EditorPanel, clock: Clock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.panel = panel
        self._clock = clock
        self.basics = EventBasics()
        self.rows: list[TargetRow] = []
        self.draft = Draft.new()
        #: how many pictures the draft has (they go with the first post)
        self.pictures = 0
        self.loading = False
        self.preview = NetworkPreview(panel, self)
        self.thread_preview = ThreadPreview(
            panel.thread_box, panel.thread_edit, panel.thread_status, panel.thread_restore, self
        )
        self.thread_preview.edited.connect(self._on_thread_edited)
        # the previews are heavier than the counters: update them when typing pauses
        self.thread_timer = QTimer(self)
        self.thread_timer.setSingleShot(True)
        self.thread_timer.setInterval(300)
        self.thread_timer.timeout.connect(self.refresh_previews)
        p = panel
        p.text.textChanged.connect(self._on_text_changed)
        p.spoiler.textChanged.connect(self._on_text_changed)
        p.language.currentIndexChanged.connect(self._on_field_changed)
        p.template.activated.connect(self._on_template)
        p.tags.activated.connect(self._on_tag)
        p.schedule.toggled.connect(self._on_field_changed)
        p.post_at.dateTimeChanged.connect(self._on_field_changed)
        # an hour from now by the app's clock (one clock: faked in tests, --now in demos),
        # corrected when the servers say this computer's clock is wrong: the time picked
        # is a real time, and the sender compares it with the corrected clock
        p.post_at.setDateTime(QDateTime.fromSecsSinceEpoch(int(clock.corrected_timestamp()) + 3600))

    # -- targets and suggestions -----------------------------------------
    def build_targets(self, accounts: list[Account]) -> None:
        for row in self.rows:
            row.setParent(None)
            row.deleteLater()
        self.rows = []
        self.panel.no_accounts.setVisible(not accounts)
        for account in accounts:
            row = TargetRow(account, self.panel.targets_box)
            row.check.setChecked(self._ticked(row))
            row.toggled.connect(self._on_targets_changed)  # after setChecked: no save yet
            self.panel.targets_layout.addWidget(row)
            self.rows.append(row)

    def _ticked(self, row: TargetRow) -> bool:
        if self.draft.targets:
            return row.account.id in self.draft.targets
        return not row.via_website  # X through its website: only when asked for

    def set_basics(self, basics: EventBasics) -> None:
        self.basics = basics
        self.fill_suggestions()
        self.update_counts()

    def fill_suggestions(self) -> None:
        p = self.panel
        p.template.clear()
        p.template.addItem(QCoreApplication.translate("ComposeWidget", "Templates…"), "")
        for t in self.basics.templates:
            name = t.splitlines()[0] if t.strip() else t
            p.template.addItem(name, t)
            p.template.setItemData(p.template.count() - 1, t, 3)  # tooltip: the whole text
        p.template.setEnabled(bool(self.basics.templates))
        metrics = p.template.view().fontMetrics()
        widest = max(
            (metrics.horizontalAdvance(p.template.itemText(i)) for i in range(p.template.count())),
            default=0,
        )
        p.template.view().setMinimumWidth(min(widest + 40, 900))  # whole names in the list
        p.tags.clear()
        p.tags.addItem(QCoreApplication.translate("ComposeWidget", "Add hashtag…"), "")
        for tag in (self.basics.hashtag, *self.basics.extra_tags):
            p.tags.addItem("#" + tag, tag)
        tag = self.basics.hashtag
        p.hashtag_note.setText(
            QCoreApplication.translate(
                "ComposeWidget",
                "#%1 is added on its own line at the end; the preview shows the exact post.",
            ).replace("%1", tag)
            if tag
            else ""
        )

    # -- one draft ---------------------------------------------------------
    def show(self, draft: Draft) -> None:
        self.loading = True
        try:
            self.draft = draft
            self.thread_preview.forget()  # another draft's edits are not this one's
            p = self.panel
            p.text.setPlainText(draft.text)
            p.spoiler.setText(draft.spoiler)
            p.language.setCurrentIndex(max(0, p.language.findData(draft.language)))
            p.schedule.setChecked(draft.post_at is not None)
            if draft.post_at is not None:
                p.post_at.setDateTime(QDateTime.fromSecsSinceEpoch(int(draft.post_at.timestamp())))
            for row in self.rows:
                row.check.setChecked(self._ticked(row))
            cursor = p.text.textCursor()
            cursor.movePosition(QTextCursor.MoveOperation.End)
            p.text.setTextCursor(cursor)  # the cursor where the user goes on writing
            self._select_placeholder()
        finally:
            self.loading = False
        self.update_counts(thread_now=True)

    def collect(self, draft: Draft) -> Draft:
        p = self.panel
        post_at = None
        if p.schedule.isChecked():
            post_at = datetime.fromtimestamp(p.post_at.dateTime().toSecsSinceEpoch(), tz=UTC)
        return replace(
            draft,
            text=p.text.toPlainText(),
            spoiler=p.spoiler.text(),
            language=str(p.language.currentData() or "en"),
            targets=[r.account.id for r in self.rows if r.selected],
            post_at=post_at,
            thread=self.draft.thread,
        )

    def final_text(self) -> str:
        """Exactly what is posted (before any thread split); "" for an empty draft."""
        return post_text(
            self.panel.text.toPlainText(), self.basics.hashtag, has_media=self.pictures > 0
        )

    def selected(self) -> list[Account]:
        return [r.account for r in self.rows if r.selected]

    # -- live feedback -------------------------------------------------------
    def update_counts(self, *, thread_now: bool = False) -> None:
        """Live counters on every keystroke; the previews when typing pauses."""
        text = self.final_text()
        spoiler = self.panel.spoiler.text()
        for row in self.rows:
            row.update_count(text, spoiler)
        if thread_now:
            self.refresh_previews()
        else:
            self.thread_timer.start()
        self.update_when()

    @Slot()
    def refresh_previews(self) -> None:
        self.thread_timer.stop()
        over = [
            r
            for r in self.rows
            if r.selected and r.last is not None and not r.last.fits and not r.via_website
        ]
        edited = next(
            (self.draft.thread[r.account.id] for r in over if r.account.id in self.draft.thread),
            None,
        )
        draft = replace(self.draft, text=self.panel.text.toPlainText())
        draft = replace(draft, spoiler=self.panel.spoiler.text())
        self.thread_preview.show_for(draft, over, self.basics.hashtag, edited)
        self.preview.show_for(
            draft,
            self.selected(),
            self.basics.hashtag,
            empty=not self.final_text(),
            pictures=self.pictures,
        )

    def update_when(self) -> None:
        p = self.panel
        p.post_at.setEnabled(p.schedule.isChecked())
        p.when_note.setVisible(p.schedule.isChecked())
        if not p.schedule.isChecked():
            p.when_note.setText(
                QCoreApplication.translate("ComposeWidget", "As soon as there is a connection.")
            )
            return
        secs = p.post_at.dateTime().toSecsSinceEpoch()
        # the day named in the interface language (QDateTime.toString is always English)
        note = (
            QCoreApplication.translate("ComposeWidget", "%1 here · %2 UTC (event time).")
            .replace("%1", day_and_time(datetime.fromtimestamp(secs, tz=UTC).astimezone()))
            .replace("%2", day_and_time(datetime.fromtimestamp(secs, tz=UTC)))
        )
        nets = {r.account.network for r in self.rows if r.selected}
        if nets - {Network.MASTODON}:
            note += " " + QCoreApplication.translate(
                "ComposeWidget", "Bluesky/X posts need the app running and online at that time."
            )
        if Network.MASTODON in nets:
            note += " " + QCoreApplication.translate(
                "ComposeWidget", "Mastodon gets it ahead of time when online."
            )
        p.when_note.setText(note)

    # -- user edits ------------------------------------------------------------
    @Slot()
    def _on_text_changed(self) -> None:
        if not self.loading and self.draft.thread:
            # the text changed: split again, and offer the edited parts back
            self.thread_preview.keep(next(iter(self.draft.thread.values())))
            self.draft = replace(self.draft, thread={})
        self._changed()
        self.update_counts()

    @Slot()
    def _on_field_changed(self) -> None:
        self._changed()
        self.update_when()

    @Slot()
    def _on_targets_changed(self) -> None:
        self._changed()
        self.update_counts(thread_now=True)

    @Slot(list)
    def _on_thread_edited(self, parts: list[str]) -> None:
        if self.loading:
            return
        over = self.thread_preview.over
        self.draft = replace(self.draft, thread={r.account.id: parts for r in over})
        self._changed()
        self.thread_timer.start()

    def _changed(self) -> None:
        if not self.loading:
            self.changed.emit()

    @Slot(int)
    def _on_template(self, index: int) -> None:
        text = str(self.panel.template.itemData(index) or "")
        if text:
            self.panel.text.insertPlainText(text)
            self._select_placeholder()
        self.panel.template.setCurrentIndex(0)
        self.panel.text.setFocus()

    def _select_placeholder(self) -> None:
        """Select the first {blank} so typing replaces it."""
        m = PLACEHOLDER.search(self.panel.text.toPlainText())
        if m is None:
            return
        cursor = self.panel.text.textCursor()
        cursor.setPosition(m.start())
        cursor.setPosition(m.end(), QTextCursor.MoveMode.KeepAnchor)
        self.panel.text.setTextCursor(cursor)

    @Slot(int)
    def _on_tag(self, index: int) -> None:
        tag = str(self.panel.tags.itemData(index) or "")
        if tag and f"#{tag}".lower() not in self.panel.text.toPlainText().lower():
            self.panel.text.insertPlainText(f" #{tag}")
        self.panel.tags.setCurrentIndex(0)

    def retranslate(self) -> None:
        for row in self.rows:
            row.retranslate()
        self.fill_suggestions()
        self.update_counts(thread_now=True)
