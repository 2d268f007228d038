"""A pack import or export stops when the app quits, in the middle of a file's copy,
and leaves nothing half-written behind (no ``.part`` file or folder, no pack
installed). Export had no way to stop; import stopped only while waiting for its
turn, then copied every file to the end."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from companion.core.library.service import drain
from companion.core.library.sideload import CHUNK, CopyStopped, export_pack, import_pack
from companion.core.library.store import PackStore
from tests.core.library.packs import photobook_raw, write_pack

#: three files of four chunks each: a stop after six checks is inside the second copy
FILES = {f"en/p{n}.jpg": os.urandom(4 * CHUNK) for n in range(3)}


class StopAfter(threading.Event):
    """Set once it was looked at ``n`` times: the quit arrives during a copy."""

    def __init__(self, n: int) -> None:
        super().__init__()
        self.left = n
        self.looked = 0

    def is_set(self) -> bool:
        self.looked += 1
        self.left -= 1
        if self.left < 0:
            self.set()
        return super().is_set()


@pytest.fixture
def store(tmp_path: Path) -> PackStore:
    s = PackStore(tmp_path / "library")
    drain(import_pack(write_pack(tmp_path / "usb", photobook_raw(FILES), FILES), s))
    return s


@pytest.mark.parametrize("name", ["out.zip", "outdir"])
def test_an_export_stops_in_the_middle_of_a_copy_and_removes_what_it_wrote(
    tmp_path: Path, store: PackStore, name: str
) -> None:
    dest = tmp_path / "stick"
    dest.mkdir()
    cancel = StopAfter(6)
    with pytest.raises(CopyStopped):
        target = dest / name if name.endswith(".zip") else dest
        drain(export_pack(store, "test-pack", target, cancel=cancel))
    assert cancel.looked < 12  # not to the end of the files
    assert list(dest.iterdir()) == []  # no .part, no half pack


def test_an_export_not_stopped_is_whole(tmp_path: Path, store: PackStore) -> None:
    out = drain(export_pack(store, "test-pack", tmp_path / "out.zip", cancel=threading.Event()))
    other = PackStore(tmp_path / "other")
    drain(import_pack(out, other))
    assert other.get("test-pack") is not None


def test_an_import_holding_its_turn_stops_in_the_middle_of_a_copy(tmp_path: Path) -> None:
    src = write_pack(tmp_path / "usb", photobook_raw(FILES), FILES)
    store = PackStore(tmp_path / "library")
    cancel = StopAfter(6)
    with pytest.raises(CopyStopped):
        drain(import_pack(src, store, cancel=cancel))
    assert cancel.looked < 12
    assert store.get("test-pack") is None  # nothing installed
    assert [p.name for p in store.partial.iterdir() if p.name.startswith("import-")] == []
    assert store.turn.holder == ""  # the turn was given back
    drain(import_pack(src, store))  # and it imports when started again
    assert store.get("test-pack") is not None
