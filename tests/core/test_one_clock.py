"""Every stamp comes from the injected clock, never from the system's (issue 13 item 11).

Each test gives a clock far from the real date: a leak of real time shows up as a
stamp from today. The suite also runs with the system date shifted ±400 days
(``COMPANION_FAKETIME``, see scripts/test.sh), which catches leaks these miss.
"""

from __future__ import annotations

import inspect
import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from companion.core.clock import Clock
from companion.core.compose import tid
from companion.core.compose.drafts import Draft, DraftStore
from companion.core.compose.sender import Sender
from companion.core.compose.tid import _ALPHABET, make_tid
from companion.core.event.store import EventStore
from companion.core.live.media_cache import MediaCache
from companion.core.net import HttpClient
from companion.core.paths import Paths
from companion.core.storage import Database
from tests.core.event.helpers import event_bytes

AT = datetime(2018, 3, 14, 9, 30, tzinfo=UTC)


def frozen(at: datetime = AT) -> Clock:
    return Clock(wall=lambda: at.timestamp())


@pytest.mark.parametrize(
    ("call", "name"),
    [
        (HttpClient.__init__, "now"),
        (Sender.__init__, "now"),
        (DraftStore.__init__, "now"),
        (EventStore.install, "now"),
        (EventStore.import_file, "now"),
        (make_tid, "now"),
    ],
)
def test_no_real_time_defaults(call: object, name: str) -> None:
    """A missing clock is a type error, not a silent read of the system clock."""
    param = inspect.signature(call).parameters[name]  # type: ignore[arg-type]
    assert param.default is inspect.Parameter.empty


def test_drafts_are_stamped_by_the_clock() -> None:
    db = Database(":memory:")
    store = DraftStore(db, frozen().now)
    saved = store.save(Draft.new("Habari"))
    assert saved.updated_at.startswith("2018-03-14T09:30:00")
    store.delete(saved.id)
    row = db.query_one("SELECT deleted_at FROM compose_drafts WHERE id = ?", (saved.id,))
    assert row is not None and str(row[0]).startswith("2018-03-14T09:30:00")
    db.close()


def test_event_file_stamp_comes_from_the_clock(tmp_path: Path) -> None:
    paths = Paths.for_data_dir(tmp_path / "d")
    paths.ensure()
    f = tmp_path / "e.json"
    f.write_bytes(event_bytes())
    loaded = EventStore(paths).import_file(f, now=AT)
    assert loaded.updated_at == "2018-03-14T09:30:00+00:00"


def _tid_micros(key: str) -> int:
    value = 0
    for c in key:
        value = value * 32 + _ALPHABET.index(c)
    return value >> 10


def test_tids_follow_the_clock_and_never_repeat(monkeypatch: pytest.MonkeyPatch) -> None:
    """A clock that stands still (or was set back) still gives rising, distinct keys: two
    parts of a thread sharing a record key would make the second look already sent."""
    monkeypatch.setattr(tid, "_last_micros", 0)  # as in a fresh process
    first = make_tid(AT)
    assert abs(_tid_micros(first) - int(AT.timestamp() * 1_000_000)) < 1_000_000
    many = [make_tid(AT, clock_id=7) for _ in range(50)]
    assert len(set(many)) == 50 and many == sorted(many)
    earlier = make_tid(AT - timedelta(days=400), clock_id=7)
    assert earlier > many[-1]


@pytest.mark.parametrize("mtime_shift_days", [-400, 0, 400])
def test_media_cache_eviction_does_not_compare_file_times_with_the_clock(
    tmp_path: Path, mtime_shift_days: int
) -> None:
    """File times come from the system clock, which may be anything relative to the app's
    (faketime, ``--now``): a leftover ``.part`` goes like any file, whatever its time."""
    cache = MediaCache(tmp_path / "m", max_bytes=10)
    stale = cache.folder / "abc.part"
    stale.write_bytes(b"x" * 50)
    when = stale.stat().st_mtime + mtime_shift_days * 86400
    os.utime(stale, (when, when))
    cache.evict()
    assert not stale.exists()


def test_media_cache_keeps_a_download_being_written(tmp_path: Path) -> None:
    cache = MediaCache(tmp_path / "m", max_bytes=10)
    busy = cache.folder / "busy.part"
    busy.write_bytes(b"x" * 50)
    cache._writing.add(busy)
    cache.evict()
    assert busy.exists()
