"""Posts for later: handed to the server or kept here, they go out once, on time, and
never hold up the posts queued after them (issue 13, checked again)."""

from __future__ import annotations

from datetime import timedelta

import pytest

from companion.core.clock import Clock
from companion.core.compose.bluesky import created_at
from companion.core.compose.outbox import State
from companion.core.compose.publish_common import readings
from companion.core.compose.sender import Sender
from tests.core.compose.test_sender import (  # noqa: F401  (fixtures)
    Env,
    b_account,
    env,
    m_account,
    masto,
)
from tests.support.fake_bluesky import FakeBluesky
from tests.support.fake_mastodon import FakeMastodon
from tests.support.httpserver import LoopbackServer


def set_post_at(env: Env, item_id: int, minutes: float) -> None:  # noqa: F811
    when = env.clock + timedelta(minutes=minutes)
    env.db.execute(
        "UPDATE compose_outbox SET post_at = ? WHERE id = ?", (when.isoformat(), item_id)
    )


def test_scheduled_on_the_server_then_reply_lost_is_not_posted_again_at_its_time(
    env: Env,  # noqa: F811
    masto: FakeMastodon,  # noqa: F811
) -> None:
    # Mastodon keeps an Idempotency-Key for an hour only. The scheduled status was made
    # but the reply was lost; the laptop was then offline until 3 minutes before the
    # time (too late to schedule again). Its clock runs 40 s ahead of the server's
    # (under the 2 minutes the app corrects), so at its time the server's scheduler
    # has not published the post yet: posting it from here would post it twice.
    masto.server_now = lambda: env.clock - timedelta(seconds=40)
    acc = m_account(env, masto)
    item_id = env.queue("Closing panel at 16:00", acc)
    set_post_at(env, item_id, 120)
    masto.post_faults = ["drop_after_create"]
    env.run(acc)
    assert len(masto.scheduled) == 1 and masto.statuses == []
    env.later(117 * 60)
    env.run(acc)  # 3 minutes before: waits for its time
    env.later(3 * 60)
    env.run(acc)  # its time by the laptop's clock
    item = env.outbox.get(item_id)
    assert item is not None and item.state is State.SCHEDULED
    env.later(60)
    masto.publish_due()  # the server's scheduler publishes it
    assert len(masto.statuses) == 1


def test_scheduled_on_the_server_and_already_published_is_found_not_posted_again(
    env: Env,  # noqa: F811
    masto: FakeMastodon,  # noqa: F811
) -> None:
    acc = m_account(env, masto)
    masto.honour_idempotency = False
    item_id = env.queue("Closing panel at 16:00", acc)
    set_post_at(env, item_id, 120)
    masto.post_faults = ["drop_after_create"]
    env.run(acc)
    env.later(121 * 60)  # offline until after its time: the server published it
    env.run(acc)
    item = env.outbox.get(item_id)
    assert item is not None and item.state is State.SENT
    assert len(masto.statuses) == 1 and item.link == masto.statuses[0]["url"]


def test_a_post_the_server_would_not_schedule_does_not_hold_up_later_posts(
    env: Env,  # noqa: F811
    masto: FakeMastodon,  # noqa: F811
) -> None:
    # the laptop's clock is 10 minutes behind the server's: "in 8 minutes" is too soon
    # for Mastodon's "at least 5 minutes ahead", so the post waits here for its time;
    # a post queued after it for now must not wait those 8 minutes too
    masto.server_now = lambda: env.clock + timedelta(minutes=10)
    acc = m_account(env, masto)
    later_id = env.queue("Join us at 14:00", acc)
    set_post_at(env, later_id, 8)
    env.run(acc)
    item = env.outbox.get(later_id)
    assert item is not None and item.state is State.QUEUED and masto.statuses == []
    now_id = env.queue("The hall is full, stream at the link", acc)
    env.later(30)
    env.run(acc)
    item = env.outbox.get(now_id)
    assert item is not None and item.state is State.SENT
    assert [s["content"] for s in masto.statuses] == [
        "<p>The hall is full, stream at the link<br><br>#shareASM</p>"
    ]
    env.later(8 * 60)
    env.run(acc)
    item = env.outbox.get(later_id)
    assert item is not None and item.state is State.SENT and len(masto.statuses) == 2


def test_a_laptop_clock_hours_ahead_neither_sends_early_nor_backdates(
    env: Env,  # noqa: F811
    loopback: LoopbackServer,
) -> None:
    # a Windows laptop on the wrong time zone: its clock reads 3 h ahead of the real
    # time, which the app learnt from the servers' Date headers (the countdown says
    # "times shown are corrected"). A Bluesky post for 1 hour from now (real time, as
    # typed with --at) waits for that time, not 3 h less, and its createdAt is the
    # real time: a createdAt hours off files the post hours away in every feed.
    loopback.clock = lambda: env.clock - timedelta(hours=3)  # the servers' (real) time
    sky = FakeBluesky(loopback)
    sky.install()
    clock = Clock(
        wall=lambda: env.clock.timestamp(),
        monotonic=lambda: env.clock.timestamp(),  # nobody sets this laptop's clock
    )
    env.http.skew = clock.skew
    env.sender = Sender(
        env.outbox,
        env.repo,
        env.session,
        env.http,
        now=lambda: env.clock,
        sleep=env.sleeps.append,
        wrong_by=clock.wrong_by,
    )
    acc = b_account(env, sky)
    env.http.get(loopback.url("/xrpc/_health"))  # any reply tells the server's time
    assert clock.wrong_by() == timedelta(hours=3)
    real_now = env.clock - timedelta(hours=3)
    item_id = env.queue("Field visit starts in Geita", acc)
    when = real_now + timedelta(hours=1)
    env.db.execute(
        "UPDATE compose_outbox SET post_at = ? WHERE id = ?", (when.isoformat(), item_id)
    )
    env.run(acc)
    item = env.outbox.get(item_id)
    assert item is not None and item.state is State.QUEUED and sky.records == {}
    env.later(59 * 60)
    env.run(acc)
    assert sky.records == {}  # a minute to go
    env.later(60)
    env.run(acc)
    item = env.outbox.get(item_id)
    assert item is not None and item.state is State.SENT
    (record,) = [r["value"] for r in sky.records.values()]
    assert record["createdAt"] == created_at(when)


def test_a_post_is_plain_text_where_the_author_writes_markdown_by_default(
    env: Env,  # noqa: F811
    loopback: LoopbackServer,
) -> None:
    # GoToSocial (as Pleroma, Akkoma and glitch-soc) reads a post without
    # ``content_type`` by the author's own setting, which may be Markdown: "*Amina*"
    # would be published as an emphasised "Amina", and an exactly-once check after a
    # lost reply would not know the post for the one it sent, and post it again
    loopback.clock = lambda: env.clock
    fake = FakeMastodon.gotosocial(loopback)
    fake.default_content_type = "text/markdown"
    fake.install()
    acc = m_account(env, fake)
    fake.post_faults = ["drop_after_create"]
    item_id = env.queue("Meet *Amina* at gate_2_north, bring **boots**", acc)
    env.run(acc)
    env.later(60)
    env.outbox.wake_offline(env.clock)
    env.run(acc)
    item = env.outbox.get(item_id)
    assert item is not None and item.state is State.SENT
    assert [s["content"] for s in fake.statuses] == [
        "<p>Meet *Amina* at gate_2_north, bring **boots**<br><br>#shareASM</p>"
    ]


@pytest.mark.parametrize(
    "link",
    [
        "https://www.iied.org/artisanal-small-scale-mining-report-2026",  # cut to 30
        "https://iied.org/asm",  # shown without https://
    ],
)
def test_a_post_with_a_link_is_found_on_takahe_after_a_lost_reply(
    env: Env,  # noqa: F811
    loopback: LoopbackServer,
    link: str,
) -> None:
    # Takahē ignores Idempotency-Key and shows links shortened (no scheme, 30
    # characters, the address only in href): the exactly-once check must still know
    # the post for the one it sent, or it posts it a second time
    loopback.clock = lambda: env.clock
    fake = FakeMastodon.takahe(loopback)
    fake.install()
    acc = m_account(env, fake)
    fake.post_faults = ["drop_after_create"]
    item_id = env.queue(f"Read the report: {link} (page 4)", acc)
    env.run(acc)
    env.later(60)
    env.outbox.wake_offline(env.clock)
    env.run(acc)
    item = env.outbox.get(item_id)
    assert item is not None and item.state is State.SENT
    assert len(fake.statuses) == 1 and item.link == fake.statuses[0]["url"]


def test_readings_of_a_posts_html() -> None:
    mastodon = (
        '<p>See <a href="https://www.iied.org/artisanal-small-scale-mining-report-2026">'
        '<span class="invisible">https://www.</span><span class="ellipsis">iied.org/'
        'artisanal-small-scale</span><span class="invisible">-mining-report-2026</span>'
        '</a> <a href="https://m.example/tags/shareasm" class="mention hashtag">#<span>'
        "shareASM</span></a></p>"
    )
    assert readings(mastodon) == [
        "See https://www.iied.org/artisanal-small-scale-mining-report-2026 #shareASM"
    ]
    # a bare domain a server linked by itself: both readings, the typed one first
    bare = '<p>See <a href="http://iied.org" rel="nofollow">iied.org</a></p>'
    assert readings(bare) == ["See iied.org", "See http://iied.org"]
    named = '<p><a href="https://iied.org/asm">the report</a></p>'
    assert readings(named) == ["the report"]


def test_a_post_the_server_would_not_schedule_goes_at_its_real_time_on_a_clock_behind(
    env: Env,  # noqa: F811
    loopback: LoopbackServer,
) -> None:
    # the laptop's clock is 3 h behind (learnt from the servers' Date); the server
    # refuses to schedule the post (its scheduler runs 4 minutes ahead, so "in 8
    # minutes" is too soon): the post waits here and goes at its real time, not 3 h late
    real = lambda: env.clock + timedelta(hours=3)  # noqa: E731
    loopback.clock = real
    fake = FakeMastodon(loopback)
    fake.server_now = lambda: real() + timedelta(minutes=4)
    fake.install()
    clock = Clock(wall=lambda: env.clock.timestamp(), monotonic=lambda: env.clock.timestamp())
    env.http.skew = clock.skew
    env.sender = Sender(
        env.outbox,
        env.repo,
        env.session,
        env.http,
        now=lambda: env.clock,
        sleep=env.sleeps.append,
        wrong_by=clock.wrong_by,
    )
    acc = m_account(env, fake)
    env.http.get(loopback.url("/api/v2/instance"))
    assert clock.wrong_by() == -timedelta(hours=3)
    item_id = env.queue("Join us at 14:00", acc)
    when = real() + timedelta(minutes=8)
    env.db.execute(
        "UPDATE compose_outbox SET post_at = ? WHERE id = ?", (when.isoformat(), item_id)
    )
    env.run(acc)
    item = env.outbox.get(item_id)
    assert item is not None and item.state is State.QUEUED and fake.scheduled == []
    env.later(7 * 60)
    env.run(acc)
    assert fake.statuses == []
    env.later(60)
    env.run(acc)
    item = env.outbox.get(item_id)
    assert item is not None and item.state is State.SENT and len(fake.statuses) == 1


def test_a_bluesky_post_sent_hours_after_it_was_queued_is_dated_when_sent(
    env: Env,  # noqa: F811
    loopback: LoopbackServer,
) -> None:
    # offline at the site for 3 hours: the app tried and the PDS could not be reached.
    # Bluesky files a post at the earlier of its createdAt and when the AppView saw
    # it, so a createdAt of the first try would bury the post 3 hours down the feed
    import socket

    loopback.clock = lambda: env.clock
    sky = FakeBluesky(loopback)
    sky.install()
    acc = b_account(env, sky)
    with socket.socket() as sock:  # a port nobody listens on: connection refused
        sock.bind(("127.0.0.1", 0))
        dead = f"http://127.0.0.1:{sock.getsockname()[1]}"
    acc.server = dead
    env.repo.save(acc)
    item_id = env.queue("Back from the pit, signal at last", acc)
    env.run(acc)
    item = env.outbox.get(item_id)
    assert item is not None and item.state is State.QUEUED and sky.records == {}
    env.later(3 * 3600)
    acc.server = loopback.base_url
    env.repo.save(acc)
    env.outbox.wake_offline(env.clock)
    env.run(acc)
    item = env.outbox.get(item_id)
    assert item is not None and item.state is State.SENT
    (record,) = [r["value"] for r in sky.records.values()]
    assert record["createdAt"] == created_at(env.clock)
