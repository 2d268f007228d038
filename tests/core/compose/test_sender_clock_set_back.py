"""The outbox when the computer's clock is set (NTP, or the user fixing a wrong clock):
a retry time or a post's time kept as an instant on the clock of the moment it was set
(audit 3, f1 and f3)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from companion.core.accounts.credentials import MemoryCredentialStore
from companion.core.accounts.model import Account, AccountRepository, Network
from companion.core.accounts.session import SessionManager
from companion.core.clock import Clock, ClockSkew
from companion.core.compose.drafts import Draft, DraftStore
from companion.core.compose.outbox import Outbox, State
from companion.core.compose.sender import RETRY_CAP, Sender
from companion.core.net import HttpClient
from companion.core.storage import Database
from tests.support.accounts import add_account
from tests.support.fake_mastodon import FakeMastodon
from tests.support.httpserver import LoopbackServer

REAL_START = datetime(2026, 11, 27, 10, 0, tzinfo=UTC)


class Machine:
    """The real time, this computer's clock (``fast`` seconds ahead of it, set by hand)
    and a clock since boot nobody sets; the app's clock reads them."""

    def __init__(self) -> None:
        self.real_s = REAL_START.timestamp()
        self.fast_s = 0.0
        self.skew = ClockSkew(wall=self.wall, reference=self.boot)
        self.clock = Clock(wall=self.wall, monotonic=self.boot, skew=self.skew)

    def wall(self) -> float:
        return self.real_s + self.fast_s

    def boot(self) -> float:
        return self.real_s - REAL_START.timestamp() + 1000.0

    def real(self) -> datetime:
        return datetime.fromtimestamp(self.real_s, tz=UTC)

    def run(self, seconds: float) -> None:
        self.real_s += seconds


class Env:
    def __init__(self, tmp: Path, loopback: LoopbackServer) -> None:
        self.m = Machine()
        self.db = Database(":memory:")
        self.creds = MemoryCredentialStore()
        self.repo = AccountRepository(self.db)
        self.http = HttpClient(timeout=(2.0, 5.0), now=self.m.clock.now)
        self.outbox = Outbox(self.db, tmp / "media")
        self.drafts = DraftStore(self.db, self.m.clock.now)
        self.sender = Sender(
            self.outbox,
            self.repo,
            SessionManager(self.repo, self.creds, self.http),
            self.http,
            now=self.m.clock.now,
            sleep=lambda s: None,
            wrong_by=self.m.clock.wrong_by,
        )
        loopback.clock = self.m.real  # the server's clock is right
        self.masto = FakeMastodon(loopback)
        self.masto.install()

    def account(self, **info: Any) -> Account:
        return add_account(
            self.db,
            self.creds,
            Network.MASTODON,
            self.masto.srv.base_url,
            {"access_token": "tok"},
            {"id": "1", **info},
        )

    def queue(self, text: str, account: Account, post_at: datetime | None = None) -> int:
        draft = Draft.new(text)
        draft.post_at = post_at
        saved = self.drafts.save(draft)
        return self.outbox.enqueue(saved, [account], "shareASM", self.m.clock.now())[0]

    def run(self, account: Account) -> None:
        list(self.sender.run_account(account.id))

    def state(self, item_id: int) -> State:
        item = self.outbox.get(item_id)
        assert item is not None
        return item.state

    def posted(self) -> list[str]:
        return [s["content"] for s in self.masto.statuses]


@pytest.fixture
def env(tmp_path: Path, loopback: LoopbackServer) -> Iterator[Env]:
    e = Env(tmp_path, loopback)
    yield e
    e.db.close()


@pytest.mark.parametrize("fault", ["503", "500", "429"])
def test_a_retry_is_due_when_the_clock_is_set_back_and_later_posts_follow(
    env: Env, fault: str
) -> None:
    env.m.fast_s = 86400  # the clock is a day fast
    acc = env.account()
    first = env.queue("post A", acc)
    env.masto.post_faults = [fault]
    env.run(acc)
    assert env.state(first) is State.QUEUED and env.posted() == []
    second = env.queue("post B, written after", acc)
    env.m.fast_s = 0.0  # somebody sets it right
    env.m.run(30)  # the sender's next round
    env.run(acc)
    # both used to wait a day (the second may not overtake the first)
    assert env.state(first) is State.SENT and env.state(second) is State.SENT
    texts = env.posted()
    assert len(texts) == 2 and "post A" in texts[0] and "post B" in texts[1]


def test_a_retry_is_not_due_early_while_the_clock_stays() -> None:
    """The rule that spots the clock set back does not cut ordinary waits short."""
    now = REAL_START
    item = _queued(now, next_at=now + RETRY_CAP, reason="server")
    assert not Sender._clock_set_back(item, now)
    assert not Sender._clock_set_back(item, now + RETRY_CAP / 2)
    # a rate limit may last as long as the server said
    far = _queued(now, next_at=now + timedelta(hours=3), reason="rate_limit")
    assert not Sender._clock_set_back(far, now + timedelta(minutes=1))
    # the wait began after "now": the clock went back since
    assert Sender._clock_set_back(far, now - timedelta(seconds=5))


def test_a_retry_further_ahead_than_any_backoff_is_due(env: Env) -> None:
    """Whatever put it there (the clock set back after the row last changed, or by an
    older version): a wait for server trouble never outlasts the longest backoff."""
    acc = env.account()
    item_id = env.queue("held", acc)
    env.masto.post_faults = ["503"]
    env.run(acc)
    ahead = env.m.clock.now() + timedelta(days=1)
    env.db.execute(
        "UPDATE compose_outbox SET next_attempt_at = ? WHERE id = ?", (ahead.isoformat(), item_id)
    )
    env.run(acc)
    assert env.state(item_id) is State.SENT


def _queued(updated: datetime, *, next_at: datetime, reason: str) -> Any:
    from companion.core.compose.outbox_items import OutboxItem

    return OutboxItem(
        1,
        "d",
        "a",
        Network.MASTODON,
        State.QUEUED,
        next_attempt_at=next_at,
        wait_reason=reason,
        updated_at=updated,
    )


def test_a_post_the_server_would_not_schedule_goes_out_on_time_after_the_clock_is_fixed(
    env: Env,
) -> None:
    """The laptop's clock is 3 h fast (known from the servers' Date): a post for noon,
    refused by the server's scheduling, used to be kept for 15:00 on that clock, and
    went out 3 h late once the user set the clock right."""
    env.m.fast_s = 3 * 3600
    env.m.skew.observe(env.m.clock.now(), env.m.real())
    assert env.m.clock.wrong_by() == timedelta(hours=3)
    post_at = REAL_START + timedelta(hours=2)
    env.masto.server_now = lambda: post_at  # refuses it: not 5 minutes ahead
    acc = env.account(scheduled_statuses=True)
    item_id = env.queue("at noon", acc, post_at=post_at)
    env.run(acc)
    item = env.outbox.get(item_id)
    assert item is not None and item.state is State.QUEUED and item.wait_reason == "schedule"
    env.m.run(60)
    env.m.fast_s = 0.0  # the user fixes the clock: the estimate no longer applies
    assert env.m.clock.wrong_by() == timedelta(0)
    sent_at = None
    while env.m.real() < REAL_START + timedelta(hours=6) and sent_at is None:
        env.m.run(30)
        env.run(acc)
        if env.posted():
            sent_at = env.m.real()
    assert sent_at is not None and post_at <= sent_at <= post_at + timedelta(seconds=30)


def test_a_refused_post_for_later_waits_for_its_real_time_on_a_fast_clock(env: Env) -> None:
    """Not early either: on a clock 3 h fast that stays so, it goes at the real time."""
    env.m.fast_s = 3 * 3600
    env.m.skew.observe(env.m.clock.now(), env.m.real())
    post_at = REAL_START + timedelta(hours=1)
    env.masto.server_now = lambda: post_at
    acc = env.account(scheduled_statuses=True)
    item_id = env.queue("in an hour", acc, post_at=post_at)
    env.run(acc)
    assert env.state(item_id) is State.QUEUED and env.posted() == []
    sent_at = None
    while env.m.real() < REAL_START + timedelta(hours=3) and sent_at is None:
        env.m.run(30)
        env.m.skew.observe(env.m.clock.now(), env.m.real())  # replies keep coming
        env.run(acc)
        if env.posted():
            sent_at = env.m.real()
    assert sent_at is not None and post_at <= sent_at <= post_at + timedelta(seconds=30)
