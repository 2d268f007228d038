"""Publishing against loopback servers that misbehave: exactly once, nothing lost."""

from __future__ import annotations

import io
from collections.abc import Iterator, Mapping
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from companion.core.accounts.credentials import MemoryCredentialStore
from companion.core.accounts.model import Account, AccountRepository, AccountState, Network
from companion.core.accounts.session import SessionManager
from companion.core.compose.drafts import Draft, DraftImage, DraftStore
from companion.core.compose.outbox import Outbox, State
from companion.core.compose.sender import Sender
from companion.core.net import HttpClient
from companion.core.storage import Database
from tests.support.accounts import add_account
from tests.support.fake_bluesky import FakeBluesky
from tests.support.fake_mastodon import FakeMastodon
from tests.support.httpserver import LoopbackServer


class Env:
    def __init__(self, tmp: Path) -> None:
        self.db = Database(":memory:")
        self.creds = MemoryCredentialStore()
        self.repo = AccountRepository(self.db)
        self.http = HttpClient(timeout=(2.0, 5.0), now=lambda: self.clock)
        self.session = SessionManager(self.repo, self.creds, self.http)
        self.outbox = Outbox(self.db, tmp / "media")
        self.drafts = DraftStore(self.db, lambda: self.clock)
        self.sleeps: list[float] = []
        self.clock = datetime(2026, 11, 27, 9, 0, tzinfo=UTC)
        self.sender = Sender(
            self.outbox,
            self.repo,
            self.session,
            self.http,
            now=lambda: self.clock,
            sleep=self.sleeps.append,
        )

    def queue(self, text: str, account: Account, **kw: Any) -> int:
        draft = self.drafts.save(Draft.new(text, **kw))
        return self.outbox.enqueue(draft, [account], "shareASM", self.clock)[0]

    def run(self, account: Account) -> None:
        list(self.sender.run_account(account.id))

    def later(self, seconds: float = 3600) -> None:
        self.clock += timedelta(seconds=seconds)


@pytest.fixture
def env(tmp_path: Path) -> Iterator[Env]:
    e = Env(tmp_path)
    yield e
    e.db.close()


@pytest.fixture
def masto(loopback: LoopbackServer, env: Env) -> FakeMastodon:
    loopback.clock = lambda: env.clock  # one clock: the server's time is the test's
    fake = FakeMastodon(loopback)
    fake.install()
    return fake


@pytest.fixture
def sky(loopback: LoopbackServer, env: Env) -> FakeBluesky:
    loopback.clock = lambda: env.clock
    fake = FakeBluesky(loopback)
    fake.install()
    return fake


def m_account(env: Env, masto: FakeMastodon, **info: Any) -> Account:
    return add_account(
        env.db,
        env.creds,
        Network.MASTODON,
        masto.srv.base_url,
        {"access_token": "tok"},
        {"id": "1", **info},
    )


def b_account(env: Env, sky: FakeBluesky) -> Account:
    return add_account(
        env.db, env.creds, Network.BLUESKY, sky.srv.base_url, {"accessJwt": "jwt"}, {"did": sky.did}
    )


def test_mastodon_posts_with_hashtag_language_and_link(env: Env, masto: FakeMastodon) -> None:
    acc = m_account(env, masto)
    item_id = env.queue("Habari kutoka Geita", acc, language="sw")
    env.run(acc)
    item = env.outbox.get(item_id)
    assert item is not None and item.state is State.SENT
    assert len(masto.statuses) == 1
    assert masto.statuses[0]["language"] == "sw"
    assert "#shareASM" in masto.statuses[0]["content"]
    assert item.link == masto.statuses[0]["url"]


@pytest.mark.parametrize("honour", [True, False])
def test_mastodon_connection_dropped_after_create_posts_once(
    env: Env, masto: FakeMastodon, honour: bool
) -> None:
    masto.honour_idempotency = honour
    masto.post_faults = ["drop_after_create"]
    acc = m_account(env, masto)
    item_id = env.queue("Dialogue in Tarkwa today", acc)
    env.run(acc)
    item = env.outbox.get(item_id)
    assert item is not None and item.state is State.QUEUED  # offline: waits, not failed
    assert item.error
    assert env.outbox.wake_offline(env.clock) == 1  # the connection is back: due at once
    assert env.outbox.due(acc.id, env.clock)
    env.later(2 * 3600)  # past the server's one-hour idempotency window
    env.run(acc)
    item = env.outbox.get(item_id)
    assert item is not None and item.state is State.SENT
    assert len(masto.statuses) == 1
    assert item.link == masto.statuses[0]["url"]


def test_mastodon_500_then_success(env: Env, masto: FakeMastodon) -> None:
    masto.post_faults = ["500"]
    acc = m_account(env, masto)
    item_id = env.queue("Second try", acc)
    env.run(acc)
    item = env.outbox.get(item_id)
    assert item is not None and item.state is State.QUEUED and "500" in item.error
    assert item.next_attempt_at is not None and item.next_attempt_at > env.clock
    env.run(acc)  # not due yet: nothing happens
    assert masto.statuses == []
    env.later(3600)
    env.run(acc)
    item = env.outbox.get(item_id)
    assert item is not None and item.state is State.SENT and len(masto.statuses) == 1


def test_mastodon_429_waits_for_reset_and_keeps_order(env: Env, masto: FakeMastodon) -> None:
    masto.post_faults = ["429"]
    acc = m_account(env, masto)
    first = env.queue("First post", acc)
    second = env.queue("Second post", acc)
    env.run(acc)
    a, b = env.outbox.get(first), env.outbox.get(second)
    assert a is not None and b is not None
    assert a.state is State.QUEUED and b.state is State.QUEUED
    assert a.next_attempt_at is not None and a.next_attempt_at > env.clock
    assert masto.statuses == []  # the second did not overtake the first
    env.run(acc)  # before the reset: still nothing, in any order
    assert masto.statuses == []
    env.later(3600)
    env.run(acc)
    texts = [s["content"] for s in masto.statuses]
    assert len(texts) == 2 and "First" in texts[0] and "Second" in texts[1]


def _photo(tmp: Path) -> Path:
    img = Image.new("RGB", (400, 300), "green")
    exif = img.getexif()
    exif[0x8825] = {2: (1.0, 2.0, 3.0)}  # GPS IFD
    exif[0x010F] = "CameraMaker"
    path = tmp / "photo.jpg"
    buf = io.BytesIO()
    img.save(buf, "JPEG", exif=exif)
    path.write_bytes(buf.getvalue())
    return path


def test_mastodon_media_processing_then_post(env: Env, masto: FakeMastodon, tmp_path: Path) -> None:
    masto.media_polls_until_ready = 2
    acc = m_account(env, masto)
    draft = env.drafts.save(
        Draft.new("Photo from the site", images=None) if False else Draft.new("Photo from the site")
    )
    draft.images = [DraftImage(str(_photo(tmp_path)), "Miners washing gravel")]
    draft = env.drafts.save(draft)
    (item_id,) = env.outbox.enqueue(draft, [acc], "shareASM", env.clock)
    env.run(acc)
    item = env.outbox.get(item_id)
    assert item is not None and item.state is State.SENT
    assert masto.statuses[0]["media_ids"] == ["100"]
    assert env.sleeps  # it waited for processing
    uploaded = masto.media["100"]["body"]
    assert b"CameraMaker" not in uploaded and b"Miners washing gravel" in uploaded


def test_alt_text_required(env: Env, masto: FakeMastodon, tmp_path: Path) -> None:
    from companion.core.errors import InvalidInputError

    acc = m_account(env, masto)
    draft = Draft.new("Photo")
    draft.images = [DraftImage(str(_photo(tmp_path)), "  ")]
    with pytest.raises(InvalidInputError, match="alt text"):
        env.outbox.enqueue(env.drafts.save(draft), [acc], "shareASM", env.clock)


def test_mastodon_revoked_mid_thread_resumes_after_login(env: Env, masto: FakeMastodon) -> None:
    acc = m_account(env, masto, max_characters=100)
    text = " ".join(f"Sentence number {n} about the dialogue." for n in range(8))
    item_id = env.queue(text, acc)
    item = env.outbox.get(item_id)
    assert item is not None and len(item.parts) >= 3
    masto.post_faults = ["ok", "401"]
    env.run(acc)
    item = env.outbox.get(item_id)
    assert item is not None and item.state is State.NEEDS_LOGIN
    assert [p.sent for p in item.parts][:2] == [True, False]
    assert env.repo.get(acc.id).state is AccountState.NEEDS_LOGIN  # type: ignore[union-attr]
    # the user logs in again
    masto.token = "new"
    env.creds.set(acc.id, '{"access_token": "new"}')
    assert env.outbox.requeue_account(acc.id, env.clock) == 1
    env.run(acc)
    item = env.outbox.get(item_id)
    assert item is not None and item.state is State.SENT
    assert len(masto.statuses) == len(item.parts)
    for prev, status in zip(masto.statuses, masto.statuses[1:], strict=False):
        assert status["in_reply_to_id"] == prev["id"]


def test_mastodon_ship_ahead_as_scheduled(env: Env, masto: FakeMastodon) -> None:
    acc = m_account(env, masto)
    item_id = env.queue("Join us at 14:00", acc, language="en")
    env.db.execute(
        "UPDATE compose_outbox SET post_at = ? WHERE id = ?",
        ((env.clock + timedelta(hours=2)).isoformat(), item_id),
    )
    env.run(acc)
    item = env.outbox.get(item_id)
    assert item is not None and item.state is State.SCHEDULED
    assert len(masto.scheduled) == 1 and masto.statuses == []


def test_bluesky_too_soon_schedule_stays_queued(env: Env, sky: FakeBluesky) -> None:
    acc = b_account(env, sky)
    item_id = env.queue("Later", acc)
    env.db.execute(
        "UPDATE compose_outbox SET post_at = ? WHERE id = ?",
        ((env.clock + timedelta(hours=2)).isoformat(), item_id),
    )
    env.run(acc)
    item = env.outbox.get(item_id)
    assert item is not None and item.state is State.QUEUED and sky.records == {}
    env.later(3 * 3600)
    env.run(acc)
    item = env.outbox.get(item_id)
    assert item is not None and item.state is State.SENT and len(sky.records) == 1


def test_bluesky_drop_after_create_then_already_exists(env: Env, sky: FakeBluesky) -> None:
    sky.post_faults = ["drop_after_create"]
    acc = b_account(env, sky)
    item_id = env.queue("Mwanza 👩🏽‍🌾 #ASM https://iied.org/asm.", acc, language="sw")
    env.run(acc)
    item = env.outbox.get(item_id)
    assert item is not None and item.state is State.QUEUED
    env.later()
    # make the pre-check miss so createRecord answers "already exists"
    env.db.execute(
        "UPDATE compose_outbox_parts SET first_sent_at = NULL WHERE item_id = ?", (item_id,)
    )
    env.run(acc)
    item = env.outbox.get(item_id)
    assert item is not None and item.state is State.SENT
    assert len(sky.records) == 1
    record = next(iter(sky.records.values()))["value"]
    assert record["langs"] == ["sw"]
    data = record["text"].encode()
    for facet in record["facets"]:
        chunk = data[facet["index"]["byteStart"] : facet["index"]["byteEnd"]].decode()
        feature = facet["features"][0]
        assert chunk == ("#" + feature["tag"] if "tag" in feature else feature["uri"])
    assert item.link.startswith("https://bsky.app/profile/")


def test_bluesky_thread_reply_refs_and_500(env: Env, sky: FakeBluesky) -> None:
    acc = b_account(env, sky)
    text = " ".join(f"Point {n}: artisanal miners need fair access to markets." for n in range(12))
    item_id = env.queue(text, acc)
    item = env.outbox.get(item_id)
    assert item is not None and len(item.parts) >= 3
    sky.post_faults = ["ok", "500"]
    env.run(acc)
    env.later()
    env.run(acc)
    item = env.outbox.get(item_id)
    assert item is not None and item.state is State.SENT
    assert len(sky.records) == len(item.parts)
    by_key = {p.rkey: p for p in item.parts}
    root = item.parts[0]
    for part in item.parts[1:]:
        reply = sky.records[part.rkey]["value"]["reply"]
        assert reply["root"]["uri"] == root.uri
        assert reply["parent"]["uri"] == item.parts[part.idx - 1].uri
    assert len(by_key) == len(item.parts)


def test_bluesky_expired_token_needs_login_post_kept(env: Env, sky: FakeBluesky) -> None:
    acc = b_account(env, sky)
    item_id = env.queue("Kept safe", acc)
    sky.post_faults = ["expire"]
    env.run(acc)
    item = env.outbox.get(item_id)
    assert item is not None and item.state is State.NEEDS_LOGIN and sky.records == {}
    sky.token = "fresh"
    env.creds.set(acc.id, '{"accessJwt": "fresh"}')
    assert env.outbox.retry(item_id, env.clock)
    env.run(acc)
    item = env.outbox.get(item_id)
    assert item is not None and item.state is State.SENT and len(sky.records) == 1


def test_refresh_once_then_retry(env: Env, sky: FakeBluesky) -> None:
    class Refreshing(SessionManager):
        refreshed = 0

        def refresh(self, account: Account, refused: Mapping[str, str] | None = None) -> None:
            Refreshing.refreshed += 1
            self.credentials.set(account.id, '{"accessJwt": "fresh"}')

    env.sender.auth = Refreshing(env.repo, env.creds, env.http)
    acc = b_account(env, sky)
    item_id = env.queue("Refreshed", acc)
    sky.token = "fresh"
    env.run(acc)
    item = env.outbox.get(item_id)
    assert item is not None and item.state is State.SENT and Refreshing.refreshed == 1


def test_enqueue_twice_is_once(env: Env, masto: FakeMastodon) -> None:
    acc = m_account(env, masto)
    draft = env.drafts.save(Draft.new("Once"))
    assert len(env.outbox.enqueue(draft, [acc], "shareASM", env.clock)) == 1
    assert env.outbox.enqueue(draft, [acc], "shareASM", env.clock) == []
    assert len(env.outbox.items()) == 1


def test_claim_respects_live_owner(env: Env, masto: FakeMastodon) -> None:
    import os

    acc = m_account(env, masto)
    item_id = env.queue("Claimed", acc)
    assert env.outbox.claim(item_id, env.clock, pid=os.getppid())
    assert not env.outbox.claim(item_id, env.clock)  # the parent process is alive
    assert env.outbox.claim(item_id, env.clock + timedelta(hours=1))  # lease expired


def test_x_item_gets_intent_link(env: Env) -> None:
    acc = add_account(env.db, env.creds, Network.X, "https://api.x.com", {})
    item_id = env.queue("Live from Accra & Geita", acc)
    env.run(acc)
    item = env.outbox.get(item_id)
    assert item is not None and item.state is State.HANDOFF  # ready on X, not failed
    assert item.error == ""
    assert item.link == (
        "https://x.com/intent/post?text=Live%20from%20Accra%20%26%20Geita%0A%0A%23shareASM"
    )


def test_needs_login_requeued_when_account_connected_again(env: Env, masto: FakeMastodon) -> None:
    acc = m_account(env, masto)
    masto.token = "other"
    item_id = env.queue("After login", acc)
    list(env.sender.run_all())
    item = env.outbox.get(item_id)
    assert item is not None and item.state is State.NEEDS_LOGIN
    list(env.sender.run_all())  # account still needs login: stays put, no loop
    assert masto.statuses == []
    masto.token = "tok"
    env.repo.set_state(acc.id, AccountState.CONNECTED)  # the accounts area logged in
    list(env.sender.run_all())
    item = env.outbox.get(item_id)
    assert item is not None and item.state is State.SENT and len(masto.statuses) == 1


def test_mastodon_ship_ahead_dropped_then_found(env: Env, masto: FakeMastodon) -> None:
    masto.honour_idempotency = False
    masto.post_faults = ["drop_after_create"]
    acc = m_account(env, masto)
    item_id = env.queue("Closing panel at 16:00", acc)
    later = (env.clock + timedelta(hours=5)).isoformat()
    env.db.execute("UPDATE compose_outbox SET post_at = ? WHERE id = ?", (later, item_id))
    env.run(acc)
    env.later(3600)
    env.run(acc)
    item = env.outbox.get(item_id)
    assert item is not None and item.state is State.SCHEDULED
    assert len(masto.scheduled) == 1


def test_moved_picture_is_a_clear_error(env: Env, masto: FakeMastodon, tmp_path: Path) -> None:
    from companion.core.errors import InvalidInputError

    acc = m_account(env, masto)
    draft = Draft.new("Photo")
    draft.images = [DraftImage(str(tmp_path / "gone.jpg"), "A picture that was moved")]
    with pytest.raises(InvalidInputError, match="could not be read"):
        env.outbox.enqueue(env.drafts.save(draft), [acc], "shareASM", env.clock)


def test_sent_item_media_copies_removed(env: Env, masto: FakeMastodon, tmp_path: Path) -> None:
    acc = m_account(env, masto)
    draft = Draft.new("With picture")
    draft.images = [DraftImage(str(_photo(tmp_path)), "Green field")]
    (item_id,) = env.outbox.enqueue(env.drafts.save(draft), [acc], "shareASM", env.clock)
    item = env.outbox.get(item_id)
    assert item is not None and Path(item.media[0].path).exists()
    env.run(acc)
    assert not Path(item.media[0].path).exists()
    assert tmp_path.joinpath("photo.jpg").exists()  # the user's own file is untouched


def test_bluesky_picture_with_alt_and_aspect_ratio(
    env: Env, sky: FakeBluesky, tmp_path: Path
) -> None:
    acc = b_account(env, sky)
    draft = Draft.new("Site visit")
    draft.images = [DraftImage(str(_photo(tmp_path)), "Green field at the site")]
    (item_id,) = env.outbox.enqueue(env.drafts.save(draft), [acc], "shareASM", env.clock)
    env.run(acc)
    item = env.outbox.get(item_id)
    assert item is not None and item.state is State.SENT
    (record,) = [r["value"] for r in sky.records.values()]
    (image,) = record["embed"]["images"]
    assert image["alt"] == "Green field at the site"
    assert image["aspectRatio"] == {"width": 400, "height": 300}
    assert len(sky.blobs[0]) <= 1_000_000 and b"CameraMaker" not in sky.blobs[0]


def test_bluesky_created_at_is_utc_with_z_on_a_local_clock(env: Env, sky: FakeBluesky) -> None:
    # a laptop in Dar es Salaam (UTC+3): createdAt must still be "...sssZ" (the
    # datetime format of atproto.com/specs/lexicon; the fake PDS checks the record)
    from datetime import timezone

    eat = timezone(timedelta(hours=3))
    env.clock = datetime(2026, 11, 27, 12, 0, 0, 250000, tzinfo=eat)
    acc = b_account(env, sky)
    item_id = env.queue("Karibu #shareASM", acc, language="sw")
    env.run(acc)
    item = env.outbox.get(item_id)
    assert item is not None and item.state is State.SENT, item
    (record,) = [r["value"] for r in sky.records.values()]
    assert record["createdAt"] == "2026-11-27T09:00:00.250Z"


def test_mastodon_v1_media_only_server(loopback: LoopbackServer, env: Env, tmp_path: Path) -> None:
    # no POST /api/v2/media (404): the synchronous v1 upload is used instead
    masto = FakeMastodon(loopback, v2_media=False)
    masto.install()
    acc = m_account(env, masto)
    draft = Draft.new("Photo from the site")
    draft.spoiler = "mining accident"
    draft.images = [DraftImage(str(_photo(tmp_path)), "Miners washing gravel")]
    (item_id,) = env.outbox.enqueue(env.drafts.save(draft), [acc], "shareASM", env.clock)
    env.run(acc)
    item = env.outbox.get(item_id)
    assert item is not None and item.state is State.SENT, item.error if item else None
    (status,) = masto.statuses
    assert status["media_ids"] == ["100"]
    assert status["spoiler_text"] == "mining accident" and status["sensitive"] is True


def test_mastodon_refused_schedule_posts_at_its_time(env: Env, masto: FakeMastodon) -> None:
    # the laptop clock is 10 minutes behind the server: an item due in 8 minutes (by
    # the laptop) is too soon for the server's "at least 5 minutes ahead"
    masto.server_now = lambda: env.clock + timedelta(minutes=10)
    acc = m_account(env, masto)
    item_id = env.queue("Join us at 14:00", acc, language="en")
    post_at = env.clock + timedelta(minutes=8)
    env.db.execute(
        "UPDATE compose_outbox SET post_at = ? WHERE id = ?", (post_at.isoformat(), item_id)
    )
    env.run(acc)
    item = env.outbox.get(item_id)
    assert item is not None and item.state is State.QUEUED and masto.scheduled == []
    assert item.next_attempt_at == post_at
    env.run(acc)  # nothing to do before its time
    assert masto.statuses == []
    env.later(8 * 60)
    env.run(acc)
    item = env.outbox.get(item_id)
    assert item is not None and item.state is State.SENT and len(masto.statuses) == 1


def test_bluesky_refusal_shows_the_xrpc_message(env: Env, sky: FakeBluesky) -> None:
    # XRPC errors are {"error": Name, "message": text}: the person sees the text
    sky.post_faults = ["invalid"]
    acc = b_account(env, sky)
    item_id = env.queue("Habari #shareASM", acc)
    env.run(acc)
    item = env.outbox.get(item_id)
    assert item is not None and item.state is State.FAILED
    assert "must not be longer than 300 graphemes" in item.error


def test_mastodon_server_ignoring_scheduled_at_is_published_early(
    env: Env, masto: FakeMastodon
) -> None:
    # issue 13 item 3: the answer is a Status (content, created_at), not a
    # ScheduledStatus (params): the post is already public, so the outbox keeps its
    # link and says "published early" as a warning, never plain "sent"
    masto.ignores_schedule = True
    acc = m_account(env, masto)
    item_id = env.queue("Join us at 14:00", acc, language="en")
    env.db.execute(
        "UPDATE compose_outbox SET post_at = ? WHERE id = ?",
        ((env.clock + timedelta(hours=2)).isoformat(), item_id),
    )
    env.run(acc)
    item = env.outbox.get(item_id)
    assert item is not None and item.state is State.PUBLISHED_EARLY
    assert item.error.startswith("Published early") and "11:00 UTC" in item.error
    assert len(masto.statuses) == 1 and item.link == masto.statuses[0]["url"]
    # the account now knows: the next post for later waits on this computer
    assert env.repo.get(acc.id).info["scheduled_statuses"] is False  # type: ignore[union-attr]
