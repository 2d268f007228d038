"""Signed packs: an Ed25519 signature by the publisher over the pack's manifest.

What is signed (see ``docs/pack-format.md``): the manifest's JSON object **without**
its ``signature`` member, serialised canonically — keys sorted, no whitespace
(``separators=(",", ":")``), non-ASCII kept as UTF-8 (``ensure_ascii=False``) — and
encoded as UTF-8. The manifest holds only objects, arrays, strings, integers and
booleans, so this form is stable across tools. The manifest lists every file's size
and SHA-256, so the signature covers the files too.

The ``signature`` member::

    {"alg": "ed25519", "key": "<base64 public key, 32 bytes>",
     "sig": "<base64 signature, 64 bytes>", "name": "<the publisher's name, unsigned>"}

The name is informational only: the app shows the name it keeps for a trusted key,
and otherwise says that the name is claimed.

A key file (``pack keygen``) is JSON with the public key and the private key as an
encrypted PKCS#8 PEM (``cryptography``'s best available encryption, i.e. scrypt +
AES-256): the passphrase never touches the disk.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import logging
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from companion.core.errors import QT_TRANSLATE_NOOP, InvalidInputError, StorageError
from companion.core.library.manifest import PackError
from companion.core.messages import ALREADY_EXISTS, COULD_NOT_WRITE

log = logging.getLogger(__name__)

ALG = "ed25519"
KEYFILE_FORMAT = "shareasm-pack-signing-key"
#: the environment variable scripts use to give a key file's passphrase
PASSPHRASE_ENV = "SHAREASM_KEY_PASSPHRASE"  # noqa: S105 (a variable name, not a secret)

#: The public half of the SAMPLE key that signs the bundled sample pack. Its private
#: half is in ``scripts/sample-signing-key.json`` and is NOT secret: anyone can sign
#: with it. So it is trusted only for the sample pack bundled with the app, never
#: for a pack from a server, a USB stick or a peer.
SAMPLE_PUBLIC_KEY = "vDoqeU9cHs4AAswmFKO1oLkwYApedUFsGmT0sJG0Ysw="
SAMPLE_KEY_NAME = "SAMPLE key (not secret)"


class SignatureError(PackError):
    """The manifest's signature is malformed or does not match the manifest."""


class UntrustedSignerError(PackError):
    """The pack is validly signed, by a key this computer does not trust (yet)."""

    hint = QT_TRANSLATE_NOOP(
        "Errors",
        "Install it only if you know this key belongs to the publisher: "
        "compare the fingerprint with the one they gave you.",
    )

    def __init__(self, message: str, *, signer: Signer, args: tuple[object, ...] = ()) -> None:
        super().__init__(message, args=args)
        self.signer = signer


class UnsignedPackError(PackError):
    """A pack without a signature, from a source that requires one (a peer)."""


@dataclass(frozen=True)
class Signer:
    """Who signed a manifest: the public key (base64), its fingerprint, a claimed name."""

    key: str
    name: str = ""

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.key)

    @property
    def is_sample(self) -> bool:
        return self.key == SAMPLE_PUBLIC_KEY


def _b64decode(value: str, size: int, what: Literal["key", "sig"]) -> bytes:
    try:
        raw = base64.b64decode(value.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError, ValueError) as exc:
        raise SignatureError(
            QT_TRANSLATE_NOOP("Errors", "The pack's signature has an unreadable key.")
            if what == "key"
            else QT_TRANSLATE_NOOP("Errors", "The pack's signature has an unreadable value.")
        ) from exc
    if len(raw) != size:
        raise SignatureError(
            QT_TRANSLATE_NOOP("Errors", "The pack's signature has a key of the wrong length.")
            if what == "key"
            else QT_TRANSLATE_NOOP("Errors", "The pack's signature value has the wrong length.")
        )
    return raw


def fingerprint(key_b64: str) -> str:
    """The first 128 bits of the SHA-256 of the raw public key, as 8 groups of 4 hex
    digits (``3f2a-91bc-…``): short enough to read aloud and compare by eye."""
    digest = hashlib.sha256(base64.b64decode(key_b64)).hexdigest()[:32]
    return "-".join(digest[i : i + 4] for i in range(0, 32, 4))


def normalise_fingerprint(text: str) -> str:
    """A fingerprint as typed (any case, any separators) in the canonical form."""
    digits = "".join(c for c in text.lower() if c in "0123456789abcdef")
    if len(digits) != 32 or len(digits) != len("".join(c for c in text if c.isalnum())):
        raise InvalidInputError(
            QT_TRANSLATE_NOOP(
                "Errors", "%1 is not a key fingerprint (32 hexadecimal digits, like 3f2a-91bc-…)."
            ),
            args=(repr(text),),
        )
    return "-".join(digits[i : i + 4] for i in range(0, 32, 4))


def canonical_bytes(raw: dict[str, Any]) -> bytes:
    """The bytes that are signed: the manifest without ``signature``, canonical JSON."""
    body = {k: v for k, v in raw.items() if k != "signature"}
    return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode(
        "utf-8"
    )


def verify_raw(raw: dict[str, Any]) -> Signer | None:
    """Check the signature of a parsed manifest; the signer, or None when unsigned.

    Raises :class:`SignatureError` when the signature does not match the manifest."""
    block = raw.get("signature")
    if block is None:
        return None
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    key = _b64decode(block["key"], 32, "key")
    sig = _b64decode(block["sig"], 64, "sig")
    try:
        Ed25519PublicKey.from_public_bytes(key).verify(sig, canonical_bytes(raw))
    except (InvalidSignature, ValueError) as exc:
        raise SignatureError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The pack's signature does not match its manifest: the manifest was changed "
                "after it was signed, or the signature is not the publisher's. Refused.",
            )
        ) from exc
    return Signer(block["key"], str(block.get("name", "")))


# --------------------------------------------------------------------------- key files
@dataclass(frozen=True)
class SigningKey:
    """A publisher's private key, decrypted in memory."""

    name: str
    private: Any  # Ed25519PrivateKey
    public: str = field(default="")

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public)

    def sign(self, data: bytes) -> bytes:
        return self.private.sign(data)  # type: ignore[no-any-return]


def generate_key(name: str) -> SigningKey:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    private = Ed25519PrivateKey.generate()
    return SigningKey(name, private, _public_b64(private))


def _public_b64(private: Any) -> str:
    from cryptography.hazmat.primitives import serialization

    raw = private.public_key().public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw
    )
    return base64.b64encode(raw).decode("ascii")


def key_file_text(key: SigningKey, passphrase: str) -> str:
    """The key file: public key in clear, private key encrypted with ``passphrase``."""
    from cryptography.hazmat.primitives import serialization

    if len(passphrase) < 8:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP("Errors", "The passphrase must have at least 8 characters.")
        )
    pem = key.private.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(passphrase.encode("utf-8")),
    ).decode("ascii")
    doc = {
        "format": KEYFILE_FORMAT,
        "name": key.name,
        "public": key.public,
        "fingerprint": key.fingerprint,
        "private_pem": pem,
    }
    return json.dumps(doc, indent=2) + "\n"


def write_key_file(path: Path, key: SigningKey, passphrase: str) -> None:
    """Write a new key file readable by its owner only; never overwrite one."""
    text = key_file_text(key, passphrase)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError as exc:
        raise InvalidInputError(ALREADY_EXISTS, args=(path,)) from exc
    except OSError as exc:
        raise StorageError(COULD_NOT_WRITE, args=(path, exc.strerror or exc)) from exc
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(text)


def load_key_file(path: Path, passphrase: str) -> SigningKey:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    try:
        doc = json.loads(path.read_text("utf-8"))
        if doc.get("format") != KEYFILE_FORMAT:
            raise ValueError("not a key file")
        pem = str(doc["private_pem"]).encode("ascii")
        name = str(doc.get("name", ""))
    except (OSError, ValueError, KeyError, AttributeError, UnicodeError) as exc:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP("Errors", "%1 is not a pack signing key file."), args=(path,)
        ) from exc
    try:
        private = serialization.load_pem_private_key(pem, passphrase.encode("utf-8"))
    except (ValueError, TypeError) as exc:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP(
                "Errors", "Could not open the key in %1: wrong passphrase, or the file is damaged."
            ),
            args=(path,),
        ) from exc
    if not isinstance(private, Ed25519PrivateKey):
        raise InvalidInputError(
            QT_TRANSLATE_NOOP("Errors", "%1 does not hold an Ed25519 key."), args=(path,)
        )
    return SigningKey(name, private, _public_b64(private))


def sign_manifest(data: bytes, key: SigningKey) -> bytes:
    """The manifest ``data`` with its signature block replaced by one made with ``key``.

    The manifest is checked first (a signature over an invalid manifest helps nobody)."""
    from companion.core.library.manifest import dump_manifest, parse_manifest

    parse_manifest(data)
    raw = json.loads(data.decode("utf-8"))
    raw.pop("signature", None)
    sig = key.sign(canonical_bytes(raw))
    raw["signature"] = {
        "alg": ALG,
        "key": key.public,
        "sig": base64.b64encode(sig).decode("ascii"),
        "name": key.name,
    }
    signed = dump_manifest(raw)
    parse_manifest(signed)  # checks the new signature round-trips
    return signed


# --------------------------------------------------------------------------- trust
@dataclass(frozen=True)
class TrustedKey:
    key: str
    name: str

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.key)

    def line(self) -> str:
        return f"{self.key} {self.name}".strip()


def parse_trusted_line(line: str) -> TrustedKey:
    """One entry of the trusted-keys list: ``<base64 public key> <name>`` (like an
    ssh ``authorized_keys`` line)."""
    key, _, name = line.strip().partition(" ")
    try:
        raw = base64.b64decode(key.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError, ValueError):
        raw = b""
    if len(raw) != 32:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP(
                "Errors", "%1 is not a publisher's public key (44 characters of base64)."
            ),
            args=(repr(key[:60]),),
        )
    return TrustedKey(key, name.strip())


def trusted_keys(lines: Iterable[str]) -> list[TrustedKey]:
    """The valid entries of a trusted-keys list (a broken line is logged and skipped)."""
    out: list[TrustedKey] = []
    for line in lines:
        try:
            out.append(parse_trusted_line(line))
        except InvalidInputError as exc:
            log.warning("ignoring a trusted key: %s", exc)
    return out


def read_public_key(text_or_path: str, name: str = "") -> TrustedKey:
    """A public key given as base64, as a ``.pub`` line, or as the path of a key file
    (public or private: only the public half is read)."""
    path = Path(text_or_path)
    try:
        is_file = len(text_or_path) < 300 and path.is_file()
    except (OSError, ValueError):
        is_file = False
    if is_file:
        text = path.read_text("utf-8").strip()
        if text.startswith("{"):
            try:
                doc = json.loads(text)
                text = f"{doc['public']} {doc.get('name', '')}"
            except (ValueError, KeyError, TypeError) as exc:
                raise InvalidInputError(
                    QT_TRANSLATE_NOOP("Errors", "%1 is not a key file."), args=(path,)
                ) from exc
    else:
        text = text_or_path
    entry = parse_trusted_line(text)
    return TrustedKey(entry.key, name.strip() or entry.name)


@dataclass(frozen=True)
class TrustPolicy:
    """Which signers may install a pack.

    * a signature that does not match is refused before this is asked (parsing);
    * a pack signed by a trusted key installs;
    * a pack signed by another key installs only if its fingerprint is in ``allow``
      (the user's explicit choice, naming that fingerprint);
    * an unsigned pack installs only if ``require_signature`` is False (a server or
      USB stick of format 1; never from a peer), and never in place of a signed one;
    * the SAMPLE key counts as trusted only with ``sample_ok`` (the bundled pack).
    """

    trusted: tuple[TrustedKey, ...] = ()
    allow: frozenset[str] = frozenset()
    require_signature: bool = False
    sample_ok: bool = False

    @classmethod
    def from_lines(
        cls, lines: Iterable[str], *, allow: Iterable[str] = (), require_signature: bool = False
    ) -> TrustPolicy:
        return cls(
            tuple(trusted_keys(lines)),
            frozenset(normalise_fingerprint(a) for a in allow),
            require_signature,
        )

    def name_of(self, signer: Signer) -> str:
        for t in self.trusted:
            if t.key == signer.key:
                return t.name
        if signer.is_sample:
            return SAMPLE_KEY_NAME
        return ""

    def is_trusted(self, signer: Signer) -> bool:
        if signer.is_sample:
            return self.sample_ok
        return any(t.key == signer.key for t in self.trusted)

    def check(self, signer: Signer | None, *, replacing: Signer | None = None) -> None:
        """Raise unless a pack signed by ``signer`` may be installed. ``replacing``: the
        signer of the version installed now, if signed; an unsigned pack never replaces
        a signed one (taking the signature off is the easiest way to tamper with it)."""
        if signer is None and replacing is not None:
            raise UnsignedPackError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "This pack is not signed, but the version installed is signed by its "
                    "publisher (fingerprint %1): an unsigned copy never replaces it. Refused.",
                ),
                args=(replacing.fingerprint,),
            )
        if signer is None:
            if self.require_signature:
                raise UnsignedPackError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "This pack is not signed by its publisher, so it is not accepted "
                        "from another laptop.",
                    )
                )
            return
        if self.is_trusted(signer) or signer.fingerprint in self.allow:
            return
        if signer.is_sample:
            raise UntrustedSignerError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "This pack is signed with the SAMPLE key (fingerprint %1), whose private "
                    "half is public: anyone can sign with it.",
                ),
                signer=signer,
                args=(signer.fingerprint,),
            )
        claimed = signer.name or "?"
        raise UntrustedSignerError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "This pack is signed by a key this computer does not trust: fingerprint %1 "
                "(claims to be %2).",
            ),
            signer=signer,
            args=(signer.fingerprint, claimed),
        )
