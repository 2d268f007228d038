"""What the outbox holds: the states of an item, its parts and pictures (moved out of
:mod:`companion.core.compose.outbox`, which keeps the transitions).

States of an item (one draft on one account)::

    queued ──► sending ──► sent (link) | scheduled (handed to the server)
       ▲          │          | published_early (asked to schedule, the server
       │          │            posted at once: a warning, not plain "sent")
       └──────────┼──► failed (reason; "retry" puts it back to queued)
                  ├──► needs_login (kept; queued again after logging in)
                  └──► needs_editing (a part the server calls too long; the parts
                       already posted keep their links; "retry" splits it again)
    queued ──► handoff (X without posting rights: ready for the user to post on the
                        X website, a link per part) ──► sent ("Mark as posted")

A thread is one item with several parts; each part has its own Mastodon
``Idempotency-Key`` and Bluesky record key, made once when the item is created
and never changed, so a retry can never post a part twice.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from companion.core.accounts.model import Network
from companion.core.errors import KnownError, Message, Phrase
from companion.core.storage import Database

log = logging.getLogger(__name__)


class State(StrEnum):
    QUEUED = "queued"
    SENDING = "sending"
    SENT = "sent"
    SCHEDULED = "scheduled"
    FAILED = "failed"
    NEEDS_LOGIN = "needs_login"
    PUBLISHED_EARLY = "published_early"
    NEEDS_EDITING = "needs_editing"
    #: X without posting rights: ready for the user to post on the X website (a link
    #: per part); never sent by the app, never "failed"; "Mark as posted" makes it sent
    HANDOFF = "handoff"


DONE = (State.SENT, State.SCHEDULED, State.PUBLISHED_EARLY)
#: out on the network: a draft whose every item is in one of these states is "sent"
PUBLISHED = (State.SENT, State.PUBLISHED_EARLY)
#: what "retry" puts back in the queue
RETRYABLE = (State.FAILED, State.NEEDS_LOGIN, State.NEEDS_EDITING)


@dataclass
class Part:
    idx: int
    text: str
    idem_key: str
    rkey: str
    state: str = "queued"
    remote_id: str = ""
    uri: str = ""
    cid: str = ""
    url: str = ""
    first_sent_at: datetime | None = None
    #: this computer's clock when a request carrying this part first reached (or may
    #: have reached) the server; a request that provably never got there is no attempt
    first_attempt_at: datetime | None = None

    @property
    def sent(self) -> bool:
        return self.state == "sent"


@dataclass
class MediaRef:
    path: str
    alt: str
    mime: str
    width: int = 0
    height: int = 0


@dataclass
class OutboxItem:
    id: int
    draft_id: str
    account_id: str
    network: Network
    state: State
    language: str = ""
    spoiler: str = ""
    post_at: datetime | None = None
    media: list[MediaRef] = field(default_factory=list)
    link: str = ""
    #: why it is not sent (or a warning), in English: for logs and the command line
    error: str = ""
    #: the same as the error's template and arguments (:func:`reason_json`), or ""
    error_msg: str = ""
    attempts: int = 0
    next_attempt_at: datetime | None = None
    parts: list[Part] = field(default_factory=list)
    created_at: str = ""
    wait_reason: str = ""
    #: "" (the account's counting rule) or "strict" after a server said "too long"
    split_rule: str = ""
    #: a smaller limit learnt from the server, or None
    max_chars: int | None = None
    owner_pid: int | None = None
    #: when the row last changed, on this computer's clock (when a retry's wait began)
    updated_at: datetime | None = None

    @property
    def summary(self) -> str:
        text = self.parts[0].text if self.parts else ""
        return text.replace("\n", " ")[:80]

    @property
    def reason(self) -> KnownError | None:
        """The stored reason as an error the UI can translate; None for rows saved
        before it was kept (the UI then shows the English ``error``)."""
        return reason_from_json(self.error_msg)


def _arg_json(arg: object) -> object:
    if isinstance(arg, KnownError | Message):  # shown translated too
        return {"e": _error_json(arg.template, arg.args_for_message, "")}
    if isinstance(arg, Phrase):
        return {"p": str(arg)}
    return str(arg)


def _error_json(template: str, args: tuple[object, ...], hint: str) -> dict[str, object]:
    return {"t": template, "a": [_arg_json(a) for a in args], "h": hint}


def reason_json(error: KnownError, *, with_hint: bool = False) -> str:
    """``error`` as its template, arguments (words kept as words, other errors as
    theirs) and, ``with_hint``, its hint: what the outbox stores in ``error_msg``."""
    hint = error.hint if with_hint else ""
    return json.dumps(_error_json(error.template, error.args_for_message, hint))


def _arg_from(raw: object) -> object:
    if isinstance(raw, dict):
        if isinstance(raw.get("p"), str):
            return Phrase(raw["p"])
        inner = _error_from(raw.get("e"))
        if inner is not None:
            return inner
    return str(raw)


class StoredReason(KnownError):
    """A reason read back from the outbox: the template (checked where the error was
    raised, ``tests/core/test_error_catalogue.py``) and values :func:`reason_json` kept."""

    def __init__(self, template: str, hint: str, values: list[object]) -> None:
        super().__init__(template, hint=hint, args=values)


def _error_from(raw: object) -> KnownError | None:
    if not isinstance(raw, dict):
        return None
    template, args, hint = raw.get("t"), raw.get("a", []), raw.get("h", "")
    if not isinstance(template, str) or not isinstance(args, list) or not isinstance(hint, str):
        return None
    return StoredReason(template, hint, [_arg_from(a) for a in args])


def reason_from_json(text: str) -> KnownError | None:
    """The error :func:`reason_json` stored, or None ("" or not readable)."""
    if not text:
        return None
    try:
        raw = json.loads(text)
    except (ValueError, RecursionError):
        log.info("an outbox reason is unreadable; the English text is shown")
        return None
    return _error_from(raw)


def _iso(value: datetime | None) -> str | None:
    return value.astimezone(UTC).isoformat(timespec="milliseconds") if value else None


def _dt(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def _dt_or_none(value: str | None) -> datetime | None:
    """An instant the app wrote (with its offset); None for anything else."""
    try:
        when = _dt(value)
    except ValueError:
        return None
    return when if when is not None and when.tzinfo is not None else None


def read_item(db: Database, row: Any) -> OutboxItem:
    """An :class:`OutboxItem` from its ``compose_outbox`` row (and its parts)."""
    parts = [
        Part(
            idx=p["idx"],
            text=p["text"],
            idem_key=p["idem_key"],
            rkey=p["rkey"],
            state=p["state"],
            remote_id=p["remote_id"],
            uri=p["uri"],
            cid=p["cid"],
            url=p["url"],
            first_sent_at=_dt(p["first_sent_at"]),
            first_attempt_at=_dt(p["first_attempt_at"]),
        )
        for p in db.query(
            "SELECT * FROM compose_outbox_parts WHERE item_id = ? ORDER BY idx", (row["id"],)
        )
    ]
    try:
        media = [MediaRef(**m) for m in json.loads(row["media"])]
    except (ValueError, TypeError):
        media = []
    return OutboxItem(
        id=row["id"],
        draft_id=row["draft_id"],
        account_id=row["account_id"],
        network=Network(row["network"]),
        state=State(row["state"]),
        language=row["language"],
        spoiler=row["spoiler"],
        post_at=_dt(row["post_at"]),
        media=media,
        link=row["link"],
        error=row["error"],
        error_msg=row["error_msg"],
        attempts=row["attempts"],
        next_attempt_at=_dt(row["next_attempt_at"]),
        parts=parts,
        created_at=row["created_at"],
        wait_reason=row["wait_reason"],
        split_rule=row["split_rule"],
        max_chars=row["max_chars"],
        owner_pid=row["owner_pid"],
        updated_at=_dt_or_none(row["updated_at"]),
    )
