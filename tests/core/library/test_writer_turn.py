"""One writing job at a time on the pack store: real threads, real loopback servers.

A copy from a neighbour's laptop, a sync, an import and an on-demand download each
hold the store's writing turn to their end; a second job waits for it (and says so)."""

from __future__ import annotations

import os
import threading
from collections.abc import Generator, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from companion.core.clock import Clock
from companion.core.errors import KnownError
from companion.core.library.download import SyncCancelled
from companion.core.library.service import drain
from companion.core.library.sideload import FileProgress, import_pack
from companion.core.library.store import PackStore
from companion.core.library.sync import sync_pack
from companion.core.library.writer import COPY, turn_for
from companion.core.net import HttpClient
from tests.core.library.packs import (
    Gate,
    PackServer,
    installed_problems,
    photobook_raw,
    write_pack,
)
from tests.support.httpserver import LoopbackServer, Reply

WAIT_S = 15.0


@dataclass
class Job:
    """A job's generator driven on a thread of its own, its progress recorded."""

    gen: Generator[Any, None, Any]
    progress: list[Any] = field(default_factory=list)
    result: Any = None
    error: BaseException | None = None
    queued: threading.Event = field(default_factory=threading.Event)
    done: threading.Event = field(default_factory=threading.Event)

    def start(self) -> Job:
        threading.Thread(target=self._run, daemon=True).start()
        return self

    def _run(self) -> None:
        try:
            while True:
                try:
                    p = next(self.gen)
                except StopIteration as stop:
                    self.result = stop.value
                    return
                self.progress.append(p)
                if getattr(p, "stage", "") == "queued":
                    self.queued.set()
        except BaseException as exc:
            self.error = exc
        finally:
            self.done.set()

    def wait_queued_or_done(self) -> None:
        """Until the job waits for its turn, or (without a turn to wait for) ended."""
        for _ in range(int(WAIT_S / 0.05)):
            if self.queued.wait(0.05) or self.done.is_set():
                return
        raise AssertionError("the job neither waited nor ended")

    def join(self) -> Any:
        assert self.done.wait(WAIT_S), "the job did not end"
        if self.error is not None:
            raise self.error
        return self.result


def _http() -> HttpClient:
    return HttpClient(timeout=(5, 5), now=Clock().now)


def _sync(store: PackStore, url: str, **kw: Any) -> Generator[Any, None, Any]:
    return sync_pack(_http(), store, url, sleep=lambda s: None, report_every=0.0, **kw)


@pytest.fixture
def store(tmp_path: Path) -> PackStore:
    return PackStore(tmp_path / "library")


@pytest.fixture
def other_server() -> Iterator[LoopbackServer]:
    with LoopbackServer() as srv:
        yield srv


def test_a_sync_waits_for_a_copy_and_prunes_none_of_its_files(
    store: PackStore, loopback: LoopbackServer, other_server: LoopbackServer
) -> None:
    # the pack's own server, for the sync
    a_files = {"en/a.jpg": os.urandom(50_000)}
    a = PackServer(loopback)
    a.publish(photobook_raw(a_files, pack_id="pack-a"), a_files)
    # the neighbour's laptop, for the copy: its second file comes slowly
    b_files = {"en/b1.jpg": os.urandom(40_000), "en/b2.jpg": os.urandom(200_000)}
    b = PackServer(other_server)
    b.publish(photobook_raw(b_files, pack_id="pack-b"), b_files)
    gate = Gate(b_files["en/b2.jpg"])
    other_server.route("GET", "/pack/en/b2.jpg", gate.reply)
    try:
        copy = Job(_sync(store, b.url, job=COPY)).start()
        assert gate.sent_half.wait(WAIT_S)  # b1 is stored, b2 half way
        sync = Job(_sync(store, a.url)).start()
        sync.wait_queued_or_done()
        gate.open()
        copy.join()
        sync.join()
    finally:
        gate.open()
    # the sync waited for the copy, said so, and then installed its pack
    assert [p.current for p in sync.progress if p.stage == "queued"] == [COPY]
    assert installed_problems(store, "pack-b") == []
    assert installed_problems(store, "pack-a") == []


def test_two_jobs_never_append_to_the_same_partial_file(
    store: PackStore, loopback: LoopbackServer, other_server: LoopbackServer
) -> None:
    files = {"en/p1.jpg": os.urandom(300_000)}
    raw = photobook_raw(files, pack_id="same")
    slow = PackServer(loopback)
    slow.publish(raw, files)
    gate = Gate(files["en/p1.jpg"])
    loopback.route("GET", "/pack/en/p1.jpg", gate.reply)
    fast = PackServer(other_server)
    fast.publish(raw, files)
    try:
        first = Job(_sync(store, slow.url)).start()
        assert gate.sent_half.wait(WAIT_S)
        second = Job(_sync(store, fast.url, job=COPY)).start()
        second.wait_queued_or_done()
        gate.open()
        first.join()
        assert second.join().up_to_date  # the first one installed it meanwhile
    finally:
        gate.open()
    # the file crossed the network once: no checksum failure, no restart
    assert gate.sent + fast.sent.get("en/p1.jpg", 0) == len(files["en/p1.jpg"])
    assert installed_problems(store, "same") == []
    assert not list(store.partial.glob("*.part"))


def test_a_waiting_import_says_for_whom_and_can_be_stopped(
    store: PackStore, tmp_path: Path
) -> None:
    files = {"en/p1.jpg": b"page one"}
    src = write_pack(tmp_path / "usb", photobook_raw(files), files)
    cancel = threading.Event()
    assert store.turn.try_take(COPY)  # a copy from another laptop is writing
    try:
        job = Job(import_pack(src, store, cancel=cancel)).start()
        assert job.queued.wait(WAIT_S)
        assert job.progress == [FileProgress(0, 0, 0, 0, COPY, stage="queued")]
        cancel.set()
        with pytest.raises(SyncCancelled):
            job.join()
    finally:
        store.turn.give_back()
    assert store.installed() == []
    # with the turn free, the same import runs at once
    assert drain(import_pack(src, store)).id == "test-pack"
    assert store.turn.holder == ""


def test_a_failed_job_gives_the_turn_back(store: PackStore, loopback: LoopbackServer) -> None:
    loopback.route("GET", "/pack/manifest.json", lambda req: Reply(500, b"down"))
    with pytest.raises(KnownError):
        drain(sync_pack(_http(), store, loopback.url("/pack/manifest.json"), attempts=1))
    assert store.turn.holder == ""


def test_every_store_on_a_folder_shares_its_turn(tmp_path: Path) -> None:
    from companion.core.lane import DbLane, bind_to_lane

    one, two = PackStore(tmp_path / "lib"), PackStore(tmp_path / "lib" / ".." / "lib")
    lane = DbLane("packs")
    try:
        bound = bind_to_lane(one, lane, only=("install",))
        assert one.turn is two.turn is bound.turn is turn_for(tmp_path / "lib")
        assert PackStore(tmp_path / "elsewhere").turn is not one.turn
    finally:
        lane.shutdown()


def test_the_sample_pack_is_not_installed_while_a_job_writes(
    store: PackStore, tmp_path: Path
) -> None:
    from companion.core.library.service import Library, sample_pack_dir

    lib = Library(None, store, sample_pack_dir())  # type: ignore[arg-type]  # no index use
    assert store.turn.try_take(COPY)
    try:
        assert not lib.ensure_sample()  # at once: never waits on the database lane
    finally:
        store.turn.give_back()
    assert lib.ensure_sample()
    assert store.turn.holder == ""


def test_an_on_demand_download_waits_for_a_sync(store: PackStore, loopback: LoopbackServer) -> None:
    from companion.core.library.sync import fetch_on_demand
    from companion.core.library.writer import SYNC
    from tests.core.library.packs import file_entry

    video = os.urandom(100_000)
    raw = photobook_raw({"en/p1.jpg": b"page"}, pack_id="films")
    raw["items"].append(
        {
            "id": "film",
            "kind": "video",
            "title": {"en": "A film"},
            "editions": {"en": {"files": [file_entry("v/film.mp4", video, on_demand=True)]}},
        }
    )
    server = PackServer(loopback)
    server.publish(raw, {"en/p1.jpg": b"page", "v/film.mp4": video})
    drain(_sync(store, server.url))
    pack = store.get("films")
    assert pack is not None
    film = next(f for f in pack.manifest.files() if f.on_demand)
    assert store.turn.try_take(SYNC)
    try:
        job = Job(fetch_on_demand(_http(), store, "films", film)).start()
        assert job.queued.wait(WAIT_S)
        assert "v/film.mp4" not in server.sent  # nothing fetched while it waits
    finally:
        store.turn.give_back()
    job.join()
    assert [p.current for p in job.progress if p.stage == "queued"] == [SYNC]
    assert store.object_path(film).read_bytes() == video


def test_a_stopped_copy_keeps_what_it_fetched_through_another_packs_sync(
    store: PackStore, loopback: LoopbackServer, other_server: LoopbackServer
) -> None:
    a_files = {"en/a.jpg": os.urandom(50_000)}
    a = PackServer(loopback)
    a.publish(photobook_raw(a_files, pack_id="pack-a"), a_files)
    b_files = {"en/b1.jpg": os.urandom(40_000), "en/b2.jpg": os.urandom(200_000)}
    b = PackServer(other_server)
    b.publish(photobook_raw(b_files, pack_id="pack-b"), b_files)
    # the neighbour leaves half way through the second file
    b.cut("en/b2.jpg", after=50_000)
    with pytest.raises(KnownError):
        drain(_sync(store, b.url, job=COPY, attempts=1))
    assert store.get("pack-b") is None
    # the pack's own update, with its prune, runs meanwhile
    drain(_sync(store, a.url))
    # back in reach: the copy resumes; the first file is not copied again
    result = drain(_sync(store, b.url, job=COPY))
    assert b.sent["en/b1.jpg"] == len(b_files["en/b1.jpg"])
    assert b.sent["en/b2.jpg"] == len(b_files["en/b2.jpg"])  # resumed where it was cut
    assert result.files_fetched == 1
    assert installed_problems(store, "pack-a") == installed_problems(store, "pack-b") == []
    # installed: nothing is wanted any more, and the next prune drops its note
    assert store.prune() == 0
    assert not list(store.manifests.glob("wanted-*"))
