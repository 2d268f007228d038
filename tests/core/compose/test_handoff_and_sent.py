"""Issue 15: X without posting rights is a hand-off ("Ready: open X"), never a
failure; a draft becomes "sent" once everything queued from it is out."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from companion.core.accounts.model import Account, Network, posts_through_website
from companion.core.changes import DRAFTS, OUTBOX, Changes
from companion.core.compose.drafts import Draft
from companion.core.compose.outbox import State
from companion.core.schema import MIGRATIONS
from companion.core.storage import Database
from tests.core.compose.fakes import FakeBluesky, FakeMastodon, add_account
from tests.core.compose.test_sender import Env, b_account, m_account
from tests.support.httpserver import LoopbackServer

LONG = " ".join(["Wachimbaji wadogo wa Geita wanazungumza kuhusu zebaki na afya."] * 9)


@pytest.fixture
def env(tmp_path: Path) -> Iterator[Env]:
    e = Env(tmp_path)
    yield e
    e.db.close()


@pytest.fixture
def masto(loopback: LoopbackServer, env: Env) -> FakeMastodon:
    loopback.clock = lambda: env.clock
    fake = FakeMastodon(loopback)
    fake.install()
    return fake


@pytest.fixture
def sky(env: Env) -> Iterator[FakeBluesky]:
    with LoopbackServer() as srv:  # a server of its own: Mastodon has the other
        srv.clock = lambda: env.clock
        fake = FakeBluesky(srv)
        fake.install()
        yield fake


def x_account(env: Env) -> Account:
    return add_account(env.db, env.creds, Network.X, "https://api.x.com", {})


def test_x_is_a_handoff_never_failed_nor_retried(env: Env) -> None:
    acc = x_account(env)
    assert posts_through_website(acc)
    item_id = env.queue(LONG, acc)  # a thread on X: a link per part
    env.run(acc)
    item = env.outbox.get(item_id)
    assert item is not None and item.state is State.HANDOFF
    assert len(item.parts) > 1 and item.error == ""
    assert item.link.startswith("https://x.com/intent/post?text=")
    assert env.outbox.accounts_with_work() == []  # the sender never picks it up again
    assert not env.outbox.retry(item_id, env.clock)  # nothing to retry
    env.later()
    env.run(acc)
    again = env.outbox.get(item_id)
    assert again is not None and again.state is State.HANDOFF and again.attempts == 0


def test_mark_as_posted_makes_item_and_draft_sent(env: Env) -> None:
    acc = x_account(env)
    seen: list[Changes] = []
    env.outbox.on_change = seen.append
    item_id = env.queue("Habari kutoka Geita", acc)
    env.run(acc)
    (draft,) = env.drafts.list(include_sent=True)
    assert draft.status == "outbox"
    env.later(60)
    outcome = env.outbox.mark_posted(item_id, env.clock)
    assert outcome.value and outcome.changes == DRAFTS | OUTBOX
    item = env.outbox.get(item_id)
    assert item is not None and item.state is State.SENT
    assert all(p.sent and p.first_sent_at == env.clock for p in item.parts)
    (draft,) = env.drafts.list(include_sent=True)
    assert draft.status == "sent"
    assert not env.outbox.mark_posted(item_id, env.clock).value  # only a hand-off
    assert seen == []  # the caller announces what mark_posted returns


def test_draft_sent_only_when_every_target_and_part_is_out(
    env: Env,
    masto: FakeMastodon,
    sky: FakeBluesky,
) -> None:
    m, b = m_account(env, masto), b_account(env, sky)
    seen: list[Changes] = []
    env.outbox.on_change = seen.append
    draft = env.drafts.save(Draft.new(LONG))
    env.outbox.enqueue(draft, [m, b], "shareASM", env.clock)
    sky.post_faults = ["500"] * 20  # Bluesky is down: Mastodon goes out alone
    env.run(m)
    env.run(b)
    assert env.drafts.get(draft.id).status == "outbox"  # type: ignore[union-attr]
    assert seen == []
    sky.post_faults = []
    env.later()
    env.run(b)
    items = env.outbox.items()
    assert all(i.state is State.SENT for i in items)
    assert len(next(i for i in items if i.network is Network.BLUESKY).parts) > 1
    sent = env.drafts.get(draft.id)
    assert sent is not None and sent.status == "sent"
    assert sent.updated_at.startswith(env.clock.strftime("%Y-%m-%dT%H:%M"))  # its time
    assert seen == [DRAFTS | OUTBOX]  # announced once, when the last part went out


def test_migration_turns_old_x_failures_into_handoffs(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    Database(path, list(MIGRATIONS[:7])).close()
    conn = sqlite3.connect(path)
    conn.executescript(
        """
        INSERT INTO compose_drafts(id, text, status, created_at, updated_at)
            VALUES ('d1', 'Habari', 'outbox', '2026-11-27', '2026-11-27'),
                   ('d2', 'Done', 'outbox', '2026-11-27', '2026-11-27');
        INSERT INTO compose_outbox(id, draft_id, account_id, network, state, link, error,
                                   created_at, updated_at)
            VALUES (1, 'd1', 'a', 'x', 'failed', 'https://x.com/intent/post?text=Habari',
                    'The app cannot post to X without X API access', '2026-11-27', '2026-11-27'),
                   (2, 'd1', 'b', 'mastodon', 'failed', '', 'refused', '2026-11-27', '2026-11-27'),
                   (3, 'd2', 'b', 'mastodon', 'sent', 'https://m/', '', '2026-11-27', '2026-11-27');
        """
    )
    conn.commit()
    conn.close()
    db = Database(path)
    try:
        states = {r[0]: r[1] for r in db.query("SELECT id, state FROM compose_outbox")}
        assert states == {1: "handoff", 2: "failed", 3: "sent"}
        assert db.query_one("SELECT error FROM compose_outbox WHERE id = 1")[0] == ""
        status = {r[0]: r[1] for r in db.query("SELECT id, status FROM compose_drafts")}
        assert status == {"d1": "outbox", "d2": "sent"}
    finally:
        db.close()


def test_draft_title_ends_on_a_whole_word() -> None:
    draft = Draft.new(
        "Today at the dialogue in Geita, artisanal miners, district officials and buyers sat"
    )
    assert draft.title == "Today at the dialogue in Geita, artisanal miners, district…"
    assert Draft.new("Short one\nsecond line").title == "Short one"
