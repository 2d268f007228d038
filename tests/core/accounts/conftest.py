from __future__ import annotations

from collections.abc import Iterator

import pytest

from companion.core.accounts.model import AccountRepository
from companion.core.accounts.service import AccountService
from companion.core.services import CoreServices
from tests.core.accounts.keyring_env import real_backend  # noqa: F401 (a fixture)
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


@pytest.fixture
def service(core: CoreServices) -> AccountService:
    return AccountService(AccountRepository(core.db), core.credentials, core.http)
