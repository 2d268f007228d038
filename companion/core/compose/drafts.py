"""Drafts in SQLite: every save is one transaction, so a crash keeps the last save."""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime

from companion.core.storage import Database


def _stamp(now: datetime) -> str:
    return now.astimezone(UTC).isoformat(timespec="milliseconds")


@dataclass
class DraftImage:
    path: str
    alt: str = ""


@dataclass
class Draft:
    id: str
    text: str = ""
    spoiler: str = ""
    language: str = "en"
    targets: list[str] = field(default_factory=list)
    #: per account id, the thread parts the user edited (else split automatically)
    thread: dict[str, list[str]] = field(default_factory=dict)
    post_at: datetime | None = None
    source: str = ""
    status: str = "draft"
    images: list[DraftImage] = field(default_factory=list)
    updated_at: str = ""

    @staticmethod
    def new(text: str = "", *, language: str = "en", source: str = "") -> Draft:
        return Draft(uuid.uuid4().hex, text=text, language=language, source=source)

    @property
    def title(self) -> str:
        """The first line, cut after a whole word with "…" when longer than 60."""
        first = self.text.strip().splitlines()[0] if self.text.strip() else ""
        if len(first) <= 60:
            return first
        cut = first[:60].rsplit(" ", 1)[0] if " " in first[:60] else first[:60]
        return cut.rstrip(" ,;:.-") + "…"


class DraftStore:
    def __init__(self, db: Database, now: Callable[[], datetime]) -> None:
        self.db = db
        #: the app's clock (``Clock.now``): stamps saves and deletions
        self.now = now

    def save(self, draft: Draft) -> Draft:
        """Write ``draft`` and its images atomically; returns it with ``updated_at``."""
        stamp = _stamp(self.now())
        with self.db.transaction() as conn:
            conn.execute(
                "INSERT INTO compose_drafts(id, text, spoiler, language, targets, thread, post_at,"
                " source, status, created_at, updated_at) VALUES(?,?,?,?,?,?,?,?,?,?,?)"
                " ON CONFLICT(id) DO UPDATE SET text=excluded.text, spoiler=excluded.spoiler,"
                " language=excluded.language, targets=excluded.targets, thread=excluded.thread,"
                " post_at=excluded.post_at, source=excluded.source, status=excluded.status,"
                " updated_at=excluded.updated_at",
                (
                    draft.id,
                    draft.text,
                    draft.spoiler,
                    draft.language,
                    json.dumps(draft.targets),
                    json.dumps(draft.thread, ensure_ascii=False),
                    draft.post_at.isoformat() if draft.post_at else None,
                    draft.source,
                    draft.status,
                    stamp,
                    stamp,
                ),
            )
            conn.execute("DELETE FROM compose_media WHERE draft_id = ?", (draft.id,))
            for pos, image in enumerate(draft.images):
                conn.execute(
                    "INSERT INTO compose_media(draft_id, position, path, alt) VALUES(?,?,?,?)",
                    (draft.id, pos, image.path, image.alt),
                )
        return replace(draft, updated_at=stamp)

    def save_unless_changed(self, draft: Draft) -> tuple[Draft, bool]:
        """Save ``draft``; when another window saved it since ``draft.updated_at``, save
        this text as a new draft instead (nothing typed is lost). True: saved as a copy."""
        row = self.db.query_one(
            "SELECT status, updated_at FROM compose_drafts WHERE id = ?", (draft.id,)
        )
        if row is not None and (
            (draft.updated_at and row["updated_at"] != draft.updated_at)
            # queued or sent since this copy was taken: a "draft" written over it would
            # undo that (never marked sent, or sent again from the drafts list)
            or (row["status"] != "draft" and draft.status == "draft")
        ):
            return self.save(replace(draft, id=uuid.uuid4().hex, status="draft")), True
        return self.save(draft), False

    def get(self, draft_id: str) -> Draft | None:
        row = self.db.query_one("SELECT * FROM compose_drafts WHERE id = ?", (draft_id,))
        if row is None:
            return None
        media = self.db.query(
            "SELECT path, alt FROM compose_media WHERE draft_id = ? ORDER BY position", (draft_id,)
        )
        return _from_row(row, [DraftImage(m["path"], m["alt"]) for m in media])

    def list(self, *, include_sent: bool = False) -> list[Draft]:
        sql = "SELECT * FROM compose_drafts WHERE deleted_at IS NULL"
        if not include_sent:
            sql += " AND status = 'draft'"
        # an empty draft (no text, no warning, no picture) is never listed
        sql += (
            " AND (trim(text) != '' OR trim(spoiler) != ''"
            " OR id IN (SELECT draft_id FROM compose_media))"
        )
        rows = self.db.query(sql + " ORDER BY updated_at DESC")
        return [_from_row(r, []) for r in rows]

    def duplicate(self, draft_id: str) -> Draft:
        original = self.get(draft_id)
        if original is None:
            raise KeyError(draft_id)
        copy = replace(
            original,
            id=uuid.uuid4().hex,
            status="draft",
            images=[replace(i) for i in original.images],
            thread=dict(original.thread),
        )
        return self.save(copy)

    def delete(self, draft_id: str) -> None:
        """Soft delete: ``undelete`` brings it back; ``purge`` removes old ones."""
        self.db.execute(
            "UPDATE compose_drafts SET deleted_at = ? WHERE id = ?", (_stamp(self.now()), draft_id)
        )

    def undelete(self, draft_id: str) -> None:
        self.db.execute("UPDATE compose_drafts SET deleted_at = NULL WHERE id = ?", (draft_id,))

    def purge_deleted(self) -> int:
        cur = self.db.execute("DELETE FROM compose_drafts WHERE deleted_at IS NOT NULL")
        return int(cur.rowcount)


def _from_row(row: object, images: list[DraftImage]) -> Draft:
    r = row  # sqlite3.Row
    post_at = r["post_at"]  # type: ignore[index]
    try:
        targets = json.loads(r["targets"])  # type: ignore[index]
        thread = json.loads(r["thread"])  # type: ignore[index]
    except ValueError:
        targets, thread = [], {}
    return Draft(
        id=r["id"],  # type: ignore[index]
        text=r["text"],  # type: ignore[index]
        spoiler=r["spoiler"],  # type: ignore[index]
        language=r["language"],  # type: ignore[index]
        targets=[str(t) for t in targets] if isinstance(targets, list) else [],
        thread=thread if isinstance(thread, dict) else {},
        post_at=datetime.fromisoformat(post_at) if post_at else None,
        source=r["source"],  # type: ignore[index]
        status=r["status"],  # type: ignore[index]
        images=images,
        updated_at=r["updated_at"],  # type: ignore[index]
    )
