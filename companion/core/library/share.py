"""Share the installed packs with other laptops on the venue's network, read-only.

A small HTTP server (standard library) answers only these paths::

    /index.json                      the shared packs: id, version, title, size, signer
    /packs/<id>/manifest.json        an installed pack's manifest, byte for byte
    /packs/<id>/<path in manifest>   a file the manifest names, from the store

Every answer comes from the installed manifests: a request path is looked up in a
manifest, never joined onto a folder, so nothing outside the packs can be served.
Only GET and HEAD; ``Range`` (one range) with ``If-Range`` against a strong ``ETag``
(the file's SHA-256), so a cut download resumes. At most ``max_downloads`` files are
sent at once; more get ``503`` with ``Retry-After`` (the downloader retries).

The server binds to private LAN addresses only (RFC 1918 and link-local, see
:mod:`companion.core.library.lan`), or to loopback when asked (tests), never to a
public address or to all interfaces, and it is announced with DNS-SD over mDNS
(``zeroconf``) on the same interfaces.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import socket
import stat
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, BinaryIO
from urllib.parse import unquote, urlsplit

from companion.core.errors import QT_TRANSLATE_NOOP, InvalidInputError, StorageError
from companion.core.library.lan import check_bind_addresses, lan_addresses
from companion.core.library.manifest import MANIFEST_NAME, Manifest, PackFile
from companion.core.library.store import PackStore

log = logging.getLogger(__name__)

#: DNS-SD service type of a pack share
SERVICE_TYPE = "_shareasm-packs._tcp.local."
#: the port tried first, so an address typed by hand stays the same across starts
DEFAULT_PORT = 8737
MAX_DOWNLOADS = 4
#: seconds a client is told to wait when every download slot is taken
BUSY_RETRY_AFTER_S = 2
CHUNK = 1024 * 1024


# --------------------------------------------------------------------------- catalogue
@dataclass
class _Catalogue:
    """The installed packs as the server sees them, re-read when ``installed.json`` changes."""

    store: PackStore
    stamp: tuple[int, int] | None = None
    packs: dict[str, Manifest] = field(default_factory=dict)
    files: dict[tuple[str, str], PackFile] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def refresh(self) -> None:
        try:
            st = self.store.pointer.stat()
            stamp = (st.st_mtime_ns, st.st_size)
        except OSError:
            stamp = (0, 0)
        with self.lock:
            if stamp == self.stamp:
                return
            # the bundled sample pack is on every laptop already, and signed with a key
            # nobody may trust from a peer: not offered
            packs = {
                p.manifest.id: p.manifest for p in self.store.installed() if not p.manifest.sample
            }
            self.files = {(pid, f.path): f for pid, m in packs.items() for f in m.files()}
            self.packs = packs
            self.stamp = stamp

    def index(self, name: str) -> dict[str, Any]:
        self.refresh()
        out = []
        for m in self.packs.values():
            out.append(
                {
                    "id": m.id,
                    "version": m.version,
                    "title": m.title,
                    "sample": m.sample,
                    "size": m.total_size,
                    "files": len(m.files()),
                    "signer": m.signer.fingerprint if m.signer else None,
                    "signer_name": m.signer.name if m.signer else "",
                    "manifest": f"/packs/{m.id}/{MANIFEST_NAME}",
                }
            )
        return {"app": "shareasm-companion", "format": 1, "name": name, "packs": out}


# --------------------------------------------------------------------------- HTTP
class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = False
    share: PackShare

    def handle_error(self, request: Any, client_address: Any) -> None:
        log.debug("share: connection from %s ended with an error", client_address, exc_info=True)


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.1"
    server_version = "shareASM-share/1"
    #: a stalled client is dropped after this many seconds
    timeout = 30

    def log_message(self, format: str, *args: Any) -> None:
        log.debug("share %s: " + format, self.client_address[0], *args)

    def do_GET(self) -> None:
        self._answer(body=True)

    def do_HEAD(self) -> None:
        self._answer(body=False)

    def _refuse(self) -> None:
        self.send_error(HTTPStatus.METHOD_NOT_ALLOWED, "read-only")

    do_POST = do_PUT = do_DELETE = do_PATCH = _refuse

    def _answer(self, *, body: bool) -> None:
        share = self.server.share
        path = urlsplit(self.path).path
        if path in ("/", "/index.json"):
            data = json.dumps(share.catalogue.index(share.name), ensure_ascii=False).encode()
            self._send_bytes(data, "application/json", body=body)
            return
        parts = path.split("/", 3)
        if len(parts) != 4 or parts[0] != "" or parts[1] != "packs":
            self.send_error(HTTPStatus.NOT_FOUND)
            return
        pack_id, rel = unquote(parts[2]), unquote(parts[3])
        share.catalogue.refresh()
        manifest = share.catalogue.packs.get(pack_id)
        if manifest is None:
            self.send_error(HTTPStatus.NOT_FOUND)
            return
        if rel == MANIFEST_NAME:
            self._send_bytes(manifest.raw, "application/json", body=body)
            return
        f = share.catalogue.files.get((pack_id, rel))
        if f is None or not share.store.has(f):
            self.send_error(HTTPStatus.NOT_FOUND)
            return
        if not share.slots.acquire(blocking=False):
            self.send_response(HTTPStatus.SERVICE_UNAVAILABLE)
            self.send_header("Retry-After", str(BUSY_RETRY_AFTER_S))
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        try:
            self._send_file(f, body=body)
        finally:
            share.slots.release()

    def _send_bytes(self, data: bytes, ctype: str, *, body: bool) -> None:
        self.send_response(HTTPStatus.OK)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Cache-Control", "no-cache")
        self.end_headers()
        if body:
            self.wfile.write(data)

    def _range(self, size: int, etag: str) -> tuple[int, int] | bool | None:
        """(start, end inclusive) for a valid single range; None for the whole file;
        False when unsatisfiable."""
        value = self.headers.get("Range")
        if not value or not value.startswith("bytes=") or "," in value:
            return None
        if_range = self.headers.get("If-Range")
        if if_range is not None and if_range.strip() != etag:
            return None
        first, _, last = value[6:].strip().partition("-")
        try:
            if first == "":
                n = int(last)
                if n <= 0:
                    return False
                return max(0, size - n), size - 1
            start = int(first)
            end = int(last) if last else size - 1
        except ValueError:
            return None
        if start >= size or end < start:
            return False
        return start, min(end, size - 1)

    def _send_file(self, f: PackFile, *, body: bool) -> None:
        etag = f'"{f.sha256}"'
        wanted = self._range(f.size, etag)
        if wanted is False:
            self.send_response(HTTPStatus.REQUESTED_RANGE_NOT_SATISFIABLE)
            self.send_header("Content-Range", f"bytes */{f.size}")
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        fh = _open_object(self.server.share.store, f)
        if fh is None:
            self.send_error(HTTPStatus.NOT_FOUND)
            return
        with fh:
            if isinstance(wanted, tuple):
                start, end = wanted
                self.send_response(HTTPStatus.PARTIAL_CONTENT)
                self.send_header("Content-Range", f"bytes {start}-{end}/{f.size}")
            else:
                start, end = 0, f.size - 1
                self.send_response(HTTPStatus.OK)
            count = end - start + 1
            self.send_header("Content-Type", "application/octet-stream")
            self.send_header("Content-Length", str(count))
            self.send_header("Accept-Ranges", "bytes")
            self.send_header("ETag", etag)
            self.end_headers()
            if body and count > 0:
                self.wfile.flush()
                self.connection.sendfile(fh, start, count)


def _open_object(store: PackStore, f: PackFile) -> BinaryIO | None:
    """The stored file of ``f``, opened, if it is a regular file of the right size in
    the store's own folder: a link (to the file or its folder) is never followed."""
    path = store.object_path(f)
    try:
        if path.parent.resolve() != store.objects.resolve() / path.parent.name:
            return None
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0))
    except OSError:
        return None
    fh = os.fdopen(fd, "rb")
    st = os.fstat(fd)
    if path.is_symlink() or not stat.S_ISREG(st.st_mode) or st.st_size != f.size:
        fh.close()
        return None
    return fh


# --------------------------------------------------------------------------- the share
class PackShare:
    """The installed packs, served on the LAN and announced, until :meth:`stop`."""

    def __init__(
        self,
        store: PackStore,
        *,
        addresses: Iterable[str] | None = None,
        port: int | None = None,
        max_downloads: int = MAX_DOWNLOADS,
        name: str = "",
        announce: bool = True,
    ) -> None:
        self.store = store
        self.requested = list(addresses) if addresses is not None else None
        self.port = port
        self.name = name or socket.gethostname().split(".")[0] or "laptop"
        self.announce = announce
        self.slots = threading.BoundedSemaphore(max_downloads)
        self.catalogue = _Catalogue(store)
        self.addresses: list[str] = []
        self._servers: list[_Server] = []
        self._threads: list[threading.Thread] = []
        self._zeroconf: Any = None
        self._info: Any = None

    @property
    def urls(self) -> list[str]:
        return [f"http://{a}:{self.port}/" for a in self.addresses]

    def start(self) -> None:
        """Bind, serve and announce. Raises a KnownError when there is no LAN to share on."""
        addresses = check_bind_addresses(
            self.requested if self.requested is not None else lan_addresses()
        )
        if not addresses:
            raise InvalidInputError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "This computer is not on a local network (no private address such as "
                    "192.168.x.x), so there is nothing to share on. Join the venue's Wi-Fi first.",
                )
            )
        if self.port is not None and not 0 <= self.port <= 65535:
            raise InvalidInputError(
                QT_TRANSLATE_NOOP("Errors", "%1 is not a port number (1 to 65535)."),
                args=(self.port,),
            )
        self.store.ensure()
        self.catalogue.refresh()
        candidates = [self.port] if self.port is not None else [DEFAULT_PORT, 0]
        last: OSError | None = None
        for port in candidates:
            try:
                self._bind(addresses, port)
                break
            except OSError as exc:
                last = exc
                self._close_servers()
        else:
            raise StorageError(
                QT_TRANSLATE_NOOP("Errors", "Could not open port %1 for sharing: %2."),
                args=(candidates[0], (last.strerror if last else "") or ""),
            )
        for srv in self._servers:
            t = threading.Thread(target=srv.serve_forever, name="pack-share", daemon=True)
            t.start()
            self._threads.append(t)
        log.info("sharing packs at %s", ", ".join(self.urls))
        if self.announce:
            self._announce()

    def _bind(self, addresses: list[str], port: int) -> None:
        self.addresses = []
        for address in addresses:
            srv = _Server((address, port), _Handler)
            srv.share = self
            port = srv.server_address[1]
            self._servers.append(srv)
            self.addresses.append(address)
        self.port = port

    def _announce(self) -> None:
        from zeroconf import IPVersion, ServiceInfo, Zeroconf

        from companion import version

        try:
            self._zeroconf = Zeroconf(interfaces=list(self.addresses), ip_version=IPVersion.V4Only)
            label = f"{self.name} ({self.port})"[:60]
            self._info = ServiceInfo(
                SERVICE_TYPE,
                f"{label}.{SERVICE_TYPE}",
                addresses=[socket.inet_aton(a) for a in self.addresses],
                port=self.port,
                properties={"path": "/index.json", "app": "shareasm-companion", "v": version()},
                server=f"shareasm-{self.port}-{socket.gethostname().split('.')[0]}.local.",
            )
            self._zeroconf.register_service(self._info, allow_name_change=True)
        except (OSError, ValueError) as exc:
            # the address still works when typed or scanned; only discovery is missing
            log.warning("could not announce the share on the network: %s", exc)
            self._close_zeroconf()

    def _close_zeroconf(self) -> None:
        if self._zeroconf is not None:
            with contextlib.suppress(Exception):
                if self._info is not None:
                    self._zeroconf.unregister_service(self._info)
            with contextlib.suppress(Exception):
                self._zeroconf.close()
        self._zeroconf = None
        self._info = None

    def _close_servers(self) -> None:
        for srv in self._servers:
            with contextlib.suppress(OSError):
                srv.server_close()
        self._servers = []

    def stop(self) -> None:
        self._close_zeroconf()
        for srv in self._servers:
            srv.shutdown()
        self._close_servers()
        for t in self._threads:
            t.join(timeout=5)
        self._threads = []
        log.info("stopped sharing packs")

    @property
    def running(self) -> bool:
        return bool(self._servers)
