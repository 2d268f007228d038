from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.core.accounts.fakes import FakeBluesky, FakeMastodon
from tests.support.httpserver import LoopbackServer


@pytest.fixture
def mastodon() -> Iterator[FakeMastodon]:
    with LoopbackServer() as srv:
        yield FakeMastodon(srv).install()


@pytest.fixture
def bsky() -> Iterator[FakeBluesky]:
    with LoopbackServer() as entryway, LoopbackServer() as pds:
        yield FakeBluesky(entryway, pds).install()
