"""Sync the installed pack from a URL: only what changed, resumable, installed atomically."""

from __future__ import annotations

import logging
import shutil
import threading
import time
from collections.abc import Callable, Generator
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import quote, urljoin, urlsplit

from companion.core.errors import (
    QT_TRANSLATE_NOOP,
    InvalidInputError,
    KnownError,
    Phrase,
    ServerError,
    StorageError,
)
from companion.core.library.address import check_pack_address, get_following, same_host
from companion.core.library.download import (
    STOPPED,
    SyncCancelled,
    discard_partial,
    download_file,
    in_turn,
    partial_size,
)
from companion.core.library.manifest import (
    MANIFEST_NAME,
    Manifest,
    PackError,
    PackFile,
    parse_manifest,
)
from companion.core.library.signing import TrustPolicy
from companion.core.library.store import PackStore
from companion.core.library.writer import DOWNLOAD, SYNC
from companion.core.net import Backoff, HttpClient, is_transient

log = logging.getLogger(__name__)
#: names the manifest in messages about its download
_MANIFEST = Phrase(QT_TRANSLATE_NOOP("Errors", "The pack manifest"))

#: local hours counted as "night" for the only-at-night setting
NIGHT_START, NIGHT_END = 22, 6


@dataclass(frozen=True)
class SyncProgress:
    done_bytes: int
    total_bytes: int
    #: bytes per second over this session (0 until measurable)
    speed: float
    #: seconds left at that speed, or None when unknown
    eta: float | None
    files_done: int
    files_total: int
    current: str = ""
    #: "manifest" | "download" | "waiting" (for a turn at a busy share) | "install",
    #: or "queued": waiting for another job writing the pack store (``current`` names
    #: that job: "sync", "copy", "import", "download", "sample")
    stage: str = "download"

    @property
    def fraction(self) -> float:
        return self.done_bytes / self.total_bytes if self.total_bytes else 1.0


@dataclass(frozen=True)
class SyncResult:
    manifest: Manifest
    files_fetched: int
    bytes_fetched: int
    up_to_date: bool


def manifest_url(url: str) -> str:
    """The manifest's address for a pack address (its folder or the file itself);
    raises :class:`~companion.core.library.address.AddressError` for an address the
    app refuses (not https, except on this computer and the local network)."""
    url = url.strip()
    check_pack_address(url)
    parts = urlsplit(url)
    if url.endswith("/"):
        return url + MANIFEST_NAME
    if not parts.path.endswith(".json"):
        return url + "/" + MANIFEST_NAME
    return url


def file_url(manifest_address: str, f: PackFile) -> str:
    return urljoin(manifest_address, quote(f.path))


def fetch_manifest(http: HttpClient, url: str) -> tuple[str, Manifest]:
    """The manifest's final address (after redirects within its server) and the manifest."""
    address = manifest_url(url)
    resp = get_following(
        http,
        address,
        allowed=same_host(address),
        what=_MANIFEST,
        headers={"Cache-Control": "no-cache"},
    )
    address = resp.url or address
    http.raise_for_status(resp, what=_MANIFEST)
    if "html" in resp.headers.get("Content-Type", "").lower():
        raise PackError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The pack address answered with a web page, not a pack. "
                "The network may want you to log in first (hotel or venue Wi-Fi), "
                "or the address in Settings → Library is wrong.",
            )
        )
    return address, parse_manifest(resp.content)


def sync_allowed(
    *, only_unmetered: bool, only_at_night: bool, metered: bool | None, local_now: datetime
) -> tuple[bool, str]:
    """Whether an automatic sync may run now, and why not.

    ``metered`` is True/False when the system can tell, None when it cannot."""
    if only_at_night and NIGHT_END <= local_now.hour < NIGHT_START:
        return False, f"waiting for the night ({NIGHT_START}:00–{NIGHT_END:02d}:00)"
    if only_unmetered:
        if metered is None:
            return False, "this computer cannot tell whether the connection is metered"
        if metered:
            return False, "the connection is metered"
    return True, ""


def queued(holder: str) -> SyncProgress:
    """Waiting for ``holder``, the job writing the pack store now."""
    return SyncProgress(0, 0, 0.0, None, 0, 0, holder, stage="queued")


def sync_pack(
    http: HttpClient,
    store: PackStore,
    url: str,
    *,
    cancel: threading.Event | None = None,
    attempts: int = 4,
    sleep: Callable[[float], None] = time.sleep,
    monotonic: Callable[[], float] = time.monotonic,
    report_every: float = 0.2,
    trust: TrustPolicy | None = None,
    busy_wait_s: float = 0.0,
    busy_retry_s: float = 2.0,
    job: str = SYNC,
) -> Generator[SyncProgress, None, SyncResult]:
    """Download what the pack at ``url`` needs that the store lacks, then install it.

    With ``trust``, the manifest's signer is checked before anything is downloaded.
    ``busy_wait_s``: how long to wait in all for a server that answers 503 because it
    is sending as many files as it will at once (a share at the venue), asking again
    every ``busy_retry_s`` or a little later; those answers are not failed attempts.

    The whole sync holds the store's writing turn (``job`` names it to the others);
    while another job holds it, the sync waits and yields ``stage="queued"``."""
    return (
        yield from in_turn(
            store,
            job,
            lambda: _sync_in_turn(
                http,
                store,
                url,
                cancel=cancel,
                attempts=attempts,
                sleep=sleep,
                monotonic=monotonic,
                report_every=report_every,
                trust=trust,
                busy_wait_s=busy_wait_s,
                busy_retry_s=busy_retry_s,
            ),
            waiting=queued,
            cancel=cancel,
        )
    )


def _sync_in_turn(
    http: HttpClient,
    store: PackStore,
    url: str,
    *,
    cancel: threading.Event | None,
    attempts: int,
    sleep: Callable[[float], None],
    monotonic: Callable[[], float],
    report_every: float,
    trust: TrustPolicy | None,
    busy_wait_s: float,
    busy_retry_s: float,
) -> Generator[SyncProgress, None, SyncResult]:
    yield SyncProgress(0, 0, 0.0, None, 0, 0, stage="manifest")
    address, manifest = fetch_manifest(http, url)
    current = store.get(manifest.id)
    if trust is not None:
        trust.check(manifest.signer, replacing=current.manifest.signer if current else None)
    store.ensure()
    todo = store.missing(manifest)
    if not todo and current is not None and current.manifest.version == manifest.version:
        store.set_source(manifest.id, address)
        return SyncResult(manifest, 0, 0, up_to_date=True)
    total = sum(f.size for f in todo)
    already = sum(partial_size(store, f) for f in todo)
    free = shutil.disk_usage(store.root).free
    if total - already > free:
        raise StorageError(
            QT_TRANSLATE_NOOP(
                "Errors", "The new pack needs %1 MB more, but only %2 MB are free on this computer."
            ),
            args=((total - already) // 1_000_000 + 1, free // 1_000_000),
        )
    # what this sync fetches stays through another pack's prune, even when stopped
    store.want(manifest)
    done = already
    fetched = 0
    started = monotonic()
    last_report = 0.0

    def progress(i: int, name: str, stage: str = "download") -> SyncProgress:
        elapsed = monotonic() - started
        speed = fetched / elapsed if elapsed > 0.5 and fetched else 0.0
        eta = (total - done) / speed if speed else None
        return SyncProgress(done, total, speed, eta, i, len(todo), name, stage)

    yield progress(0, "")
    hosts = manifest.download_hosts
    busy = Backoff(base=busy_retry_s, cap=4 * busy_retry_s, jitter=0.5)
    waited = 0.0
    for i, f in enumerate(todo):
        backoff = Backoff(base=1.0, cap=30.0)
        restarted = False
        attempt = 0
        while True:
            attempt += 1
            try:
                for n in download_file(
                    http, file_url(address, f), f, store, cancel=cancel, hosts=hosts
                ):
                    done += n
                    fetched += n
                    now = monotonic()
                    if now - last_report >= report_every:
                        last_report = now
                        yield progress(i, f.path)
                break
            except SyncCancelled:
                raise
            except PackError as exc:
                discard_partial(store, f)
                done = sum(g.size for g in todo[:i]) + sum(partial_size(store, g) for g in todo[i:])
                if restarted:
                    item = manifest.item_of(f.path)
                    if item is None:
                        raise PackError(
                            QT_TRANSLATE_NOOP("Errors", "%1 The download was rejected."),
                            args=(exc,),
                        ) from exc
                    raise PackError(
                        QT_TRANSLATE_NOOP("Errors", "%1: %2 The download was rejected."),
                        args=(item.id, exc),
                    ) from exc
                log.info("restarting %s from zero after: %s", f.path, exc)
                restarted = True
            except KnownError as exc:
                if _busy(exc) and waited < busy_wait_s:
                    delay = max(busy_retry_s, busy.next_delay())
                    log.info("%s: the server is busy; asking again in %.1f s", f.path, delay)
                    waited += delay
                    attempt -= 1  # waiting for a turn is not a failed attempt
                    yield progress(i, f.path, stage="waiting")
                    sleep(delay)
                    if cancel is not None and cancel.is_set():
                        raise SyncCancelled(STOPPED) from None
                    continue
                if attempt >= attempts or not is_transient(exc):
                    raise
                delay = backoff.next_delay(exc, http.now())
                log.info("download of %s failed (%s); retrying in %.1f s", f.path, exc, delay)
                sleep(delay)
    yield progress(len(todo), "", stage="install")
    store.install(manifest)
    # where its on-demand files (videos) come from: only once it came from there
    store.set_source(manifest.id, address)
    store.prune()
    return SyncResult(manifest, len(todo), fetched, up_to_date=False)


def _busy(exc: BaseException) -> bool:
    return isinstance(exc, ServerError) and exc.status == 503


def fetch_on_demand(
    http: HttpClient,
    store: PackStore,
    pack_id: str,
    f: PackFile,
    *,
    cancel: threading.Event | None = None,
) -> Generator[SyncProgress, None, None]:
    """Download one on-demand file (a video) of an installed pack, in the store's
    writing turn (yields ``stage="queued"`` while another job holds it)."""
    return (
        yield from in_turn(
            store,
            DOWNLOAD,
            lambda: _fetch_in_turn(http, store, pack_id, f, cancel=cancel),
            waiting=queued,
            cancel=cancel,
        )
    )


def _fetch_in_turn(
    http: HttpClient,
    store: PackStore,
    pack_id: str,
    f: PackFile,
    *,
    cancel: threading.Event | None,
) -> Generator[SyncProgress, None, None]:
    address = store.source(pack_id)
    if not address:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "This pack was installed from a folder or archive; it has no download address.",
            )
        )
    done = partial_size(store, f)
    pack = store.get(pack_id)
    hosts = pack.manifest.download_hosts if pack is not None else ()
    for n in download_file(http, file_url(address, f), f, store, cancel=cancel, hosts=hosts):
        done += n
        yield SyncProgress(done, f.size, 0.0, None, 0, 1, f.path)
