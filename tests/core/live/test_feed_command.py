from __future__ import annotations

import json
from pathlib import Path

import pytest

from companion.cli import main
from tests.support.fake_bluesky import FakeBluesky, bsky_post
from tests.support.fake_mastodon import FakeMastodon, status
from tests.support.httpserver import LoopbackServer


def test_feed_json_merges_two_instances_and_bluesky(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shared = status(
        "1",
        uri="https://gh.example/s/1",
        content='<p>Shared <script>x</script><a href="javascript:x">y</a></p>',
        media_attachments=[
            {"type": "image", "url": "https://x/i.jpg", "description": "A sluice box"}
        ],
    )
    with LoopbackServer() as a, LoopbackServer() as b, LoopbackServer() as bs:
        FakeMastodon(a).add(shared, status("2", minutes=1))
        FakeMastodon(b).add(
            dict(shared, id="01JDQXYZ"),
            status("9", uri="https://b/9", acct="z", reblog=shared, minutes=9),
        )
        FakeBluesky(bs).posts = [bsky_post("k", minutes=5)]
        code = main(
            [
                "--data-dir",
                str(tmp_path),
                "feed",
                "--json",
                "--tag",
                "#shareASM",
                "--source",
                f"mastodon:{a.base_url}",
                "--source",
                f"mastodon:{b.base_url}",
                "--source",
                f"bluesky:{bs.base_url}",
            ]
        )
        assert code == 0
        out = json.loads(capsys.readouterr().out)
        assert a.requests[-1].path == "/api/v1/timelines/tag/shareASM"
    assert [p["uri"] for p in out] == [
        "at://did:plc:abc/app.bsky.feed.post/k",
        "https://example.org/users/amina/statuses/2",
        "https://gh.example/s/1",
    ]
    first = out[2]
    assert first["media"][0]["alt"] == "A sluice box"
    assert "script" not in first["text"] and "javascript" not in first["html"]
    assert set(first) >= {
        "uri",
        "url",
        "author",
        "time",
        "text",
        "links",
        "media",
        "language",
        "content_warning",
    }


def test_feed_text_since_and_problems(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with LoopbackServer() as a, LoopbackServer() as bs:
        FakeMastodon(a).add(status("1"), status("2", minutes=60, content="<p>later</p>"))
        FakeBluesky(bs, need_auth=True)
        code = main(
            [
                "--data-dir",
                str(tmp_path),
                "feed",
                "--since",
                "2026-11-26T09:30:00Z",
                "--source",
                f"mastodon:{a.base_url}",
                "--source",
                f"bluesky:{bs.base_url}",
            ]
        )
    captured = capsys.readouterr()
    assert code == 0
    assert "later" in captured.out and "1 posts" in captured.out
    assert "Bluesky needs a login" in captured.err


def test_feed_bad_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--data-dir", str(tmp_path), "feed", "--source", "myspace:x"]) == 2
    assert "Unknown source" in capsys.readouterr().err
    assert main(["--data-dir", str(tmp_path), "feed", "--since", "yesterday"]) == 2


def test_feed_all_sources_down(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with LoopbackServer() as a:
        url = a.base_url
    assert main(["--data-dir", str(tmp_path), "feed", "--source", f"mastodon:{url}"]) == 1
    assert "could not be reached" in capsys.readouterr().err
