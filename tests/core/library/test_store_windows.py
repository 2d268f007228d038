"""The pack store under Windows file semantics (issue 22 items 1 and 2): ``os.fsync``
needs a handle opened for writing, and an open file cannot be renamed or deleted."""

from __future__ import annotations

import json
import os
from pathlib import Path

from companion.core.library.manifest import parse_manifest
from companion.core.library.service import drain
from companion.core.library.sideload import export_pack, import_pack, verify_pack
from companion.core.library.store import PackStore
from tests.core.library.packs import photobook_raw, write_pack
from tests.support.windows_semantics import WindowsFiles

FILES = {"en/p1.jpg": os.urandom(5000), "en/p2.jpg": os.urandom(7000)}


def test_import_and_export_work_with_windows_files(
    tmp_path: Path, windows_files: WindowsFiles
) -> None:
    store = PackStore(tmp_path / "library")
    src = write_pack(tmp_path / "usb", photobook_raw(FILES), FILES)
    m = drain(import_pack(src, store))
    archive = drain(export_pack(store, m.id, tmp_path / "out.zip"))
    assert drain(verify_pack(archive)).ok
    assert windows_files.refused == []


def test_add_verified_copy_and_move_with_windows_files(
    tmp_path: Path, windows_files: WindowsFiles
) -> None:
    store = PackStore(tmp_path / "library")
    store.ensure()
    manifest = parse_manifest(json.dumps(photobook_raw(FILES)).encode())
    first, second = manifest.files()
    (tmp_path / "a").write_bytes(FILES["en/p1.jpg"])
    (tmp_path / "b").write_bytes(FILES["en/p2.jpg"])
    store.add_verified(tmp_path / "a", first)
    store.add_verified(tmp_path / "b", second, move=True)
    assert store.object_path(first).read_bytes() == FILES["en/p1.jpg"]
    assert store.object_path(second).read_bytes() == FILES["en/p2.jpg"]
    assert not (tmp_path / "b").exists()
    assert windows_files.refused == []


def test_a_viewer_holding_an_old_version_does_not_break_updates(
    tmp_path: Path, windows_files: WindowsFiles
) -> None:
    """A viewer keeps a page of version 1 open while versions 2 and 3 arrive: the
    updates and the clean-up go on; the held file goes once the viewer lets go."""
    store = PackStore(tmp_path / "library")
    versions = [{"en/p1.jpg": os.urandom(3000 + v)} for v in range(3)]
    for v, files in enumerate(versions, start=1):
        src = write_pack(tmp_path / f"v{v}", photobook_raw(files, version=str(v)), files)
        drain(import_pack(src, store))
        if v == 1:
            pack = store.get("test-pack")
            assert pack is not None
            held = store.object_path(pack.manifest.files()[0])
            viewer = held.open("rb")
    store.prune()  # version 1 is neither installed nor previous now
    assert held.exists()  # Windows refused to delete it while the viewer has it
    assert windows_files.was_refused()
    viewer.close()
    assert store.prune() == 1
    assert not held.exists()
    pack = store.get("test-pack")
    assert pack is not None and pack.manifest.version == "3"
