"""A server that answers with a dangerous "link to your post" never gets it opened."""

from __future__ import annotations

from pathlib import Path

import pytest

from companion.core.compose.outbox import State
from companion.core.weblink import web_url
from tests.core.compose.test_sender import Env, env, m_account, masto  # noqa: F401
from tests.support.fake_mastodon import FakeMastodon
from tests.support.httpserver import Reply, Request

HOSTILE = [
    "file:///C:/Windows/System32/calc.exe",
    "smb://203.0.113.9/share/x",
    "javascript:alert(1)",
    "ms-msdt:/id PCWDiagnostic",
    "\\\\203.0.113.9\\share",
    "https://",
    "https://example.org/\x00evil",
    "https://iied.org@evil.example/",  # shows iied.org, opens evil.example
    "https://evil.example\\@iied.org/",
]


@pytest.mark.parametrize("url", HOSTILE)
def test_web_url_refuses_non_web_addresses(url: str) -> None:
    assert web_url(url) is None


def test_web_url_keeps_web_addresses() -> None:
    assert web_url("https://mastodon.example/@me/1") == "https://mastodon.example/@me/1"
    assert web_url(" http://example.org/a?b=c ") == "http://example.org/a?b=c"


@pytest.mark.parametrize("url", HOSTILE[:3])
def test_sent_item_never_stores_a_non_web_link(
    env: Env,  # noqa: F811
    masto: FakeMastodon,  # noqa: F811
    tmp_path: Path,
    url: str,
) -> None:
    def hostile_post(req: Request) -> Reply:
        return Reply.json(
            {"id": "1000", "uri": url, "url": url, "content": "<p>x</p>", "created_at": ""}
        )

    masto.srv.route("POST", "/api/v1/statuses", hostile_post)
    acc = m_account(env, masto)
    item_id = env.queue("Habari kutoka Geita", acc)
    env.run(acc)
    item = env.outbox.get(item_id)
    assert item is not None and item.state is State.SENT
    assert item.link == ""
