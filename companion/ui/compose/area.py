"""Entry point of the compose area: ``create(ctx)`` builds its widget.

:class:`ComposeWidget` only wires the pieces: :class:`DraftsController` (list and
saving), :class:`EditorController` (text, targets, counters, previews),
:class:`MediaController` (pictures), :class:`SendController` (Send) and the outbox.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QLocale
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QVBoxLayout, QWidget

from companion.core.accounts.model import Account
from companion.core.changes import Changes
from companion.core.compose.drafts import Draft
from companion.core.event.current import EventBasics
from companion.core.settings import ComposeSettings
from companion.ui.area_base import AreaWidget
from companion.ui.compose.drafts_list import DraftsController
from companion.ui.compose.editor import EditorController
from companion.ui.compose.editor_view import LANGUAGES
from companion.ui.compose.media import MediaController
from companion.ui.compose.outbox_controller import OutboxController
from companion.ui.compose.sender_runner import SenderRunner
from companion.ui.compose.sending import SendController
from companion.ui.compose.services import ComposeServices, compose_services
from companion.ui.compose.targets import TargetRow
from companion.ui.compose.view import ComposeView, ImageRow
from companion.ui.context import AppContext
from companion.ui.i18n import follow_language
from companion.ui.ops import QueryOp
from companion.ui.tasks import TaskManager

log = logging.getLogger(__name__)

LANGUAGE_CODES = {code for code, _ in LANGUAGES}
#: how long quitting waits for the last draft save (it lands later all the same: the
#: database lane runs every write queued before the app ends)
SAVE_WAIT_S = 5.0


@dataclass
class ComposeDeps:
    services: ComposeServices
    tasks: TaskManager
    #: run the background sender (off in tests that must not touch the network)
    auto_send: bool = True


def create(ctx: AppContext) -> AreaWidget:
    widget = ComposeWidget(ComposeDeps(compose_services(ctx.services), ctx.tasks))
    ctx.connectivity.online_changed.connect(widget.on_online_changed)
    return widget


class ComposeWidget(AreaWidget):
    """The composer and the outbox."""

    def __init__(self, deps: ComposeDeps, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = deps.services
        self.clock = deps.services.clock
        self.tasks = deps.tasks
        self.store = deps.services.drafts
        self.accounts_repo = deps.services.accounts
        self.outbox = deps.services.outbox
        self.view = ComposeView(self)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.view)
        self.accounts: list[Account] = []

        self.editor = EditorController(self.view.editor, self.clock, self)
        self.editor.draft = Draft.new(language=self.default_language())
        self.media = MediaController(self.view.editor, deps.tasks, self)
        self.drafts = DraftsController(
            self.view,
            self.store,
            deps.tasks,
            self.clock,
            self.collect,
            lambda: self.settings.autosave_interval_ms,
            self,
        )
        self.sending = SendController(
            self.view, deps.services, deps.tasks, self.editor, self.collect, self
        )
        self.outbox_ctl = OutboxController(
            self.view.outbox, self.outbox, self.tasks, self.clock.corrected_now, self
        )
        self.runner = SenderRunner(
            self.outbox,
            deps.services.sender,
            self.tasks,
            self.clock.now,
            enabled=deps.auto_send,
            parent=self,
        )
        self.runner.changed.connect(self.outbox_ctl.refresh)
        self.outbox_ctl.send_requested.connect(self.runner.send_due)
        self.outbox_ctl.edit_requested.connect(self._on_edit_requested)

        self.editor.changed.connect(self._on_changed)
        self.media.changed.connect(self._on_media_changed)
        self.drafts.open_requested.connect(self.show_draft)
        self.drafts.saved.connect(self._on_saved)
        self.sending.started.connect(self._on_send_started)
        self.sending.queued.connect(self._on_queued)
        self.sending.failed.connect(self._on_send_failed)
        self.view.new_btn.clicked.connect(self._on_new)
        self.view.del_btn.clicked.connect(self._on_deleted)  # after the drafts list's slot
        self.send_shortcut = QShortcut(QKeySequence("Ctrl+Return"), self)
        self.send_shortcut.activated.connect(self.sending.send)
        self.send_shortcut.setWhatsThis(self.tr("Compose: send or queue the post"))
        # accounts added or logged in again elsewhere, a newer event file: announced
        self.tasks.hub.subscribe(self, self._on_accounts_changed, accounts=True)
        self.tasks.hub.subscribe(
            self, self._on_event_changed, event=True, settings=("live.extra_tags",)
        )
        self.show_draft(Draft.new(language=self.default_language()))
        self._load()
        follow_language(self.retranslate)

    # -- names the tests and other areas use ---------------------------------------
    @property
    def settings(self) -> ComposeSettings:
        """The compose settings in use (read each time: a change swaps them)."""
        return self.services.settings.current.compose

    @property
    def draft(self) -> Draft:
        return self.editor.draft

    @property
    def rows(self) -> list[TargetRow]:
        return self.editor.rows

    @property
    def image_rows(self) -> list[ImageRow]:
        return self.media.rows

    @property
    def autosave(self) -> Any:
        return self.drafts.autosave

    def default_language(self) -> str:
        """The post language: the compose setting, else the interface language."""
        code = self.settings.default_language or QLocale().name().split("_")[0]
        return code if code in LANGUAGE_CODES else "en"

    def collect(self) -> Draft:
        draft = replace(self.editor.collect(self.editor.draft), images=self.media.collect())
        self.editor.draft = draft
        return draft

    def save_now(self) -> Any:
        return self.drafts.save_now()

    def add_image(self, path: str, alt: str = "") -> None:
        self.media.add_image(path, alt)

    def _open_draft(self, draft_id: str) -> None:
        self.drafts.open(draft_id)

    # -- loading -----------------------------------------------------------------
    def _load(self) -> None:
        store, repo, basics = self.store, self.accounts_repo, self.services.basics
        outbox = self.outbox

        def job() -> tuple[EventBasics, list[Account], list[Draft]]:
            store.purge_deleted()  # deleted in an earlier session: undo is gone
            outbox.sweep_media()  # copies of pictures no post needs any more
            return basics(), repo.list(), store.list()

        QueryOp(self.tasks, job).success(self._on_loaded).run()
        self.outbox_ctl.refresh()

    def _on_loaded(self, result: tuple[EventBasics, list[Account], list[Draft]]) -> None:
        basics, accounts, drafts = result
        self.accounts = accounts
        self.editor.build_targets(accounts)
        self.editor.set_basics(basics)
        self.outbox_ctl.set_accounts(accounts)
        self.drafts.refresh()
        real = [d for d in drafts if d.text.strip()]
        if real and not self.view.text.toPlainText() and not self.editor.draft.updated_at:
            self.drafts.open(real[0].id)
        self._update_problems()
        self.runner.send_due()

    def _on_event_changed(self, _changes: Changes) -> None:
        QueryOp(self.tasks, self.services.basics).success(self.editor.set_basics).run()

    # -- one draft ------------------------------------------------------------------
    def show_draft(self, draft: Draft) -> None:
        self.editor.pictures = len(draft.images)  # before counting: an empty draft counts 0
        self.editor.show(draft)
        self.media.show(draft.images)
        self.drafts.shown(draft)
        self.view.problems.setText("")
        self._update_problems()

    def start_draft(self, text: str, source: str) -> bool:
        """Start a new draft prefilled with ``text`` (from the programme, a photobook…)."""
        self.save_now()
        self.show_draft(Draft.new(text, language=self.default_language(), source=source))
        self.view.tabs.setCurrentIndex(0)
        if text.strip():
            self.drafts.mark_dirty()
            self.save_now()
        self.view.text.setFocus()
        return True

    def _on_saved(self, saved: Draft) -> None:
        self.editor.draft = replace(self.editor.draft, id=saved.id, updated_at=saved.updated_at)

    def _on_new(self) -> None:
        self.start_draft("", "")

    def _on_deleted(self) -> None:
        self.show_draft(Draft.new(language=self.default_language()))

    def _on_changed(self) -> None:
        self.drafts.mark_dirty()
        self._update_problems()

    def _on_media_changed(self) -> None:
        self.editor.pictures = len(self.media.images)
        self._on_changed()
        self.editor.update_counts()

    def _update_problems(self) -> None:
        problems = self.media.problems()
        if self.accounts and not any(r.selected for r in self.rows):
            problems.append(self.tr("Choose where to post."))
        self.view.problems.setText(" ".join(dict.fromkeys(problems)))
        self.view.problems.setVisible(bool(problems))
        via_web = any(r.selected and r.via_website for r in self.rows)
        self.view.open_x.setVisible(via_web or not self.accounts)

    def _hold_editing(self, held: bool) -> None:
        """While Send puts the draft in the outbox (a moment; longer with pictures,
        which are made ready for each network), it cannot be edited or left: what is
        typed then would belong to neither the queued post nor a draft."""
        self.view.editor.setEnabled(not held)
        self.view.drafts_panel.setEnabled(not held)
        self.view.bar.setEnabled(not held)  # its "Post at" belongs to the draft too

    def _on_send_started(self, draft_id: str) -> None:
        self.drafts.hold(draft_id)
        self._hold_editing(True)

    def _on_send_failed(self, _draft_id: str) -> None:
        self._hold_editing(False)
        self.drafts.release(saved=False)
        self.view.text.setFocus()

    def _on_queued(self, draft_id: str) -> None:
        self._hold_editing(False)
        self.drafts.release(saved=True)
        if self.drafts.current_id == draft_id:
            # another area may have started a draft meanwhile: that one stays
            self.show_draft(Draft.new(language=self.default_language()))
        self.drafts.refresh()
        self.view.tabs.setCurrentIndex(1)
        self.outbox_ctl.refresh()
        self.send_due()

    def _on_edit_requested(self, draft_id: str, item_id: int) -> None:
        """Take a post back from the outbox into the editor (nothing of it was sent)."""
        self.save_now()
        store, outbox = self.store, self.outbox

        def job() -> Draft | None:
            outbox.remove(item_id)
            draft = store.get(draft_id)
            if draft is None:
                return None
            # only the accounts it can still go to: those with an item of this draft
            # (sent, or still waiting) never get it again, so they are not ticked
            kept = {i.account_id for i in outbox.items() if i.draft_id == draft_id}
            targets = [t for t in draft.targets if t not in kept]
            return store.save(replace(draft, status="draft", targets=targets))

        QueryOp(self.tasks, job).success(self._on_taken_back).run()

    def _on_taken_back(self, draft: Draft | None) -> None:
        if draft is not None:
            self.show_draft(draft)
        self.view.tabs.setCurrentIndex(0)
        self.outbox_ctl.refresh()
        self.drafts.refresh()

    # -- sending in the background --------------------------------------------------
    def send_due(self) -> None:
        self.runner.send_due()

    def on_online_changed(self, online: bool) -> None:
        self.runner.on_online_changed(online)

    # -- lifecycle ------------------------------------------------------------------
    def _on_accounts_changed(self, _changes: Changes) -> None:
        QueryOp(self.tasks, self.accounts_repo.list).success(self._on_accounts).run()

    def _on_accounts(self, accounts: list[Account]) -> None:
        fresh = [(a.id, a.state, a.handle) for a in accounts]
        if fresh == [(a.id, a.state, a.handle) for a in self.accounts]:
            return
        self.collect()
        self.accounts = list(accounts)
        self.editor.build_targets(self.accounts)
        self.outbox_ctl.set_accounts(self.accounts)
        self.editor.update_counts(thread_now=True)
        self._update_problems()
        self.send_due()

    def retranslate(self) -> None:
        self.view.retranslate()
        self.send_shortcut.setWhatsThis(self.tr("Compose: send or queue the post"))
        self.outbox_ctl.show_items(self.outbox_ctl.items)
        self.editor.retranslate()
        self.media.retranslate()
        self.drafts.retranslate()
        self._update_problems()

    def commit_data(self, timeout_s: float) -> None:
        """The session is ending (Windows logs off, shuts down or restarts for an
        update): save what is typed now and wait for it, at most ``timeout_s``.
        Nothing stops: the logoff may yet be cancelled and the app go on."""
        future = self.save_now()
        if future is not None:
            try:
                future.result(timeout=max(0.0, timeout_s))
            except Exception:
                log.info("draft save at the session end failed or is late")

    def shutdown(self) -> None:
        """Save what is typed and stop the timers and the sender (the app is quitting:
        a post being sent finishes, the next ones wait for the next start)."""
        self.runner.stop()
        future = self.save_now()
        self.drafts.closing = True
        if future is not None:
            try:
                future.result(timeout=SAVE_WAIT_S)
            except Exception:
                log.info("final draft save failed")
