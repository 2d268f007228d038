"""What a crash or a kill leaves in the pack store is cleaned by the next job."""

from __future__ import annotations

import os
from pathlib import Path

from companion.core.library.service import drain
from companion.core.library.sideload import import_pack
from companion.core.library.store import PackStore
from tests.core.library.packs import photobook_raw, write_pack

FILES = {"en/p1.jpg": os.urandom(5000)}


def test_an_import_cut_off_leaves_no_staging_folder_after_the_next_job(tmp_path: Path) -> None:
    store = PackStore(tmp_path / "library")
    src = write_pack(tmp_path / "usb", photobook_raw(FILES), FILES)
    drain(import_pack(src, store))
    # the app was killed half way through another import: its staging folder stays
    left = store.partial / "import-k1ll3d"
    left.mkdir(parents=True)
    (left / ("0" * 64)).write_bytes(os.urandom(50_000))
    download = store.partial / ("a" * 64 + ".part")  # a download to resume: kept
    download.write_bytes(b"half a page")
    store.prune()
    assert not left.exists()
    assert download.exists()
    pack = store.get("test-pack")
    assert pack is not None and store.object_path(pack.manifest.files()[0]).exists()
