"""Send (and Open on X): refuse with a clear message, else queue through `queue_draft`."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices

from companion.core.accounts.model import Account, Network, posts_through_website
from companion.core.compose.counting import Limits, count
from companion.core.compose.drafts import Draft
from companion.core.compose.outbox import queue_draft
from companion.core.compose.x_counting import x_intent_url
from companion.ui.a11y import announce
from companion.ui.compose.editor import EditorController, placeholders
from companion.ui.compose.preview import part_counts
from companion.ui.compose.services import ComposeServices
from companion.ui.compose.view import ComposeView
from companion.ui.errors import error_text
from companion.ui.locale_format import number
from companion.ui.ops import QueryOp
from companion.ui.tasks import TaskManager

log = logging.getLogger(__name__)


class SendController(QObject):
    """Signals:
    started(draft_id): Send took the draft; it is being put in the outbox.
    queued(draft_id): the post is in the outbox (show a fresh draft and the outbox).
    failed(draft_id): it could not be queued (the reason is shown)."""

    started = Signal(str)
    queued = Signal(str)
    failed = Signal(str)

    def __init__(
        self,
        view: ComposeView,
        services: ComposeServices,
        tasks: TaskManager,
        editor: EditorController,
        collect: Callable[[], Draft],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.view = view
        self.services = services
        self.tasks = tasks
        self.editor = editor
        self.collect = collect
        #: the draft being put in the outbox ("" when none): one Send at a time
        self.sending = ""
        view.send.clicked.connect(self.send)
        view.open_x.clicked.connect(self._on_open_x)

    def refusal(self, draft: Draft, accounts: list[Account]) -> str:
        """Why Send cannot go on now ("" when it can)."""
        left = placeholders(draft.text)
        if left:
            return QCoreApplication.translate(
                "ComposeWidget",
                "Replace %1 in the text before sending (a blank from the template).",
            ).replace("%1", ", ".join(dict.fromkeys(left)))
        if not draft.text.strip() and not draft.images:
            return QCoreApplication.translate(
                "ComposeWidget", "Write something first: the post is empty."
            )
        if not accounts:
            return QCoreApplication.translate("ComposeWidget", "Choose where to post.")
        return self._too_long(draft, accounts)

    def _too_long(self, draft: Draft, accounts: list[Account]) -> str:
        """A part (of a thread the user edited) that the network would refuse: the
        sender would split it again and post other text than the preview shows."""
        for account in accounts:
            if posts_through_website(account):
                continue  # the user posts it on the X website, which checks it there
            counts = part_counts(draft, account, self.editor.basics.hashtag)
            for n, (_part, result) in enumerate(counts, start=1):
                if not result.fits:
                    return (
                        QCoreApplication.translate(
                            "ComposeWidget",
                            "Part %1 is too long for %2 (%3 / %4): shorten it in the "
                            "thread before sending.",
                        )
                        .replace("%1", str(n))
                        .replace("%2", account.handle)
                        .replace("%3", number(result.length))
                        .replace("%4", number(result.limit))
                    )
        return ""

    @Slot()
    def send(self) -> None:
        if self.sending:
            return  # Ctrl+Return while the last Send is still being queued
        draft = self.collect()
        accounts = self.editor.selected()
        problem = self.refusal(draft, accounts)
        if problem:
            self._tell(problem)
            return
        store, outbox = self.services.drafts, self.services.outbox
        hashtag = self.editor.basics.hashtag
        now = self.services.clock.now()
        self.view.send.setEnabled(False)
        self.sending = draft.id
        self.started.emit(draft.id)

        def job() -> list[int]:
            # the same function as `outbox add`: the one hashtag rule, the same parts
            return queue_draft(store, outbox, draft, accounts, hashtag, now)

        QueryOp(self.tasks, job).success(self._on_queued).failure(self._on_failed).run()

    def _on_queued(self, _ids: list[int]) -> None:
        draft_id, self.sending = self.sending, ""
        self.view.send.setEnabled(True)
        self.queued.emit(draft_id)

    def _on_failed(self, exc: BaseException) -> None:
        draft_id, self.sending = self.sending, ""
        self.view.send.setEnabled(True)
        self.failed.emit(draft_id)
        self._tell(error_text(exc))

    def _tell(self, text: str) -> None:
        self.view.problems.setText(text)
        self.view.problems.setVisible(bool(text))  # hidden while there was no problem
        announce(self.view.problems, text, assertive=True)

    @Slot()
    def _on_open_x(self) -> None:
        """Open X's own "post" page with the text, when it fits one X post (X's page
        would hold a longer text it then refuses to post; the outbox links each part)."""
        text = self.editor.final_text()
        x = next((a for a in self.editor.selected() if a.network is Network.X), None)
        limits = Limits.for_network(Network.X, x.info if x else {})
        result = count(Network.X, text, limits=limits, with_facets=False)
        if not result.fits:
            problem = QCoreApplication.translate(
                "ComposeWidget", "Too long for one post on X (%1 / %2)."
            )
            problem = problem.replace("%1", number(result.length))
            problem = problem.replace("%2", number(result.limit))
            if x is not None:
                problem += " " + QCoreApplication.translate(
                    "ComposeWidget", "Press Send: the outbox gives a link for each part."
                )
            self._tell(problem)
            return
        QDesktopServices.openUrl(QUrl(x_intent_url(text)))
