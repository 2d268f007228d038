"""One preview per selected account: the exact text (and thread parts) that will be posted."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QTextOption
from PySide6.QtWidgets import QFrame, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from companion.core.accounts.model import NETWORK_NAMES, Account, Network
from companion.core.compose.counting import Count, Limits, count
from companion.core.compose.drafts import Draft
from companion.core.compose.outbox import parts_for
from companion.ui.compose.editor_view import EditorPanel
from companion.ui.locale_format import number

log = logging.getLogger(__name__)


def account_parts(draft: Draft, account: Account, hashtag: str) -> list[str]:
    """What the outbox will post on ``account`` (the same function it uses)."""
    try:
        return parts_for(draft, account, hashtag)
    except ValueError:
        return []


def part_counts(draft: Draft, account: Account, hashtag: str) -> list[tuple[str, Count]]:
    """Each part posted on ``account`` with its count by that network's rules (the
    content warning counts on Mastodon, the only network that gets it)."""
    limits = Limits.for_network(account.network, account.info)
    spoiler = draft.spoiler if account.network is Network.MASTODON else ""
    return [
        (part, count(account.network, part, spoiler=spoiler, limits=limits, with_facets=False))
        for part in account_parts(draft, account, hashtag)
    ]


class PreviewCard(QFrame):
    """The final parts for one account, read-only, each with its count."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel(self)
        self.title.setWordWrap(True)
        # the content warning as posted, or that this network gets none
        self.warning = QLabel(self)
        self.warning.setWordWrap(True)
        self.warning.setTextFormat(Qt.TextFormat.PlainText)
        self.body = QPlainTextEdit(self)
        self.body.setReadOnly(True)
        self.body.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.addWidget(self.title)
        lay.addWidget(self.warning)
        lay.addWidget(self.body)

    def show_parts(
        self, account: Account, parts: list[tuple[str, Count]], spoiler: str, pictures: int = 0
    ) -> None:
        name = NETWORK_NAMES[account.network]
        posts = self.tr("%n post(s)", "", len(parts))
        self.title.setText(f"{name} · {account.handle}: {posts}")
        if not spoiler.strip():
            self.warning.setText("")
        elif account.network is Network.MASTODON:
            self.warning.setText(
                QCoreApplication.translate("NetworkPreview", "Content warning: %1").replace(
                    "%1", spoiler
                )
            )
        else:
            self.warning.setText(
                QCoreApplication.translate(
                    "NetworkPreview", "%1 has no content warning: the text is shown openly."
                ).replace("%1", name)
            )
        self.warning.setVisible(bool(self.warning.text()))
        chunks = []
        for n, (part, result) in enumerate(parts, start=1):
            head = (
                QCoreApplication.translate("NetworkPreview", "Post %1 of %2 · %3 / %4")
                .replace("%1", str(n))
                .replace("%2", str(len(parts)))
                .replace("%3", number(result.length))
                .replace("%4", number(result.limit))
            )
            if n == 1 and pictures:  # the pictures go with the first post
                head += " · " + self.tr("%n picture(s)", "", pictures)
            chunks.append(f"[{head}]\n{part}")
        text = "\n\n".join(chunks)
        if self.body.toPlainText() != text:
            self.body.setPlainText(text)
        lines = max(2, min(12, text.count("\n") + 2 + len(text) // 60))
        self.body.setFixedHeight(self.body.fontMetrics().lineSpacing() * lines + 12)
        self.body.setAccessibleName(self.title.text())


class NetworkPreview(QObject):
    """Fills the "What will be posted" box."""

    def __init__(self, editor: EditorPanel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.cards: list[PreviewCard] = []
        self.summary = ""

    def show_for(
        self, draft: Draft, accounts: list[Account], hashtag: str, empty: bool, pictures: int = 0
    ) -> None:
        box = self.editor.preview_box
        if empty or not accounts:
            for card in self.cards:
                card.hide()
            self.summary = ""
            self.editor.preview_summary.setText(
                QCoreApplication.translate("NetworkPreview", "Nothing to post yet.")
                if accounts
                else QCoreApplication.translate("NetworkPreview", "Choose where to post.")
            )
            box.setVisible(True)
            return
        while len(self.cards) < len(accounts):
            card = PreviewCard(box)
            self.editor.preview_layout.addWidget(card)
            self.cards.append(card)
        per_network: dict[str, int] = {}
        for card, account in zip(self.cards, accounts, strict=False):
            parts = part_counts(draft, account, hashtag)
            card.show_parts(account, parts, draft.spoiler, pictures)
            card.show()
            name = NETWORK_NAMES[account.network]
            per_network[name] = max(per_network.get(name, 0), len(parts))
        for card in self.cards[len(accounts) :]:
            card.hide()
        self.summary = " · ".join(
            f"{name}: " + self.tr("%n post(s)", "", n) for name, n in per_network.items()
        )
        self.editor.preview_summary.setText(self.summary)
