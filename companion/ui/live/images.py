"""Avatars and previews in the background: bounded disk cache, bounded memory,
images decoded at a small size (``QImageReader.setScaledSize``) off the GUI thread."""

from __future__ import annotations

import logging
from collections import OrderedDict
from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QObject, QSize, QTimer, Signal
from PySide6.QtGui import QImage, QPixmap

from companion.core.errors import KnownError
from companion.core.live.media_cache import MediaCache
from companion.core.net import HttpClient
from companion.ui.image_decode import decode_scaled
from companion.ui.live.weak import weak
from companion.ui.ops import QueryOp
from companion.ui.tasks import TaskManager

log = logging.getLogger(__name__)

THUMB = 256


def _load(cache: MediaCache, http: HttpClient, url: str) -> tuple[str, QImage]:
    """In a network thread: download (or hit the disk cache) and decode small."""
    return url, decode_scaled(cache.fetch(http, url), QSize(THUMB, THUMB))


class ImageLoader(QObject):
    """Signals:
    image_ready(str): the url whose pixmap is now available (batched).
    image_failed(str): the url could not be loaded (not tried again until
        :meth:`retry_failed`).
    """

    image_ready = Signal(str)
    image_failed = Signal(str)

    def __init__(
        self,
        tasks: TaskManager,
        http: HttpClient,
        cache: MediaCache,
        parent: QObject | None = None,
        *,
        max_in_memory: int = 400,
        max_in_flight: int = 2,  # the app has 4 network workers: leave room for posting
    ) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.http = http
        self.cache = cache
        self.enabled = True
        self._mem: OrderedDict[str, QPixmap] = OrderedDict()
        self._failed: set[str] = set()
        #: urls the user asked for while data saver is on
        self._allowed: set[str] = set()
        self._in_flight: set[str] = set()
        self._queue: list[str] = []
        self._max_mem = max_in_memory
        self._max_flight = max_in_flight
        self._ready: list[str] = []
        self._flush = QTimer(self)
        self._flush.setSingleShot(True)
        self._flush.setInterval(200)
        self._flush.timeout.connect(self._emit_ready)

    def pixmap(self, url: str) -> QPixmap | None:
        pix = self._mem.get(url)
        if pix is not None:
            self._mem.move_to_end(url)
            return pix
        wanted = self.enabled or url in self._allowed
        if wanted and url not in self._failed and url not in self._in_flight:
            if url not in self._queue:
                self._queue.append(url)
                self._queue = self._queue[-100:]  # only what is on screen lately
            self._pump()
        return None

    def in_memory(self, url: str) -> QPixmap | None:
        """The small copy of ``url`` if it is in memory; never queues a download
        (the media viewer loads its own, larger copy)."""
        return self._mem.get(url)

    def failed(self, url: str) -> bool:
        """``url`` could not be loaded (this session, since the last retry)."""
        return url in self._failed

    def retry_failed(self) -> None:
        """The connection came back: what failed meanwhile may load now."""
        self._failed.clear()

    def load_large(self, url: str, box: QSize, done: Callable[[str, QImage], None]) -> None:
        """Load ``url`` decoded to fit ``box`` (the media viewer), through the same
        bounded disk cache; not kept in memory here. A failure is told through
        :attr:`image_failed` (at once when ``url`` already failed: see :meth:`failed`)."""
        if url in self._failed:
            return

        def job() -> tuple[str, QImage]:
            return url, decode_scaled(self.cache.fetch(self.http, url), box)

        QueryOp(self.tasks, job, lane="net").success(lambda r: done(r[0], r[1])).failure(
            partial(weak(self._on_large_failed), url)
        ).run()

    def allow(self, urls: list[str]) -> None:
        """Load these even in data-saver mode (the user clicked)."""
        self._allowed.update(urls)
        for url in urls:
            self.pixmap(url)

    def _pump(self) -> None:
        while self._queue and len(self._in_flight) < self._max_flight:
            url = self._queue.pop()
            self._in_flight.add(url)
            QueryOp(self.tasks, partial(_load, self.cache, self.http, url), lane="net").success(
                weak(self._on_loaded)
            ).failure(partial(weak(self._on_failed), url)).run()

    def _on_loaded(self, result: tuple[str, QImage]) -> None:
        url, image = result
        self._in_flight.discard(url)
        self._mem[url] = QPixmap.fromImage(image)
        while len(self._mem) > self._max_mem:
            self._mem.popitem(last=False)
        self._ready.append(url)
        if not self._flush.isActive():
            self._flush.start()
        self._pump()

    def _on_failed(self, url: str, exc: BaseException) -> None:
        self._in_flight.discard(url)
        self._on_large_failed(url, exc)
        self._pump()

    def _on_large_failed(self, url: str, exc: BaseException) -> None:
        # not the thumbnail's job: a thumbnail of ``url`` may still be in flight
        self._failed.add(url)  # a placeholder stays until the connection comes back
        if not isinstance(exc, KnownError):
            log.info("image %s failed: %r", url, exc)
        self.image_failed.emit(url)

    def _emit_ready(self) -> None:
        ready, self._ready = self._ready, []
        for url in dict.fromkeys(ready):
            self.image_ready.emit(url)


Provider = Callable[[str], "QPixmap | None"]
