"""One file, downloaded resumably: HTTP Range with ``If-Range``, SHA-256 verified.

The partial file and what we know about it (URL, ETag, Last-Modified) stay in the
store's ``partial/`` folder, so a cut connection, a crash or a reboot resumes where
it stopped. A server that ignores Range is handled by starting again from byte 0;
a server that sends more than the pack declares is cut off at the declared size
and the checksum decides.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import threading
import time
from collections.abc import Callable, Generator, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

import requests
import urllib3

from companion.core import jsonsafe, net
from companion.core.errors import QT_TRANSLATE_NOOP, KnownError, OfflineError, StorageError
from companion.core.library.address import get_following, pack_hosts
from companion.core.library.manifest import PackError, PackFile
from companion.core.library.store import PackStore
from companion.core.messages import DOWNLOAD_CUT
from companion.core.net import HttpClient

log = logging.getLogger(__name__)

P = TypeVar("P")
T = TypeVar("T")

CHUNK = 256 * 1024
FSYNC_EVERY = 16 * 1024 * 1024


#: why a download ended when the user stopped it
STOPPED = QT_TRANSLATE_NOOP("Errors", "The download was stopped.")


class SyncCancelled(KnownError):
    """The user stopped the download; what arrived so far is kept."""

    hint = QT_TRANSLATE_NOOP("Errors", "Start the update again to continue where it stopped.")


def in_turn(
    store: PackStore,
    job: str,
    work: Callable[[], Generator[P, None, T]],
    *,
    waiting: Callable[[str], P],
    cancel: threading.Event | None = None,
) -> Generator[P, None, T]:
    """Run the writing job ``work`` in the store's writing turn
    (:class:`~companion.core.library.writer.WriterTurn`), held to its end.

    While another job holds the turn, yields ``waiting(that job)``; raises
    :class:`SyncCancelled` when ``cancel`` is set meanwhile."""
    turn = store.turn
    waiter = turn.wait(job, stopped=lambda: cancel is not None and cancel.is_set())
    while True:
        try:
            holder = next(waiter)
        except StopIteration as stop:
            taken: bool = stop.value
            break
        yield waiting(holder)
    if not taken:
        raise SyncCancelled(STOPPED)
    try:
        return (yield from work())
    finally:
        turn.give_back()


@dataclass
class PartialState:
    url: str = ""
    etag: str = ""
    last_modified: str = ""
    size: int = 0

    @classmethod
    def load(cls, path: Path) -> PartialState:
        try:
            raw = jsonsafe.loads(path.read_bytes(), what=path.name)
            return cls(
                str(raw.get("url", "")),
                str(raw.get("etag", "")),
                str(raw.get("last_modified", "")),
                int(raw.get("size", 0)),
            )
        except (OSError, ValueError, TypeError, AttributeError):
            return cls()

    def save(self, path: Path) -> None:
        path.write_text(json.dumps(self.__dict__), "utf-8")


def _content_range_start(value: str | None) -> int | None:
    # "bytes 100-199/200"
    if not value or not value.startswith("bytes "):
        return None
    try:
        return int(value[6:].split("-", 1)[0])
    except ValueError:
        return None


def partial_paths(store: PackStore, f: PackFile) -> tuple[Path, Path]:
    return store.partial / f"{f.sha256}.part", store.partial / f"{f.sha256}.json"


def partial_size(store: PackStore, f: PackFile) -> int:
    try:
        return min(partial_paths(store, f)[0].stat().st_size, f.size)
    except OSError:
        return 0


def discard_partial(store: PackStore, f: PackFile) -> None:
    for p in partial_paths(store, f):
        with contextlib.suppress(OSError):
            p.unlink()


def download_file(
    http: HttpClient,
    url: str,
    f: PackFile,
    store: PackStore,
    *,
    cancel: threading.Event | None = None,
    hosts: tuple[str, ...] = (),
) -> Generator[int, None, Path]:
    """Fetch ``url`` into the store as ``f``; yields the number of new bytes per chunk.

    Redirects are followed only to ``url``'s own server and to ``hosts`` (the
    manifest's ``download_hosts``), each hop https or on the local network.

    Returns the stored object's path. Raises OfflineError when cut (the partial file
    is kept), PackError when the result does not match the pack (partial discarded).
    """
    store.ensure()
    part, meta = partial_paths(store, f)
    state = PartialState.load(meta)
    offset = part.stat().st_size if part.exists() else 0
    if offset > f.size or (offset and state.url and state.url != url):
        log.info("partial %s unusable (%d bytes, url changed?); restarting", f.path, offset)
        offset = 0
        part.write_bytes(b"")
    headers: dict[str, str] = {"Accept-Encoding": "identity"}
    if 0 < offset < f.size:
        headers["Range"] = f"bytes={offset}-"
        validator = state.etag if state.etag and not state.etag.startswith("W/") else ""
        validator = validator or state.last_modified
        if validator:
            headers["If-Range"] = validator
    digest: str | None = None
    if offset < f.size or f.size == 0:
        resp = get_following(
            http, url, allowed=pack_hosts(url, hosts), what=f.path, headers=headers, stream=True
        )
        try:
            digest = yield from _receive(http, resp, url, f, part, meta, offset, cancel)
        finally:
            resp.close()
    try:
        return store.add_verified(part, f, move=True, sha256=digest)
    except PackError:
        discard_partial(store, f)
        raise
    finally:
        with contextlib.suppress(OSError):
            meta.unlink()


def _receive(
    http: HttpClient,
    resp: requests.Response,
    url: str,
    f: PackFile,
    part: Path,
    meta: Path,
    offset: int,
    cancel: threading.Event | None,
) -> Generator[int, None, str]:
    """Append the body to ``part``; returns the SHA-256 of the whole file."""
    if resp.status_code == 416 and offset:
        # our range starts at or past the end: the server's file is not what we hold
        raise PackError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The server's copy of %1 is shorter than the pack says "
                "(%2 bytes kept, %3 expected).",
            ),
            args=(repr(f.path), offset, f.size),
        )
    http.raise_for_status(resp, what=f.path)
    if resp.status_code == 206:
        start = _content_range_start(resp.headers.get("Content-Range"))
        if start != offset:
            # a confused server or proxy: drop what we hold and fetch the file whole
            log.info("server answered range %s for offset %d; restarting", start, offset)
            part.write_bytes(b"")
            raise OfflineError(
                QT_TRANSLATE_NOOP(
                    "Errors", "The server sent the wrong part of %1; it will start over."
                ),
                args=(repr(f.path),),
            )
        mode = "ab" if offset else "wb"  # a 206 of the whole file to a plain request
        hasher = hashlib.sha256()
        if offset:
            with part.open("rb") as held:
                while block := held.read(1024 * 1024):
                    hasher.update(block)
    else:
        if offset:
            log.info("server ignored Range for %s; restarting from byte 0", f.path)
        offset = 0
        mode = "wb"
        hasher = hashlib.sha256()
    PartialState(
        url,
        resp.headers.get("ETag", ""),
        resp.headers.get("Last-Modified", ""),
        f.size,
    ).save(meta)
    # we ask for the identity encoding, but some servers and proxies compress anyway:
    # then the hash is over the decoded bytes (a compressed reply is never a range)
    encoding = resp.headers.get("Content-Encoding", "").strip().lower()
    decode = encoding not in ("", "identity")
    remaining = f.size - offset
    since_sync = 0
    started, received = time.monotonic(), 0
    with part.open(mode) as out:
        try:
            for block in _blocks(resp, decode=decode):
                if cancel is not None and cancel.is_set():
                    raise SyncCancelled(STOPPED)
                # a byte now and then never trips the read timeout: a night's automatic
                # sync would wait forever; what arrived is kept for the next attempt
                received += len(block)
                if net.too_slow(received, time.monotonic() - started):
                    raise OfflineError(DOWNLOAD_CUT, args=(repr(f.path),))
                if not block:
                    continue
                if len(block) > remaining:
                    log.info("server sent more of %s than the pack declares; cut", f.path)
                    block = block[:remaining]
                out.write(block)
                hasher.update(block)
                remaining -= len(block)
                since_sync += len(block)
                http.bytes_received += len(block)
                if since_sync >= FSYNC_EVERY:
                    out.flush()
                    os.fsync(out.fileno())
                    since_sync = 0
                yield len(block)
                if remaining <= 0:
                    break
        except OSError as exc:
            if isinstance(exc, ConnectionError | TimeoutError):
                raise OfflineError(DOWNLOAD_CUT, args=(repr(f.path),)) from exc
            raise StorageError(
                QT_TRANSLATE_NOOP("Errors", "Could not save %1: %2. What arrived so far is kept."),
                args=(repr(f.path), exc.strerror or exc),
            ) from exc
        except (requests.RequestException, urllib3.exceptions.HTTPError) as exc:
            raise OfflineError(DOWNLOAD_CUT, args=(repr(f.path),)) from exc
        finally:
            out.flush()
            with contextlib.suppress(OSError):
                os.fsync(out.fileno())
    if remaining > 0:
        raise OfflineError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The download of %1 ended early (%2 of %3 bytes); "
                "it will resume from where it stopped.",
            ),
            args=(repr(f.path), f.size - remaining, f.size),
        )
    return hasher.hexdigest()


def _blocks(resp: requests.Response, *, decode: bool = False) -> Iterator[bytes]:
    """The body as it arrives, every byte received kept even when the link is cut.

    ``iter_content`` reads fixed-size blocks and loses a partly filled block when the
    connection drops; ``read1`` hands over whatever has arrived."""
    raw = resp.raw
    while True:
        block = raw.read1(CHUNK, decode_content=decode)
        if not block:
            return
        yield block
