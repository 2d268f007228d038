"""The outbox: what is to be published, per draft and account, and how far it got.

States of an item (one draft on one account)::

    queued ──► sending ──► sent (link) | scheduled (handed to the server)
       ▲          │          | published_early (asked to schedule, the server
       │          │            posted at once: a warning, not plain "sent")
       └──────────┼──► failed (reason; "retry" puts it back to queued)
                  ├──► needs_login (kept; queued again after logging in)
                  └──► needs_editing (a part the server calls too long; the parts
                       already posted keep their links; "retry" splits it again)

A thread is one item with several parts; each part has its own Mastodon
``Idempotency-Key`` and Bluesky record key, made once when the item is created
and never changed, so a retry can never post a part twice.
"""

from __future__ import annotations

import json
import logging
import os
import uuid
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from pathlib import Path
from typing import Any

from companion.core.accounts.model import Account, Network
from companion.core.compose.counting import Limits
from companion.core.compose.drafts import Draft, DraftStore
from companion.core.compose.hashtag import ensure_hashtag
from companion.core.compose.images import prepare_image
from companion.core.compose.threads import split_thread
from companion.core.compose.tid import make_tid
from companion.core.errors import InvalidInputError
from companion.core.storage import Database

log = logging.getLogger(__name__)

LEASE = timedelta(minutes=10)


class State(StrEnum):
    QUEUED = "queued"
    SENDING = "sending"
    SENT = "sent"
    SCHEDULED = "scheduled"
    FAILED = "failed"
    NEEDS_LOGIN = "needs_login"
    PUBLISHED_EARLY = "published_early"
    NEEDS_EDITING = "needs_editing"


DONE = (State.SENT, State.SCHEDULED, State.PUBLISHED_EARLY)
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
    error: str = ""
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

    @property
    def summary(self) -> str:
        text = self.parts[0].text if self.parts else ""
        return text.replace("\n", " ")[:80]


def _iso(value: datetime | None) -> str | None:
    return value.astimezone(UTC).isoformat(timespec="milliseconds") if value else None


def _dt(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def parts_for(draft: Draft, account: Account, hashtag: str) -> list[str]:
    """The texts to publish on ``account``: the user's edited thread, or the text
    with the event hashtag, split into a thread when too long."""
    limits = Limits.for_network(account.network, account.info)
    edited = draft.thread.get(account.id)
    if edited:
        return [p for p in (e.strip() for e in edited) if p]
    text = ensure_hashtag(draft.text, hashtag) if hashtag else draft.text.strip()
    if account.network is Network.MASTODON and draft.spoiler:
        # the content warning counts too: leave room for it on every part
        room = max(50, limits.max_characters - len(draft.spoiler))
        limits = Limits(**{**limits.__dict__, "max_characters": room})
    return split_thread(text, account.network, limits, hashtag=hashtag)


class Outbox:
    """Persistence and state transitions of the outbox (thread-safe through the db)."""

    def __init__(self, db: Database, media_dir: Path) -> None:
        self.db = db
        self.media_dir = media_dir

    # -- enqueue ---------------------------------------------------------
    def enqueue(
        self, draft: Draft, accounts: list[Account], hashtag: str, now: datetime
    ) -> list[int]:
        """Put ``draft`` in the outbox for each account (images prepared first).

        Refuses images without alt text. The draft is marked "in outbox"."""
        if not accounts:
            raise InvalidInputError("Choose at least one account to post to.")
        if not draft.text.strip() and not draft.images:
            raise InvalidInputError("The post is empty.")
        missing = [i for i, img in enumerate(draft.images) if not img.alt.strip()]
        if missing:
            raise InvalidInputError(
                f"Picture {missing[0] + 1} has no description (alt text). Add one so "
                "people who cannot see it know what it shows."
            )
        prepared: list[tuple[Account, list[str], list[MediaRef]]] = []
        for account in accounts:
            limits = Limits.for_network(account.network, account.info)
            if len(draft.images) > limits.max_media:
                raise InvalidInputError(
                    f"{account.label} takes at most {limits.max_media} pictures per post."
                )
            parts = parts_for(draft, account, hashtag)
            media: list[MediaRef] = []
            self.media_dir.mkdir(parents=True, exist_ok=True)
            for n, image in enumerate(draft.images):
                ready = prepare_image(Path(image.path), limits.image_size_limit)
                ext = ".png" if ready.mime == "image/png" else ".jpg"
                target = self.media_dir / f"{draft.id}-{account.id[:8]}-{n}{ext}"
                tmp = target.with_suffix(target.suffix + ".tmp")
                tmp.write_bytes(ready.data)
                os.replace(tmp, target)
                media.append(
                    MediaRef(str(target), image.alt.strip(), ready.mime, ready.width, ready.height)
                )
            prepared.append((account, parts, media))
        ids: list[int] = []
        stamp = _iso(now)
        with self.db.transaction() as conn:
            for account, parts, media in prepared:
                cur = conn.execute(
                    "INSERT INTO compose_outbox(draft_id, account_id, network, state, language,"
                    " spoiler, post_at, media, created_at, updated_at)"
                    " VALUES(?,?,?,?,?,?,?,?,?,?) ON CONFLICT(draft_id, account_id) DO NOTHING",
                    (
                        draft.id,
                        account.id,
                        account.network.value,
                        State.QUEUED.value,
                        draft.language,
                        draft.spoiler if account.network is Network.MASTODON else "",
                        _iso(draft.post_at),
                        json.dumps([m.__dict__ for m in media], ensure_ascii=False),
                        stamp,
                        stamp,
                    ),
                )
                if cur.rowcount == 0:
                    continue  # already in the outbox: never twice
                item_id = int(cur.lastrowid or 0)
                ids.append(item_id)
                for idx, text in enumerate(parts):
                    conn.execute(
                        "INSERT INTO compose_outbox_parts(item_id, idx, text, idem_key, rkey)"
                        " VALUES(?,?,?,?,?)",
                        (
                            item_id,
                            idx,
                            text,
                            f"shareasm-{draft.id}-{account.id}-{idx}-{uuid.uuid4().hex[:8]}",
                            make_tid(now),
                        ),
                    )
            conn.execute("UPDATE compose_drafts SET status = 'outbox' WHERE id = ?", (draft.id,))
        return ids

    # -- reading ---------------------------------------------------------
    def get(self, item_id: int) -> OutboxItem | None:
        row = self.db.query_one("SELECT * FROM compose_outbox WHERE id = ?", (item_id,))
        return self._item(row) if row is not None else None

    def items(self, account_id: str | None = None) -> list[OutboxItem]:
        if account_id is None:
            rows = self.db.query("SELECT * FROM compose_outbox ORDER BY id")
        else:
            rows = self.db.query(
                "SELECT * FROM compose_outbox WHERE account_id = ? ORDER BY id", (account_id,)
            )
        return [self._item(r) for r in rows]

    def _item(self, row: Any) -> OutboxItem:
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
            for p in self.db.query(
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
            attempts=row["attempts"],
            next_attempt_at=_dt(row["next_attempt_at"]),
            parts=parts,
            created_at=row["created_at"],
            wait_reason=row["wait_reason"],
            split_rule=row["split_rule"],
            max_chars=row["max_chars"],
            owner_pid=row["owner_pid"],
        )

    # -- transitions -----------------------------------------------------
    def claim(self, item_id: int, now: datetime, pid: int | None = None) -> bool:
        """Mark ``item_id`` as being sent by this process; False if another live
        sender holds it. A lease left by a crashed process is taken over."""
        pid = os.getpid() if pid is None else pid
        with self.db.transaction() as conn:
            row = conn.execute(
                "SELECT state, owner_pid, lease_until FROM compose_outbox WHERE id = ?",
                (item_id,),
            ).fetchone()
            if row is None or row["state"] not in (State.QUEUED, State.SENDING):
                return False
            if row["state"] == State.SENDING and row["owner_pid"] not in (None, pid):
                lease = _dt(row["lease_until"])
                if lease is not None and lease > now and _pid_alive(int(row["owner_pid"])):
                    return False
            conn.execute(
                "UPDATE compose_outbox SET state = ?, owner_pid = ?, lease_until = ?,"
                " attempts = attempts + 1, updated_at = ? WHERE id = ?",
                (State.SENDING.value, pid, _iso(now + LEASE), _iso(now), item_id),
            )
        return True

    def renew(self, item_id: int, now: datetime, pid: int | None = None) -> None:
        """Extend this process's lease before each slow step (an upload on a 2G link
        can take minutes): an expired lease lets another process take the item over
        while this one is still sending, and the post could go out twice."""
        pid = os.getpid() if pid is None else pid
        self.db.execute(
            "UPDATE compose_outbox SET lease_until = ? WHERE id = ? AND owner_pid = ?"
            " AND state = ?",
            (_iso(now + LEASE), item_id, pid, State.SENDING.value),
        )

    def part_attempt(self, item_id: int, idx: int, now: datetime) -> datetime | None:
        """Record, before the request leaves, that this part may reach the server.

        Returns the part's earlier ``first_attempt_at`` for :meth:`part_not_reached`."""
        with self.db.transaction() as conn:
            row = conn.execute(
                "SELECT first_attempt_at FROM compose_outbox_parts WHERE item_id = ? AND idx = ?",
                (item_id, idx),
            ).fetchone()
            conn.execute(
                "UPDATE compose_outbox_parts SET state = 'sending', first_sent_at ="
                " COALESCE(first_sent_at, ?), first_attempt_at = COALESCE(first_attempt_at, ?)"
                " WHERE item_id = ? AND idx = ?",
                (_iso(now), _iso(now), item_id, idx),
            )
        return _dt(row["first_attempt_at"]) if row is not None else None

    def part_not_reached(self, item_id: int, idx: int, previous: datetime | None) -> None:
        """The request never reached the server (DNS, refused, TLS handshake): it was
        no attempt, so the part's first real attempt is what it was before."""
        self.db.execute(
            "UPDATE compose_outbox_parts SET first_attempt_at = ? WHERE item_id = ? AND idx = ?",
            (_iso(previous), item_id, idx),
        )

    def known_remote_ids(self, account_id: str) -> set[str]:
        """Every remote id an outbox part of this account already became."""
        rows = self.db.query(
            "SELECT p.remote_id FROM compose_outbox_parts p JOIN compose_outbox o"
            " ON o.id = p.item_id WHERE o.account_id = ? AND p.remote_id != ''",
            (account_id,),
        )
        return {str(r[0]) for r in rows}

    def replace_parts(
        self,
        item_id: int,
        from_idx: int,
        texts: list[str],
        *,
        split_rule: str,
        max_chars: int | None,
        now: datetime,
    ) -> None:
        """Replace the unsent parts ``from_idx``… by ``texts`` (a new split after the
        server refused a part as too long). New parts get new keys; parts already
        sent are never touched."""
        with self.db.transaction() as conn:
            row = conn.execute(
                "SELECT draft_id, account_id FROM compose_outbox WHERE id = ?", (item_id,)
            ).fetchone()
            if row is None:
                return
            conn.execute(
                "DELETE FROM compose_outbox_parts WHERE item_id = ? AND idx >= ?"
                " AND state != 'sent'",
                (item_id, from_idx),
            )
            for offset, text in enumerate(texts):
                idx = from_idx + offset
                conn.execute(
                    "INSERT INTO compose_outbox_parts(item_id, idx, text, idem_key, rkey)"
                    " VALUES(?,?,?,?,?)",
                    (
                        item_id,
                        idx,
                        text,
                        f"shareasm-{row['draft_id']}-{row['account_id']}-{idx}-"
                        f"{uuid.uuid4().hex[:8]}",
                        make_tid(now),
                    ),
                )
            conn.execute(
                "UPDATE compose_outbox SET split_rule = ?, max_chars = ? WHERE id = ?",
                (split_rule, max_chars, item_id),
            )

    def set_split(self, item_id: int, split_rule: str, max_chars: int | None) -> None:
        self.db.execute(
            "UPDATE compose_outbox SET split_rule = ?, max_chars = ? WHERE id = ?",
            (split_rule, max_chars, item_id),
        )

    def mark_waiting_for_time(self, item_id: int, now: datetime) -> None:
        """A post this computer will send at its time (no scheduling on the server)."""
        self.db.execute(
            "UPDATE compose_outbox SET wait_reason = 'local_schedule', updated_at = ?"
            " WHERE id = ? AND state = 'queued' AND wait_reason = ''",
            (_iso(now), item_id),
        )

    def part_sent(
        self,
        item_id: int,
        idx: int,
        *,
        remote_id: str = "",
        uri: str = "",
        cid: str = "",
        url: str = "",
    ) -> None:
        self.db.execute(
            "UPDATE compose_outbox_parts SET state = 'sent', remote_id = ?, uri = ?, cid = ?,"
            " url = ? WHERE item_id = ? AND idx = ?",
            (remote_id, uri, cid, url, item_id, idx),
        )

    def finish(
        self,
        item_id: int,
        state: State,
        now: datetime,
        *,
        link: str = "",
        error: str = "",
        next_attempt_at: datetime | None = None,
        wait_reason: str = "",
    ) -> None:
        self.db.execute(
            "UPDATE compose_outbox SET state = ?, link = CASE WHEN ? != '' THEN ? ELSE link END,"
            " error = ?, next_attempt_at = ?, wait_reason = ?, owner_pid = NULL,"
            " lease_until = NULL, updated_at = ? WHERE id = ?",
            (
                state.value,
                link,
                link,
                error,
                _iso(next_attempt_at),
                wait_reason,
                _iso(now),
                item_id,
            ),
        )

    def retry(self, item_id: int, now: datetime) -> bool:
        """Put a failed / needs-login item back in the queue (parts already sent stay sent)."""
        cur = self.db.execute(
            "UPDATE compose_outbox SET state = 'queued', error = '', next_attempt_at = NULL,"
            " updated_at = ? WHERE id = ? AND state IN"
            " ('failed', 'needs_login', 'needs_editing', 'queued')",
            (_iso(now), item_id),
        )
        return cur.rowcount > 0

    def wake_offline(self, now: datetime) -> int:
        """The connection is back: items that waited only for it are due at once."""
        cur = self.db.execute(
            "UPDATE compose_outbox SET next_attempt_at = NULL, updated_at = ?"
            " WHERE state = 'queued' AND wait_reason = 'offline'",
            (_iso(now),),
        )
        return int(cur.rowcount)

    def requeue_account(self, account_id: str, now: datetime) -> int:
        """After a new login: everything waiting for it goes back to the queue."""
        cur = self.db.execute(
            "UPDATE compose_outbox SET state = 'queued', error = '', updated_at = ?"
            " WHERE account_id = ? AND state = 'needs_login'",
            (_iso(now), account_id),
        )
        return int(cur.rowcount)

    def drop_media(self, item: OutboxItem) -> None:
        """Delete the prepared picture copies of a published item."""
        for ref in item.media:
            try:
                Path(ref.path).unlink(missing_ok=True)
            except OSError as exc:
                log.info("could not delete %s: %s", ref.path, exc)

    def remove(self, item_id: int) -> None:
        """Drop an item that has not been sent (a support action)."""
        self.db.execute(
            "DELETE FROM compose_outbox WHERE id = ? AND state NOT IN ('sending')", (item_id,)
        )

    def waiting(self, account_id: str) -> list[OutboxItem]:
        """Queued or in-flight items of this account, oldest first."""
        return [i for i in self.items(account_id) if i.state in (State.QUEUED, State.SENDING)]

    def due(self, account_id: str, now: datetime) -> list[OutboxItem]:
        """Items to work on now for this account, in order."""
        return [
            i
            for i in self.items(account_id)
            if i.state in (State.QUEUED, State.SENDING)
            and (i.next_attempt_at is None or i.next_attempt_at <= now)
        ]

    def accounts_with_work(self) -> list[str]:
        rows = self.db.query(
            "SELECT DISTINCT account_id FROM compose_outbox WHERE state IN ('queued','sending')"
        )
        return [r[0] for r in rows]


def queue_draft(
    store: DraftStore,
    outbox: Outbox,
    draft: Draft,
    accounts: list[Account],
    hashtag: str,
    now: datetime,
) -> list[int]:
    """What "Send" in the composer does (and ``outbox add``): the event hashtag is put
    into the text, the draft is saved with its accounts, then queued for each."""
    if not draft.text.strip() and not draft.images:
        raise InvalidInputError("The post is empty.")
    text = ensure_hashtag(draft.text, hashtag) if hashtag else draft.text
    draft = replace(draft, text=text, targets=[a.id for a in accounts])
    store.save(draft)
    return outbox.enqueue(draft, accounts, hashtag, now)


def _pid_alive(pid: int) -> bool:
    try:
        import psutil  # type: ignore[import-untyped]

        return bool(psutil.pid_exists(pid))
    except ImportError:  # pragma: no cover
        return True
