"""Issue 14, the second check: hostile inputs the first round did not try.

Event files with wall times in the hour the clocks skip; replies (event files, server
APIs, redirects) that never end or dribble in a byte at a time. More cases live beside
their modules (tests/core/library/test_sync_hostile.py, test_manifest_hostile.py).
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from companion.cli import main
from companion.core import net
from companion.core.clock import Clock
from companion.core.errors import OfflineError, ServerError
from companion.core.event.model import EventFileError
from companion.core.event.parse import parse_event
from companion.core.event.store import EventStore
from companion.core.jsonsafe import MAX_REPLY_BYTES
from companion.core.library.service import drain
from companion.core.library.sideload import export_pack, import_pack, verify_pack
from companion.core.library.store import PackStore
from companion.core.net import HttpClient
from companion.core.paths import Paths
from tests.core.event.helpers import event_bytes, event_dict
from tests.core.library.packs import photobook_raw, write_pack
from tests.support.httpserver import LoopbackServer, Reply


@pytest.mark.parametrize(
    ("zone", "start", "end"),
    [
        ("Europe/London", "2026-03-29T01:30", "2026-03-29T02:30"),  # start in the gap
        ("America/New_York", "2026-03-08T01:00", "2026-03-08T02:15"),  # end in the gap
        ("Pacific/Apia", "2011-12-30T10:00", "2011-12-31T10:00"),  # a whole day skipped
    ],
)
def test_a_wall_time_the_clocks_skip_is_refused_by_name(zone: str, start: str, end: str) -> None:
    """Before: quietly moved an hour ("ends before it starts", or a wrong time)."""
    raw = event_dict(timezone=zone, start=start, end=end, all_day=False, sessions=[])
    with pytest.raises(EventFileError, match="does not exist in " + zone):
        parse_event(raw)


def test_a_session_in_the_gap_is_named(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sessions = [{"id": "a", "start": "2026-03-29T01:15", "end": "2026-03-29T03:00", "title": "A"}]
    path = tmp_path / "event.json"
    path.write_bytes(
        event_bytes(start="2026-03-29T00:00", end="2026-03-30T00:00", sessions=sessions)
    )
    assert main(["--data-dir", str(tmp_path / "data"), "event-check", str(path)]) == 2
    err = capsys.readouterr().err.strip()
    assert "sessions/0/start" in err and "\n" not in err


@pytest.mark.parametrize(
    ("start", "end"),
    [
        ("2026-10-25T01:30", "2026-10-25T01:45"),  # the repeated hour: the first one
        ("2026-03-29T00:30", "2026-03-29T02:00"),  # just around the gap
        ("2026-03-29T00:30Z", "2026-03-29T01:30Z"),  # an explicit offset is an instant
    ],
)
def test_times_around_the_changes_are_fine(start: str, end: str) -> None:
    raw = event_dict(timezone="Europe/London", start=start, end=end, all_day=False, sessions=[])
    event = parse_event(raw)
    assert event.end > event.start


# ------------------------------------------------------------ replies that never end
def _endless(sent: list[int], byte: bytes = b" ") -> Iterator[bytes]:
    block = byte * (256 * 1024)
    while sent[0] < 4 * MAX_REPLY_BYTES:
        sent[0] += len(block)
        yield block


def _dribble(seconds: float, count: int = 200) -> Iterator[bytes]:
    for _ in range(count):
        time.sleep(seconds)
        yield b" "


def _http() -> HttpClient:
    return HttpClient(now=Clock().now, timeout=(5, 5))


def test_an_endless_redirect_body_is_not_read_whole(loopback: LoopbackServer) -> None:
    """requests reads a redirect's body before following it: every request the app
    makes (event file, Mastodon, Bluesky) went through that unbounded read."""
    sent = [0]
    loopback.route(
        "GET", "/old", lambda r: Reply(302, stream=_endless(sent), headers={"Location": "/new"})
    )
    loopback.route("GET", "/new", lambda r: Reply.json({"ok": True}))
    resp = _http().get(loopback.url("/old"))
    assert resp.json() == {"ok": True}
    assert sent[0] < MAX_REPLY_BYTES


def test_an_endless_reply_is_refused_at_the_cap(loopback: LoopbackServer) -> None:
    sent = [0]
    loopback.route("GET", "/api", lambda r: Reply(200, stream=_endless(sent)))
    with pytest.raises(ServerError, match="too large"):
        _http().get(loopback.url("/api"))
    assert sent[0] < 2 * MAX_REPLY_BYTES


def test_a_dribbling_reply_is_refused(
    loopback: LoopbackServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A byte now and then never trips the read timeout; the average rate does."""
    monkeypatch.setattr(net, "BODY_GRACE", 0.5)
    loopback.route("GET", "/api", lambda r: Reply(200, stream=_dribble(0.05)))
    started = time.monotonic()
    with pytest.raises(OfflineError, match="too slowly"):
        _http().get(loopback.url("/api"))
    assert time.monotonic() - started < 5


def test_an_event_file_that_dribbles_in_is_refused_and_the_old_one_kept(
    loopback: LoopbackServer, monkeypatch: pytest.MonkeyPatch, paths: Paths
) -> None:
    monkeypatch.setattr(net, "BODY_GRACE", 0.5)
    loopback.route("GET", "/e.json", lambda r: Reply(200, stream=_dribble(0.05)))
    store = EventStore(paths)
    with pytest.raises(OfflineError, match="too slowly"):
        store.fetch(_http(), loopback.url("/e.json"))
    assert store.load().source == "shipped"


def test_an_endless_event_file_is_refused_at_its_cap(
    loopback: LoopbackServer, paths: Paths
) -> None:
    sent = [0]
    loopback.route("GET", "/e.json", lambda r: Reply(200, stream=_endless(sent)))
    store = EventStore(paths)
    with pytest.raises(EventFileError, match="too large"):
        store.fetch(_http(), loopback.url("/e.json"))
    assert sent[0] < MAX_REPLY_BYTES


# ------------------------------------------------- links planted where a pack is exported
@pytest.mark.skipif(os.name == "nt", reason="symbolic links need privileges on Windows")
@pytest.mark.parametrize("as_zip", [False, True])
def test_export_never_writes_through_a_link_planted_in_the_destination(
    tmp_path: Path, as_zip: bool
) -> None:
    """A USB stick prepared with ``.ID-VERSION.part/manifest.json`` (or ``pack.zip.part``)
    linking to a file of the user's: the export wrote the pack into that file."""
    files = {"en/p1.jpg": b"page one"}
    store = PackStore(tmp_path / "lib")
    drain(import_pack(write_pack(tmp_path / "src", photobook_raw(files), files), store))
    victim = tmp_path / "victim.txt"
    victim.write_text("precious", "utf-8")
    usb = tmp_path / "usb"
    if as_zip:
        usb.mkdir()
        (usb / "pack.zip.part").symlink_to(victim)
        dest = usb / "pack.zip"
    else:
        part = usb / ".test-pack-1.part"
        (part / "en").mkdir(parents=True)
        (part / "manifest.json").symlink_to(victim)
        (part / "en" / "p1.jpg").symlink_to(victim)
        dest = usb
    out = drain(export_pack(store, "test-pack", dest))
    assert victim.read_text("utf-8") == "precious"
    assert not out.is_symlink()
    assert drain(verify_pack(out)).ok


@pytest.mark.skipif(os.name == "nt", reason="symbolic links need privileges on Windows")
def test_build_never_writes_through_a_link_planted_beside_the_output(tmp_path: Path) -> None:
    from PIL import Image

    from companion.core.library.build import build_pack

    book = tmp_path / "book"
    book.mkdir()
    Image.new("RGB", (40, 30), (40, 90, 140)).save(book / "01.jpg", "JPEG")
    victim = tmp_path / "victim.txt"
    victim.write_text("precious", "utf-8")
    usb = tmp_path / "usb"
    usb.mkdir()
    (usb / "pack.zip.part").symlink_to(victim)
    result = build_pack(book, usb / "pack.zip", title="T", now=Clock().now())
    assert victim.read_text("utf-8") == "precious"
    assert not result.out.is_symlink() and drain(verify_pack(result.out)).ok
