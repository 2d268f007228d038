"""SQL for the compose feature. Shipped migrations are never edited: add V2, V3, ..."""

from __future__ import annotations

V1 = """
CREATE TABLE compose_drafts (
    id          TEXT PRIMARY KEY,
    text        TEXT NOT NULL DEFAULT '',
    spoiler     TEXT NOT NULL DEFAULT '',
    language    TEXT NOT NULL DEFAULT 'en',
    -- JSON list of account ids
    targets     TEXT NOT NULL DEFAULT '[]',
    -- JSON {account_id: [part, ...]} when the user edited a thread split
    thread      TEXT NOT NULL DEFAULT '{}',
    -- ISO-8601 UTC or NULL for "as soon as possible"
    post_at     TEXT,
    source      TEXT NOT NULL DEFAULT '',
    -- 'draft' while editable, 'outbox' once sent to the outbox
    status      TEXT NOT NULL DEFAULT 'draft',
    deleted_at  TEXT,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE INDEX compose_drafts_updated ON compose_drafts(updated_at);

CREATE TABLE compose_media (
    id        INTEGER PRIMARY KEY,
    draft_id  TEXT NOT NULL REFERENCES compose_drafts(id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    path      TEXT NOT NULL,
    alt       TEXT NOT NULL DEFAULT ''
);
CREATE INDEX compose_media_draft ON compose_media(draft_id, position);

CREATE TABLE compose_outbox (
    id              INTEGER PRIMARY KEY,
    draft_id        TEXT NOT NULL,
    account_id      TEXT NOT NULL,
    network         TEXT NOT NULL,
    state           TEXT NOT NULL DEFAULT 'queued',
    language        TEXT NOT NULL DEFAULT '',
    spoiler         TEXT NOT NULL DEFAULT '',
    post_at         TEXT,
    -- JSON list of {"path", "alt", "mime"} (prepared copies, metadata stripped)
    media           TEXT NOT NULL DEFAULT '[]',
    link            TEXT NOT NULL DEFAULT '',
    error           TEXT NOT NULL DEFAULT '',
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT,
    -- why it waits: 'offline' (woken when the connection returns), 'rate_limit', 'server'
    wait_reason     TEXT NOT NULL DEFAULT '',
    owner_pid       INTEGER,
    lease_until     TEXT,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    UNIQUE (draft_id, account_id)
);
CREATE INDEX compose_outbox_account ON compose_outbox(account_id, id);

CREATE TABLE compose_outbox_parts (
    item_id       INTEGER NOT NULL REFERENCES compose_outbox(id) ON DELETE CASCADE,
    idx           INTEGER NOT NULL,
    text          TEXT NOT NULL,
    -- Mastodon Idempotency-Key / Bluesky record key, made once, never changed
    idem_key      TEXT NOT NULL,
    rkey          TEXT NOT NULL,
    state         TEXT NOT NULL DEFAULT 'queued',
    remote_id     TEXT NOT NULL DEFAULT '',
    uri           TEXT NOT NULL DEFAULT '',
    cid           TEXT NOT NULL DEFAULT '',
    url           TEXT NOT NULL DEFAULT '',
    -- when a request carrying this part first left the computer
    first_sent_at TEXT,
    PRIMARY KEY (item_id, idx)
);
"""

# Issue 13: a part's first *real* attempt (a request that reached the server; DNS
# failures, refused connections and failed TLS handshakes are not attempts), and how
# an item is split after a server refused a part as too long.
V2 = """
ALTER TABLE compose_outbox_parts ADD COLUMN first_attempt_at TEXT;
UPDATE compose_outbox_parts SET first_attempt_at = first_sent_at;
-- '' (the account's own counting rule) or 'strict' (code points, URLs in full)
ALTER TABLE compose_outbox ADD COLUMN split_rule TEXT NOT NULL DEFAULT '';
-- a smaller character limit learnt from the server's "too long", or NULL
ALTER TABLE compose_outbox ADD COLUMN max_chars INTEGER;
"""

# Issue 15: X without posting rights is no failure: such items were stored as 'failed'
# with a "post on X" link; they are hand-offs ('handoff': "Ready: open X"). A draft
# whose every outbox item is out is 'sent'.
V3 = """
UPDATE compose_outbox SET state = 'handoff', error = ''
    WHERE network = 'x' AND state = 'failed' AND link LIKE 'https://x.com/intent/%';
UPDATE compose_drafts SET status = 'sent'
    WHERE status = 'outbox'
    AND EXISTS (SELECT 1 FROM compose_outbox o WHERE o.draft_id = compose_drafts.id)
    AND NOT EXISTS (SELECT 1 FROM compose_outbox o WHERE o.draft_id = compose_drafts.id
                    AND o.state NOT IN ('sent', 'published_early'));
"""

# Issue 18: the reason an item failed, as the error's template and arguments (JSON,
# see ``outbox_items.reason_json``) so the outbox shows it in the user's language;
# ``error`` keeps the English text for logs and the command line. '' for older rows.
V4 = """
ALTER TABLE compose_outbox ADD COLUMN error_msg TEXT NOT NULL DEFAULT '';
"""
