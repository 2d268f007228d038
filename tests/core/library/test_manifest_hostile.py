"""Manifests that name files no USB stick can hold, or sneak control characters past
the schema, are refused with a clear message."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import pytest

from companion.core.library.manifest import PackError, check_relative_path, parse_manifest
from companion.core.library.service import drain
from companion.core.library.sideload import import_pack, verify_pack
from tests.core.library.packs import photobook_raw


def _parse(raw: dict[str, Any]) -> None:
    parse_manifest(json.dumps(raw).encode())


@pytest.mark.parametrize(
    "path",
    ["en/CON", "en/con.jpg", "en/nul.tar.gz", "AUX/p1.jpg", "en/COM1.png", "en/lpt9",
     "en/p1.jpg.", "en/p1.jpg ", "en/" + "a" * 252 + ".jpg", "en/\x7fp.jpg"],
)  # fmt: skip
def test_names_windows_cannot_store_are_refused(path: str) -> None:
    with pytest.raises(PackError, match=r"cannot store|forbidden"):
        check_relative_path(path)


@pytest.mark.parametrize("path", ["en/console.jpg", "en/nully.png", "en/com10.jpg", "en/a.b.jpg"])
def test_ordinary_names_pass(path: str) -> None:
    check_relative_path(path)


def test_paths_differing_only_in_case_are_refused() -> None:
    raw = photobook_raw({"en/P1.jpg": b"one", "en/p1.jpg": b"two"})
    with pytest.raises(PackError, match="capital letters"):
        _parse(raw)


def test_same_path_twice_with_same_content_is_still_fine() -> None:
    raw = photobook_raw({"en/p1.jpg": b"one"})
    ed = raw["items"][0]["editions"]
    ed["sw"] = json.loads(json.dumps(ed["en"]))
    _parse(raw)


@pytest.mark.parametrize(
    "mutate",
    [
        lambda r: r.update(id="test-pack\n"),
        lambda r: r.update(version="1\n"),
        lambda r: r["items"][0].update(id="book\n"),
        lambda r: r["items"][0]["editions"].update({"sw\n": r["items"][0]["editions"]["en"]}),
    ],
)
def test_trailing_newline_does_not_slip_past_the_schema(mutate: Any) -> None:
    raw = photobook_raw({"en/p1.jpg": b"one"})
    mutate(raw)
    with pytest.raises(PackError, match="invalid at"):
        _parse(raw)


def test_paths_differing_only_in_unicode_normalisation_are_refused() -> None:
    """ "é" as one character and as "e" + a combining accent: one file on macOS."""
    raw = photobook_raw({"en/caf\u00e9.jpg": b"one", "en/cafe\u0301.jpg": b"two"})
    with pytest.raises(PackError, match="accents") as caught:
        _parse(raw)
    assert "\\xe9" in str(caught.value) and "\\u0301" in str(caught.value)


def test_verifying_a_pack_of_many_missing_files_is_not_quadratic(tmp_path: Path) -> None:
    """Each problem named its item by searching every item: 20,000 missing files took
    minutes. In CPU time, so a busy machine does not fail it."""
    items = [
        {
            "id": f"i{i}",
            "kind": "photobook",
            "title": {"en": "t"},
            "editions": {"en": {"files": [{"path": f"p/{i}.jpg", "size": 1, "sha256": "0" * 64}]}},
        }
        for i in range(8000)
    ]
    raw = {"format": 1, "id": "big", "version": "1", "title": {"en": "B"}, "items": items}
    (tmp_path / "manifest.json").write_text(json.dumps(raw), "utf-8")
    started = time.process_time()
    report = drain(verify_pack(tmp_path))
    assert len(report.problems) == 8000 and report.problems[-1].startswith("i7999 (photobook)")
    assert time.process_time() - started < 6


@pytest.mark.allow_warnings
def test_installed_manifests_are_checked_once_not_on_every_listing(tmp_path: Path) -> None:
    """Listing the packs checked each installed manifest against the schema again:
    30 s for one pack of 20,000 items. Checked once per content now."""
    from companion.core.library.store import PackStore
    from tests.core.library.packs import write_pack

    files = {"en/p1.jpg": b"one"}
    store = PackStore(tmp_path / "lib")
    drain(import_pack(write_pack(tmp_path / "usb", photobook_raw(files), files), store))
    first, again = store.installed(), store.installed()
    assert first[0].manifest is again[0].manifest
    (tmp_path / "lib" / "manifests" / "test-pack-1.json").write_bytes(b"{}")
    assert store.installed() == []  # a changed file is checked again


@pytest.mark.parametrize(
    ("in_manifest", "in_archive"),
    [("en/caf\u00e9.jpg", "en/cafe\u0301.jpg"), ("en/cafe\u0301.jpg", "en/caf\u00e9.jpg")],
)
def test_an_archive_naming_a_file_in_the_other_unicode_form_still_reads(
    tmp_path: Path, in_manifest: str, in_archive: str
) -> None:
    """A Mac's zip writes "é" as "e" + a combining accent; the manifest as one letter."""
    import zipfile

    from companion.core.library.store import PackStore

    files = {in_manifest: b"page"}
    pack = tmp_path / "pack.zip"
    with zipfile.ZipFile(pack, "w") as zf:
        zf.writestr("manifest.json", json.dumps(photobook_raw(files)))
        zf.writestr(in_archive, b"page")
    assert drain(verify_pack(pack)).ok
    drain(import_pack(pack, PackStore(tmp_path / "lib")))


@pytest.mark.parametrize(
    "name", ["Evil\nSigned by IIED (trusted publisher).", "Evil\u2028OK", "Evil\u202eLIED", "E\x85"]
)
def test_a_signer_name_cannot_print_lines_of_its_own(name: str) -> None:
    """The name is not signed: anyone may rename a valid signature "Evil\nSigned by IIED
    (trusted publisher).", and ``pack verify`` printed that second line."""
    from companion.core.library.signing import generate_key, sign_manifest

    files = {"en/p1.jpg": b"one"}
    raw = json.loads(sign_manifest(json.dumps(photobook_raw(files)).encode(), generate_key("E")))
    raw["signature"]["name"] = name
    with pytest.raises(PackError, match="signature/name"):
        _parse(raw)
