"""Putting a draft in the outbox: the texts per account (the event hashtag added, a
thread where too long), the prepared pictures, and one row per account (moved out
of :mod:`companion.core.compose.outbox`)."""

from __future__ import annotations

import json
import logging
import os
import uuid
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from companion.core.accounts.model import Account, Network
from companion.core.atomic import atomic_write_bytes
from companion.core.compose.counting import Limits
from companion.core.compose.drafts import Draft, DraftStore
from companion.core.compose.hashtag import ensure_hashtag
from companion.core.compose.images import prepare_image
from companion.core.compose.outbox_items import MediaRef, State, _iso
from companion.core.compose.threads import split_thread
from companion.core.compose.tid import make_tid
from companion.core.errors import QT_TRANSLATE_NOOP, InvalidInputError
from companion.core.storage import Database

if TYPE_CHECKING:
    from companion.core.compose.outbox import Outbox

log = logging.getLogger(__name__)


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


def enqueue(
    db: Database,
    media_dir: Path,
    draft: Draft,
    accounts: list[Account],
    hashtag: str,
    now: datetime,
) -> list[int]:
    """Put ``draft`` in the outbox for each account (images prepared first).

    Refuses images without alt text. The draft is marked "in outbox"."""
    if not accounts:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP("Errors", "Choose at least one account to post to.")
        )
    if not draft.text.strip() and not draft.images:
        raise InvalidInputError(QT_TRANSLATE_NOOP("Errors", "The post is empty."))
    missing = [i for i, img in enumerate(draft.images) if not img.alt.strip()]
    if missing:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Picture %1 has no description (alt text). Add one so people who cannot "
                "see it know what it shows.",
            ),
            args=(missing[0] + 1,),
        )
    prepared: list[tuple[Account, list[str], list[MediaRef]]] = []
    for account in accounts:
        limits = Limits.for_network(account.network, account.info)
        if len(draft.images) > limits.max_media:
            raise InvalidInputError(
                QT_TRANSLATE_NOOP("Errors", "%1 takes at most %2 pictures per post."),
                args=(account.label, limits.max_media),
            )
        parts = parts_for(draft, account, hashtag)
        media: list[MediaRef] = []
        media_dir.mkdir(parents=True, exist_ok=True)
        for n, image in enumerate(draft.images):
            ready = prepare_image(Path(image.path), limits.image_size_limit)
            ext = ".png" if ready.mime == "image/png" else ".jpg"
            target = media_dir / f"{draft.id}-{account.id[:8]}-{n}{ext}"
            # on the disk before the row that names it is committed (a flat battery
            # between the two must not leave the row pointing at an empty file)
            atomic_write_bytes(target, ready.data)
            media.append(
                MediaRef(str(target), image.alt.strip(), ready.mime, ready.width, ready.height)
            )
        prepared.append((account, parts, media))
    ids: list[int] = []
    stamp = _iso(now)
    with db.transaction() as conn:
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
        raise InvalidInputError(QT_TRANSLATE_NOOP("Errors", "The post is empty."))
    text = ensure_hashtag(draft.text, hashtag) if hashtag else draft.text
    draft = replace(draft, text=text, targets=[a.id for a in accounts])
    store.save(draft)
    return outbox.enqueue(draft, accounts, hashtag, now)


def sweep_media(db: Database, media_dir: Path) -> int:
    """The files in ``media_dir`` that no outbox row names are deleted; how many."""
    if not media_dir.is_dir():
        return 0
    named: set[str] = set()
    for row in db.query("SELECT media FROM compose_outbox"):
        try:
            refs = json.loads(row["media"] or "[]")
        except ValueError:
            continue
        for ref in refs if isinstance(refs, list) else []:
            if isinstance(ref, dict) and isinstance(ref.get("path"), str):
                named.add(os.path.normcase(os.path.abspath(ref["path"])))
    gone = 0
    for path in media_dir.iterdir():
        if not path.is_file() or os.path.normcase(os.path.abspath(path)) in named:
            continue
        try:
            path.unlink()
            gone += 1
        except OSError as exc:
            log.info("could not delete %s: %s", path.name, exc)
    if gone:
        log.info("deleted %d picture copies no post needs", gone)
    return gone
