"""The drafts column and saving: list with time and state, new/duplicate/delete/undo,
autosave (debounced, at most one interval lost) and the "Saved 18:22" state."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from functools import partial
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QListWidgetItem

from companion.core.changes import Changes
from companion.core.clock import Clock
from companion.core.compose.drafts import Draft, DraftStore
from companion.ui.a11y import announce
from companion.ui.compose.view import ComposeView
from companion.ui.errors import error_text
from companion.ui.locale_format import day_and_time, hm
from companion.ui.ops import QueryOp
from companion.ui.plain import plain_tooltip
from companion.ui.tasks import TaskManager

log = logging.getLogger(__name__)


def is_empty(draft: Draft) -> bool:
    """Nothing typed and no picture: never saved, never listed."""
    return not draft.text.strip() and not draft.spoiler.strip() and not draft.images


def state_name(draft: Draft) -> str:
    return {
        "draft": QCoreApplication.translate("ComposeWidget", "draft"),
        "outbox": QCoreApplication.translate("ComposeWidget", "in the outbox"),
        "sent": QCoreApplication.translate("ComposeWidget", "sent"),
    }.get(draft.status, draft.status)


class DraftsController(QObject):
    """Signals:
    open_requested(object): show this Draft (loaded with its pictures).
    saved(object): the current draft was saved (as this Draft)."""

    open_requested = Signal(object)
    #: the Draft as saved (its new ``updated_at``; a new id when saved as a copy)
    saved = Signal(object)

    def __init__(
        self,
        view: ComposeView,
        store: DraftStore,
        tasks: TaskManager,
        clock: Clock,
        collect: Callable[[], Draft],
        interval_ms: Callable[[], int],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.view = view
        self.store = store
        self.tasks = tasks
        self.clock = clock
        self.collect = collect
        self.interval_ms = interval_ms
        self.current_id = ""
        self.dirty = False
        self.closing = False
        self.deleted: str | None = None
        self.drafts: list[Draft] = []
        self._saved_at: datetime | None = None
        self._save_error = ""
        self._copied = False
        #: drafts sent to the database this session (saved even when emptied again)
        self._submitted: set[str] = set()
        #: the draft being queued by Send: its job saves it, an autosave must not (it
        #: would write the editor's copy, still a "draft", over the queued one)
        self.held = ""
        #: a draft whose last write was a failed Send's (see release)
        self._sent_over = ""
        #: drafts whose save failed after another draft was shown: saved again with the
        #: next save (a full disk, a locked database: nothing typed is lost)
        self._unsaved: dict[str, Draft] = {}
        #: the wait before a failed save is tried again without a keystroke (ms)
        self._retry_ms = 0
        self.autosave = QTimer(self)
        self.autosave.setSingleShot(True)
        self.autosave.setInterval(max(200, min(interval_ms(), 5000)))
        self.autosave.timeout.connect(self.save_now)
        view.dup_btn.clicked.connect(self._on_duplicate)
        view.del_btn.clicked.connect(self._on_delete)
        view.undo_btn.clicked.connect(self._on_undo)
        view.drafts.itemActivated.connect(self._on_chosen)
        view.drafts.itemClicked.connect(self._on_chosen)
        # a draft became "sent" (its last post went out): announced, not polled
        tasks.hub.subscribe(self, self._on_drafts_changed, drafts=True)

    # -- the list ------------------------------------------------------------
    def fill(self, drafts: list[Draft]) -> None:
        kept = [d for d in drafts if not is_empty(d)]
        # drafts being written first, then those in the outbox (each newest first)
        self.drafts = [d for d in kept if d.status == "draft"] + [
            d for d in kept if d.status != "draft"
        ]
        lst = self.view.drafts
        lst.blockSignals(True)
        lst.clear()
        for d in self.drafts:
            when = ""
            if d.updated_at:
                try:
                    when = day_and_time(datetime.fromisoformat(d.updated_at).astimezone())
                except ValueError:
                    when = ""
            title = d.title or QCoreApplication.translate("ComposeWidget", "(empty draft)")
            item = QListWidgetItem(f"{title}\n{state_name(d)} · {when}")
            item.setData(256, d.id)
            item.setToolTip(plain_tooltip(d.text[:300]))
            lst.addItem(item)
            if d.id == self.current_id:
                lst.setCurrentItem(item)
        lst.fit_rows()
        lst.blockSignals(False)

    def _on_drafts_changed(self, _changes: Changes) -> None:
        self.refresh()

    def refresh(self) -> None:
        QueryOp(self.tasks, lambda: self.store.list(include_sent=True)).success(self.fill).run()

    def open(self, draft_id: str) -> None:
        """Load a draft with its pictures on the db thread, then show it."""
        QueryOp(self.tasks, lambda: self.store.get(draft_id)).success(self._on_loaded).run()

    def _on_loaded(self, draft: Draft | None) -> None:
        if draft is not None:
            self.open_requested.emit(draft)

    @Slot(QListWidgetItem)
    def _on_chosen(self, item: QListWidgetItem) -> None:
        draft_id = str(item.data(256))
        if draft_id == self.current_id:
            return
        self.save_now()
        self.open(draft_id)

    # -- saving ----------------------------------------------------------------
    def shown(self, draft: Draft) -> None:
        """A draft is now in the editor (nothing unsaved yet)."""
        self.current_id = draft.id
        self.dirty = False
        self._saved_at = None
        self._save_error = ""
        self._copied = False
        self.show_state()

    def hold(self, draft_id: str) -> None:
        """Send took ``draft_id`` with what is typed: no autosave of it until released."""
        self.held = draft_id
        self.autosave.stop()
        if draft_id == self.current_id:
            self.dirty = False  # what is typed goes into the outbox with the post

    def release(self, *, saved: bool) -> None:
        """Send is over. ``saved`` False (it failed): what is shown is saved again, in
        case the failure came before the draft was written."""
        held, self.held = self.held, ""
        if not saved and held and held == self.current_id:
            # Send wrote the draft before it failed: that newer stamp is ours, not
            # another window's, so this save goes over it rather than beside it
            self._sent_over = held
            self.mark_dirty()
            self.save_now()

    def mark_dirty(self) -> None:
        self.dirty = True
        if not self.autosave.isActive():
            self.autosave.setInterval(max(200, min(self.interval_ms(), 5000)))
            self.autosave.start()  # not restarted per keystroke: at most one interval lost

    @Slot()
    def save_now(self) -> Any:
        """Save the current draft on the db thread (and any left unsaved by a failure);
        returns the Future of the last save (None: nothing to do)."""
        self.autosave.stop()
        last = self._save_left_behind()
        if not self.dirty or (self.held and self.held == self.current_id):
            return last
        draft = self.collect()
        self.dirty = False
        if draft.id == self._sent_over:
            self._sent_over = ""
            draft = replace(draft, updated_at="")  # the stamp check is not for Send's write
        if is_empty(draft) and not draft.updated_at and draft.id not in self._submitted:
            return last  # an empty new draft is never saved
        self._submitted.add(draft.id)
        return self._save(draft)

    def _save(self, draft: Draft) -> Any:
        store = self.store

        def job() -> tuple[str, Draft, bool]:
            saved, copied = store.save_unless_changed(draft)
            return draft.id, saved, copied

        return (
            QueryOp(self.tasks, job)
            .success(self._on_saved)
            .failure(partial(self._on_failed, draft))
            .run()
        )

    def _save_left_behind(self) -> Any:
        last = None
        for draft_id in list(self._unsaved):
            last = self._save(self._unsaved.pop(draft_id))
        return last

    def _on_saved(self, result: tuple[str, Draft, bool]) -> None:
        if self.closing:
            return
        old_id, draft, copied = result
        self._retry_ms = 0
        if old_id == self.current_id:
            self.current_id = draft.id
            self._saved_at = self.clock.now().astimezone()
            self._save_error = ""
            self._copied = bool(copied)
            self.show_state()
            self.saved.emit(draft)
            if copied:
                announce(self.view.saved, self.view.saved.text(), assertive=True)
        elif self._save_error and not self.dirty and not self._unsaved:
            self._save_error = ""  # the draft left unsaved is saved now
            self.show_state()
        self.refresh()

    def _on_failed(self, draft: Draft, exc: BaseException) -> None:
        if draft.id == self.current_id:
            self.dirty = True  # saved again from the editor, with what is typed since
        else:
            self._unsaved[draft.id] = draft  # another draft is shown now: kept here
        self._save_error = error_text(exc)
        self.show_state()
        announce(self.view.saved, self.view.saved.text(), assertive=True)
        if self.closing:
            return
        # tried again without waiting for a keystroke, less often while it fails
        self._retry_ms = min(max(2 * self._retry_ms, self.autosave.interval()), 60_000)
        self.autosave.setInterval(self._retry_ms)
        self.autosave.start()

    def show_state(self) -> None:
        if self._save_error:
            text = QCoreApplication.translate("ComposeWidget", "Not saved: %1").replace(
                "%1", self._save_error
            )
        elif self._saved_at is not None and self._copied:
            text = QCoreApplication.translate(
                "ComposeWidget",
                "Saved %1 as a new draft: this draft was also changed in another window.",
            ).replace("%1", hm(self._saved_at))
        elif self._saved_at is not None:
            text = QCoreApplication.translate("ComposeWidget", "Saved %1").replace(
                "%1", hm(self._saved_at)
            )
        else:
            text = ""
        self.view.saved.setText(text)

    # -- duplicate, delete, undo ----------------------------------------------------
    @Slot()
    def _on_duplicate(self) -> None:
        if is_empty(self.collect()):
            return  # nothing to copy (and never saved)
        self.save_now()
        draft_id = self.current_id
        QueryOp(self.tasks, lambda: self.store.duplicate(draft_id)).success(self._on_copied).run()

    def _on_copied(self, draft: Draft | None) -> None:
        self._on_loaded(draft)
        self.refresh()

    @Slot()
    def _on_delete(self) -> None:
        self.save_now()
        draft_id = self.current_id
        self.deleted = draft_id
        QueryOp(self.tasks, lambda: self.store.delete(draft_id)).success(
            lambda _: self.refresh()
        ).run()
        self.view.undo_btn.show()

    @Slot()
    def _on_undo(self) -> None:
        if self.deleted is None:
            return
        draft_id, self.deleted = self.deleted, None
        self.view.undo_btn.hide()

        def job() -> Draft | None:
            self.store.undelete(draft_id)
            return self.store.get(draft_id)

        QueryOp(self.tasks, job).success(self._on_copied).run()

    def retranslate(self) -> None:
        self.fill(self.drafts)
        self.show_state()
