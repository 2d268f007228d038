"""Import/export from folders and archives, including hostile ones."""

from __future__ import annotations

import json
import os
import stat
import struct
import zipfile
import zlib
from pathlib import Path

import pytest

from companion.core.errors import InvalidInputError
from companion.core.library import pack_source
from companion.core.library.manifest import PackError
from companion.core.library.service import drain
from companion.core.library.sideload import export_pack, import_pack, verify_pack
from companion.core.library.store import PackStore
from tests.core.library.packs import file_entry, photobook_raw, write_pack
from tests.support.windows_semantics import under_wine

FILES = {"en/p1.jpg": os.urandom(5000), "en/p2.jpg": os.urandom(7000)}


@pytest.fixture
def store(tmp_path: Path) -> PackStore:
    return PackStore(tmp_path / "library")


def zip_pack(path: Path, raw: dict[str, object], files: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("manifest.json", json.dumps(raw))
        for name, data in files.items():
            zf.writestr(name, data)
    return path


def test_folder_import_then_zip_and_folder_export_round_trip(
    tmp_path: Path, store: PackStore
) -> None:
    src = write_pack(tmp_path / "usb", photobook_raw(FILES), FILES)
    m = drain(import_pack(src, store))
    assert store.get(m.id) is not None
    archive = drain(export_pack(store, m.id, tmp_path / "out.zip"))
    folder = drain(export_pack(store, m.id, tmp_path / "outdir"))
    for target in (archive, folder):
        report = drain(verify_pack(target))
        assert report.ok and report.files_checked == 2
        other = PackStore(tmp_path / f"other-{target.name}")
        drain(import_pack(target, other))
        pack = other.get(m.id)
        assert pack is not None
        assert other.object_path(pack.manifest.files()[0]).read_bytes() == FILES["en/p1.jpg"]


def test_tampered_file_is_rejected_naming_the_item(tmp_path: Path, store: PackStore) -> None:
    src = write_pack(tmp_path / "usb", photobook_raw(FILES), FILES)
    data = bytearray(FILES["en/p2.jpg"])
    data[100] ^= 0xFF
    (src / "en/p2.jpg").write_bytes(bytes(data))
    report = drain(verify_pack(src))
    assert report.problems == [
        "book (photobook): en/p2.jpg is damaged or was changed (checksum differs)"
    ]
    with pytest.raises(PackError, match=r"book \(photobook\).*en/p2.jpg"):
        drain(import_pack(src, store))
    assert store.get("test-pack") is None


def test_missing_and_oversized_files(tmp_path: Path, store: PackStore) -> None:
    src = write_pack(tmp_path / "usb", photobook_raw(FILES), FILES)
    (src / "en/p1.jpg").unlink()
    (src / "en/p2.jpg").write_bytes(FILES["en/p2.jpg"] + b"more")
    problems = drain(verify_pack(src)).problems
    assert any("en/p1.jpg is missing" in p for p in problems)
    assert any("en/p2.jpg is larger than the pack declares" in p for p in problems)


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("../evil.txt", "leaving the pack"),
        ("/etc/evil", "absolute"),
        ("C:/evil", "absolute"),
        # Python's zipfile writes "\\" as "/" on Windows: there it is a/../evil
        ("a\\..\\evil", "absolute" if os.sep == "/" else "leaving the pack"),
    ],
)
def test_archive_with_unsafe_names_is_refused(
    tmp_path: Path, store: PackStore, name: str, message: str
) -> None:
    archive = zip_pack(tmp_path / "bad.zip", photobook_raw(FILES), {**FILES, name: b"x"})
    with pytest.raises(PackError, match=message):
        drain(import_pack(archive, store))
    assert not (tmp_path / "evil.txt").exists()
    assert store.get("test-pack") is None


def test_manifest_naming_a_path_outside_the_pack_is_refused(
    tmp_path: Path, store: PackStore
) -> None:
    raw = photobook_raw({"../../outside.jpg": b"x"})
    archive = zip_pack(tmp_path / "bad.zip", raw, {})
    with pytest.raises(PackError, match="unsafe file path"):
        drain(import_pack(archive, store))


def test_archive_with_a_symlink_is_refused(tmp_path: Path, store: PackStore) -> None:
    archive = zip_pack(tmp_path / "link.zip", photobook_raw(FILES), FILES)
    with zipfile.ZipFile(archive, "a") as zf:
        info = zipfile.ZipInfo("en/link.jpg")
        info.external_attr = (stat.S_IFLNK | 0o777) << 16
        zf.writestr(info, "/etc/passwd")
    with pytest.raises(PackError, match="link"):
        drain(import_pack(archive, store))


@pytest.mark.xfail(
    under_wine(), reason="Wine makes a link the Windows API does not report as one", strict=True
)
def test_folder_with_a_symlink_is_refused(tmp_path: Path, store: PackStore) -> None:
    secret = tmp_path / "secret.jpg"
    secret.write_bytes(FILES["en/p1.jpg"])
    src = write_pack(tmp_path / "usb", photobook_raw(FILES), {"en/p2.jpg": FILES["en/p2.jpg"]})
    try:
        (src / "en/p1.jpg").symlink_to(secret)
    except OSError as exc:  # Windows: needs administrator rights or developer mode
        pytest.skip(f"this account cannot make symbolic links: {exc}")
    with pytest.raises(PackError, match="link"):
        drain(import_pack(src, store))


def test_archive_declaring_a_huge_size_is_refused(
    tmp_path: Path, store: PackStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    archive = zip_pack(tmp_path / "big.zip", photobook_raw(FILES), FILES)
    monkeypatch.setattr(pack_source, "MAX_ARCHIVE_BYTES", 10_000)
    with pytest.raises(PackError, match="absurd size"):
        drain(import_pack(archive, store))


def test_manifest_declaring_a_huge_file_is_refused(tmp_path: Path, store: PackStore) -> None:
    raw = photobook_raw(FILES)
    raw["items"][0]["editions"]["en"]["files"][0]["size"] = 10**13  # type: ignore[index]
    archive = zip_pack(tmp_path / "big.zip", raw, FILES)
    with pytest.raises(PackError, match="size"):
        drain(import_pack(archive, store))


def test_zip_bomb_entry_is_read_only_up_to_the_declared_size(
    tmp_path: Path, store: PackStore
) -> None:
    bomb = b"\0" * 50_000_000  # compresses to ~50 KB
    raw = photobook_raw({"en/p1.jpg": b"\0" * 1000})
    path = tmp_path / "bomb.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("manifest.json", json.dumps(raw))
        zf.writestr("en/p1.jpg", bomb)
    with pytest.raises(PackError, match="larger than the pack declares"):
        drain(import_pack(path, store))
    assert not any(store.partial.rglob("*.part"))


def _png_header(width: int, height: int) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", ihdr)
        + chunk(b"IDAT", zlib.compress(b"\0" * 64))
        + chunk(b"IEND", b"")
    )


def test_decompression_bomb_image_is_refused_before_decoding(
    tmp_path: Path, store: PackStore
) -> None:
    files = {"en/p1.png": _png_header(60_000, 60_000)}
    src = write_pack(tmp_path / "usb", photobook_raw(files), files)
    with pytest.raises(PackError, match=r"book \(photobook\).*absurd number of pixels"):
        drain(import_pack(src, store))


def test_not_a_pack(tmp_path: Path, store: PackStore) -> None:
    (tmp_path / "junk.zip").write_bytes(b"not a zip")
    with pytest.raises(PackError, match="not a readable zip"):
        drain(import_pack(tmp_path / "junk.zip", store))
    (tmp_path / "empty").mkdir()
    with pytest.raises(PackError, match=r"manifest\.json"):
        drain(import_pack(tmp_path / "empty", store))
    with pytest.raises(InvalidInputError):
        drain(import_pack(tmp_path / "nothing-here", store))


def test_on_demand_files_may_be_absent(tmp_path: Path, store: PackStore) -> None:
    raw = photobook_raw(FILES)
    raw["items"].append(  # type: ignore[attr-defined]
        {
            "id": "film",
            "kind": "video",
            "title": {"en": "A film"},
            "editions": {"en": {"files": [file_entry("v/film.mp4", b"v" * 99, on_demand=True)]}},
        }
    )
    src = write_pack(tmp_path / "usb", raw, FILES)
    drain(import_pack(src, store))
    pack = store.get("test-pack")
    assert pack is not None
    assert not store.has(pack.manifest.item("film").files()[0])  # type: ignore[union-attr]
