from __future__ import annotations

import threading
from collections.abc import Iterator

from hypothesis import given
from hypothesis import strategies as st

from companion.core.clock import Clock
from companion.core.errors import KnownError, OfflineError
from companion.core.live.sse import HashtagStream, SseEvent, SseParser, StreamUpdate
from companion.core.net import HttpClient
from tests.support.fake_mastodon import FakeMastodon, chunks, sse, status
from tests.support.httpserver import LoopbackServer, Reply


def test_parser_any_chunking_and_heartbeats() -> None:
    data = (
        b":thump\r\n\r\n" + sse(("update", {"a": 1}), ("delete", "123")) + b"data: x\ndata: y\n\n"
    )
    for size in (1, 2, 3, 7, len(data)):
        p = SseParser()
        events = [e for c in chunks(data, size) for e in p.feed(c)]
        assert events == [
            SseEvent("update", '{"a": 1}'),
            SseEvent("delete", "123"),
            SseEvent("message", "x\ny"),
        ]
        assert p.heartbeats == 1


@given(st.binary(max_size=300), st.integers(min_value=1, max_value=50))
def test_parser_fuzz(data: bytes, size: int) -> None:
    p = SseParser()
    for c in chunks(data, size):
        for e in p.feed(c):
            assert isinstance(e.data, str)


class Collector:
    def __init__(self) -> None:
        self.updates: list[StreamUpdate] = []
        self.opened = threading.Event()
        self.ended = threading.Event()
        self.error: KnownError | None = None

    def on_update(self, u: StreamUpdate) -> None:
        self.updates.append(u)

    def on_open(self) -> None:
        self.opened.set()

    def on_end(self, error: KnownError | None) -> None:
        self.error = error
        self.ended.set()


def test_stream_updates_then_dropped_connection(loopback: LoopbackServer) -> None:
    fake = FakeMastodon(loopback)
    edited = status("2", content="<p>edited</p>", edited_at="2026-11-26T09:30:00Z")

    def frames() -> Iterator[bytes]:
        yield b":)\n\n"
        yield sse(("update", status("1")), ("update", status("2")))
        yield b":thump\n\n"
        yield sse(
            ("status.update", edited),
            ("delete", "1"),
            ("update", "{not json"),
            ("notification", {}),
        )
        # then the server goes away mid-event

    fake.stream = lambda req: Reply(
        200, headers={"Content-Type": "text/event-stream"}, stream=frames()
    )
    c = Collector()
    s = HashtagStream(
        HttpClient(now=Clock().now),
        loopback.base_url,
        "shareASM",
        {"Authorization": "Bearer t"},
        "mastodon:x",
        on_update=c.on_update,
        on_open=c.on_open,
        on_end=c.on_end,
    )
    s.start()
    assert c.ended.wait(10)
    assert c.opened.is_set()
    assert [u.kind for u in c.updates] == ["update", "update", "status.update", "delete"]
    assert c.updates[2].post is not None and c.updates[2].post.text == "edited"
    assert c.updates[3].deleted_id == "1"
    assert isinstance(c.error, OfflineError)
    req = loopback.requests[-1]
    assert req.arg("tag") == "shareASM" and req.header("Authorization") == "Bearer t"


def test_silent_stream_trips_the_watchdog(loopback: LoopbackServer) -> None:
    fake = FakeMastodon(loopback)
    release = threading.Event()

    def silent() -> Iterator[bytes]:
        yield b":)\n\n"
        release.wait(10)  # then nothing, not even heartbeats
        yield b""

    fake.stream = lambda req: Reply(
        200, headers={"Content-Type": "text/event-stream"}, stream=silent()
    )
    c = Collector()
    s = HashtagStream(
        HttpClient(now=Clock().now),
        loopback.base_url,
        "shareASM",
        {},
        "mastodon:x",
        on_update=c.on_update,
        on_open=c.on_open,
        on_end=c.on_end,
        heartbeat_timeout=0.3,
    )
    s.start()
    assert c.ended.wait(10)
    release.set()
    assert isinstance(c.error, OfflineError) and "quiet" in c.error.message


def test_stream_401_and_stop(loopback: LoopbackServer) -> None:
    fake = FakeMastodon(loopback)
    fake.stream = lambda req: Reply.json({"error": "invalid token"}, 401)
    c = Collector()
    s = HashtagStream(
        HttpClient(now=Clock().now),
        loopback.base_url,
        "shareASM",
        {},
        "mastodon:x",
        on_update=c.on_update,
        on_open=c.on_open,
        on_end=c.on_end,
    )
    s.start()
    assert c.ended.wait(10)
    from companion.core.errors import NeedsLoginError

    assert isinstance(c.error, NeedsLoginError) and not c.opened.is_set()


def test_parser_survives_an_endless_line_quickly() -> None:
    p = SseParser()
    for _ in range(3000):  # 3 MB without a newline, in 1 KB chunks
        assert p.feed(b"x" * 1024) == []
    assert p.feed(b"\nevent: update\ndata: {}\n\n") == [SseEvent("update", "{}")]
    for _ in range(3000):
        p.feed(b"data: " + b"y" * 1024 + b"\n")
    assert p.feed(b"\n") == []  # the endless event was dropped


def test_stop_never_blocks_and_ends_the_stream(loopback: LoopbackServer) -> None:
    fake = FakeMastodon(loopback)
    release = threading.Event()

    def endless() -> Iterator[bytes]:
        while not release.wait(0.05):
            yield b":thump\n\n"

    fake.stream = lambda req: Reply(
        200, headers={"Content-Type": "text/event-stream"}, stream=endless()
    )
    c = Collector()
    s = HashtagStream(HttpClient(now=Clock().now), loopback.base_url, "shareASM", {}, "mastodon:x",
                      on_update=c.on_update, on_open=c.on_open, on_end=c.on_end)  # fmt: skip
    s.start()
    assert c.opened.wait(10)
    s.stop()
    # the stream ends while the server is still sending heartbeats: stop() shut the
    # socket rather than waiting for the reading thread
    assert c.ended.wait(10)
    assert not release.is_set()
    release.set()
    assert c.error is None  # asked to stop: not an error


def test_parser_follows_the_whatwg_rules() -> None:
    # html.spec.whatwg.org "Interpreting an event stream": BOM dropped, an event with
    # no data is not dispatched (and its name forgotten), a bare "data" field is an
    # empty line of data, "retry" takes digits only, "id" is remembered
    data = (
        b"\xef\xbb\xbfevent: update\n\n"
        b"data\ndata:  two spaces\n\n"
        b"retry: 3x\nretry: 2500\nid: 42\nData: not a field\n\n"
        b"event: delete\r\ndata:7\r\n\r\n"
    )
    for size in (1, 2, 5, len(data)):
        p = SseParser()
        events = [e for c in chunks(data, size) for e in p.feed(c)]
        assert events == [SseEvent("message", "\n two spaces"), SseEvent("delete", "7")]
        assert p.retry_ms == 2500 and p.last_event_id == "42"


def test_stream_keeps_the_servers_retry(loopback: LoopbackServer) -> None:
    fake = FakeMastodon(loopback)

    def frames() -> Iterator[bytes]:
        yield b"\xef\xbb\xbfretry: 15000\n:)\n\n"
        yield sse(("update", status("1")))

    fake.stream = lambda req: Reply(
        200, headers={"Content-Type": "text/event-stream"}, stream=frames()
    )
    c = Collector()
    s = HashtagStream(HttpClient(now=Clock().now), loopback.base_url, "shareASM", {}, "mastodon:x",
                      on_update=c.on_update, on_open=c.on_open, on_end=c.on_end)  # fmt: skip
    assert s.server_retry is None
    s.start()
    assert c.ended.wait(10)
    assert [u.kind for u in c.updates] == ["update"]
    assert s.server_retry == 15.0


def test_not_an_event_stream_fails_at_once(loopback: LoopbackServer) -> None:
    # a hotspot login page answering 200 text/html in the server's place
    fake = FakeMastodon(loopback)
    fake.stream = lambda req: Reply(
        200, b"<html>Log in to the Wi-Fi</html>", {"Content-Type": "text/html"}
    )
    c = Collector()
    s = HashtagStream(HttpClient(now=Clock().now), loopback.base_url, "shareASM", {}, "mastodon:x",
                      on_update=c.on_update, on_open=c.on_open, on_end=c.on_end)  # fmt: skip
    s.start()
    assert c.ended.wait(10)
    assert not c.opened.is_set()
    assert isinstance(c.error, OfflineError) and "live stream" in c.error.message


def test_a_stream_stopped_while_connecting_never_opens(loopback: LoopbackServer) -> None:
    """stop() cannot cut a connect under way; when the server answers after it, the
    stream neither says it opened nor hands on what came (the controller had already
    put a new stream in its place)."""
    fake = FakeMastodon(loopback)
    asked = threading.Event()
    release = threading.Event()
    sent: list[int] = []

    def frames() -> Iterator[bytes]:
        yield sse(("update", status("1")))
        sent.append(1)
        while not release.wait(0.05):
            yield b":thump\n\n"

    def answer(req: object) -> Reply:
        asked.set()
        release.wait(10)
        return Reply(200, headers={"Content-Type": "text/event-stream"}, stream=frames())

    fake.stream = answer
    c = Collector()
    s = HashtagStream(HttpClient(now=Clock().now), loopback.base_url, "shareASM", {}, "mastodon:x",
                      on_update=c.on_update, on_open=c.on_open, on_end=c.on_end)  # fmt: skip
    s.start()
    assert asked.wait(10)
    s.stop()  # the server has not answered yet
    release.set()
    assert c.ended.wait(10)
    assert not c.opened.is_set()
    assert c.updates == [] and c.error is None


def test_nothing_is_handed_on_after_stop(loopback: LoopbackServer) -> None:
    """Events that came in the same read as the one during which stop() was called
    are dropped."""
    fake = FakeMastodon(loopback)
    release = threading.Event()

    def frames() -> Iterator[bytes]:
        # one read (the stream reads 1 KB at a time from a server that does not chunk)
        yield sse(("delete", "1"), ("delete", "2"), ("delete", "3")) + b":" + b"." * 2000 + b"\n"
        release.wait(10)

    fake.stream = lambda req: Reply(
        200, headers={"Content-Type": "text/event-stream"}, stream=frames()
    )
    c = Collector()
    s: HashtagStream

    def on_update(u: StreamUpdate) -> None:
        c.on_update(u)
        s.stop()  # e.g. the hashtag was removed while this one was handled

    s = HashtagStream(HttpClient(now=Clock().now), loopback.base_url, "shareASM", {}, "mastodon:x",
                      on_update=on_update, on_open=c.on_open, on_end=c.on_end)  # fmt: skip
    s.start()
    assert c.ended.wait(10)
    release.set()
    assert [u.deleted_id for u in c.updates] == ["1"]
    assert c.error is None
