from __future__ import annotations

import io
from dataclasses import replace

import pytest
from PIL import Image

from companion.core.clock import Clock
from companion.core.compose.drafts import Draft, DraftImage, DraftStore
from companion.core.compose.images import prepare_image
from companion.core.errors import InvalidInputError
from companion.core.storage import Database


def _jpeg(size: tuple[int, int], orientation: int = 1, noise: bool = False) -> bytes:
    img = Image.effect_noise(size, 90).convert("RGB") if noise else Image.new("RGB", size, "red")
    exif = img.getexif()
    exif[0x0112] = orientation
    exif[0x010F] = "PhoneMaker"
    exif[0x8825] = {1: "S", 2: (6.0, 10.0, 0.0)}
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=98, exif=exif)
    return buf.getvalue()


def test_exif_gps_stripped_and_orientation_applied() -> None:
    ready = prepare_image(_jpeg((300, 200), orientation=6), 1_000_000)
    out = Image.open(io.BytesIO(ready.data))
    assert out.size == (200, 300)
    assert dict(out.getexif()) == {}
    assert b"PhoneMaker" not in ready.data and b"Exif" not in ready.data


def test_reencoded_under_bluesky_limit() -> None:
    raw = _jpeg((3000, 2200), noise=True)
    assert len(raw) > 1_000_000
    ready = prepare_image(raw, 1_000_000)
    assert len(ready.data) <= 1_000_000 and ready.mime == "image/jpeg"


def test_bomb_and_garbage_refused() -> None:
    buf = io.BytesIO()
    Image.new("1", (12000, 12000)).save(buf, "PNG")
    with pytest.raises(InvalidInputError, match="too large"):
        prepare_image(buf.getvalue(), 1_000_000)
    with pytest.raises(InvalidInputError):
        prepare_image(b"not a picture", 1_000_000)


def test_drafts_crud_duplicate_delete_undo() -> None:
    db = Database(":memory:")
    store = DraftStore(db, Clock().now)
    d = Draft.new("Habari", language="sw")
    d.images = [DraftImage("/tmp/a.jpg", "alt")]
    d.targets = ["acc1"]
    store.save(d)
    again = store.get(d.id)
    assert again is not None and again.text == "Habari" and again.images[0].alt == "alt"
    copy = store.duplicate(d.id)
    assert copy.id != d.id and len(store.list()) == 2
    store.delete(d.id)
    assert [x.id for x in store.list()] == [copy.id]
    store.undelete(d.id)
    assert len(store.list()) == 2


def test_a_stale_draft_copy_never_undoes_a_queued_or_sent_post() -> None:
    # the editor's copy of a draft (status "draft") saved after Send queued it: written
    # over the row it would make the queued post a draft again (never marked sent, or
    # sent twice from the drafts list); it is kept as a new draft instead
    db = Database(":memory:")
    store = DraftStore(db, Clock().now)
    for first_saved in (False, True):
        d = Draft.new("Habari za Geita", language="sw")
        editor_copy = store.save(d) if first_saved else d  # never saved: no updated_at
        # what Send wrote: the text with the hashtag, then queued
        store.save(replace(editor_copy, text=d.text + " #shareASM"))
        db.execute("UPDATE compose_drafts SET status = 'outbox' WHERE id = ?", (d.id,))
        saved, copied = store.save_unless_changed(editor_copy)
        assert copied and saved.id != d.id and saved.status == "draft"
        queued = store.get(d.id)
        assert queued is not None and queued.status == "outbox"
    # a draft that is still a draft is saved in place, as before
    d = store.save(Draft.new("Bado"))
    saved, copied = store.save_unless_changed(replace(d, text="Bado kidogo"))
    assert not copied and saved.id == d.id
