from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from companion.core.clock import Clock
from companion.core.errors import InvalidInputError, KnownError
from companion.core.live.media_cache import MediaCache
from companion.core.net import HttpClient
from tests.support.httpserver import LoopbackServer, Reply

PNG = b"\x89PNG\r\n\x1a\n" + b"\0" * 1000


def test_download_cache_and_lru_eviction(tmp_path: Path, loopback: LoopbackServer) -> None:
    loopback.route("GET", "/img/*", lambda req: Reply(200, PNG, {"Content-Type": "image/png"}))
    cache = MediaCache(tmp_path / "m", max_bytes=2500, max_file_bytes=5000)
    http = HttpClient(now=Clock().now)
    a = cache.fetch(http, loopback.url("/img/a"))
    b = cache.fetch(http, loopback.url("/img/b"))
    os.utime(a, (1, 1))
    os.utime(b, (2, 2))
    assert cache.fetch(http, loopback.url("/img/a")) == a  # a hit: no request, a is now fresh
    assert len(loopback.requests) == 2
    cache.fetch(http, loopback.url("/img/c"))
    assert cache.size() <= 2500
    assert a.exists() and not b.exists()


@pytest.mark.parametrize(
    "reply",
    [
        Reply(200, PNG * 10, {"Content-Type": "image/png"}),  # too big, with Content-Length
        Reply(200, b"<html>", {"Content-Type": "text/html"}),
        Reply(404, b"", {}),
    ],
)
def test_refusals(tmp_path: Path, loopback: LoopbackServer, reply: Reply) -> None:
    loopback.route("GET", "/x", lambda req: reply)
    cache = MediaCache(tmp_path / "m", max_file_bytes=5000)
    with pytest.raises(KnownError):
        cache.fetch(HttpClient(now=Clock().now), loopback.url("/x"))
    assert list((tmp_path / "m").iterdir()) == []


def test_big_stream_without_length_stops(tmp_path: Path, loopback: LoopbackServer) -> None:
    loopback.route(
        "GET",
        "/big",
        lambda req: Reply(200, headers={"Content-Type": "image/png"}, stream=iter([PNG] * 50)),
    )
    with pytest.raises(InvalidInputError):
        MediaCache(tmp_path / "m", max_file_bytes=5000).fetch(
            HttpClient(now=Clock().now), loopback.url("/big")
        )


def test_only_web_urls(tmp_path: Path) -> None:
    with pytest.raises(InvalidInputError):
        MediaCache(tmp_path).fetch(HttpClient(now=Clock().now), "file:///etc/passwd")


def test_a_dripping_server_cannot_hold_a_worker(tmp_path: Path, loopback: LoopbackServer) -> None:
    """One byte now and then never trips the read timeout; the whole download is capped."""
    stop = threading.Event()

    def drip() -> Iterator[bytes]:
        yield PNG[:8]
        while not stop.wait(0.05):
            yield b"\0"

    loopback.route(
        "GET", "/drip", lambda req: Reply(200, headers={"Content-Type": "image/png"}, stream=drip())
    )
    cache = MediaCache(tmp_path / "m", max_file_bytes=1_000_000, max_seconds=1.0)
    outcome: list[BaseException] = []

    def fetch() -> None:
        try:
            cache.fetch(HttpClient(now=Clock().now), loopback.url("/drip"))
        except BaseException as exc:
            outcome.append(exc)

    worker = threading.Thread(target=fetch, daemon=True)
    worker.start()
    worker.join(30)
    stop.set()
    assert not worker.is_alive(), "the download was never cut"
    assert len(outcome) == 1 and isinstance(outcome[0], KnownError)
    assert "too long" in str(outcome[0])
    assert list((tmp_path / "m").iterdir()) == []


BIG = PNG + b"\1" * 1_500_000


def _held_route(loopback: LoopbackServer, path: str, together: int) -> None:
    """Answer ``path`` with a big picture, holding each reply until ``together``
    requests arrived (or a second passed): their writes then overlap."""
    arrived = threading.Barrier(together)

    def reply(req: object) -> Reply:
        try:
            arrived.wait(1.0)
        except threading.BrokenBarrierError:
            pass
        return Reply(200, BIG, {"Content-Type": "image/png"})

    loopback.route("GET", path, reply)


def _fetch_together(caches: list[MediaCache], url: str) -> tuple[list[Path], list[BaseException]]:
    got: list[Path] = []
    errors: list[BaseException] = []
    start = threading.Barrier(len(caches))

    def fetch(cache: MediaCache) -> None:
        start.wait()
        try:
            got.append(cache.fetch(HttpClient(now=Clock().now), url))
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=fetch, args=(c,), daemon=True) for c in caches]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    return got, errors


def test_one_download_per_url_at_a_time(tmp_path: Path, loopback: LoopbackServer) -> None:
    """The media viewer's large copy and the list's thumbnail of the same picture
    were two downloads at once into one ".part" file: one of them failed
    (FileNotFoundError, a bug report) and the picture was marked as failed."""
    _held_route(loopback, "/img/same", together=2)
    cache = MediaCache(tmp_path / "m", max_file_bytes=2_000_000)
    got, errors = _fetch_together([cache, cache], loopback.url("/img/same"))
    assert errors == []
    assert len(got) == 2 and got[0] == got[1] and got[0].read_bytes() == BIG
    assert len(loopback.requests) == 1  # the second waited for the first
    assert sorted(p.name for p in (tmp_path / "m").iterdir()) == [got[0].name]


def test_two_writers_of_one_folder_never_clash(tmp_path: Path, loopback: LoopbackServer) -> None:
    """Two caches on one folder (another process) download the same picture at the
    same moment: each writes a temporary file of its own."""
    _held_route(loopback, "/img/both", together=2)
    for _ in range(8):
        for p in (tmp_path / "m").glob("*"):
            p.unlink()
        caches = [MediaCache(tmp_path / "m", max_file_bytes=2_000_000) for _ in range(2)]
        got, errors = _fetch_together(caches, loopback.url("/img/both"))
        assert errors == []
        assert len(got) == 2 and got[0] == got[1] and got[0].read_bytes() == BIG
        assert sorted(p.name for p in (tmp_path / "m").iterdir()) == [got[0].name]


def test_a_failed_download_is_shared_and_tried_again_later(
    tmp_path: Path, loopback: LoopbackServer
) -> None:
    arrived = threading.Event()
    release = threading.Event()
    calls: list[int] = []

    def reply(req: object) -> Reply:
        calls.append(1)
        if len(calls) == 1:
            arrived.set()
            release.wait(10)
            return Reply(404, b"", {})
        return Reply(200, PNG, {"Content-Type": "image/png"})

    loopback.route("GET", "/img/flaky", reply)
    cache = MediaCache(tmp_path / "m", max_file_bytes=5000)
    url = loopback.url("/img/flaky")
    errors: list[BaseException] = []

    def fetch() -> None:
        try:
            cache.fetch(HttpClient(now=Clock().now), url)
        except BaseException as exc:
            errors.append(exc)

    first = threading.Thread(target=fetch, daemon=True)
    first.start()
    assert arrived.wait(10)
    second = threading.Thread(target=fetch, daemon=True)
    second.start()
    # the second waits for the first (it sends nothing of its own)
    second.join(0.3)
    assert second.is_alive() and len(calls) == 1
    release.set()
    first.join(10)
    second.join(10)
    assert len(errors) == 2 and all(isinstance(e, KnownError) for e in errors)
    assert len(calls) == 1
    assert cache.fetch(HttpClient(now=Clock().now), url).read_bytes() == PNG  # not stuck
