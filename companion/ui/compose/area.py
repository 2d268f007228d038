"""Entry point of the compose area: ``create(ctx)`` builds its widget.

:class:`ComposeWidget` is the controller: it keeps the current draft, saves it
(debounced, at most ``autosave_interval_ms`` after the first unsaved change, and
on close), updates the per-network counters on each keystroke, and runs the
outbox sender in the background.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QDateTime, QEvent, QTimer, QUrl, Slot
from PySide6.QtGui import (
    QDesktopServices,
    QKeySequence,
    QShortcut,
    QShowEvent,
)
from PySide6.QtWidgets import QFileDialog, QListWidgetItem, QWidget

from companion.core.accounts.model import Account, AccountRepository, Network
from companion.core.accounts.session import SessionManager
from companion.core.compose.counting import ensure_hashtag, x_intent_url
from companion.core.compose.drafts import Draft, DraftImage, DraftStore
from companion.core.compose.images import MAX_IMAGES
from companion.core.compose.outbox import Outbox, queue_draft
from companion.core.compose.sender import Sender
from companion.core.event.current import EventBasics, current_basics
from companion.core.services import CoreServices
from companion.ui.a11y import announce
from companion.ui.compose.outbox_controller import OutboxController
from companion.ui.compose.sender_runner import SenderRunner
from companion.ui.compose.targets import TargetRow
from companion.ui.compose.thread_preview import ThreadPreview
from companion.ui.compose.view import ComposeView, ImageRow, read_thumbnail
from companion.ui.context import AppContext
from companion.ui.locale_format import hms
from companion.ui.plain import plain_tooltip
from companion.ui.tasks import TaskManager

log = logging.getLogger(__name__)


@dataclass
class ComposeDeps:
    core: CoreServices
    tasks: TaskManager
    #: run the background sender (off in tests that must not touch the network)
    auto_send: bool = True


def create(ctx: AppContext) -> QWidget:
    widget = ComposeWidget(ComposeDeps(ctx.core, ctx.tasks))
    ctx.connectivity.online_changed.connect(widget.on_online_changed)
    return widget


class ComposeWidget(QWidget):
    """The composer and the outbox."""

    def __init__(self, deps: ComposeDeps, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.core = deps.core
        self.tasks = deps.tasks
        self.store = DraftStore(self.core.db, self.core.clock.now)
        self.accounts_repo = AccountRepository(self.core.db)
        self.outbox = Outbox(self.core.db, self.core.paths.data / "outbox-media")
        self.outbox_sender = Sender(
            self.outbox,
            self.accounts_repo,
            SessionManager(self.accounts_repo, self.core.credentials, self.core.http),
            self.core.http,
            now=self.core.clock.now,
        )
        self.view = ComposeView(self)
        from PySide6.QtWidgets import QVBoxLayout

        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.view)
        self.basics: EventBasics = EventBasics()
        self.accounts: list[Account] = []
        self.rows: list[TargetRow] = []
        self.image_rows: list[ImageRow] = []
        self.draft: Draft = Draft.new(language=self.core.settings.compose.default_language)
        self._loading = False
        self._dirty = False
        self._deleted: str | None = None
        self._closing = False

        self.autosave = QTimer(self)
        self.autosave.setSingleShot(True)
        self.autosave.setInterval(
            max(200, min(self.core.settings.compose.autosave_interval_ms, 5000))
        )
        self.autosave.timeout.connect(self._on_autosave)
        # the thread preview is heavier than the counters: update it when typing pauses
        self.thread_timer = QTimer(self)
        self.thread_timer.setSingleShot(True)
        self.thread_timer.setInterval(300)
        self.thread_timer.timeout.connect(self._refresh_thread)
        self.outbox_ctl = OutboxController(
            self.view.outbox, self.outbox, self.tasks, self.core.clock.now, self
        )
        self.runner = SenderRunner(
            self.outbox,
            self.outbox_sender,
            self.tasks,
            self.core.clock.now,
            enabled=deps.auto_send,
            parent=self,
        )
        self.runner.changed.connect(self.outbox_ctl.refresh)
        self.outbox_ctl.send_requested.connect(self.runner.send_due)

        v = self.view
        v.text.textChanged.connect(self._on_text_changed)
        v.spoiler.textChanged.connect(self._on_text_changed)
        v.language.currentIndexChanged.connect(self._on_field_changed)
        self.thread_preview = ThreadPreview(v.thread_box, v.thread_edit, v.thread_status, self)
        self.thread_preview.edited.connect(self._on_thread_edited)
        v.new_btn.clicked.connect(self._on_new)
        v.dup_btn.clicked.connect(self._on_duplicate)
        v.del_btn.clicked.connect(self._on_delete)
        v.undo_btn.clicked.connect(self._on_undo)
        v.drafts.itemActivated.connect(self._on_draft_chosen)
        v.drafts.itemClicked.connect(self._on_draft_chosen)
        v.add_image.clicked.connect(self._on_add_image)
        v.send.clicked.connect(self._on_send)
        self.send_shortcut = QShortcut(QKeySequence("Ctrl+Return"), self)
        self.send_shortcut.activated.connect(self._on_send)
        self.send_shortcut.setWhatsThis(self.tr("Compose: send or queue the post"))
        v.open_x.clicked.connect(self._on_open_x)
        v.template.activated.connect(self._on_template)
        v.tags.activated.connect(self._on_tag)
        v.schedule.toggled.connect(self._on_schedule_toggled)
        v.post_at.dateTimeChanged.connect(self._on_field_changed)
        v.post_at.setDateTime(QDateTime.fromSecsSinceEpoch(int(self.core.clock.timestamp()) + 3600))
        self._load()

    # -- loading -----------------------------------------------------------
    def _load(self) -> None:
        core = self.core

        def job() -> tuple[EventBasics, list[Account], list[Draft]]:
            self.store.purge_deleted()  # deleted in an earlier session: undo is gone
            return (
                current_basics(core.paths, core.settings),
                self.accounts_repo.list(),
                self.store.list(),
            )

        self.tasks.run_db(job, on_success=self._on_loaded)
        self.outbox_ctl.refresh()

    def _on_loaded(self, result: Any) -> None:
        basics, accounts, drafts = result
        self.basics = basics
        self.accounts = accounts
        self._build_targets()
        self._fill_suggestions()
        self._fill_drafts(drafts)
        self.outbox_ctl.set_accounts(accounts)
        if drafts and not self.draft.text and self.draft.updated_at == "":
            self._open_draft(drafts[0].id)
        else:
            self._update_counts()
        self.runner.send_due()

    def _open_draft(self, draft_id: str) -> None:
        """Load a draft with its pictures on the db thread, then show it."""
        self.tasks.run_db(lambda: self.store.get(draft_id), on_success=self._on_draft_loaded)

    def _build_targets(self) -> None:
        for row in self.rows:
            row.setParent(None)
            row.deleteLater()
        self.rows = []
        layout = self.view.targets_layout
        self.view.no_accounts.setVisible(not self.accounts)
        for account in self.accounts:
            row = TargetRow(account, self.view.targets_box)
            row.check.setChecked(account.id in self.draft.targets if self.draft.targets else True)
            row.toggled.connect(self._on_targets_changed)  # after setChecked: no save yet
            layout.addWidget(row)
            self.rows.append(row)

    def _fill_suggestions(self) -> None:
        v = self.view
        v.template.clear()
        v.template.addItem(self.tr("Templates…"), "")
        for t in self.basics.templates:
            v.template.addItem(t[:60], t)
        v.template.setEnabled(bool(self.basics.templates))
        v.tags.clear()
        v.tags.addItem(self.tr("Add hashtag…"), "")
        for tag in (self.basics.hashtag, *self.basics.extra_tags):
            v.tags.addItem("#" + tag, tag)

    def _fill_drafts(self, drafts: list[Draft]) -> None:
        lst = self.view.drafts
        lst.blockSignals(True)
        lst.clear()
        for d in drafts:
            item = QListWidgetItem(d.title or self.tr("(empty draft)"))
            item.setData(256, d.id)
            item.setToolTip(plain_tooltip(d.text[:300]))
            lst.addItem(item)
            if d.id == self.draft.id:
                lst.setCurrentItem(item)
        lst.blockSignals(False)

    def _refresh_drafts(self) -> None:
        self.tasks.run_db(self.store.list, on_success=self._fill_drafts)

    # -- showing a draft -------------------------------------------------
    def _show_draft(self, draft: Draft) -> None:
        self._loading = True
        try:
            self.draft = draft
            v = self.view
            v.text.setPlainText(draft.text)
            v.spoiler.setText(draft.spoiler)
            idx = v.language.findData(draft.language)
            v.language.setCurrentIndex(max(0, idx))
            v.schedule.setChecked(draft.post_at is not None)
            if draft.post_at is not None:
                v.post_at.setDateTime(QDateTime.fromSecsSinceEpoch(int(draft.post_at.timestamp())))
            for row in self.rows:
                row.check.setChecked(not draft.targets or row.account.id in draft.targets)
            self._show_images()
            self._dirty = False
            v.saved.setText("")
        finally:
            self._loading = False
        self._update_counts(thread_now=True)

    def _on_draft_loaded(self, draft: Any) -> None:
        if isinstance(draft, Draft):
            self._show_draft(draft)

    # -- editing ---------------------------------------------------------
    def _collect(self) -> Draft:
        v = self.view
        post_at = None
        if v.schedule.isChecked():
            post_at = datetime.fromtimestamp(v.post_at.dateTime().toSecsSinceEpoch(), tz=UTC)
        return replace(
            self.draft,
            text=v.text.toPlainText(),
            spoiler=v.spoiler.text(),
            language=str(v.language.currentData() or "en"),
            targets=[r.account.id for r in self.rows if r.selected],
            post_at=post_at,
            images=[
                DraftImage(img.path, row.alt.text())
                for img, row in zip(self.draft.images, self.image_rows, strict=False)
            ],
        )

    def _mark_dirty(self) -> None:
        if self._loading:
            return
        self._dirty = True
        if not self.autosave.isActive():
            interval = self.core.settings.compose.autosave_interval_ms
            self.autosave.setInterval(max(200, min(interval, 5000)))
            self.autosave.start()  # not restarted per keystroke: at most one interval lost

    @Slot()
    def _on_text_changed(self) -> None:
        if not self._loading and self.draft.thread:
            self.draft = replace(self.draft, thread={})  # the text changed: split again
        self._mark_dirty()
        self._update_counts()

    @Slot()
    def _on_field_changed(self) -> None:
        self._mark_dirty()
        self._update_when()

    @Slot()
    def _on_targets_changed(self) -> None:
        self._mark_dirty()
        self._update_counts(thread_now=True)

    def final_text(self) -> str:
        return ensure_hashtag(self.view.text.toPlainText(), self.basics.hashtag)

    def _update_counts(self, *, thread_now: bool = False) -> None:
        """Live counters on every keystroke; the thread preview when typing pauses."""
        text = self.final_text()
        spoiler = self.view.spoiler.text()
        for row in self.rows:
            row.update_count(text, spoiler)
        if thread_now:
            self._refresh_thread()
        else:
            self.thread_timer.start()
        self._update_problems()

    @Slot()
    def _refresh_thread(self) -> None:
        self.thread_timer.stop()
        over = [
            r
            for r in self.rows
            if r.selected
            and r.last is not None
            and not r.last.fits
            and r.account.network is not Network.X
        ]
        edited = next(
            (self.draft.thread[r.account.id] for r in over if r.account.id in self.draft.thread),
            None,
        )
        self.thread_preview.show_for(self.final_text(), over, self.basics.hashtag, edited)

    @Slot(list)
    def _on_thread_edited(self, parts: list[str]) -> None:
        if self._loading:
            return
        self.draft = replace(
            self.draft, thread={r.account.id: parts for r in self.thread_preview.over}
        )
        self._mark_dirty()

    def _update_problems(self) -> None:
        problems = []
        for n, row in enumerate(self.image_rows, start=1):
            missing = not row.alt.text().strip()
            row.warning.setText(
                self.tr("Picture %1 needs a description before posting.").replace("%1", str(n))
                if missing
                else ""
            )
            if missing:
                problems.append(self.tr("A picture has no description (alt text)."))
        if self.accounts and not any(r.selected for r in self.rows):
            problems.append(self.tr("Choose where to post."))
        self.view.problems.setText(" ".join(dict.fromkeys(problems)))
        has_x = any(r.selected and r.account.network is Network.X for r in self.rows)
        self.view.open_x.setVisible(has_x or not self.accounts)
        self._update_when()

    def _update_when(self) -> None:
        v = self.view
        v.post_at.setEnabled(v.schedule.isChecked())
        if not v.schedule.isChecked():
            v.when_note.setText(self.tr("As soon as there is a connection."))
            return
        local = v.post_at.dateTime()
        utc = local.toUTC()
        note = (
            self.tr("%1 here · %2 UTC (event time).")
            .replace("%1", local.toString("ddd HH:mm"))
            .replace("%2", utc.toString("ddd HH:mm"))
        )
        nets = {r.account.network for r in self.rows if r.selected}
        if nets - {Network.MASTODON}:
            note += " " + self.tr("Bluesky/X posts need the app running and online at that time.")
        if Network.MASTODON in nets:
            note += " " + self.tr("Mastodon gets it ahead of time when online.")
        v.when_note.setText(note)

    @Slot(bool)
    def _on_schedule_toggled(self, on: bool) -> None:
        self._on_field_changed()

    # -- saving ----------------------------------------------------------
    @Slot()
    def _on_autosave(self) -> None:
        self.save_now()

    def save_now(self) -> Any:
        """Save the current draft on the db thread; returns the Future."""
        self.autosave.stop()
        if not self._dirty:
            return None
        draft = self._collect()
        self.draft = draft
        self._dirty = False
        return self.tasks.run_db(
            lambda: self.store.save(draft),
            on_success=self._on_saved,
            on_failure=self._on_save_failed,
        )

    def _on_saved(self, draft: Any) -> None:
        if self._closing:
            return
        saved_at = self.core.clock.now().astimezone()  # the app's clock, in local time
        self.view.saved.setText(self.tr("Saved %1").replace("%1", hms(saved_at)))
        if isinstance(draft, Draft) and draft.id == self.draft.id:
            self.draft = replace(self.draft, updated_at=draft.updated_at)
        self._refresh_drafts()

    def _on_save_failed(self, exc: BaseException) -> None:
        self._dirty = True
        self.view.saved.setText(self.tr("Not saved: %1").replace("%1", str(exc)))
        announce(self.view.saved, self.view.saved.text(), assertive=True)

    # -- drafts list -------------------------------------------------------
    def start_draft(self, text: str, source: str) -> None:
        """Start a new draft prefilled with ``text`` (from the programme, a photobook…)."""
        self.save_now()
        draft = Draft.new(
            ensure_hashtag(text, self.basics.hashtag), language=self.draft.language, source=source
        )
        self._show_draft(draft)
        self.view.tabs.setCurrentIndex(0)
        self._dirty = True
        self.save_now()
        self.view.text.setFocus()

    @Slot()
    def _on_new(self) -> None:
        self.start_draft("", "")

    @Slot()
    def _on_duplicate(self) -> None:
        self.save_now()
        draft_id = self.draft.id
        self.tasks.run_db(lambda: self.store.duplicate(draft_id), on_success=self._on_duplicated)

    def _on_duplicated(self, draft: Any) -> None:
        self._show_draft(draft)
        self._refresh_drafts()

    @Slot()
    def _on_delete(self) -> None:
        self.save_now()
        draft_id = self.draft.id
        self._deleted = draft_id
        self.tasks.run_db(
            lambda: self.store.delete(draft_id), on_success=lambda _: self._refresh_drafts()
        )
        self.view.undo_btn.show()
        self._show_draft(Draft.new(language=self.draft.language))

    @Slot()
    def _on_undo(self) -> None:
        if self._deleted is None:
            return
        draft_id, self._deleted = self._deleted, None
        self.view.undo_btn.hide()

        def job() -> Draft | None:
            self.store.undelete(draft_id)
            return self.store.get(draft_id)

        self.tasks.run_db(job, on_success=self._on_undone)

    def _on_undone(self, draft: Any) -> None:
        if isinstance(draft, Draft):
            self._show_draft(draft)
        self._refresh_drafts()

    @Slot(QListWidgetItem)
    def _on_draft_chosen(self, item: QListWidgetItem) -> None:
        draft_id = str(item.data(256))
        if draft_id == self.draft.id:
            return
        self.save_now()
        self._open_draft(draft_id)

    # -- templates and tags -----------------------------------------------
    @Slot(int)
    def _on_template(self, index: int) -> None:
        text = str(self.view.template.itemData(index) or "")
        if text:
            self.view.text.insertPlainText(text)
        self.view.template.setCurrentIndex(0)

    @Slot(int)
    def _on_tag(self, index: int) -> None:
        tag = str(self.view.tags.itemData(index) or "")
        if tag and f"#{tag}".lower() not in self.view.text.toPlainText().lower():
            self.view.text.insertPlainText(f" #{tag}")
        self.view.tags.setCurrentIndex(0)

    # -- pictures ----------------------------------------------------------
    @classmethod
    def ask_image(cls, parent: QWidget) -> str:
        """Ask for a picture file (tests replace this)."""
        path, _ = QFileDialog.getOpenFileName(
            parent,
            QCoreApplication.translate("ComposeWidget", "Add picture"),
            "",
            QCoreApplication.translate("ComposeWidget", "Pictures (*.jpg *.jpeg *.png *.webp)"),
        )
        return path

    @Slot()
    def _on_add_image(self) -> None:
        if len(self.draft.images) >= MAX_IMAGES:
            self.view.problems.setText(self.tr("At most 4 pictures per post."))
            return
        path = self.ask_image(self)
        if path:
            self.add_image(path)

    def add_image(self, path: str, alt: str = "") -> None:
        self.draft = replace(
            self._collect(), images=[*self._collect().images, DraftImage(path, alt)]
        )
        self._show_images()
        self._mark_dirty()

    def _show_images(self) -> None:
        for row in self.image_rows:
            row.setParent(None)
            row.deleteLater()
        self.image_rows = []
        for image in self.draft.images:
            row = ImageRow(self.view.images_box)
            row.alt.setText(image.alt)
            row.alt.textChanged.connect(self._on_alt_changed)
            row.remove.clicked.connect(self._on_remove_image)
            self.view.images_layout.addWidget(row)
            self.image_rows.append(row)
            self._load_thumb(image.path, row)
        self.view.add_image.setEnabled(len(self.draft.images) < MAX_IMAGES)
        self._update_problems()

    def _load_thumb(self, path: str, row: ImageRow) -> None:
        self.tasks.run_db(lambda: read_thumbnail(path), on_success=row.set_image)

    @Slot()
    def _on_alt_changed(self) -> None:
        self._mark_dirty()
        self._update_problems()

    @Slot()
    def _on_remove_image(self) -> None:
        sender = self.sender_row()
        if sender is None:
            return
        index = self.image_rows.index(sender)
        current = self._collect()
        images = [img for n, img in enumerate(current.images) if n != index]
        self.draft = replace(current, images=images)
        self._show_images()
        self._mark_dirty()

    def sender_row(self) -> ImageRow | None:
        button = self.sender()
        for row in self.image_rows:
            if row.remove is button:
                return row
        return None

    # -- sending -----------------------------------------------------------
    @Slot()
    def _on_open_x(self) -> None:
        QDesktopServices.openUrl(QUrl(x_intent_url(self.final_text())))

    @Slot()
    def _on_send(self) -> None:
        self._dirty = True
        self.save_now()
        draft = self.draft  # queue_draft adds the event hashtag, as `outbox add` does
        # X accounts too: without API access the outbox keeps an "open on X" link
        accounts = [r.account for r in self.rows if r.selected]
        hashtag = self.basics.hashtag
        now = self.core.clock.now()
        self.view.send.setEnabled(False)

        def job() -> list[int]:
            return queue_draft(self.store, self.outbox, draft, accounts, hashtag, now)

        self.tasks.run_db(job, on_success=self._on_queued, on_failure=self._on_queue_failed)

    def _on_queued(self, ids: Any) -> None:
        self.view.send.setEnabled(True)
        self._show_draft(Draft.new(language=self.draft.language))
        self._refresh_drafts()
        self.view.tabs.setCurrentIndex(1)
        self.outbox_ctl.refresh()
        self.send_due()

    def _on_queue_failed(self, exc: BaseException) -> None:
        self.view.send.setEnabled(True)
        self.view.problems.setText(str(exc))
        announce(self.view.problems, str(exc), assertive=True)

    def send_due(self) -> None:
        self.runner.send_due()

    @Slot(bool)
    def on_online_changed(self, online: bool) -> None:
        self.runner.on_online_changed(online)

    # -- lifecycle ----------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # accounts may have been added or logged in again in the Accounts area
        self.tasks.run_db(self.accounts_repo.list, on_success=self._on_accounts)

    def _on_accounts(self, accounts: Any) -> None:
        fresh = [(a.id, a.state, a.handle) for a in accounts]
        if fresh == [(a.id, a.state, a.handle) for a in self.accounts]:
            return
        self.draft = self._collect()
        self.accounts = list(accounts)
        self._build_targets()
        self.outbox_ctl.set_accounts(self.accounts)
        self._update_counts(thread_now=True)
        self.send_due()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.view.retranslate()
        self.send_shortcut.setWhatsThis(self.tr("Compose: send or queue the post"))
        self.outbox_ctl.show_items(self.outbox_ctl.items)
        for row in self.rows:
            row.retranslate()
        for img in self.image_rows:
            img.retranslate()
        self._fill_suggestions()
        self._update_counts()

    def shutdown(self) -> None:
        """Save what is typed and stop the timers (the window is closing)."""
        self.runner.stop()
        future = self.save_now()
        self._closing = True
        if future is not None:
            try:
                future.result(timeout=10)
            except Exception:
                log.info("final draft save failed")
