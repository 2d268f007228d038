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
