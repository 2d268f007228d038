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
