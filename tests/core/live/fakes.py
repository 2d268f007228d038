"""Moved to tests/support/fake_mastodon.py and fake_bluesky.py; this name stays only for
the benchmarks (benchmarks/bench_live_*.py) until they import from there."""

from __future__ import annotations

from tests.support.fake_bluesky import FakeBluesky, bsky_post
from tests.support.fake_mastodon import T0, FakeMastodon, status

__all__ = ["T0", "FakeBluesky", "FakeMastodon", "bsky_post", "status"]
