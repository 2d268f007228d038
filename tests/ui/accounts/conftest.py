from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.support.fake_bluesky import FakeBluesky
from tests.support.fake_mastodon import FakeMastodon
from tests.support.httpserver import LoopbackServer


@pytest.fixture
def mastodon() -> Iterator[FakeMastodon]:
    with LoopbackServer() as srv:
        yield FakeMastodon(srv).install()


@pytest.fixture
def bsky() -> Iterator[FakeBluesky]:
    with LoopbackServer() as entryway, LoopbackServer() as pds:
        yield FakeBluesky(entryway, pds).install()
