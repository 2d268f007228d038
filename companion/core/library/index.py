"""The library's search index: SQLite FTS5 with accents folded, every language.

One row per searchable unit: an item's title and description (``page = -1``) and
each page's caption or PDF text (``page >= 0``). PDF text is extracted by the
caller (the UI or CLI layer, with QtPdf) and passed in, so this module stays
Qt-free.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from companion.core.library.manifest import Manifest, pick
from companion.core.storage import Database

#: (path of a stored PDF) -> its text, one string per page
PdfText = Callable[[Path], Sequence[str]]
_TOKEN = re.compile(r"\w+", re.UNICODE)
#: around each match in a snippet (characters no caption or PDF text carries)
MARK_START, MARK_END = "\x02", "\x03"


@dataclass(frozen=True)
class Hit:
    pack_id: str
    item_id: str
    kind: str
    lang: str
    page: int
    title: str
    snippet: str
    #: the snippet with each match between ``MARK_START`` and ``MARK_END`` (for the UI)
    marked: str = ""

    def spans(self) -> list[tuple[str, bool]]:
        """The snippet as (text, is a match) pieces, for highlighting."""
        out: list[tuple[str, bool]] = []
        for i, piece in enumerate(re.split(f"{MARK_START}|{MARK_END}", self.marked)):
            if piece:
                out.append((piece, i % 2 == 1))
        return out

    def as_dict(self) -> dict[str, object]:
        return {
            "pack": self.pack_id,
            "item": self.item_id,
            "kind": self.kind,
            "lang": self.lang,
            "page": self.page + 1 if self.page >= 0 else None,
            "title": self.title,
            "snippet": self.snippet,
        }


def is_indexed(db: Database, manifest: Manifest, *, with_pdf_text: bool) -> bool:
    row = db.query_one(
        "SELECT version, with_pdf_text FROM library_indexed WHERE pack_id = ?", (manifest.id,)
    )
    if row is None or row[0] != manifest.version:
        return False
    return bool(row[1]) or not with_pdf_text


def index_pack(
    db: Database,
    manifest: Manifest,
    *,
    pdf_text: PdfText | None = None,
    object_path: Callable[..., Path] | None = None,
) -> int:
    """(Re)build the rows for ``manifest``; returns how many rows were written."""
    rows: list[tuple[object, ...]] = []
    for item in manifest.items:
        langs = sorted(set(item.title) | set(item.description) | set(item.editions))
        for lang in langs:
            display = pick(item.title, lang)
            own_title, own_desc = item.title.get(lang, ""), item.description.get(lang, "")
            if own_title or own_desc:
                rows.append((item.id, item.kind, lang, -1, own_title, own_desc, display))
            ed = item.editions.get(lang)
            if ed is None:
                continue
            pages: dict[int, str] = {i: c for i, c in enumerate(ed.captions) if c}
            if ed.is_pdf and pdf_text is not None and object_path is not None:
                path = object_path(ed.files[0])
                if path.exists():
                    for i, text in enumerate(pdf_text(path)):
                        if text.strip():
                            pages[i] = (pages.get(i, "") + "\n" + text).strip()
            for page, body in sorted(pages.items()):
                rows.append((item.id, item.kind, lang, page, "", body, display))
    with db.transaction() as conn:
        conn.execute("DELETE FROM library_docs WHERE pack_id = ?", (manifest.id,))
        conn.executemany(
            "INSERT INTO library_docs(pack_id, version, item_id, kind, lang, page, title, body, "
            "display) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(manifest.id, manifest.version, *r) for r in rows],
        )
        conn.execute(
            "INSERT INTO library_indexed(pack_id, version, with_pdf_text) VALUES (?, ?, ?) "
            "ON CONFLICT(pack_id) DO UPDATE SET version = excluded.version, "
            "with_pdf_text = excluded.with_pdf_text",
            (manifest.id, manifest.version, int(pdf_text is not None)),
        )
    return len(rows)


def drop_pack(db: Database, pack_id: str) -> None:
    with db.transaction() as conn:
        conn.execute("DELETE FROM library_docs WHERE pack_id = ?", (pack_id,))
        conn.execute("DELETE FROM library_indexed WHERE pack_id = ?", (pack_id,))


def fts_query(text: str) -> str:
    """User text as a safe FTS5 query: every word must match, the last one as a prefix."""
    words = _TOKEN.findall(text)
    if not words:
        return ""
    quoted = ['"' + w.replace('"', '""') + '"' for w in words]
    quoted[-1] += "*"
    return " ".join(quoted)


def search(db: Database, text: str, *, limit: int = 50, lang: str = "") -> list[Hit]:
    """Best matches first; one hit per (item, language, page)."""
    query = fts_query(text)
    if not query:
        return []
    rows = db.query(
        "SELECT d.pack_id, d.item_id, d.kind, d.lang, d.page, "
        "d.display, "
        "snippet(library_fts, 1, char(2), char(3), '…', 12) AS snip, "
        "bm25(library_fts, 5.0, 1.0) AS rank "
        "FROM library_fts JOIN library_docs d ON d.id = library_fts.rowid "
        "WHERE library_fts MATCH ? "
        "ORDER BY (d.lang = ?) DESC, rank LIMIT ?",
        (query, lang, limit),
    )
    hits = []
    for r in rows:
        marked = " ".join(str(r[6]).split())
        plain = marked.replace(MARK_START, "[").replace(MARK_END, "]")
        hits.append(Hit(r[0], r[1], r[2], r[3], int(r[4]), r[5], plain, marked))
    return hits
