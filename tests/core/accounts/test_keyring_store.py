"""The keyring store's own logic, over an in-memory keyring backend."""

from __future__ import annotations

from collections.abc import Iterator

import keyring
import keyring.errors
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail
from keyring.compat import properties

from companion.core.accounts import keyring_store
from companion.core.accounts.keyring_store import (
    CHUNK_CHARS,
    KeyringCredentialStore,
    SessionOnlyStore,
    is_persistent,
    open_default_store,
)
from companion.core.errors import NoKeyringError


class DictBackend(KeyringBackend):
    """A keyring backend in memory that, like Windows, refuses long entries."""

    max_len = 2500

    @properties.classproperty
    def priority(cls) -> float:
        # never offered to keyring's automatic choice (nor to its chainer backend):
        # these are set explicitly by the tests that need them
        raise RuntimeError("test-only backend")

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        if len(password) > self.max_len:
            raise keyring.errors.PasswordSetError("too long")
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if (service, username) not in self.entries:
            raise keyring.errors.PasswordDeleteError("not found")
        del self.entries[(service, username)]


class LockedBackend(DictBackend):
    def get_password(self, service: str, username: str) -> str | None:
        raise keyring.errors.InitError("Failed to unlock the collection!")


def test_round_trip_and_delete() -> None:
    backend = DictBackend()
    store = KeyringCredentialStore(backend)
    store.set("a", '{"access_token": "t"}')
    assert store.get("a") == '{"access_token": "t"}'
    assert list(backend.entries) == [("shareasm-companion", "a")]
    store.delete("a")
    store.delete("a")  # deleting twice is fine
    assert store.get("a") is None and backend.entries == {}


@pytest.mark.parametrize("size", [CHUNK_CHARS + 1, 2600, 7 * CHUNK_CHARS])
def test_long_secrets_are_split_and_cleaned_up(size: int) -> None:
    backend = DictBackend()
    store = KeyringCredentialStore(backend)
    secret = ("0123456789abcdef" * 1000)[:size]
    store.set("acc", secret)
    assert store.get("acc") == secret
    assert all(len(v) <= CHUNK_CHARS for v in backend.entries.values())
    store.set("acc", "short")  # shrinking removes the old parts
    assert store.get("acc") == "short"
    assert list(backend.entries) == [("shareasm-companion", "acc")]
    store.set("acc", secret)
    store.delete("acc")
    assert backend.entries == {}


def test_keyring_errors_become_known_errors() -> None:
    store = KeyringCredentialStore(LockedBackend())
    with pytest.raises(NoKeyringError, match="could not be read"):
        store.get("x")


@pytest.fixture
def backend_swap() -> Iterator[None]:
    before = keyring.get_keyring()
    yield
    keyring.set_keyring(before)


def test_no_backend_means_session_only_with_an_explanation(backend_swap: None) -> None:
    keyring.set_keyring(fail.Keyring())
    store = open_default_store()
    assert isinstance(store, SessionOnlyStore)
    assert not is_persistent(store) and not store.accepted
    assert "gnome-keyring" in store.reason and "this session only" in store.reason


def test_locked_keyring_means_session_only(backend_swap: None) -> None:
    keyring.set_keyring(LockedBackend())
    store = open_default_store()
    assert isinstance(store, SessionOnlyStore)
    assert "did not answer" in store.reason


def test_working_backend_is_used(backend_swap: None) -> None:
    keyring.set_keyring(DictBackend())
    store = open_default_store()
    assert isinstance(store, KeyringCredentialStore) and is_persistent(store)


def test_no_plaintext_fallback_module_is_used() -> None:
    source = keyring_store.__file__
    with open(source, encoding="utf-8") as fh:
        text = fh.read()
    assert "keyrings.alt" not in text and "PlaintextKeyring" not in text
