"""Signed packs: what is signed, and every way a pack is refused whatever its source."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path
from typing import Any

import pytest

from companion.cli import main
from companion.core.clock import Clock
from companion.core.library.manifest import parse_manifest
from companion.core.library.service import Library, drain, sample_pack_dir
from companion.core.library.sideload import import_pack
from companion.core.library.signing import (
    SAMPLE_PUBLIC_KEY,
    SignatureError,
    SigningKey,
    TrustedKey,
    TrustPolicy,
    UnsignedPackError,
    UntrustedSignerError,
    canonical_bytes,
    fingerprint,
    generate_key,
    load_key_file,
    normalise_fingerprint,
    sign_manifest,
    write_key_file,
)
from companion.core.library.store import PackStore
from companion.core.library.sync import sync_pack
from companion.core.net import HttpClient
from companion.core.paths import Paths
from companion.core.storage import Database
from tests.core.library.packs import PackServer, photobook_raw, write_pack
from tests.support.httpserver import LoopbackServer

FILES = {"en/p1.jpg": b"page one" * 100, "en/p2.jpg": b"page two" * 50}
PASS = "a passphrase for tests"


def signed_pack(root: Path, key: SigningKey, **kw: Any) -> Path:
    raw = photobook_raw(FILES, **kw)
    folder = write_pack(root, raw, FILES)
    manifest = folder / "manifest.json"
    manifest.write_bytes(sign_manifest(manifest.read_bytes(), key))
    return folder


def trusting(*keys: SigningKey, allow: tuple[str, ...] = ()) -> TrustPolicy:
    return TrustPolicy(tuple(TrustedKey(k.public, k.name) for k in keys), frozenset(allow))


@pytest.fixture
def key() -> SigningKey:
    return generate_key("Test publisher")


# --------------------------------------------------------------------------- what is signed
def test_canonical_bytes_ignore_layout_key_order_and_the_signature() -> None:
    a = {"b": 1, "a": {"y": "é", "x": [1, True]}, "signature": {"sig": "x"}}
    b = json.loads(json.dumps({"a": {"x": [1, True], "y": "é"}, "b": 1}, indent=4))
    assert canonical_bytes(a) == canonical_bytes(b) == '{"a":{"x":[1,true],"y":"é"},"b":1}'.encode()


def test_sign_then_verify_names_the_signer(key: SigningKey) -> None:
    data = json.dumps(photobook_raw(FILES)).encode()
    signed = parse_manifest(sign_manifest(data, key))
    assert signed.signer is not None
    assert signed.signer.key == key.public and signed.signer.name == "Test publisher"
    assert signed.signer.fingerprint == key.fingerprint == fingerprint(key.public)
    assert len(key.fingerprint) == 39 and key.fingerprint.count("-") == 7
    assert parse_manifest(data).signer is None  # unsigned stays readable (format 1)


def test_fingerprints_are_accepted_as_typed(key: SigningKey) -> None:
    fp = key.fingerprint
    assert normalise_fingerprint(fp.upper().replace("-", " ")) == fp
    assert normalise_fingerprint(fp.replace("-", "")) == fp
    with pytest.raises(Exception, match="not a key fingerprint"):
        normalise_fingerprint(fp[:-1])


# --------------------------------------------------------------------------- refusals
def test_tampered_manifest_is_refused(key: SigningKey, tmp_path: Path) -> None:
    folder = signed_pack(tmp_path / "p", key)
    raw = json.loads((folder / "manifest.json").read_text("utf-8"))
    raw["items"][0]["title"]["en"] = "Something else"
    (folder / "manifest.json").write_text(json.dumps(raw), "utf-8")
    with pytest.raises(SignatureError, match="does not match its manifest"):
        parse_manifest((folder / "manifest.json").read_bytes())
    store = PackStore(tmp_path / "lib")
    with pytest.raises(SignatureError):
        drain(import_pack(folder, store, trust=trusting(key)))
    assert store.installed() == []


def test_tampered_file_is_refused_even_from_a_trusted_signer(
    key: SigningKey, tmp_path: Path
) -> None:
    folder = signed_pack(tmp_path / "p", key)
    (folder / "en/p2.jpg").write_bytes(b"page TWO" * 50)
    store = PackStore(tmp_path / "lib")
    with pytest.raises(Exception, match=r"en/p2\.jpg is damaged or was changed"):
        drain(import_pack(folder, store, trust=trusting(key)))
    assert store.installed() == []


def test_signature_by_another_key_than_the_one_named_is_refused(
    key: SigningKey, tmp_path: Path
) -> None:
    other = generate_key("Impostor")
    folder = signed_pack(tmp_path / "p", other)
    raw = json.loads((folder / "manifest.json").read_text("utf-8"))
    raw["signature"]["key"] = key.public  # claims the trusted publisher's key
    (folder / "manifest.json").write_text(json.dumps(raw), "utf-8")
    store = PackStore(tmp_path / "lib")
    with pytest.raises(SignatureError):
        drain(import_pack(folder, store, trust=trusting(key)))
    assert store.installed() == []


def test_malformed_signature_block_is_refused(key: SigningKey, tmp_path: Path) -> None:
    folder = signed_pack(tmp_path / "p", key)
    raw = json.loads((folder / "manifest.json").read_text("utf-8"))
    for bad in ({"sig": "not base64!"}, {"key": "AAAA"}, {"alg": "rsa"}, {"extra": 1}):
        copy = json.loads(json.dumps(raw))
        copy["signature"].update(bad)
        with pytest.raises(Exception, match="signature"):
            parse_manifest(json.dumps(copy).encode())


def test_unknown_signer_needs_the_explicit_choice_naming_its_fingerprint(
    key: SigningKey, tmp_path: Path
) -> None:
    folder = signed_pack(tmp_path / "p", key)
    store = PackStore(tmp_path / "lib")
    with pytest.raises(UntrustedSignerError) as caught:
        drain(import_pack(folder, store, trust=trusting()))
    assert caught.value.signer.fingerprint == key.fingerprint
    assert key.fingerprint in caught.value.message
    assert store.installed() == []
    # choosing another fingerprint does not help; choosing this one does
    other = generate_key("x").fingerprint
    with pytest.raises(UntrustedSignerError):
        drain(import_pack(folder, store, trust=trusting(allow=(other,))))
    drain(import_pack(folder, store, trust=trusting(allow=(key.fingerprint,))))
    assert [p.manifest.id for p in store.installed()] == ["test-pack"]


def test_sync_over_https_path_checks_the_signer_before_downloading(
    key: SigningKey, loopback: LoopbackServer, tmp_path: Path
) -> None:
    raw = photobook_raw(FILES)
    signed = sign_manifest(json.dumps(raw).encode(), key)
    server = PackServer(loopback)
    server.publish(raw, FILES)
    server.manifest = signed
    store = PackStore(tmp_path / "lib")
    http = HttpClient(now=Clock().now)
    with pytest.raises(UntrustedSignerError):
        drain(sync_pack(http, store, server.url, trust=trusting()))
    assert server.sent == {}  # refused before any file was fetched
    server.manifest = signed.replace(b'"Test pack"', b'"Changed"')
    with pytest.raises(SignatureError):
        drain(sync_pack(http, store, server.url, trust=trusting(key)))
    server.manifest = signed
    drain(sync_pack(http, store, server.url, trust=trusting(key)))
    assert store.get("test-pack") is not None


def test_a_signed_pack_is_never_replaced_by_an_unsigned_one_over_https(
    key: SigningKey, loopback: LoopbackServer, tmp_path: Path
) -> None:
    """Removing the signature is the easiest tampering: an unsigned manifest is not
    refused for itself (format 1), so it must not replace a signed version."""
    raw = photobook_raw(FILES)
    server = PackServer(loopback)
    server.publish(raw, FILES)
    server.manifest = sign_manifest(json.dumps(raw).encode(), key)
    store = PackStore(tmp_path / "lib")
    http = HttpClient(now=Clock().now)
    drain(sync_pack(http, store, server.url, trust=trusting(key)))
    tampered = {"en/p1.jpg": b"not the publisher's page" * 10, "en/p2.jpg": FILES["en/p2.jpg"]}
    server.publish(photobook_raw(tampered, version="2"), tampered)  # no signature
    sent_before = dict(server.sent)
    with pytest.raises(UnsignedPackError, match="not signed") as caught:
        drain(sync_pack(http, store, server.url, trust=trusting(key)))
    assert key.fingerprint in caught.value.message  # names the publisher it replaced
    assert server.sent == sent_before  # refused before any file was fetched
    installed = store.get("test-pack")
    assert installed is not None and installed.manifest.version == "1"
    assert installed.manifest.signer is not None


def test_a_signed_pack_is_never_replaced_by_an_unsigned_one_from_a_usb_stick(
    key: SigningKey, tmp_path: Path
) -> None:
    store = PackStore(tmp_path / "lib")
    drain(import_pack(signed_pack(tmp_path / "v1", key), store, trust=trusting(key)))
    tampered = {"en/p1.jpg": b"not the publisher's page" * 10, "en/p2.jpg": FILES["en/p2.jpg"]}
    folder = write_pack(tmp_path / "v2", photobook_raw(tampered, version="2"), tampered)
    with pytest.raises(UnsignedPackError, match="not signed"):
        drain(import_pack(folder, store, trust=trusting(key)))
    installed = store.get("test-pack")
    assert installed is not None and installed.manifest.version == "1"
    # an unsigned pack of another id still installs (format 1 packs have no signature)
    other = write_pack(tmp_path / "o", photobook_raw(FILES, pack_id="other-pack"), FILES)
    drain(import_pack(other, store, trust=trusting(key)))
    assert store.get("other-pack") is not None


# --------------------------------------------------------------------------- the sample
def test_sample_pack_is_signed_by_the_sample_key_trusted_only_for_the_bundled_pack(
    tmp_path: Path,
) -> None:
    m = parse_manifest((sample_pack_dir() / "manifest.json").read_bytes())
    assert m.signer is not None and m.signer.is_sample and m.signer.key == SAMPLE_PUBLIC_KEY
    # from a USB stick or a server, the sample key is not trusted: anyone can sign with it
    with pytest.raises(UntrustedSignerError, match="SAMPLE key"):
        TrustPolicy().check(m.signer)
    TrustPolicy(sample_ok=True).check(m.signer)
    db = Database.open(tmp_path / "db.sqlite3").db
    try:
        store = PackStore(Paths.for_data_dir(tmp_path / "d").data / "library")
        lib = Library(db, store, sample_pack_dir())
        assert lib.ensure_sample()
    finally:
        db.close()
    key_file = Path(__file__).parents[3] / "scripts" / "sample-signing-key.json"
    assert "NOT SECRET" in json.loads(key_file.read_text("utf-8"))["note"]
    assert load_key_file(key_file, "SAMPLE-not-secret").public == SAMPLE_PUBLIC_KEY


# --------------------------------------------------------------------------- key files
def test_key_file_is_encrypted_owner_only_and_needs_the_passphrase(
    key: SigningKey, tmp_path: Path
) -> None:
    path = tmp_path / "k.json"
    write_key_file(path, key, PASS)
    text = path.read_text("utf-8")
    assert "ENCRYPTED PRIVATE KEY" in text and PASS not in text
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert load_key_file(path, PASS).public == key.public
    with pytest.raises(Exception, match="wrong passphrase"):
        load_key_file(path, "not the passphrase")
    with pytest.raises(Exception, match="already exists"):
        write_key_file(path, key, PASS)


def cli(tmp_path: Path, *args: str) -> int:
    return main(["--data-dir", str(tmp_path / "data"), *args])


def test_cli_keygen_sign_verify_trust_and_import(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SHAREASM_KEY_PASSPHRASE", PASS)
    # never a key inside the data folder
    assert cli(tmp_path, "pack", "keygen", "--out", str(tmp_path / "data/data/k.json")) == 2
    assert "inside the app's data folder" in capsys.readouterr().err
    assert not (tmp_path / "data/data/k.json").exists()
    keyfile = tmp_path / "keys" / "publisher.json"
    keyfile.parent.mkdir()
    assert cli(tmp_path, "pack", "keygen", "--out", str(keyfile), "--name", "IIED test") == 0
    fp = json.loads(keyfile.read_text("utf-8"))["fingerprint"]
    assert fp in capsys.readouterr().out
    folder = write_pack(tmp_path / "usb", photobook_raw(FILES), FILES)
    assert cli(tmp_path, "pack", "sign", str(folder), "--key", str(keyfile)) == 0
    assert cli(tmp_path, "pack", "verify", str(folder)) == 0
    out = capsys.readouterr().out
    assert f"claims to be IIED test (fingerprint {fp}) — NOT trusted" in out
    # unknown signer: refused, naming the fingerprint; then installed by explicit choice
    assert cli(tmp_path, "pack", "import", str(folder)) == 2
    assert f"To take it anyway: --trust-signer {fp}" in capsys.readouterr().err
    assert cli(tmp_path, "pack", "import", str(folder), "--trust-signer", fp.upper()) == 0
    # the trust list
    assert cli(tmp_path, "pack", "trust", "add", str(keyfile) + ".pub") == 0
    assert cli(tmp_path, "pack", "trust", "list") == 0
    out = capsys.readouterr().out
    assert f"{fp}\tIIED test" in out and "[sample" in out
    assert cli(tmp_path, "pack", "verify", str(folder)) == 0
    assert f"IIED test (fingerprint {fp}) — trusted" in capsys.readouterr().out
    assert cli(tmp_path, "pack", "trust", "remove", fp) == 0
    assert cli(tmp_path, "pack", "trust", "remove", fp) == 2
    # a file changed after signing: refused whatever the trust
    (folder / "en/p1.jpg").write_bytes(b"changed")
    assert cli(tmp_path, "pack", "sign", str(folder), "--key", str(keyfile)) == 2
    assert "do not match its manifest" in capsys.readouterr().err


def test_cli_wrong_passphrase_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    keyfile = tmp_path / "k.json"
    write_key_file(keyfile, generate_key("x"), PASS)
    folder = write_pack(tmp_path / "usb", photobook_raw(FILES), FILES)
    monkeypatch.setenv("SHAREASM_KEY_PASSPHRASE", "wrong one!")
    assert cli(tmp_path, "pack", "sign", str(folder), "--key", str(keyfile)) == 2
    err = capsys.readouterr().err.strip()
    assert "wrong passphrase" in err and "\n" not in err
    assert "signature" not in (folder / "manifest.json").read_text("utf-8")


def test_a_claimed_name_with_control_characters_is_refused(key: SigningKey) -> None:
    """The publisher's name is not covered by the signature; terminal escapes in it
    would reach ``pack verify``'s output."""
    data = sign_manifest(json.dumps(photobook_raw(FILES)).encode(), key)
    raw = json.loads(data)
    raw["signature"]["name"] = "IIED\x1b[2K\rSigned by: trusted publisher"
    with pytest.raises(Exception, match="control character"):
        parse_manifest(json.dumps(raw).encode())


def test_cli_sign_refuses_a_key_kept_inside_the_pack_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A pack folder is copied to USB sticks and zipped as it is: a key file inside it
    would travel with every copy (encrypted, but then only the passphrase protects it)."""
    monkeypatch.setenv("SHAREASM_KEY_PASSPHRASE", PASS)
    folder = write_pack(tmp_path / "usb", photobook_raw(FILES), FILES)
    keyfile = folder / "keys" / "publisher.json"
    keyfile.parent.mkdir()
    write_key_file(keyfile, generate_key("IIED test"), PASS)
    assert cli(tmp_path, "pack", "sign", str(folder), "--key", str(keyfile)) == 2
    assert "inside the pack folder" in capsys.readouterr().err
    assert "signature" not in (folder / "manifest.json").read_text("utf-8")
