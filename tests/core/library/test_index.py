"""Search: FTS5 with accents folded, every language, pages, PDF text passed in."""

from __future__ import annotations

import json
from pathlib import Path

from companion.core.library.index import fts_query
from companion.core.library.manifest import parse_manifest
from companion.core.library.service import Library, drain
from companion.core.library.sideload import import_pack
from companion.core.library.store import PackStore
from companion.core.services import CoreServices
from tests.core.library.packs import file_entry, write_pack

RAW = {
    "format": 1,
    "id": "p",
    "version": "1",
    "title": {"en": "P"},
    "items": [
        {
            "id": "secu",
            "kind": "publication",
            "title": {"en": "Mine safety", "fr": "Sécurité des mines"},
            "description": {"pt": "Garimpo e saúde na Amazônia"},
            "editions": {"en": {"files": [file_entry("a.pdf", b"%PDF-fake")]}},
        },
        {
            "id": "book",
            "kind": "photobook",
            "title": {"en": "Book", "sw": "Kitabu"},
            "editions": {
                "sw": {
                    "files": [file_entry("1.jpg", b"1"), file_entry("2.jpg", b"2")],
                    "captions": ["Wachimbaji wadogo", "Mkutano wa majadiliano"],
                }
            },
        },
    ],
}
FILES = {"a.pdf": b"%PDF-fake", "1.jpg": b"1", "2.jpg": b"2"}


def make_library(core: CoreServices, tmp_path: Path) -> Library:
    store = PackStore(tmp_path / "lib")
    drain(import_pack(write_pack(tmp_path / "src", RAW, FILES), store))
    return Library(core.db, store)


def test_accents_are_folded_both_ways(core: CoreServices, tmp_path: Path) -> None:
    lib = make_library(core, tmp_path)
    lib.reindex()
    assert [h.item_id for h in lib.search("securite")] == ["secu"]
    assert [h.item_id for h in lib.search("SAÚDE amazonia")] == ["secu"]


def test_caption_hit_opens_at_its_page(core: CoreServices, tmp_path: Path) -> None:
    lib = make_library(core, tmp_path)
    lib.reindex()
    hits = lib.search("majadil")  # prefix while typing
    assert [(h.item_id, h.lang, h.page, h.title) for h in hits] == [("book", "sw", 1, "Kitabu")]
    assert hits[0].as_dict()["page"] == 2


def test_pdf_text_is_indexed_per_page(core: CoreServices, tmp_path: Path) -> None:
    lib = make_library(core, tmp_path)
    calls: list[Path] = []

    def fake_pdf(path: Path) -> list[str]:
        calls.append(path)
        return ["cover", "mercury-free processing"]

    lib.reindex(fake_pdf)
    hit = lib.search("mercury")[0]
    assert (hit.item_id, hit.page) == ("secu", 1)
    assert calls and calls[0].read_bytes() == b"%PDF-fake"
    lib.reindex(fake_pdf)
    assert len(calls) == 1  # already indexed at this version


def test_reindex_follows_installed_versions(core: CoreServices, tmp_path: Path) -> None:
    lib = make_library(core, tmp_path)
    lib.reindex()
    raw2 = json.loads(json.dumps(RAW))
    raw2["version"] = "2"
    raw2["items"][1]["editions"]["sw"]["captions"] = ["Maji safi", "Usalama"]
    lib.store.install(parse_manifest(json.dumps(raw2).encode()))
    lib.reindex()
    assert lib.search("majadiliano") == []
    assert lib.search("usalama")[0].page == 1


def test_hostile_query_text_is_safe(core: CoreServices, tmp_path: Path) -> None:
    lib = make_library(core, tmp_path)
    lib.reindex()
    for q in ['"', "AND OR NOT", "mine*)", "NEAR(a b)", "", "  ", "col:mine", "-"]:
        lib.search(q)
    assert fts_query("") == ""
    assert fts_query('a "b') == '"a" "b"*'
