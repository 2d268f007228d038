"""What one outbox row says: its state, times, the full reason, what holds it back."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QCoreApplication

from companion.core.compose.outbox import OutboxItem, State
from companion.core.compose.x_counting import x_intent_url
from companion.ui.errors import translated_text
from companion.ui.locale_format import day_and_time

log = logging.getLogger(__name__)


def reason_text(item: OutboxItem) -> str:
    """Why the item is not sent (or its warning) in the user's language; the stored
    English text for rows saved before the reason was kept as a template."""
    reason = item.reason
    return translated_text(reason) if reason is not None else item.error


def ready_on_x(item: OutboxItem) -> bool:
    """An X post the app cannot send itself: the user posts it on the X website."""
    return item.state is State.HANDOFF


def part_links(item: OutboxItem) -> list[str]:
    """One "post on X" link per part (the second and later as replies, by hand)."""
    return [x_intent_url(p.text) for p in item.parts]


def held_back_by(item: OutboxItem, items: list[OutboxItem]) -> OutboxItem | None:
    """An earlier post of the same account that is not out yet (posts go in order)."""
    if item.state is not State.QUEUED:
        return None
    waiting = (State.QUEUED, State.SENDING, State.FAILED, State.NEEDS_LOGIN, State.NEEDS_EDITING)
    return next(
        (
            other
            for other in items
            if other.account_id == item.account_id
            and other.id < item.id
            and other.state in waiting
            and not ready_on_x(other)
        ),
        None,
    )


@dataclass
class RowText:
    state: str
    detail: str
    #: the long explanation shown under the list for the selected row
    explanation: str


def _when(value: datetime | None) -> str:
    return day_and_time(value.astimezone()) if value is not None else ""


def times(item: OutboxItem) -> str:
    bits = []
    if item.created_at:
        try:
            queued = datetime.fromisoformat(item.created_at)
            bits.append(
                QCoreApplication.translate("OutboxController", "queued %1").replace(
                    "%1", _when(queued)
                )
            )
        except ValueError:
            pass
    if item.post_at is not None:
        bits.append(
            QCoreApplication.translate("OutboxController", "to be posted %1").replace(
                "%1", _when(item.post_at)
            )
        )
    sent = [p.first_sent_at for p in item.parts if p.first_sent_at is not None]
    if sent:
        bits.append(
            QCoreApplication.translate("OutboxController", "sent %1").replace(
                "%1", _when(max(sent))
            )
        )
    return " · ".join(bits)


def explain(item: OutboxItem, items: list[OutboxItem], detail: str) -> RowText | None:
    """The X and held-back cases and the long text; None: keep the caller's label."""
    extra: list[str] = [times(item)]
    label = None
    if ready_on_x(item):
        label = QCoreApplication.translate("OutboxController", "Ready: open X")
        detail = QCoreApplication.translate(
            "OutboxController", "Post it yourself on the X website: one link per part"
        )
        extra.append(
            QCoreApplication.translate(
                "OutboxController",
                "The app has no posting rights on X. Select each part in turn and press Open "
                "link; post the second and later parts as replies to the first. Then press "
                "Mark as posted.",
            )
        )
        return RowText(label, detail, "\n".join(b for b in extra if b))
    else:
        before = held_back_by(item, items)
        if before is not None:
            detail = QCoreApplication.translate(
                "OutboxController", "waits for the post before it on this account (%1)"
            ).replace("%1", before.summary[:40])
        if item.error:
            extra.append(reason_text(item))  # the whole reason, not cut
    extra.append(detail)
    return RowText(label or "", detail, "\n".join(b for b in extra if b))
