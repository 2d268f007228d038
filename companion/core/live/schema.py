"""SQL for the live feature. Shipped migrations are never edited: add V2, V3, ..."""

from __future__ import annotations

V1 = """
CREATE TABLE live_posts (
    uri          TEXT PRIMARY KEY,
    created_at   TEXT NOT NULL,
    network      TEXT NOT NULL,
    data         TEXT NOT NULL,
    stored_at    TEXT NOT NULL
);
CREATE INDEX live_posts_created ON live_posts(created_at);
CREATE TABLE live_ids (
    source     TEXT NOT NULL,
    remote_id  TEXT NOT NULL,
    uri        TEXT NOT NULL,
    PRIMARY KEY (source, remote_id)
);
CREATE INDEX live_ids_uri ON live_ids(uri);
CREATE TABLE live_sources (
    source        TEXT PRIMARY KEY,
    cursor        TEXT NOT NULL DEFAULT '',
    last_success  TEXT
);
"""

#: Issue 19: the index of the post ids by uri cost a third of writing the ids of
#: 10,000 posts (~12 ms); only a delete read it, and a delete now scans the ids
#: (a few ms for the 20,000 posts cached at most, on the database lane)
V2 = """
DROP INDEX IF EXISTS live_ids_uri;
"""
