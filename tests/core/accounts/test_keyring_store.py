"""The keyring store's own logic, over an in-memory keyring backend."""

from __future__ import annotations

import base64
import json
import secrets
from collections.abc import Iterator

import keyring
import keyring.errors
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail
from keyring.compat import properties

from companion.core.accounts import keyring_store
from companion.core.accounts.keyring_store import (
    CHUNK_BYTES,
    WINDOWS_SECRET_BYTES,
    KeyringCredentialStore,
    SessionOnlyStore,
    is_persistent,
    open_default_store,
    utf16_size,
)
from companion.core.errors import NoKeyringError


class DictBackend(KeyringBackend):
    """A keyring backend in memory that, like the Windows Credential Manager, refuses
    a secret over 2,560 bytes of UTF-16 (keyring's Windows backend writes UTF-16)."""

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
        if utf16_size(password) > WINDOWS_SECRET_BYTES:
            raise keyring.errors.PasswordSetError("CredWrite: The stub received bad data.")
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


@pytest.mark.parametrize(
    ("size", "alphabet"),
    [
        (CHUNK_BYTES // 2 + 1, "0123456789abcdef"),
        (1281, "0123456789abcdef"),  # 2,562 bytes: one over Windows' limit
        (7 * CHUNK_BYTES, "0123456789abcdef"),
        (1000, "😀⛏"),  # an emoji takes 4 bytes in UTF-16
        (3001, "a😀"),  # parts must not cut an emoji in half
    ],
)
def test_long_secrets_are_split_and_cleaned_up(size: int, alphabet: str) -> None:
    backend = DictBackend()
    store = KeyringCredentialStore(backend)
    secret = (alphabet * size)[:size]
    store.set("acc", secret)
    assert store.get("acc") == secret
    assert all(utf16_size(v) <= CHUNK_BYTES for v in backend.entries.values())
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


def _jwt(header: dict[str, str], payload: dict[str, object]) -> str:
    def b64(data: bytes) -> str:
        return base64.urlsafe_b64encode(data).rstrip(b"=").decode()

    parts = [json.dumps(header, separators=(",", ":")), json.dumps(payload, separators=(",", ":"))]
    return ".".join([*(b64(p.encode()) for p in parts), b64(secrets.token_bytes(64))])


def bluesky_session(did: str, pds_did: str) -> str:
    """A session secret shaped like the real PDS's: ES256K-signed access and refresh
    JWTs with the claims the PDS puts in them (scope, aud, sub, jti, iat, exp)."""
    access = _jwt(
        {"typ": "at+jwt", "alg": "ES256K"},
        {
            "scope": "com.atproto.access",
            "aud": pds_did,
            "sub": did,
            "iat": 1764800000,
            "exp": 1764807200,
        },
    )
    refresh = _jwt(
        {"typ": "refresh+jwt", "alg": "ES256K"},
        {
            "scope": "com.atproto.refresh",
            "aud": "did:web:bsky.social",
            "sub": did,
            "jti": secrets.token_urlsafe(32),
            "iat": 1764800000,
            "exp": 1772576000,
        },
    )
    return json.dumps({"accessJwt": access, "refreshJwt": refresh, "did": did})


@pytest.mark.parametrize(
    ("did", "pds_did"),
    [
        ("did:plc:ewvi7nxzyoun6zhxrhs64oiz", "did:web:shimeji.us-east.host.bsky.network"),
        # a did:web on a long host name: the largest realistic session
        ("did:web:" + "field-office-" * 4 + "shareasm.example.org", "did:web:bsky.social"),
    ],
)
def test_a_bluesky_session_fits_the_windows_limit(did: str, pds_did: str) -> None:
    """Issue 22 item 6: measured, the largest secret is well under 2,560 bytes
    (about 1.6-1.9 KB as UTF-16), so it is kept in one entry."""
    secret = bluesky_session(did, pds_did)
    assert 1400 < utf16_size(secret) < 2000
    backend = DictBackend()
    store = KeyringCredentialStore(backend)
    store.set("bsky", secret)
    assert list(backend.entries) == [("shareasm-companion", "bsky")]
    assert store.get("bsky") == secret
