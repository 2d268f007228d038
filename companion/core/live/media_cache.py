"""A bounded disk cache for avatars and previews: size cap, LRU eviction, size limits.

Files are named by a hash of their URL. Reading a file touches its modification
time, so eviction (oldest first) is least-recently-used. Downloads stream and stop
at ``max_file_bytes``: a huge image never reaches the disk or memory.

Several network workers may ask for the same picture at once (a post's thumbnail and
the media viewer's large copy): one download runs, the others wait for it and share
its file. Each download writes its own temporary file in the folder, renamed into
place when whole, so two writers (another process on the same folder) never clash.
"""

from __future__ import annotations

import hashlib
import logging
import os
import socket
import tempfile
import threading
from dataclasses import dataclass, field
from pathlib import Path

import requests

from companion.core.errors import QT_TRANSLATE_NOOP, InvalidInputError, Phrase, ServerError
from companion.core.jsonsafe import parse_digits
from companion.core.live.sanitize import safe_url
from companion.core.live.sse import _socket_of
from companion.core.net import HttpClient

log = logging.getLogger(__name__)
_TOO_LARGE = QT_TRANSLATE_NOOP("Errors", "The image is too large to show on this connection.")
_TOO_SLOW = QT_TRANSLATE_NOOP("Errors", "The image took too long to load.")

IMAGE_TYPES = ("image/jpeg", "image/png", "image/gif", "image/webp")
#: temporary files of downloads being written (a stale one is evicted like any file)
PART_SUFFIX = ".part"


@dataclass
class _InFlight:
    """One download others wait for: its file or its error, once ``done`` is set."""

    done: threading.Event = field(default_factory=threading.Event)
    path: Path | None = None
    error: BaseException | None = None


class MediaCache:
    def __init__(
        self,
        folder: Path,
        *,
        max_bytes: int = 50 * 1024 * 1024,
        max_file_bytes: int = 2 * 1024 * 1024,
        max_seconds: float = 60.0,
    ) -> None:
        self.folder = folder
        self.max_bytes = max_bytes
        self.max_file_bytes = max_file_bytes
        #: a whole download may take this long: a server dripping a byte every few
        #: seconds never trips the read timeout, and would hold a network worker
        self.max_seconds = max_seconds
        self._lock = threading.Lock()
        #: downloads being written by this process (never evicted mid-write)
        self._writing: set[Path] = set()
        #: per url, the download under way (the others wait for it)
        self._in_flight: dict[str, _InFlight] = {}
        folder.mkdir(parents=True, exist_ok=True)

    def path_for(self, url: str) -> Path:
        return self.folder / hashlib.sha256(url.encode("utf-8")).hexdigest()[:40]

    def get(self, url: str) -> Path | None:
        path = self.path_for(url)
        try:
            os.utime(path)
        except OSError:
            return None
        return path

    def fetch(self, http: HttpClient, url: str) -> Path:
        """The cached file for ``url``, downloading it when needed (once: a second
        caller for the same ``url`` waits for the download under way and shares its
        outcome)."""
        cached = self.get(url)
        if cached is not None:
            return cached
        if safe_url(url) is None or url.startswith("mailto:"):
            raise InvalidInputError(QT_TRANSLATE_NOOP("Errors", "Not a web address for an image."))
        mine = _InFlight()
        with self._lock:
            running = self._in_flight.setdefault(url, mine)
        if running is not mine:
            # it ends within its timeouts (connect, first byte) and its watchdog
            if not running.done.wait(self.max_seconds + 60.0):
                raise ServerError(_TOO_SLOW)
            if running.error is not None:
                raise running.error
            assert running.path is not None
            return running.path
        try:
            mine.path = self._download(http, url)
            return mine.path
        except BaseException as exc:
            mine.error = exc
            raise
        finally:
            with self._lock:
                del self._in_flight[url]
            mine.done.set()

    def _download(self, http: HttpClient, url: str) -> Path:
        cached = self.get(url)  # written meanwhile by a download that just ended
        if cached is not None:
            return cached
        resp = http.get(url, stream=True, timeout=(10.0, 20.0))
        too_slow = threading.Event()
        watchdog = threading.Timer(self.max_seconds, _cut, (resp, too_slow))
        watchdog.daemon = True
        watchdog.start()
        try:
            http.raise_for_status(resp, what=Phrase(QT_TRANSLATE_NOOP("Errors", "The image")))
            kind = resp.headers.get("Content-Type", "").split(";")[0].strip().lower()
            if kind and kind not in IMAGE_TYPES:
                raise InvalidInputError(
                    QT_TRANSLATE_NOOP("Errors", "Not an image (%1)."), args=(kind,)
                )
            length = resp.headers.get("Content-Length")
            if (parse_digits(length or "") or 0) > self.max_file_bytes:
                raise InvalidInputError(_TOO_LARGE)
            data = bytearray()
            for chunk in resp.iter_content(16384):
                data += chunk
                if len(data) > self.max_file_bytes:
                    raise InvalidInputError(_TOO_LARGE)
            http.bytes_received += len(data)
            if too_slow.is_set():
                raise ServerError(_TOO_SLOW)
        except OSError as exc:
            if too_slow.is_set():
                raise ServerError(_TOO_SLOW) from exc
            raise ServerError(
                QT_TRANSLATE_NOOP("Errors", "The image could not be loaded: %1"), args=(exc,)
            ) from exc
        finally:
            watchdog.cancel()
            resp.close()
        path = self.path_for(url)
        # a file of its own: another writer of the same url (another process on
        # this folder) never truncates or renames it away
        fd, name = tempfile.mkstemp(prefix=path.name + ".", suffix=PART_SUFFIX, dir=self.folder)
        tmp = Path(name)
        with self._lock:
            self._writing.add(tmp)
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(data)
            os.replace(tmp, path)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
        finally:
            with self._lock:
                self._writing.discard(tmp)
        self.evict()
        return path

    def size(self) -> int:
        return sum(p.stat().st_size for p in self.folder.iterdir() if p.is_file())

    def evict(self) -> None:
        """Delete least-recently-used files until the folder is under ``max_bytes``."""
        with self._lock:
            files: list[tuple[float, int, Path]] = []
            for p in self.folder.iterdir():
                try:
                    st = p.stat()
                except OSError:
                    continue
                if p in self._writing:
                    continue  # being written now; a stale ".part" goes like any file
                files.append((st.st_mtime, st.st_size, p))
            total = sum(size for _, size, _ in files)
            for _, size, p in sorted(files):
                if total <= self.max_bytes:
                    break
                try:
                    p.unlink()
                    total -= size
                except OSError as exc:
                    log.info("could not evict %s: %s", p, exc)


def _cut(resp: requests.Response, too_slow: threading.Event) -> None:
    """End a download that took too long: shut its socket so the reading thread sees
    end-of-stream at once (closing the response would wait for that read)."""
    too_slow.set()
    sock = _socket_of(resp)
    if sock is None:
        return
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError as exc:
        log.debug("image socket already closed: %s", exc)
