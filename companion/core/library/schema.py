"""SQL for the library feature. Shipped migrations are never edited: add V2, V3, ..."""

from __future__ import annotations

V1 = """
CREATE TABLE library_docs (
    id       INTEGER PRIMARY KEY,
    pack_id  TEXT NOT NULL,
    version  TEXT NOT NULL,
    item_id  TEXT NOT NULL,
    kind     TEXT NOT NULL,
    lang     TEXT NOT NULL,
    page     INTEGER NOT NULL DEFAULT -1,
    title    TEXT NOT NULL,
    body     TEXT NOT NULL,
    display  TEXT NOT NULL DEFAULT ''
);
CREATE INDEX library_docs_pack ON library_docs(pack_id);
CREATE VIRTUAL TABLE library_fts USING fts5(
    title, body,
    content='library_docs', content_rowid='id',
    tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER library_docs_ai AFTER INSERT ON library_docs BEGIN
    INSERT INTO library_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
END;
CREATE TRIGGER library_docs_ad AFTER DELETE ON library_docs BEGIN
    INSERT INTO library_fts(library_fts, rowid, title, body)
    VALUES ('delete', old.id, old.title, old.body);
END;
CREATE TABLE library_indexed (
    pack_id  TEXT PRIMARY KEY,
    version  TEXT NOT NULL,
    with_pdf_text INTEGER NOT NULL DEFAULT 0
);
"""
