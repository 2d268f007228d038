"""OAuth helpers for a desktop app: PKCE (S256), ``state``, and a one-shot loopback
redirect listener on 127.0.0.1 (RFC 8252)."""

from __future__ import annotations

import base64
import hashlib
import logging
import secrets
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

from companion.core.errors import QT_TRANSLATE_NOOP, KnownError

log = logging.getLogger(__name__)

OOB_REDIRECT = "urn:ietf:wg:oauth:2.0:oob"
CALLBACK_PATH = "/callback"


@dataclass(frozen=True)
class Pkce:
    verifier: str = field(repr=False)
    challenge: str
    method: str = "S256"

    @classmethod
    def new(cls) -> Pkce:
        verifier = secrets.token_urlsafe(64)[:96]
        digest = hashlib.sha256(verifier.encode("ascii")).digest()
        challenge = base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")
        return cls(verifier, challenge)


def new_state() -> str:
    return secrets.token_urlsafe(24)


class LoginCancelled(KnownError):
    """The user stopped the login, or it took too long."""


class LoginRefused(KnownError):
    """The server or the user refused the login."""


_DONE_PAGE = """<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>shareASM Companion</title></head><body style="font-family:sans-serif;margin:3em">
<h1>{title}</h1><p>{text}</p></body></html>"""


@dataclass
class _Outcome:
    code: str | None = None
    error: KnownError | None = None


class LoopbackRedirect:
    """Listens on ``127.0.0.1`` (random port) for the browser's one redirect.

    ``wait()`` returns the authorization code once a request to ``/callback``
    arrives with the expected ``state``; the browser gets a small page saying the
    tab can be closed. Other paths (``/favicon.ico``) get 404 and are ignored.
    """

    def __init__(self) -> None:
        self._state = ""
        self._outcome = _Outcome()
        listener = self

        class _Handler(BaseHTTPRequestHandler):
            # browsers open speculative connections that never send a request:
            # each connection has its own thread and is dropped when silent
            timeout = 10

            def log_message(self, format: str, *args: Any) -> None:
                pass  # the query holds the code: never log it

            def do_GET(self) -> None:
                parts = urlsplit(self.path)
                if parts.path != CALLBACK_PATH:
                    self.send_error(404)
                    return
                title, text, status = listener._accept(parse_qs(parts.query))
                body = _DONE_PAGE.format(title=title, text=text).encode("utf-8")
                self.send_response(status)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.send_header("Cache-Control", "no-store")
                self.end_headers()
                self.wfile.write(body)

        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        self._server.daemon_threads = True
        self._server.block_on_close = False
        self._server.timeout = 0.25
        self._closed = False

    @property
    def port(self) -> int:
        return int(self._server.server_address[1])

    @property
    def redirect_uri(self) -> str:
        return f"http://127.0.0.1:{self.port}{CALLBACK_PATH}"

    def _accept(self, query: dict[str, list[str]]) -> tuple[str, str, int]:
        with self._lock:
            return self._accept_locked(query)

    def _accept_locked(self, query: dict[str, list[str]]) -> tuple[str, str, int]:
        if self._outcome.code or self._outcome.error:
            return "Already done", "You can close this tab.", 200
        state = (query.get("state") or [""])[0]
        if not self._state or not secrets.compare_digest(state.encode(), self._state.encode()):
            self._outcome.error = LoginRefused(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The login answer did not match this login attempt, so it was ignored.",
                ),
                hint=QT_TRANSLATE_NOOP("Errors", "Start the login again from the app."),
            )
            return "Login not accepted", "This answer was not for this login. Try again.", 400
        error = (query.get("error") or [""])[0]
        if error:
            detail = (query.get("error_description") or [error])[0]
            self._outcome.error = LoginRefused(
                QT_TRANSLATE_NOOP("Errors", "The server did not allow the login (%1)."),
                args=(detail,),
            )
            return "Login refused", "The app was not allowed. You can close this tab.", 200
        code = (query.get("code") or [""])[0]
        if not code:
            self._outcome.error = LoginRefused(
                QT_TRANSLATE_NOOP("Errors", "The server sent no login code.")
            )
            return "Login failed", "No code came back. You can close this tab.", 400
        self._outcome.code = code
        return (
            "You are logged in",
            "shareASM Companion has your login. You can close this tab.",
            200,
        )

    def wait(
        self, state: str, timeout: float = 600.0, cancel: threading.Event | None = None
    ) -> str:
        """Block (in a worker thread) until the redirect carrying ``state`` arrives;
        return the code. Closes the listener in any case."""
        self._state = state
        deadline = time.monotonic() + timeout
        try:
            while not self._settled():
                if cancel is not None and cancel.is_set():
                    raise LoginCancelled(QT_TRANSLATE_NOOP("Errors", "The login was cancelled."))
                if time.monotonic() > deadline:
                    raise LoginCancelled(
                        QT_TRANSLATE_NOOP("Errors", "No answer came from the browser in time."),
                        hint=QT_TRANSLATE_NOOP(
                            "Errors", "Try again, or use the code-paste login instead."
                        ),
                    )
                try:
                    self._server.handle_request()
                except OSError as exc:  # a broken browser connection
                    log.info("loopback redirect: ignored a broken request: %s", exc)
        finally:
            self.close()
        if self._outcome.error is not None:
            raise self._outcome.error
        assert self._outcome.code is not None
        return self._outcome.code

    def _settled(self) -> bool:
        with self._lock:
            return self._outcome.code is not None or self._outcome.error is not None

    def close(self) -> None:
        if not self._closed:
            self._closed = True
            self._server.server_close()
