"""The outbox: what is to be published, per draft and account, and how far it got.

The states of an item and its parts are in :mod:`companion.core.compose.outbox_items`,
putting a draft in the outbox in :mod:`companion.core.compose.enqueue`; this module
keeps the transitions (claim, lease, finish, retry, hand-off to the X website).
"""

from __future__ import annotations

import logging
import os
import uuid
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from companion.core.accounts.model import Account
from companion.core.changes import DRAFTS, OUTBOX, Changes, Outcome
from companion.core.compose import enqueue as _enqueue
from companion.core.compose.drafts import Draft
from companion.core.compose.enqueue import parts_for, queue_draft
from companion.core.compose.outbox_items import (
    DONE,
    PUBLISHED,
    RETRYABLE,
    MediaRef,
    OutboxItem,
    Part,
    State,
    _dt,
    _iso,
    read_item,
    reason_json,
)
from companion.core.compose.tid import make_tid
from companion.core.errors import KnownError
from companion.core.storage import Database

__all__ = [
    "DONE",
    "LEASE",
    "PUBLISHED",
    "RETRYABLE",
    "MediaRef",
    "Outbox",
    "OutboxItem",
    "Part",
    "State",
    "parts_for",
    "queue_draft",
]

log = logging.getLogger(__name__)

LEASE = timedelta(minutes=10)


class Outbox:
    """Persistence and state transitions of the outbox (thread-safe through the db)."""

    def __init__(self, db: Database, media_dir: Path) -> None:
        self.db = db
        self.media_dir = media_dir
        #: told (from the database lane) when a transition changed more than the
        #: outbox rows: a draft became "sent" (the app announces it on its hub)
        self.on_change: Callable[[Changes], None] | None = None

    # -- enqueue ---------------------------------------------------------
    def enqueue(
        self, draft: Draft, accounts: list[Account], hashtag: str, now: datetime
    ) -> list[int]:
        """Put ``draft`` in the outbox for each account (images prepared first).

        Refuses images without alt text. The draft is marked "in outbox"."""
        return _enqueue.enqueue(self.db, self.media_dir, draft, accounts, hashtag, now)

    # -- reading ---------------------------------------------------------
    def get(self, item_id: int) -> OutboxItem | None:
        row = self.db.query_one("SELECT * FROM compose_outbox WHERE id = ?", (item_id,))
        return read_item(self.db, row) if row is not None else None

    def items(self, account_id: str | None = None) -> list[OutboxItem]:
        if account_id is None:
            rows = self.db.query("SELECT * FROM compose_outbox ORDER BY id")
        else:
            rows = self.db.query(
                "SELECT * FROM compose_outbox WHERE account_id = ? ORDER BY id", (account_id,)
            )
        return [read_item(self.db, r) for r in rows]

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

    def renew(self, item_id: int, now: datetime, pid: int | None = None) -> bool:
        """Extend this process's lease before each slow step (an upload on a 2G link
        can take minutes): an expired lease lets another process take the item over
        while this one is still sending, and the post could go out twice. False: the
        lease is no longer this process's (taken over): it must send nothing more."""
        pid = os.getpid() if pid is None else pid
        cur = self.db.execute(
            "UPDATE compose_outbox SET lease_until = ? WHERE id = ? AND owner_pid = ?"
            " AND state = ?",
            (_iso(now + LEASE), item_id, pid, State.SENDING.value),
        )
        return cur.rowcount > 0

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
        error: str | KnownError = "",
        with_hint: bool = False,
        next_attempt_at: datetime | None = None,
        wait_reason: str = "",
    ) -> None:
        """``error``: why it is not sent (or a warning). A ``KnownError`` is kept as
        English text for logs and the command line and as its template and arguments
        for the UI to translate (``with_hint``: its hint too)."""
        if isinstance(error, KnownError):
            text = error.user_text() if with_hint else error.message
            msg = reason_json(error, with_hint=with_hint)
        else:
            text, msg = error, ""
        with self.db.transaction() as conn:
            conn.execute(
                "UPDATE compose_outbox SET state = ?,"
                " link = CASE WHEN ? != '' THEN ? ELSE link END,"
                " error = ?, error_msg = ?, next_attempt_at = ?, wait_reason = ?, owner_pid = NULL,"
                " lease_until = NULL, updated_at = ? WHERE id = ?",
                (
                    state.value,
                    link,
                    link,
                    text,
                    msg,
                    _iso(next_attempt_at),
                    wait_reason,
                    _iso(now),
                    item_id,
                ),
            )
            settled = state in PUBLISHED and _settle_draft(conn, item_id, now)
        if settled:
            self._announce(DRAFTS | OUTBOX)

    def hand_off(self, item_id: int, now: datetime, *, link: str) -> None:
        """X without posting rights: the item is ready for the user to post on the X
        website (never sent by the app, never retried, never "failed")."""
        self.finish(item_id, State.HANDOFF, now, link=link)

    def mark_posted(self, item_id: int, now: datetime) -> Outcome[bool]:
        """The user posted a hand-off item on the X website: it is sent (and its draft
        too once everything queued from it is out). False: it was not waiting for that."""
        stamp = _iso(now)
        with self.db.transaction() as conn:
            cur = conn.execute(
                "UPDATE compose_outbox SET state = ?, error = '', error_msg = '', updated_at = ?"
                " WHERE id = ? AND state = ?",
                (State.SENT.value, stamp, item_id, State.HANDOFF.value),
            )
            if cur.rowcount == 0:
                return Outcome(False)
            conn.execute(
                "UPDATE compose_outbox_parts SET state = 'sent',"
                " first_sent_at = COALESCE(first_sent_at, ?) WHERE item_id = ?",
                (stamp, item_id),
            )
            settled = _settle_draft(conn, item_id, now)
        return Outcome(True, DRAFTS | OUTBOX if settled else OUTBOX)

    def _announce(self, changes: Changes) -> None:
        if self.on_change is not None:
            try:
                self.on_change(changes)
            except Exception:  # a listener's bug must not undo a finished send
                log.exception("outbox change listener failed")

    def retry(self, item_id: int, now: datetime) -> bool:
        """Put a failed / needs-login item back in the queue (parts already sent stay sent)."""
        cur = self.db.execute(
            "UPDATE compose_outbox SET state = 'queued', error = '', error_msg = '',"
            " next_attempt_at = NULL,"
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
            "UPDATE compose_outbox SET state = 'queued', error = '', error_msg = '', updated_at = ?"
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

    def sweep_media(self) -> int:
        """Delete the picture copies no outbox item names any more (an item removed or
        taken back, a Send cut short, a temporary file left by a crash); how many.
        Run it on the database lane, where Send writes them: none is half made then."""
        return _enqueue.sweep_media(self.db, self.media_dir)

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


def _settle_draft(conn: Any, item_id: int, now: datetime) -> bool:
    """Mark the draft of ``item_id`` "sent" once every item queued from it is out on
    the network (all its accounts, all thread parts). True when it changed."""
    row = conn.execute("SELECT draft_id FROM compose_outbox WHERE id = ?", (item_id,)).fetchone()
    if row is None:
        return False
    left = conn.execute(
        "SELECT COUNT(*) FROM compose_outbox WHERE draft_id = ? AND state NOT IN (?, ?)",
        (row["draft_id"], *(s.value for s in PUBLISHED)),
    ).fetchone()[0]
    if left:
        return False
    cur = conn.execute(
        "UPDATE compose_drafts SET status = 'sent', updated_at = ? WHERE id = ?"
        " AND status = 'outbox'",
        (_iso(now), row["draft_id"]),
    )
    return bool(cur.rowcount)


def _pid_alive(pid: int) -> bool:
    try:
        import psutil  # type: ignore[import-untyped]

        return bool(psutil.pid_exists(pid))
    except ImportError:  # pragma: no cover
        return True
