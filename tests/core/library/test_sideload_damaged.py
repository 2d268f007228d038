"""Damaged, encrypted or ambiguous archives (a worn USB stick, a hostile pack) are
reported per item as a known problem, never as "something went wrong"."""

from __future__ import annotations

import json
import os
import struct
import warnings
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from companion.core.library.manifest import PackError
from companion.core.library.service import drain
from companion.core.library.sideload import import_pack, verify_pack
from companion.core.library.store import PackStore
from tests.core.library.packs import photobook_raw

FILES = {"en/p1.jpg": os.urandom(5000), "en/p2.jpg": b"A" * 7000}


def build(path: Path, compression: int = zipfile.ZIP_STORED) -> bytearray:
    with zipfile.ZipFile(path, "w", compression=compression) as zf:
        zf.writestr("manifest.json", json.dumps(photobook_raw(FILES)))
        for name, data in FILES.items():
            zf.writestr(name, data)
    return bytearray(path.read_bytes())


def last_central_entry(data: bytearray) -> int:
    """Offset of the central directory record of the last file (en/p2.jpg)."""
    return data.rfind(b"PK\x01\x02")


def corrupt_deflate(path: Path) -> None:
    data = build(path, zipfile.ZIP_DEFLATED)
    at = data.find(b"en/p2.jpg") + len("en/p2.jpg")
    data[at : at + 12] = b"\xff" * 12
    path.write_bytes(data)


def overlapping(path: Path) -> None:
    data = build(path)
    with zipfile.ZipFile(path) as zf:
        first = zf.getinfo("en/p1.jpg").header_offset
    struct.pack_into("<I", data, last_central_entry(data) + 42, first)
    path.write_bytes(data)


def encrypted(path: Path) -> None:
    data = build(path)
    at = last_central_entry(data) + 8
    struct.pack_into("<H", data, at, struct.unpack_from("<H", data, at)[0] | 1)
    path.write_bytes(data)


def odd_compression(path: Path) -> None:
    data = build(path)
    struct.pack_into("<H", data, last_central_entry(data) + 10, 99)
    path.write_bytes(data)


def bad_crc(path: Path) -> None:
    data = build(path)
    struct.pack_into("<I", data, last_central_entry(data) + 16, 0xDEADBEEF)
    path.write_bytes(data)


@pytest.mark.parametrize(
    ("damage", "words"),
    [
        (corrupt_deflate, "damaged in the archive"),
        (overlapping, "damaged in the archive"),
        (encrypted, "encrypted"),
        (odd_compression, "compression"),
        (bad_crc, "damaged in the archive"),
    ],
)
def test_damaged_entry_is_named(tmp_path: Path, damage: Callable[[Path], None], words: str) -> None:
    archive = tmp_path / "pack.zip"
    damage(archive)
    report = drain(verify_pack(archive))
    assert not report.ok
    assert any(p.startswith("book (photobook): en/p2.jpg") and words in p for p in report.problems)
    store = PackStore(tmp_path / "library")
    with pytest.raises(PackError, match=f"en/p2.jpg.*{words}.*Nothing was installed"):
        drain(import_pack(archive, store))
    assert store.installed() == []


def test_archive_with_the_same_name_twice_is_refused(tmp_path: Path) -> None:
    archive = tmp_path / "dup.zip"
    build(archive)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about the duplicate name
        with zipfile.ZipFile(archive, "a") as zf:
            zf.writestr("en/p1.jpg", b"other content")
    with pytest.raises(PackError, match="twice"):
        drain(verify_pack(archive))
