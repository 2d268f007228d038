"""The outbox's picture copies: written whole before their row, swept when no post
needs them (an item removed, a Send cut short, a temporary file left by a crash)."""

from __future__ import annotations

import io
from datetime import UTC, datetime
from pathlib import Path

from PIL import Image

from companion.core.accounts.credentials import MemoryCredentialStore
from companion.core.accounts.model import Network
from companion.core.compose.drafts import Draft, DraftImage, DraftStore
from companion.core.compose.outbox import Outbox
from companion.core.storage import Database
from tests.support.accounts import add_account

NOW = datetime(2026, 11, 27, 9, 0, tzinfo=UTC)


def _photo(path: Path) -> Path:
    buf = io.BytesIO()
    Image.new("RGB", (400, 300), "green").save(buf, "JPEG")
    path.write_bytes(buf.getvalue())
    return path


def test_copies_no_post_names_are_swept_and_the_others_kept(tmp_path: Path) -> None:
    db = Database(":memory:")
    media = tmp_path / "outbox-media"
    outbox = Outbox(db, media)
    drafts = DraftStore(db, lambda: NOW)
    account = add_account(
        db, MemoryCredentialStore(), Network.MASTODON, "https://x.example", {"t": "1"}
    )
    kept, removed = [], []
    for name, into in (("kept.jpg", kept), ("removed.jpg", removed)):
        draft = Draft.new("Picha ya eneo")
        draft.images = [DraftImage(str(_photo(tmp_path / name)), "Wachimbaji")]
        (item_id,) = outbox.enqueue(drafts.save(draft), [account], "shareASM", NOW)
        item = outbox.get(item_id)
        assert item is not None and len(item.media) == 1
        into.append((item_id, Path(item.media[0].path)))
    # written whole, with no temporary file left beside it
    assert all(p.stat().st_size > 1000 for _, p in kept + removed)
    assert sorted(p.name for p in media.iterdir()) == sorted(p.name for _, p in kept + removed)
    # a crash between writing and renaming, a Send cut short before its row: strays
    (media / ".x-1.jpg.abc.tmp").write_bytes(b"half")
    (media / "cut-short-0.jpg").write_bytes(b"no row")
    outbox.remove(removed[0][0])  # taken out of the outbox: its copy is not needed
    assert outbox.sweep_media() == 3
    assert [p.name for p in media.iterdir()] == [kept[0][1].name]
    assert outbox.sweep_media() == 0  # the copy a queued post needs stays
    assert Outbox(db, tmp_path / "never-made").sweep_media() == 0
