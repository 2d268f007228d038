"""The library as the app sees it: installed packs, the sample pack, the search index."""

from __future__ import annotations

import logging
from collections.abc import Generator
from pathlib import Path
from typing import TypeVar

from companion.core.library import index
from companion.core.library.index import Hit, PdfText
from companion.core.library.manifest import Item, Manifest
from companion.core.library.sideload import import_pack_in_turn
from companion.core.library.store import InstalledPack, PackStore
from companion.core.library.writer import SAMPLE
from companion.core.paths import resources_dir
from companion.core.storage import Database

log = logging.getLogger(__name__)
T = TypeVar("T")


def drain(gen: Generator[object, None, T]) -> T:
    """Run a progress generator to the end and return its result."""
    while True:
        try:
            next(gen)
        except StopIteration as stop:
            return stop.value  # type: ignore[no-any-return]


def sample_pack_dir() -> Path:
    return resources_dir() / "packs" / "sample"


class Library:
    """Installed packs and their index. Call from one thread at a time (the database
    lane); the app builds it once (``companion.core.app.AppServices.library``)."""

    def __init__(self, db: Database, store: PackStore, sample: Path | None = None) -> None:
        self.db = db
        self.store = store
        self.sample = sample

    def ensure_sample(self) -> bool:
        """Install the bundled sample pack when no pack is installed. True if installed now."""
        if self.store.installed() or self.sample is None or not self.sample.is_dir():
            return False
        # never wait here (the database lane): a job writing the store installs a pack
        if not self.store.turn.try_take(SAMPLE):
            log.info("not installing the sample pack: the %s is writing", self.store.turn.holder)
            return False
        try:
            drain(import_pack_in_turn(self.sample, self.store))
        finally:
            self.store.turn.give_back()
        log.info("installed the bundled sample pack")
        return True

    def packs(self) -> list[InstalledPack]:
        return self.store.installed()

    def items(self) -> list[tuple[Manifest, Item]]:
        return [(p.manifest, item) for p in self.packs() for item in p.manifest.items]

    def reindex(self, pdf_text: PdfText | None = None, *, force: bool = False) -> int:
        """Index every installed pack not yet indexed at its version; drop the others."""
        count = 0
        installed = {p.manifest.id for p in self.packs()}
        for row in self.db.query("SELECT pack_id FROM library_indexed"):
            if row[0] not in installed:
                index.drop_pack(self.db, row[0])
        for pack in self.packs():
            if force or not index.is_indexed(
                self.db, pack.manifest, with_pdf_text=pdf_text is not None
            ):
                count += index.index_pack(
                    self.db, pack.manifest, pdf_text=pdf_text, object_path=self.store.object_path
                )
        return count

    def search(self, text: str, *, lang: str = "", limit: int = 50) -> list[Hit]:
        return index.search(self.db, text, lang=lang, limit=limit)
