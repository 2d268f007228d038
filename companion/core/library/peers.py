"""Nearby shares: find them (mDNS/DNS-SD, or an address typed or scanned), list their
packs, and sync a pack from one with the same resume, verify and atomic install as
``pack sync`` (:func:`companion.core.library.sync.sync_pack`).

A pack is taken from a peer only if it is signed and its signer is trusted, or the
user chose to accept that signer's fingerprint (:class:`TrustPolicy` with
``require_signature``). Peers are reached only at private LAN or loopback addresses,
never through a proxy.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Generator
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from urllib.parse import quote, urlsplit

from companion.core.errors import (
    QT_TRANSLATE_NOOP,
    InvalidInputError,
    OfflineError,
    Phrase,
    ServerError,
)
from companion.core.jsonsafe import response_json
from companion.core.library.lan import is_lan_address, lan_addresses
from companion.core.library.manifest import MANIFEST_NAME, UNPRINTABLE
from companion.core.library.share import BUSY_RETRY_AFTER_S, SERVICE_TYPE
from companion.core.library.signing import TrustPolicy
from companion.core.library.store import PackStore
from companion.core.library.sync import SyncProgress, SyncResult, sync_pack
from companion.core.library.writer import COPY
from companion.core.net import HttpClient

log = logging.getLogger(__name__)


#: how long ``pack peers`` listens for announcements by default
BROWSE_SECONDS = 3.0
#: how long a laptop waits in all for a turn at a busy share (a dozen laptops, one share)
BUSY_WAIT_S = 30 * 60.0


@dataclass(frozen=True)
class PeerPack:
    id: str
    version: str
    title: dict[str, str]
    size: int
    files: int
    signer: str | None
    signer_name: str = ""
    sample: bool = False


@dataclass(frozen=True)
class Peer:
    """A share: its base address, its name, and the packs it offers (once listed)."""

    base: str
    name: str = ""
    packs: tuple[PeerPack, ...] = field(default_factory=tuple)

    def manifest_url(self, pack_id: str) -> str:
        return f"{self.base}packs/{quote(pack_id)}/{MANIFEST_NAME}"


def peer_http(now: Callable[[], datetime]) -> HttpClient:
    """An HTTP client for the LAN: short connect timeout, no proxy from the environment."""
    import requests

    session = requests.Session()
    session.trust_env = False
    return HttpClient(timeout=(3.0, 20.0), session=session, now=now)


def base_url(address: str, *, loopback: bool = True) -> str:
    """``http://ADDRESS:PORT/`` from what a person typed or scanned: ``192.168.1.20:8737``,
    ``http://192.168.1.20:8737/`` or ``…/index.json``. Only LAN (or loopback) addresses."""
    text = address.strip()
    if "://" not in text:
        text = "http://" + text
    try:
        parts = urlsplit(text)
        host, port, scheme = parts.hostname or "", parts.port, parts.scheme
    except ValueError:  # "[::1", a port of 99999 or "abc"
        host, port, scheme = "", None, ""
    if scheme != "http" or not port or not is_lan_address(host, loopback=loopback):
        raise InvalidInputError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "%1 is not the address of a share on this network "
                "(it looks like 192.168.1.20:8737).",
            ),
            args=(repr(address),),
        )
    return f"http://{host}:{port}/"


def list_packs(http: HttpClient, base: str) -> Peer:
    """Ask a share what it offers."""
    # never redirected: a share is reached at its LAN address, nowhere else
    resp = http.get(
        base + "index.json", headers={"Cache-Control": "no-cache"}, allow_redirects=False
    )
    http.raise_for_status(resp, what=Phrase(QT_TRANSLATE_NOOP("Errors", "The share")))
    try:
        if resp.status_code != 200:
            raise ValueError(f"answered {resp.status_code}")
        doc = response_json(resp)
        if doc.get("app") != "shareasm-companion":
            raise ValueError("not a share")
        packs = tuple(
            PeerPack(
                id=_text(p["id"]),
                version=_text(p["version"]),
                title={_text(k): _text(v) for k, v in dict(p.get("title", {})).items()},
                size=int(p.get("size", 0)),
                files=int(p.get("files", 0)),
                signer=_text(p["signer"]) if p.get("signer") else None,
                signer_name=_text(p.get("signer_name", "")),
                sample=bool(p.get("sample", False)),
            )
            for p in doc.get("packs", [])
        )
    except (ValueError, TypeError, KeyError, AttributeError) as exc:
        raise ServerError(
            QT_TRANSLATE_NOOP("Errors", "%1 is not a pack share of this app."), args=(base,)
        ) from exc
    return Peer(base, _text(doc.get("name", "")), packs)


def _text(value: object) -> str:
    """A name from another laptop, for a list: one line, no direction overrides, short
    (what it offers is checked when taken; the list is only shown)."""
    return UNPRINTABLE.sub(" ", str(value))[:200]


def sync_from_peer(
    http: HttpClient,
    store: PackStore,
    peer: Peer,
    pack_id: str,
    trust: TrustPolicy,
    *,
    cancel: threading.Event | None = None,
    sleep: Callable[[float], None] = time.sleep,
) -> Generator[SyncProgress, None, SyncResult]:
    """Sync ``pack_id`` from ``peer``: the same resumable, verified, atomic install as a
    sync from a server; refused unless signed and trusted (or explicitly accepted)."""
    if not trust.require_signature:
        trust = TrustPolicy(trust.trusted, trust.allow, True, False)
    return (
        yield from sync_pack(
            http,
            store,
            peer.manifest_url(pack_id),
            cancel=cancel,
            sleep=sleep,
            trust=trust,
            busy_wait_s=BUSY_WAIT_S,
            busy_retry_s=BUSY_RETRY_AFTER_S,
            job=COPY,
        )
    )


# --------------------------------------------------------------------------- discovery
class Browser:
    """Listens for shares announced with mDNS on the given interfaces until closed."""

    def __init__(self, interfaces: list[str] | None = None) -> None:
        from zeroconf import IPVersion, ServiceBrowser, Zeroconf

        self.interfaces = interfaces if interfaces is not None else lan_addresses()
        self._lock = threading.Lock()
        self._found: dict[str, tuple[str, str]] = {}
        self._zc: Any = None
        self._browser: Any = None
        if not self.interfaces:
            return
        try:
            self._zc = Zeroconf(interfaces=list(self.interfaces), ip_version=IPVersion.V4Only)
            self._browser = ServiceBrowser(self._zc, SERVICE_TYPE, handlers=[self._on_change])
        except OSError as exc:
            self.close()
            raise OfflineError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Could not listen for shares on this network (%1). "
                    "Type the address the other laptop shows instead.",
                ),
                args=(exc.strerror or exc,),
            ) from exc

    def _on_change(self, zeroconf: Any, service_type: str, name: str, state_change: Any) -> None:
        from zeroconf import ServiceStateChange

        if state_change is ServiceStateChange.Removed:
            with self._lock:
                self._found.pop(name, None)
            return
        # resolved on a separate thread: the browser's thread must not block
        threading.Thread(
            target=self._resolve, args=(zeroconf, service_type, name), daemon=True
        ).start()

    def _resolve(self, zeroconf: Any, service_type: str, name: str) -> None:
        try:
            info = zeroconf.get_service_info(service_type, name, timeout=3000)
        except Exception as exc:  # zeroconf raises its own errors when closing
            log.debug("could not resolve %s: %s", name, exc)
            return
        if info is None or not info.port:
            return
        # a share at 127.x only when listening on loopback: anyone on the LAN can
        # announce one, which would make the app ask a program on this computer
        loopback = any(
            is_lan_address(i, loopback=True) and not is_lan_address(i) for i in self.interfaces
        )
        for address in info.parsed_addresses():
            if is_lan_address(address, loopback=loopback):
                label = name[: -len(service_type) - 1] if name.endswith(service_type) else name
                with self._lock:
                    self._found[name] = (f"http://{address}:{info.port}/", label)
                return
        log.info("ignoring share %s: no private network address", name)

    def found(self) -> list[tuple[str, str]]:
        """(base address, announced name) of every share heard so far."""
        with self._lock:
            return sorted(self._found.values())

    def close(self) -> None:
        if self._browser is not None:
            self._browser.cancel()
        if self._zc is not None:
            self._zc.close()
        self._browser = self._zc = None


def discover(
    seconds: float = BROWSE_SECONDS,
    interfaces: list[str] | None = None,
    *,
    sleep: Callable[[float], None] = time.sleep,
) -> list[tuple[str, str]]:
    """Listen for ``seconds`` and return the shares heard."""
    browser = Browser(interfaces)
    try:
        sleep(seconds)
        return browser.found()
    finally:
        browser.close()
