"""A real HTTP server on 127.0.0.1 for network tests (no patching of ``requests``).

Register handlers per (method, path); each gets a :class:`Request` and returns a
:class:`Reply`. The server counts requests and bytes sent, and can misbehave on
purpose: slow replies, truncated bodies, dropped connections.

    with LoopbackServer() as srv:
        srv.route("GET", "/api/v1/timelines/tag/shareASM", lambda req: Reply.json([...]))
        requests.get(srv.url("/api/v1/timelines/tag/shareASM"), timeout=5)
"""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit


@dataclass
class Request:
    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body or b"null")

    def header(self, name: str, default: str | None = None) -> str | None:
        for k, v in self.headers.items():
            if k.lower() == name.lower():
                return v
        return default

    def arg(self, name: str, default: str | None = None) -> str | None:
        values = self.query.get(name)
        return values[0] if values else default


@dataclass
class Reply:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    #: seconds to wait before answering
    delay: float = 0.0
    #: send only this many body bytes, then close (a truncated reply)
    truncate_at: int | None = None
    #: close the connection without answering at all
    drop: bool = False
    #: a generator of chunks for streaming replies (SSE); sent with chunked=False
    stream: Iterator[bytes] | None = None

    @classmethod
    def json(cls, value: Any, status: int = 200, headers: dict[str, str] | None = None) -> Reply:
        h = {"Content-Type": "application/json; charset=utf-8"}
        h.update(headers or {})
        return cls(status, json.dumps(value).encode(), h)

    @classmethod
    def text(cls, text: str, status: int = 200, headers: dict[str, str] | None = None) -> Reply:
        h = {"Content-Type": "text/plain; charset=utf-8"}
        h.update(headers or {})
        return cls(status, text.encode(), h)


Handler = Callable[[Request], Reply]


class _QuietServer(ThreadingHTTPServer):
    """A client hanging up mid-request is part of many tests (timeouts, cancelled
    downloads): not a traceback in the test output. Anything else still is."""

    def handle_error(self, request: Any, client_address: Any) -> None:
        import sys

        if isinstance(sys.exc_info()[1], ConnectionResetError | BrokenPipeError):
            return
        super().handle_error(request, client_address)


class LoopbackServer:
    def __init__(self, host: str = "127.0.0.1") -> None:
        self.routes: dict[tuple[str, str], Handler] = {}
        self.requests: list[Request] = []
        self.bytes_sent = 0
        #: the server's clock: its ``Date`` header and whatever the fakes stamp. Tests set
        #: it to their own clock (one clock), or skew it to play a server whose time
        #: differs from the laptop's.
        self.clock: Callable[[], datetime] = lambda: datetime.now(UTC)
        self._lock = threading.Lock()
        server = self

        class _Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:
                pass

            def date_time_string(self, timestamp: float | None = None) -> str:
                return format_datetime(server.now(), usegmt=True)

            def _handle(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                parts = urlsplit(self.path)
                req = Request(
                    self.command,
                    parts.path,
                    parse_qs(parts.query, keep_blank_values=True),
                    dict(self.headers.items()),
                    body,
                )
                with server._lock:
                    server.requests.append(req)
                handler = server.find(self.command, parts.path)
                reply = handler(req) if handler else Reply.json({"error": "Not found"}, 404)
                if reply.delay:
                    time.sleep(reply.delay)
                if reply.drop:
                    self.close_connection = True
                    try:
                        self.connection.shutdown(socket.SHUT_RDWR)
                    except OSError:
                        pass
                    return
                self.send_response(reply.status)
                for k, v in reply.headers.items():
                    self.send_header(k, v)
                if reply.stream is not None:
                    self.send_header("Connection", "close")
                    self.end_headers()
                    self.close_connection = True
                    try:
                        for chunk in reply.stream:
                            self.wfile.write(chunk)
                            self.wfile.flush()
                            server._count(len(chunk))
                    except (BrokenPipeError, ConnectionResetError):
                        pass
                    return
                data = reply.body if self.command != "HEAD" else b""
                self.send_header("Content-Length", str(len(reply.body)))
                if reply.truncate_at is not None:
                    self.send_header("Connection", "close")
                    self.end_headers()
                    self.wfile.write(data[: reply.truncate_at])
                    server._count(len(data[: reply.truncate_at]))
                    self.wfile.flush()
                    self.close_connection = True
                    try:
                        self.connection.shutdown(socket.SHUT_RDWR)
                    except OSError:
                        pass
                    return
                self.end_headers()
                self.wfile.write(data)
                server._count(len(data))

            do_GET = do_POST = do_PUT = do_DELETE = do_HEAD = do_PATCH = _handle

        self._server = _QuietServer((host, 0), _Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    def now(self) -> datetime:
        """The server's time (aware, UTC)."""
        return self.clock().astimezone(UTC)

    def _count(self, n: int) -> None:
        with self._lock:
            self.bytes_sent += n

    @property
    def port(self) -> int:
        return int(self._server.server_address[1])

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def url(self, path: str) -> str:
        return self.base_url + path

    def route(self, method: str, path: str, handler: Handler) -> None:
        self.routes[(method.upper(), path)] = handler

    def find(self, method: str, path: str) -> Handler | None:
        handler = self.routes.get((method.upper(), path))
        if handler is None and method.upper() == "HEAD":
            handler = self.routes.get(("GET", path))
        if handler is None:
            # prefix routes end with "*"
            for (m, p), h in self.routes.items():
                if m == method.upper() and p.endswith("*") and path.startswith(p[:-1]):
                    return h
        return handler

    def start(self) -> LoopbackServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def __enter__(self) -> LoopbackServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
