"""Send (and Open on X): refuse with a clear message, else queue through `queue_draft`."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices

from companion.core.accounts.model import Account
from companion.core.compose.drafts import Draft
from companion.core.compose.outbox import queue_draft
from companion.core.compose.x_counting import x_intent_url
from companion.ui.a11y import announce
from companion.ui.compose.editor import EditorController, placeholders
from companion.ui.compose.services import ComposeServices
from companion.ui.compose.view import ComposeView
from companion.ui.errors import error_text
from companion.ui.ops import QueryOp
from companion.ui.tasks import TaskManager

log = logging.getLogger(__name__)


class SendController(QObject):
    """Signals:
    queued(): the post is in the outbox (show a fresh draft and the outbox)."""

    queued = Signal()

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
        return ""

    @Slot()
    def send(self) -> None:
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

        def job() -> list[int]:
            # the same function as `outbox add`: the one hashtag rule, the same parts
            return queue_draft(store, outbox, draft, accounts, hashtag, now)

        QueryOp(self.tasks, job).success(self._on_queued).failure(self._on_failed).run()

    def _on_queued(self, _ids: list[int]) -> None:
        self.view.send.setEnabled(True)
        self.queued.emit()

    def _on_failed(self, exc: BaseException) -> None:
        self.view.send.setEnabled(True)
        self._tell(error_text(exc))

    def _tell(self, text: str) -> None:
        self.view.problems.setText(text)
        announce(self.view.problems, text, assertive=True)

    @Slot()
    def _on_open_x(self) -> None:
        QDesktopServices.openUrl(QUrl(x_intent_url(self.editor.final_text())))
