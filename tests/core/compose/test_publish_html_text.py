"""The composer reads a published post's HTML with the live view's reader
(``companion.core.live.sanitize.html_to_text``, every character as written)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from companion.core.compose.outbox import State
from companion.core.compose.publish_common import html_to_text, same_text
from tests.core.compose.test_sender import Env, m_account
from tests.support.fake_mastodon import FakeMastodon
from tests.support.httpserver import LoopbackServer


@pytest.fixture
def env(tmp_path: Path) -> Iterator[Env]:
    e = Env(tmp_path)
    yield e
    e.db.close()


@pytest.fixture
def masto(loopback: LoopbackServer, env: Env) -> FakeMastodon:
    loopback.clock = lambda: env.clock
    fake = FakeMastodon(loopback, honour_idempotency=False)
    fake.install()
    return fake


def test_published_html_reads_as_the_author_wrote_it() -> None:
    """Mastodon shortens links and escapes the text once; the text read back is what
    was typed (the whole link; ``&lt;`` typed stays ``&lt;``: it was unescaped twice)."""
    content = (
        '<p>Road &amp;lt; 5 km, see <a href="https://iied.org/asm/long/path" rel="nofollow">'
        '<span class="invisible">https://</span><span class="ellipsis">iied.org/asm</span>'
        '<span class="invisible">/long/path</span></a><br>'
        '<a href="https://m.example/tags/shareASM" class="mention hashtag">#<span>shareASM'
        "</span></a></p><p>R&amp;D</p>"
    )
    text = html_to_text(content)
    assert text == "Road &lt; 5 km, see https://iied.org/asm/long/path\n#shareASM\n\nR&D"
    assert same_text(text, "Road &lt; 5 km, see https://iied.org/asm/long/path #shareASM R&D")


def test_dropped_reply_with_escaped_text_is_found_not_posted_twice(
    env: Env, masto: FakeMastodon
) -> None:
    """The connection drops after the server made the post; the retry looks for it
    among the account's posts. Text with ``&lt;`` in it was read back as ``<`` (HTML
    unescaped twice), never matched, and was posted a second time."""
    masto.post_faults = ["drop_after_create"]
    acc = m_account(env, masto)
    item_id = env.queue("Water &lt; 1 m in the pit, Tarkwa", acc)
    env.run(acc)
    assert len(masto.statuses) == 1
    env.outbox.wake_offline(env.clock)
    env.later(2 * 3600)
    env.run(acc)
    item = env.outbox.get(item_id)
    assert item is not None and item.state is State.SENT
    assert len(masto.statuses) == 1
