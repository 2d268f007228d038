"""SQL for accounts. Shipped migrations are never edited: add V2, V3, ..."""

from __future__ import annotations

V1 = """
CREATE TABLE accounts (
    id           TEXT PRIMARY KEY,
    network      TEXT NOT NULL CHECK (network IN ('mastodon', 'bluesky', 'x')),
    server       TEXT NOT NULL,
    handle       TEXT NOT NULL,
    display_name TEXT NOT NULL DEFAULT '',
    state        TEXT NOT NULL DEFAULT 'connected',
    info         TEXT NOT NULL DEFAULT '{}',
    created_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
"""
