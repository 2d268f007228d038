"""SQL for the event feature. Shipped migrations are never edited: add V2, V3, ..."""

from __future__ import annotations

V1 = """
CREATE TABLE event_star (
    event_id   TEXT NOT NULL,
    -- a session id, or '@day' for the start of the day
    item_id    TEXT NOT NULL,
    starred_at TEXT NOT NULL,
    PRIMARY KEY (event_id, item_id)
);
CREATE TABLE event_reminder_fired (
    event_id TEXT NOT NULL,
    item_id  TEXT NOT NULL,
    -- the instant the item starts (UTC ISO-8601): a moved session reminds again
    starts_at TEXT NOT NULL,
    fired_at TEXT NOT NULL,
    -- 1 when shown late because the app was closed at the time
    missed   INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (event_id, item_id, starts_at)
);
"""
