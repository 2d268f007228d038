"""A slow send keeps its claim: another process (the CLI while the GUI sends) cannot
take the item over halfway and post it a second time."""

from __future__ import annotations

from pathlib import Path

from companion.core.compose.drafts import Draft, DraftImage
from companion.core.compose.outbox import State
from tests.core.compose.test_sender import Env, _photo, env, m_account, masto  # noqa: F401
from tests.support.fake_mastodon import FakeMastodon
from tests.support.httpserver import Reply, Request


def test_lease_is_renewed_during_slow_uploads(
    env: Env,  # noqa: F811
    masto: FakeMastodon,  # noqa: F811
    tmp_path: Path,
) -> None:
    acc = m_account(env, masto)
    draft = Draft.new("Photos from the site")
    photo = str(_photo(tmp_path))
    draft.images = [DraftImage(photo, f"Picture {i}") for i in range(3)]
    draft = env.drafts.save(draft)
    (item_id,) = env.outbox.enqueue(draft, [acc], "shareASM", env.clock)
    other_process_took_it: list[bool] = []

    def slow_upload(req: Request) -> Reply:
        env.later(6 * 60)  # each picture takes six minutes on this link
        # meanwhile `outbox send` runs in another process (pid 1 is always alive)
        other_process_took_it.append(env.outbox.claim(item_id, env.clock, pid=1))
        return masto._media(req)

    masto.srv.route("POST", "/api/v2/media", slow_upload)
    env.run(acc)
    assert other_process_took_it == [False, False, False]
    item = env.outbox.get(item_id)
    assert item is not None and item.state is State.SENT
    assert len(masto.statuses) == 1


def test_a_sender_whose_claim_was_taken_over_does_not_post(
    env: Env,  # noqa: F811
    masto: FakeMastodon,  # noqa: F811
    tmp_path: Path,
) -> None:
    # one picture takes 11 minutes on a 2G link, longer than the claim lasts: another
    # process (`outbox send`) takes the item over meanwhile and will post it. The
    # first sender, its upload done, finds its claim gone and posts nothing (on a
    # server without Idempotency-Key both would have posted)
    masto.honour_idempotency = False
    acc = m_account(env, masto)
    draft = Draft.new("Photos from the site")
    draft.images = [DraftImage(str(_photo(tmp_path)), "The washing pond")]
    draft = env.drafts.save(draft)
    (item_id,) = env.outbox.enqueue(draft, [acc], "shareASM", env.clock)
    taken: list[bool] = []

    def slow_upload(req: Request) -> Reply:
        env.later(11 * 60)
        taken.append(env.outbox.claim(item_id, env.clock, pid=1))
        return masto._media(req)

    masto.srv.route("POST", "/api/v2/media", slow_upload)
    env.run(acc)
    assert taken == [True]
    assert masto.statuses == []  # left to the process that holds it now
    item = env.outbox.get(item_id)
    assert item is not None and item.state is State.SENDING and item.owner_pid == 1
