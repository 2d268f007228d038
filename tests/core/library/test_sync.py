"""Sync against a real loopback HTTP server."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from companion.core.clock import Clock
from companion.core.errors import OfflineError
from companion.core.library.download import partial_paths
from companion.core.library.manifest import PackError, parse_manifest
from companion.core.library.service import drain
from companion.core.library.store import PackStore
from companion.core.library.sync import SyncProgress, sync_allowed, sync_pack
from companion.core.net import HttpClient
from tests.core.library.packs import PackServer, photobook_raw
from tests.support.httpserver import LoopbackServer

BIG = os.urandom(300_000)
FILES = {"en/p1.jpg": BIG, "en/p2.jpg": b"second page" * 100}


@pytest.fixture
def server(loopback: LoopbackServer) -> Iterator[PackServer]:
    ps = PackServer(loopback)
    ps.publish(photobook_raw(FILES), FILES)
    yield ps


@pytest.fixture
def store(tmp_path: Path) -> PackStore:
    return PackStore(tmp_path / "library")


def run(server: PackServer, store: PackStore, **kw: object) -> object:
    http = HttpClient(timeout=(5, 5), now=Clock().now)
    return drain(sync_pack(http, store, server.url, sleep=lambda s: None, **kw))  # type: ignore[arg-type]


def test_first_sync_installs_every_file(server: PackServer, store: PackStore) -> None:
    result = run(server, store)
    pack = store.get("test-pack")
    assert pack is not None and pack.manifest.version == "1"
    for f in pack.manifest.files():
        assert store.object_path(f).read_bytes() == FILES[f.path]
    assert result.files_fetched == 2  # type: ignore[attr-defined]


def test_progress_reports_bytes_and_totals(server: PackServer, store: PackStore) -> None:
    gen = sync_pack(HttpClient(now=Clock().now), store, server.url, report_every=0.0)
    seen: list[SyncProgress] = []
    while True:
        try:
            seen.append(next(gen))
        except StopIteration:
            break
    downloads = [p for p in seen if p.stage == "download"]
    assert downloads[-1].done_bytes == sum(map(len, FILES.values()))
    assert all(p.total_bytes == sum(map(len, FILES.values())) for p in downloads)
    assert seen[-1].stage == "install"


def test_interrupted_download_resumes_with_only_the_remainder(
    server: PackServer, store: PackStore
) -> None:
    server.cut("en/p1.jpg", after=100_000)
    with pytest.raises(OfflineError):
        run(server, store, attempts=1)
    part, meta = partial_paths(store, parse_manifest(server.manifest).files()[0])
    assert part.stat().st_size == 100_000  # kept across the "crash"
    assert store.get("test-pack") is None
    server.sent.clear()
    store = PackStore(store.root)  # a new process after a crash or reboot: state is on disk
    run(server, store)
    assert server.sent["en/p1.jpg"] == len(BIG) - 100_000
    assert ("en/p1.jpg", "bytes=100000-", '"v1"') in server.seen
    pack = store.get("test-pack")
    assert pack is not None
    assert store.object_path(pack.manifest.files()[0]).read_bytes() == BIG
    assert not part.exists() and not meta.exists()


def test_retries_by_itself_after_a_cut(server: PackServer, store: PackStore) -> None:
    server.cut("en/p1.jpg", after=50_000, times=2)
    run(server, store)
    assert server.sent["en/p1.jpg"] == len(BIG)  # 50k + 50k + the rest: nothing twice
    assert store.get("test-pack") is not None


def test_server_without_range_support_restarts_from_zero(
    server: PackServer, store: PackStore
) -> None:
    server.cut("en/p1.jpg", after=100_000)
    with pytest.raises(OfflineError):
        run(server, store, attempts=1)
    server.ranges = False
    run(server, store)
    pack = store.get("test-pack")
    assert pack is not None
    assert store.object_path(pack.manifest.files()[0]).read_bytes() == BIG


def test_changed_file_behind_same_url_is_not_spliced(server: PackServer, store: PackStore) -> None:
    server.cut("en/p1.jpg", after=100_000)
    with pytest.raises(OfflineError):
        run(server, store, attempts=1)
    server.etag = '"v2"'  # If-Range no longer matches: server sends the whole file
    run(server, store)
    assert server.sent["en/p1.jpg"] == 100_000 + len(BIG)


def test_wrong_hash_is_rejected_naming_the_item(server: PackServer, store: PackStore) -> None:
    server.replace["en/p2.jpg"] = b"X" * len(FILES["en/p2.jpg"])
    with pytest.raises(PackError) as err:
        run(server, store)
    assert "book" in str(err.value) and "en/p2.jpg" in str(err.value)
    assert store.get("test-pack") is None


def test_truncated_file_fails_and_keeps_the_partial(server: PackServer, store: PackStore) -> None:
    server.cut("en/p1.jpg", after=1000, times=99)
    with pytest.raises(OfflineError, match="resume"):
        run(server, store, attempts=3)
    assert store.get("test-pack") is None


def test_server_sending_more_than_declared_is_cut_at_the_declared_size(
    server: PackServer, store: PackStore
) -> None:
    server.extra["en/p1.jpg"] = b"garbage" * 1000
    run(server, store)
    pack = store.get("test-pack")
    assert pack is not None
    assert store.object_path(pack.manifest.files()[0]).read_bytes() == BIG


def test_server_whose_file_is_shorter_than_declared(server: PackServer, store: PackStore) -> None:
    server.replace["en/p1.jpg"] = BIG[:1000]
    with pytest.raises(OfflineError, match="ended early"):
        run(server, store, attempts=2)
    assert store.get("test-pack") is None


def test_only_changed_files_are_fetched_and_old_version_stays_usable(
    server: PackServer, store: PackStore
) -> None:
    run(server, store)
    old = store.get("test-pack")
    assert old is not None
    old_page = store.object_path(old.manifest.files()[1])
    held = old_page.open("rb")  # a viewer holding the old version
    new_files = dict(FILES, **{"en/p2.jpg": b"a new second page" * 50})
    server.publish(photobook_raw(new_files, version="2"), new_files)
    server.sent.clear()
    run(server, store)
    assert list(server.sent) == ["en/p2.jpg"]
    new = store.get("test-pack")
    assert new is not None and new.manifest.version == "2"
    assert old_page.read_bytes() == FILES["en/p2.jpg"]  # previous version still complete
    assert held.read() == FILES["en/p2.jpg"]
    held.close()
    newer = dict(new_files, **{"en/p2.jpg": b"third"})
    server.publish(photobook_raw(newer, version="3"), newer)
    run(server, store)
    assert not old_page.exists()  # pruned two versions later


def test_a_failed_new_version_leaves_the_old_one_installed(
    server: PackServer, store: PackStore
) -> None:
    run(server, store)
    new_files = dict(FILES, **{"en/p2.jpg": b"changed"})
    server.publish(photobook_raw(new_files, version="2"), new_files)
    server.replace["en/p2.jpg"] = b"CHANGED"
    with pytest.raises(PackError):
        run(server, store)
    pack = store.get("test-pack")
    assert pack is not None and pack.manifest.version == "1"


def test_up_to_date_fetches_no_files(server: PackServer, store: PackStore) -> None:
    run(server, store)
    server.sent.clear()
    result = run(server, store)
    assert result.up_to_date and server.sent == {}  # type: ignore[attr-defined]


def test_bad_address_is_a_clear_error(store: PackStore) -> None:
    from companion.core.errors import InvalidInputError

    with pytest.raises(InvalidInputError, match="web address"):
        drain(sync_pack(HttpClient(now=Clock().now), store, "ftp://example.org/pack"))


@pytest.mark.parametrize(
    ("unmetered", "night", "metered", "hour", "allowed"),
    [
        (False, False, None, 12, True),
        (True, False, None, 12, False),
        (True, False, True, 12, False),
        (True, False, False, 12, True),
        (False, True, None, 12, False),
        (False, True, None, 23, True),
        (False, True, None, 3, True),
    ],
)
def test_sync_policy(
    unmetered: bool, night: bool, metered: bool | None, hour: int, allowed: bool
) -> None:
    ok, why = sync_allowed(
        only_unmetered=unmetered,
        only_at_night=night,
        metered=metered,
        local_now=datetime(2026, 11, 27, hour, 0),
    )
    assert ok is allowed
    assert bool(why) is not allowed


def test_server_answering_the_wrong_range_makes_a_clean_restart(
    server: PackServer, store: PackStore
) -> None:
    server.cut("en/p1.jpg", after=100_000)
    with pytest.raises(OfflineError):
        run(server, store, attempts=1)
    server.wrong_range_start = 5
    run(server, store)
    pack = store.get("test-pack")
    assert pack is not None
    assert store.object_path(pack.manifest.files()[0]).read_bytes() == BIG


def test_a_captive_portal_page_is_named_as_such(loopback: LoopbackServer, store: PackStore) -> None:
    from tests.support.httpserver import Reply

    loopback.route(
        "GET",
        "/pack/manifest.json",
        lambda req: Reply(200, b"<html>Log in to VenueWiFi</html>", {"Content-Type": "text/html"}),
    )
    with pytest.raises(PackError, match="log in first"):
        drain(sync_pack(HttpClient(now=Clock().now), store, loopback.url("/pack/manifest.json")))


def test_not_enough_disk_space_is_said_before_downloading(
    server: PackServer, store: PackStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    import shutil
    from collections import namedtuple

    from companion.core.errors import StorageError

    usage = namedtuple("usage", "total used free")
    monkeypatch.setattr(shutil, "disk_usage", lambda path: usage(10**9, 10**9 - 1000, 1000))
    with pytest.raises(StorageError, match="MB more"):
        run(server, store)
    assert server.sent == {}


def test_a_server_compressing_anyway_is_decoded(server: PackServer, store: PackStore) -> None:
    server.gzip = True
    run(server, store)
    pack = store.get("test-pack")
    assert pack is not None
    assert store.object_path(pack.manifest.files()[0]).read_bytes() == BIG


def test_a_rate_limited_download_waits_the_servers_retry_after(
    server: PackServer, store: PackStore
) -> None:
    """The download retries through the one backoff helper, which waits at least the
    server's ``Retry-After`` (the jittered backoff alone would come back within 1 s)."""
    from tests.support.httpserver import Reply, Request

    serve_file, limited = server.srv.find("GET", "/pack/x"), [1]
    assert serve_file is not None

    def once_limited(req: Request) -> Reply:
        if limited and req.path.endswith("p2.jpg"):
            limited.pop()
            return Reply.json({"error": "Too many requests"}, 429, {"Retry-After": "40"})
        return serve_file(req)

    server.srv.route("GET", "/pack/*", once_limited)
    sleeps: list[float] = []
    http = HttpClient(timeout=(5, 5), now=Clock().now)
    drain(sync_pack(http, store, server.url, sleep=sleeps.append))
    assert store.get("test-pack") is not None
    assert len(sleeps) == 1 and 39 <= sleeps[0] <= 41
