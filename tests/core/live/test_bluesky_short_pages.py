"""``feed --since`` on Bluesky follows the cursor past a short page: the AppView drops
posts it will not show (blocked authors, taken-down posts) from a page after paging,
so a page with fewer posts than asked for is not the last (issue 13 item 19)."""

from __future__ import annotations

from companion.core.app import AppServices
from companion.core.live.feed import fetch_once
from companion.core.services import CoreServices
from tests.support.fake_bluesky import FakeBluesky, bsky_post
from tests.support.fake_mastodon import T0
from tests.support.httpserver import LoopbackServer


def test_bluesky_since_goes_on_past_a_page_the_appview_shortened(
    core: CoreServices,
) -> None:
    with LoopbackServer() as bs:
        fake = FakeBluesky(bs)
        fake.posts = [bsky_post(f"r{n:03d}", minutes=n) for n in range(104)]
        # three of the newest 50 are not shown to this reader
        fake.hidden = {fake.posts[n]["uri"] for n in (100, 90, 80)}
        report = fetch_once(AppServices(core), [("bluesky", bs.base_url)], ["shareASM"], since=T0)
        assert len(report.posts) == 101  # was 47: the short first page ended it
        assert report.notes == []
