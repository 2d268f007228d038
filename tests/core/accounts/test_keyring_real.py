"""Round trips through the real OS keyring (a Secret Service in CI).

``scripts/test.sh`` runs the tests inside a D-Bus session with an unlocked
gnome-keyring and sets ``COMPANION_REAL_KEYRING=1``. With that (or ``CI``) set, a
missing Secret Service is a failure, never a skip. Without them, the fixture starts
its own private D-Bus session and gnome-keyring when the programs are installed.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterator

import pytest
from keyring.backend import KeyringBackend

from companion.core.accounts.keyring_store import KeyringCredentialStore

pytestmark = pytest.mark.keyring


@pytest.fixture
def store(real_backend: KeyringBackend) -> Iterator[KeyringCredentialStore]:
    s = KeyringCredentialStore(real_backend, service="shareasm-companion-test")
    yield s


def test_real_keyring_round_trip(store: KeyringCredentialStore) -> None:
    key = "acc-" + secrets.token_hex(4)
    secret = '{"access_token": "' + secrets.token_urlsafe(32) + '"}'
    try:
        assert store.get(key) is None
        store.set(key, secret)
        assert store.get(key) == secret
        store.set(key, secret + " ")
        assert store.get(key) == secret + " "
    finally:
        store.delete(key)
    assert store.get(key) is None


def test_real_keyring_long_secret(store: KeyringCredentialStore) -> None:
    key = "long-" + secrets.token_hex(4)
    secret = secrets.token_urlsafe(4000)
    try:
        store.set(key, secret)
        assert store.get(key) == secret
    finally:
        store.delete(key)
    assert store.get(key) is None
    assert store.get(key + "#1") is None
