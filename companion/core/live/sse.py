"""Server-sent events: an incremental parser and Mastodon's hashtag stream.

The stream runs in its own thread. A read timeout longer than the server's
heartbeat interval is the watchdog: a silent connection is dropped, the caller
back-fills with ``min_id`` and reconnects (or falls back to polling).
"""

from __future__ import annotations

import logging
import socket
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

import requests
import urllib3.exceptions

from companion.core import jsonsafe
from companion.core.accounts.urls import host_of
from companion.core.errors import QT_TRANSLATE_NOOP, KnownError, OfflineError, Phrase, ServerError
from companion.core.live.mastodon import parse_status
from companion.core.live.model import ParseError, Post
from companion.core.net import HttpClient

log = logging.getLogger(__name__)

#: Mastodon sends a ":thump" comment every ~15 s; miss three and the stream is dead
HEARTBEAT_TIMEOUT = 50.0
MAX_LINE = 2_000_000


@dataclass(frozen=True)
class SseEvent:
    event: str
    data: str


class SseParser:
    """Feed bytes in any chunking; get whole events out. Comments count as heartbeats.

    Follows the WHATWG HTML "Interpreting an event stream" rules
    (html.spec.whatwg.org/multipage/server-sent-events.html#event-stream-interpretation):
    a leading BOM is dropped; lines end in CR, LF or CRLF; ``data`` lines join with
    "\n"; a blank line dispatches only when some ``data`` came (an ``event:`` alone is
    discarded); a field without ":" has an empty value; ``retry`` (ASCII digits only)
    sets the reconnection time; ``id`` (without NUL) sets the last event id.
    """

    def __init__(self) -> None:
        self._buf = bytearray()
        self._event = ""
        self._data: list[str] = []
        self._data_size = 0
        self._skipping = False
        self._started = False
        self.heartbeats = 0
        #: the server's ``retry:`` in milliseconds, if it sent one
        self.retry_ms: int | None = None
        self.last_event_id = ""

    def feed(self, chunk: bytes) -> list[SseEvent]:
        self._buf += chunk
        if not self._started:
            if len(self._buf) < 3 and b"\xef\xbb\xbf".startswith(bytes(self._buf)):
                return []  # maybe a BOM split across chunks
            self._started = True
            if self._buf.startswith(b"\xef\xbb\xbf"):
                del self._buf[:3]
        out: list[SseEvent] = []
        while True:
            cut = self._next_eol()
            if cut is None:
                if len(self._buf) > MAX_LINE:
                    self._buf.clear()  # an absurd line: drop it rather than grow forever
                return out
            line = bytes(self._buf[: cut[0]])
            del self._buf[: cut[1]]
            event = self._line(line.decode("utf-8", errors="replace"))
            if event is not None:
                out.append(event)

    def _next_eol(self) -> tuple[int, int] | None:
        nl = self._buf.find(b"\n")
        cr = self._buf.find(b"\r")
        if cr == -1 or (nl != -1 and nl < cr):
            return None if nl == -1 else (nl, nl + 1)
        if cr + 1 >= len(self._buf):
            return None  # maybe CRLF split across chunks
        return (cr, cr + 2) if self._buf[cr + 1] == 10 else (cr, cr + 1)

    def _line(self, line: str) -> SseEvent | None:
        if line == "":
            if self._skipping or not self._data:
                # no data: nothing is dispatched and the event name is forgotten
                self._event, self._data, self._data_size, self._skipping = "", [], 0, False
                return None
            event = SseEvent(self._event or "message", "\n".join(self._data))
            self._event, self._data, self._data_size = "", [], 0
            return event
        if line.startswith(":"):
            self.heartbeats += 1
            return None
        name, _, value = line.partition(":")
        value = value[1:] if value.startswith(" ") else value
        if name == "event":
            self._event = value
        elif name == "data":
            self._data_size += len(value)
            if self._skipping or self._data_size > MAX_LINE:  # an endless event: drop it
                self._data, self._data_size, self._skipping = [], 0, True
                return None
            self._data.append(value)
        elif name == "retry":
            if (ms := jsonsafe.parse_digits(value, max_digits=12)) is not None:
                self.retry_ms = ms
        elif name == "id" and "\0" not in value:
            self.last_event_id = value
        return None


@dataclass(frozen=True)
class StreamUpdate:
    #: update | status.update | delete
    kind: str
    post: Post | None = None
    deleted_id: str = ""


def decode_event(event: SseEvent, source: str) -> StreamUpdate | None:
    """A Mastodon streaming event as an update; unknown kinds give ``None``.
    Raises :class:`ParseError` only."""
    if event.event in ("update", "status.update"):
        try:
            payload = jsonsafe.loads(
                event.data, what=Phrase(QT_TRANSLATE_NOOP("Errors", "A streamed post"))
            )
        except ValueError as exc:
            raise ParseError(QT_TRANSLATE_NOOP("Errors", "a streamed post is not JSON")) from exc
        return StreamUpdate(event.event, parse_status(payload, source))
    if event.event == "delete":
        return StreamUpdate("delete", deleted_id=event.data.strip())
    return None


class HashtagStream:
    """One SSE connection to ``/api/v1/streaming/hashtag``, in a background thread.

    ``on_update`` is called (from the stream thread) for each update; ``on_open``
    when the server accepted; ``on_end(error_or_None)`` once when the connection ends.
    After :meth:`stop` neither ``on_open`` nor ``on_update`` is called again (a stop
    during the connect is seen when the connect returns); ``on_end`` still comes, with
    ``None``. A caller that replaces a stream tells its late callbacks apart itself.
    """

    def __init__(
        self,
        http: HttpClient,
        streaming_url: str,
        tag: str,
        auth: Mapping[str, str],
        source: str,
        *,
        on_update: Callable[[StreamUpdate], None],
        on_open: Callable[[], None],
        on_end: Callable[[KnownError | None], None],
        heartbeat_timeout: float = HEARTBEAT_TIMEOUT,
    ) -> None:
        self.http = http
        self.url = streaming_url.rstrip("/") + "/api/v1/streaming/hashtag"
        self.tag = tag
        self.auth = dict(auth)
        self.source = source
        self.on_update = on_update
        self.on_open = on_open
        self.on_end = on_end
        self.heartbeat_timeout = heartbeat_timeout
        self._stop = threading.Event()
        self._resp: requests.Response | None = None
        self._thread: threading.Thread | None = None
        self._parser = SseParser()

    @property
    def server_retry(self) -> float | None:
        """Seconds the server asked clients to wait before reconnecting (``retry:``)."""
        ms = self._parser.retry_ms
        return None if ms is None else ms / 1000.0

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="sse", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        """Ask the stream to end; never blocks (closing a response that another
        thread is reading waits for that read, so the socket is shut down instead)."""
        self._stop.set()
        resp = self._resp
        if resp is None:
            return
        sock = _socket_of(resp)
        if sock is not None:
            try:
                sock.shutdown(socket.SHUT_RDWR)  # the reader sees end-of-stream at once
                return
            except OSError as exc:
                log.debug("stream socket already closed: %s", exc)
                return
        threading.Thread(target=_close_quietly, args=(resp,), daemon=True).start()

    def join(self, timeout: float | None = None) -> None:
        if self._thread is not None:
            self._thread.join(timeout)

    def _run(self) -> None:
        error: KnownError | None = None
        try:
            self._consume()
        except KnownError as exc:
            error = exc
        except Exception as exc:  # a stream thread must never take the app down
            if not self._stop.is_set():  # stop() closes the socket under us: not a bug
                log.exception("bug in the hashtag stream")
            error = ServerError(
                QT_TRANSLATE_NOOP("Errors", "The live stream failed: %1"), args=(exc,)
            )
        if self._resp is not None:
            _close_quietly(self._resp)  # this thread read it: nobody else is reading
        if self._stop.is_set():
            error = None
        self.on_end(error)

    def _consume(self) -> None:
        host = host_of(self.url)  # host:port off the default port
        resp = self.http.get(
            self.url,
            params={"tag": self.tag},
            headers={**self.auth, "Accept": "text/event-stream"},
            stream=True,
            timeout=(10.0, self.heartbeat_timeout),
        )
        self._resp = resp
        if self._stop.is_set():  # stopped while connecting: stop() found no response
            _close_quietly(resp)
            return
        if resp.status_code >= 400:
            try:
                self.http.raise_for_status(resp, what=host)
            except (requests.RequestException, urllib3.exceptions.HTTPError, OSError) as exc:
                raise OfflineError(
                    QT_TRANSLATE_NOOP("Errors", "The live stream from %1 dropped."), args=(host,)
                ) from exc
        kind = resp.headers.get("Content-Type", "").split(";")[0].strip().lower()
        if kind != "text/event-stream":
            # WHATWG: any other type fails the connection. On a field link this is
            # mostly a hotspot's login page or a proxy answering in the server's place.
            _close_quietly(resp)
            raise OfflineError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "%1 did not answer with a live stream (a Wi-Fi login page or a proxy?).",
                ),
                args=(host,),
            )
        if self._stop.is_set():
            _close_quietly(resp)
            return
        self.on_open()
        parser = self._parser = SseParser()
        try:
            for chunk in _chunks(resp):
                if self._stop.is_set():
                    return
                self.http.bytes_received += len(chunk)
                for event in parser.feed(chunk):
                    try:
                        update = decode_event(event, self.source)
                    except ParseError as exc:
                        log.info("skipped a streamed event: %s", exc)
                        continue
                    if self._stop.is_set():
                        return  # the rest of this chunk is for nobody
                    if update is not None:
                        self.on_update(update)
        except (
            requests.ConnectionError,
            requests.Timeout,
            urllib3.exceptions.HTTPError,
            OSError,
        ) as exc:
            if self._stop.is_set():
                return
            raise OfflineError(
                QT_TRANSLATE_NOOP("Errors", "The live stream from %1 went quiet or dropped."),
                args=(host,),
            ) from exc
        except AttributeError:  # closed under us by stop()
            if not self._stop.is_set():
                raise
            return
        if not self._stop.is_set():
            raise OfflineError(
                QT_TRANSLATE_NOOP("Errors", "The live stream from %1 was closed by the server."),
                args=(host,),
            )


def _socket_of(resp: requests.Response) -> socket.socket | None:
    """The socket under a streamed response (http.client internals), if reachable."""
    try:
        sock: Any = resp.raw._fp.fp.raw._sock  # type: ignore[union-attr]
    except AttributeError:
        return None
    return sock if isinstance(sock, socket.socket) else None


def _close_quietly(resp: requests.Response) -> None:
    try:
        resp.close()
    except Exception as exc:  # closing under a reader in another thread
        log.debug("closing the stream: %s", exc)


def _chunks(resp: requests.Response) -> Iterator[bytes]:
    it: Iterable[bytes] = resp.raw.stream(1024, decode_content=True) if resp.raw else []
    for chunk in it:
        if chunk:
            yield chunk
