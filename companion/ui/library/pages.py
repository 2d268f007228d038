"""Photobook pages decoded off the GUI thread, at the size they are shown.

* A page image is decoded with ``QImageReader.setScaledSize`` (a 3000×2000 JPEG
  shown at 1000 px wide is decoded at that size, not at full size).
* A PDF edition's pages are rendered with QtPdf in the worker.
* Thumbnails are cached on disk, named by the file's SHA-256, so they are made once.
* The pages around the current one are prefetched; a small in-memory cache keeps
  them, so flipping back and forth is instant.
"""

from __future__ import annotations

import contextlib
import functools
import logging
import threading
from collections import OrderedDict
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QSize, Qt, Signal, Slot
from PySide6.QtGui import QImage, QPainter

from companion.ui.image_decode import decode_or_null
from companion.ui.tasks import TaskManager

log = logging.getLogger(__name__)

THUMB_HEIGHT = 120


@dataclass(frozen=True)
class Page:
    """One page: an image file, or page ``pdf_page`` of a PDF file."""

    path: Path
    sha256: str
    pdf_page: int = -1


def _scaled(size: QSize, box: QSize) -> QSize:
    if size.isEmpty() or box.isEmpty():
        return box
    return size.scaled(box, Qt.AspectRatioMode.KeepAspectRatio)


def decode_page(page: Page, box: QSize) -> QImage:
    """Decode ``page`` to fit ``box`` (never larger than the original). Thread-safe."""
    if page.pdf_page >= 0:
        return _render_pdf(page, box)
    return decode_or_null(page.path, box)


def _render_pdf(page: Page, box: QSize) -> QImage:
    from PySide6.QtPdf import QPdfDocument

    doc = QPdfDocument()
    try:
        if doc.load(str(page.path)) != QPdfDocument.Error.None_:
            return QImage()
        points = doc.pagePointSize(page.pdf_page).toSize()
        return doc.render(page.pdf_page, _scaled(points * 4, box))
    finally:
        doc.close()


def on_white(image: QImage) -> QImage:
    """``image`` over a white page, without transparency."""
    out = QImage(image.size(), QImage.Format.Format_RGB32)
    out.setDevicePixelRatio(image.devicePixelRatio())
    out.fill(Qt.GlobalColor.white)
    painter = QPainter(out)
    painter.drawImage(0, 0, image)
    painter.end()
    return out


def pdf_page_count(path: Path) -> int:
    from PySide6.QtPdf import QPdfDocument

    doc = QPdfDocument()
    try:
        return doc.pageCount() if doc.load(str(path)) == QPdfDocument.Error.None_ else 0
    finally:
        doc.close()


class PageLoader(QObject):
    """Decodes pages and thumbnails in the background (on the task helper's decoding
    workers).

    Signals:
        page_ready(object, object): (request key, QImage) for a page at a box size.
        thumb_ready(int, int, object): (batch, index, QImage) for a thumbnail: the
            batch is what :meth:`PageLoader.request_thumbs` returned for its pages.
    """

    page_ready = Signal(object, object)
    thumb_ready = Signal(int, int, object)
    #: (Page, QImage): a cover for the library's grid (a thumbnail, cached on disk)
    cover_ready = Signal(object, object)

    def __init__(
        self,
        thumb_dir: Path,
        tasks: TaskManager,
        parent: QObject | None = None,
        cache_pages: int = 6,
    ) -> None:
        super().__init__(parent)
        self.thumb_dir = thumb_dir
        self._tasks = tasks
        #: thumbnail jobs not started yet (cancelled when the loader closes)
        self._thumb_jobs: set[Future[QImage]] = set()
        #: the page thumbnail jobs of each batch still to come (see cancel_thumbs)
        self._batches: dict[int, set[Future[QImage]]] = {}
        self._last_batch = 0
        self._cache: OrderedDict[tuple[Page, int, int], QImage] = OrderedDict()
        self._pending: dict[tuple[Page, int, int], Future[QImage]] = {}
        self._lock = threading.Lock()
        self._cache_pages = cache_pages
        self._closed = False

    def cached(self, page: Page, box: QSize) -> QImage | None:
        with self._lock:
            key = (page, box.width(), box.height())
            image = self._cache.get(key)
            if image is not None:
                self._cache.move_to_end(key)
            return image

    def request(self, page: Page, box: QSize) -> None:
        """Decode ``page`` for ``box``; ``page_ready`` follows (at once if cached)."""
        key = (page, box.width(), box.height())
        image = self.cached(page, box)
        if image is not None:
            self.page_ready.emit(key, image)
            return
        self._submit(key, notify=True)

    def prefetch(self, page: Page, box: QSize) -> None:
        key = (page, box.width(), box.height())
        if self.cached(page, box) is None:
            self._submit(key, notify=False)

    def _submit(self, key: tuple[Page, int, int], *, notify: bool) -> None:
        if self._closed:
            return
        with self._lock:
            future = self._pending.get(key)
            if future is None:
                future = self._tasks.submit_decode(functools.partial(self._decode, key))
                self._pending[key] = future
        if notify:
            future.add_done_callback(functools.partial(self._deliver, self.page_ready.emit, key))

    def _decode(self, key: tuple[Page, int, int]) -> QImage:
        page, w, h = key
        image = decode_page(page, QSize(w, h))
        with self._lock:
            self._pending.pop(key, None)
            if not image.isNull():
                self._cache[key] = image
                while len(self._cache) > self._cache_pages:
                    self._cache.popitem(last=False)
        return image

    # -- thumbnails ------------------------------------------------------
    def thumb_path(self, page: Page) -> Path:
        # "w": PDF thumbnails on white (earlier ones were saved black)
        suffix = f"-p{page.pdf_page}w" if page.pdf_page >= 0 else ""
        return self.thumb_dir / f"{page.sha256}{suffix}-{THUMB_HEIGHT}.jpg"

    def request_thumbs(self, pages: list[Page]) -> int:
        """Make the thumbnails of ``pages``; ``thumb_ready(batch, index, image)`` follows
        for each. Returns the batch: its results are told apart from an earlier
        book's or language's (:meth:`cancel_thumbs` drops those not made yet)."""
        with self._lock:
            self._last_batch += 1
            batch = self._last_batch
            jobs = self._batches[batch] = set()
        emit = functools.partial(self.thumb_ready.emit, batch)
        for i, page in enumerate(pages):
            if self._closed:
                break
            future = self._tasks.submit_decode(functools.partial(self._thumb, page), thumbnail=True)
            with self._lock:
                self._thumb_jobs.add(future)
                jobs.add(future)
            future.add_done_callback(functools.partial(self._deliver, emit, i))
        return batch

    def cancel_thumbs(self, batch: int) -> None:
        """Drop the thumbnails of ``batch`` not made yet (another book or language is
        shown now); one being made finishes, and its result still names ``batch``."""
        with self._lock:
            jobs = self._batches.pop(batch, set())
        for future in jobs:
            future.cancel()

    def request_cover(self, page: Page) -> None:
        if self._closed:
            return
        try:
            future = self._tasks.submit_decode(functools.partial(self._thumb, page), thumbnail=True)
        except RuntimeError:  # the app is closing: its workers are gone
            return
        with self._lock:
            self._thumb_jobs.add(future)
        future.add_done_callback(functools.partial(self._deliver, self.cover_ready.emit, page))

    def _deliver(self, emit: Callable[..., object], key: object, future: Future[QImage]) -> None:
        """Hand a decoded page, cover or thumbnail to the GUI thread: ``emit(key,
        image)`` (a signal, queued across threads)."""
        with self._lock:
            self._thumb_jobs.discard(future)
            for jobs in self._batches.values():  # a few: cancel_thumbs drops the old
                jobs.discard(future)
        if self._closed or future.cancelled():
            return
        try:
            image = future.result()
        except Exception:
            log.exception("decoding %r failed", key)
            return
        with contextlib.suppress(RuntimeError):  # the loader was deleted meanwhile
            emit(key, image)

    def _thumb(self, page: Page) -> QImage:
        path = self.thumb_path(page)
        if path.exists():
            image = QImage(str(path))
            if not image.isNull():
                return image
        image = decode_page(page, QSize(THUMB_HEIGHT * 3, THUMB_HEIGHT))
        if not image.isNull() and image.hasAlphaChannel():
            image = on_white(image)  # JPEG has no transparency: a PDF page came out black
        if not image.isNull():
            with contextlib.suppress(OSError):
                path.parent.mkdir(parents=True, exist_ok=True)
                tmp = path.with_name(path.name + ".tmp.jpg")
                saved = image.save(str(tmp), "JPG", 80)  # type: ignore[call-overload]
                if saved:
                    tmp.replace(path)
        return image

    @Slot()
    def shutdown(self) -> None:
        self._closed = True
        with self._lock:
            futures = [*self._thumb_jobs, *self._pending.values()]
        for future in futures:
            future.cancel()  # those not started; a running decode finishes and is dropped
