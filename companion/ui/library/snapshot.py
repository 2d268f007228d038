"""What the library area shows, gathered on the database lane (no disk access in
the GUI): the installed items, which of their files are present, PDF page counts."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from companion.core.library.index import PdfText
from companion.core.library.manifest import Item, Manifest
from companion.core.library.service import Library


@dataclass
class Snapshot:
    items: list[tuple[Manifest, Item]] = field(default_factory=list)
    present: set[str] = field(default_factory=set)  # sha256 of stored files
    pdf_pages: dict[str, int] = field(default_factory=dict)  # sha256 -> page count
    paths: dict[str, Path] = field(default_factory=dict)  # sha256 -> stored file


def gather(lib: Library, pdf_text: PdfText | None) -> Snapshot:
    """Install the sample pack when nothing is installed, index, and look around."""
    lib.ensure_sample()
    lib.reindex(pdf_text)
    snap = Snapshot(items=lib.items())
    for _manifest, item in snap.items:
        for ed in item.editions.values():
            for f in ed.files:
                if lib.store.has(f):
                    snap.present.add(f.sha256)
                    snap.paths[f.sha256] = lib.store.object_path(f)
            if ed.is_pdf and item.kind == "photobook" and ed.files[0].sha256 in snap.present:
                from companion.ui.library.pages import pdf_page_count

                path = lib.store.object_path(ed.files[0])
                snap.pdf_pages[ed.files[0].sha256] = pdf_page_count(path)
    return snap
