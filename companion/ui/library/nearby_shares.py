"""Nearby shares in the Library's venue-sharing panel: finding the shares of the
laptops around (mDNS, or an address typed in), and getting a pack from one with a
progress bar and the speed. The texts are the panel's ("SharePanel" context)."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Generator
from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from companion.core.changes import NOTHING, PACKS, Outcome
from companion.core.errors import KnownError
from companion.core.library.manifest import pick
from companion.core.library.peers import (
    Peer,
    PeerPack,
    base_url,
    discover,
    list_packs,
    peer_http,
    sync_from_peer,
)
from companion.core.library.service import Library
from companion.core.library.signing import TrustPolicy, normalise_fingerprint
from companion.core.library.sync import SyncProgress, SyncResult
from companion.ui.a11y import announce
from companion.ui.errors import error_text as any_error_text
from companion.ui.library.library_text import waiting_text
from companion.ui.library.trust_dialog import TrustGate
from companion.ui.locale_format import number
from companion.ui.ops import ChangeOp, QueryOp
from companion.ui.tasks import TaskManager

log = logging.getLogger(__name__)

ROLE = Qt.ItemDataRole.UserRole


def error_text(exc: BaseException) -> str:
    """One line for the panel: the error's own translated text, or the app's one
    "something went wrong" text for a bug."""
    return any_error_text(exc).replace("\n", " ")


class NearbyShares(QWidget):
    """Find shares (look around, or add an address), list their packs, get one.

    A pack installed from a share is announced on the change hub (``packs``)."""

    def __init__(
        self,
        tasks: TaskManager,
        library: Library,
        trust: TrustGate,
        *,
        now: Callable[[], datetime],
        interfaces: list[str] | None,
        lang: Callable[[], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.library = library
        self.trust = trust
        #: the app's clock, for the HTTP clients of the LAN
        self.now = now
        self.addresses = interfaces
        self.lang = lang
        self.peers: list[Peer] = []
        self._cancel: threading.Event | None = None
        self._busy = False
        self._last_get: tuple[Peer, str] | None = None
        self.look = QPushButton(self)
        self.manual = QLineEdit(self)
        self.manual.setPlaceholderText("192.168.1.20:8737")
        self.add = QPushButton(self)
        find = QHBoxLayout()
        find.addWidget(self.look)
        find.addWidget(self.manual, 1)
        find.addWidget(self.add)
        self.nearby = QListWidget(self)
        self.nearby.setWordWrap(True)
        self.nearby.setAlternatingRowColors(True)
        # about three packs in view: the library list below keeps most of the height
        self.nearby.setMaximumHeight(self.fontMetrics().height() * 7)
        self.get = QPushButton(self)
        self.cancel = QPushButton(self)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 1000)
        self.progress.setVisible(False)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        actions = QHBoxLayout()
        actions.addWidget(self.get)
        actions.addWidget(self.cancel)
        actions.addWidget(self.progress, 1)
        theirs = QVBoxLayout(self)
        theirs.setContentsMargins(0, 0, 0, 0)
        theirs.addLayout(find)
        theirs.addWidget(self.nearby, 1)
        theirs.addLayout(actions)
        theirs.addWidget(self.status)

        self.look.clicked.connect(self._on_look)
        self.add.clicked.connect(self._on_add)
        self.manual.returnPressed.connect(self._on_add)
        self.get.clicked.connect(self._on_get)
        self.cancel.clicked.connect(self._on_cancel)
        self.nearby.currentRowChanged.connect(self._update_buttons)
        self._update_buttons()

    def retranslate(self) -> None:
        self.look.setText(QCoreApplication.translate("SharePanel", "Look for nearby shares"))
        self.manual.setAccessibleName(
            QCoreApplication.translate("SharePanel", "Address of a share")
        )
        self.manual.setToolTip(
            QCoreApplication.translate(
                "SharePanel", "The address another laptop shows, e.g. 192.168.1.20:8737"
            )
        )
        self.add.setText(QCoreApplication.translate("SharePanel", "Add"))
        self.add.setAccessibleName(QCoreApplication.translate("SharePanel", "Add this share"))
        self.get.setText(QCoreApplication.translate("SharePanel", "Get this pack"))
        self.cancel.setText(QCoreApplication.translate("SharePanel", "Stop"))
        self.nearby.setAccessibleName(
            QCoreApplication.translate("SharePanel", "Packs on nearby laptops")
        )
        self._fill_nearby()

    @Slot()
    def _on_look(self) -> None:
        if self._busy:
            return
        self._set_busy(True)
        self.status.setText(
            QCoreApplication.translate("SharePanel", "Looking for shares on this network…")
        )
        interfaces = self.addresses

        def job() -> list[Peer]:
            http = peer_http(self.now)
            try:
                found = []
                for base, name in discover(3.0, interfaces):
                    try:
                        peer = list_packs(http, base)
                    except KnownError as exc:
                        log.info("share %s did not answer: %s", base, exc)
                        continue
                    found.append(Peer(peer.base, peer.name or name, peer.packs))
                return found
            finally:
                http.close()

        QueryOp(self.tasks, job, lane="net").success(self._on_found).failure(self._on_failed).run()

    @Slot()
    def _on_add(self) -> None:
        text = self.manual.text().strip()
        if not text or self._busy:
            return
        try:
            base = base_url(text)
        except KnownError as exc:
            self.status.setText(error_text(exc))
            return
        self._set_busy(True)
        self.status.setText(
            QCoreApplication.translate("SharePanel", "Asking %1…").replace("%1", base)
        )

        def job() -> list[Peer]:
            http = peer_http(self.now)
            try:
                return [list_packs(http, base)]
            finally:
                http.close()

        QueryOp(self.tasks, job, lane="net").success(self._on_found).failure(self._on_failed).run()

    def _on_found(self, found: list[Peer]) -> None:
        self._set_busy(False)
        known = {p.base for p in found}
        self.peers = [p for p in self.peers if p.base not in known] + found
        self._fill_nearby()
        if not found:
            self.status.setText(
                QCoreApplication.translate(
                    "SharePanel", "No share found. Ask for the address shown on the other laptop."
                )
            )
        else:
            self.status.setText("")

    def _fill_nearby(self) -> None:
        self.nearby.clear()
        policy = self.trust.policy(peer=True)
        for peer in self.peers:
            for pack in peer.packs:
                row = QListWidgetItem(self._describe(peer, pack, policy))
                row.setData(ROLE, (peer.base, pack.id))
                self.nearby.addItem(row)
        self._update_buttons()

    def _describe(self, peer: Peer, pack: PeerPack, policy: TrustPolicy) -> str:
        title = pick(pack.title, self.lang()) or pack.id
        line = (
            QCoreApplication.translate("SharePanel", "%1 (version %2, %3 MB) on %4")
            .replace("%1", title)
            .replace("%2", pack.version)
            .replace("%3", number(pack.size / 1e6, 1))
            .replace("%4", peer.name or peer.base)
        )
        if not pack.signer:
            who = QCoreApplication.translate(
                "SharePanel", "not signed: cannot be taken from another laptop"
            )
        else:
            try:  # what the share claims; the sync checks the real signature
                fp = normalise_fingerprint(pack.signer)
            except KnownError:
                fp = "?"
            trusted = next((t for t in policy.trusted if t.fingerprint == fp), None)
            if trusted is not None:
                who = QCoreApplication.translate("SharePanel", "from %1 (trusted)").replace(
                    "%1", trusted.name or fp
                )
            else:
                who = QCoreApplication.translate("SharePanel", "unknown publisher, key %1").replace(
                    "%1", fp
                )
        return f"{line}\n{who}"

    def _selected(self) -> tuple[Peer, str] | None:
        row = self.nearby.currentItem()
        if row is None:
            return None
        base, pack_id = row.data(ROLE)
        peer = next((p for p in self.peers if p.base == base), None)
        return (peer, pack_id) if peer is not None else None

    @Slot()
    def _update_buttons(self) -> None:
        self.get.setEnabled(not self._busy and self._selected() is not None)
        self.cancel.setVisible(self._busy and self._cancel is not None)
        self.look.setEnabled(not self._busy)
        self.add.setEnabled(not self._busy)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        if not busy:
            self._cancel = None
            self.progress.setVisible(False)
        self._update_buttons()

    # -- getting a pack --------------------------------------------------------
    @Slot()
    def _on_get(self) -> None:
        sel = self._selected()
        if sel is None or self._busy:
            return
        self.start_get(*sel)

    def start_get(self, peer: Peer, pack_id: str) -> None:
        self._last_get = (peer, pack_id)
        self._cancel = threading.Event()
        cancel = self._cancel
        policy = self.trust.policy(peer=True)
        store = self.library.store
        self._set_busy(True)
        self.progress.setRange(0, 1000)
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self.status.setText(
            QCoreApplication.translate("SharePanel", "Checking the pack's publisher…")
        )

        def job() -> Generator[SyncProgress, None, Outcome[SyncResult]]:
            http = peer_http(self.now)
            try:
                result = yield from sync_from_peer(
                    http, store, peer, pack_id, policy, cancel=cancel
                )
            finally:
                http.close()
            return Outcome(result, NOTHING if result.up_to_date else PACKS)

        ChangeOp(self.tasks, job, lane="net").success(self._on_got).failure(
            self._on_get_failed
        ).progress(self._on_progress).run()

    @Slot(object)
    def _on_progress(self, p: SyncProgress) -> None:
        if p.stage == "manifest":
            # its turn came (the status said whom it waited for)
            self.status.setText(
                QCoreApplication.translate("SharePanel", "Checking the pack's publisher…")
            )
            return
        if p.stage == "queued":  # another job writes the pack store (an update): wait
            self.progress.setRange(0, 0)
            self.status.setText(waiting_text(p.current))
            announce(self.status, self.status.text())
            return
        self.progress.setRange(0, 1000)
        if p.total_bytes:
            self.progress.setValue(int(1000 * p.done_bytes / p.total_bytes))
        if p.stage == "waiting":
            self.status.setText(
                QCoreApplication.translate(
                    "SharePanel",
                    "The other laptop is sending to others; waiting for a turn…",
                )
            )
            return
        text = (
            QCoreApplication.translate("SharePanel", "%1 of %2 MB")
            .replace("%1", number(p.done_bytes / 1e6, 1))
            .replace("%2", number(p.total_bytes / 1e6, 1))
        )
        if p.speed:
            text += " · " + QCoreApplication.translate("SharePanel", "%1 MB/s").replace(
                "%1", number(p.speed / 1e6, 1)
            )
        if p.stage == "install":
            text = QCoreApplication.translate("SharePanel", "Installing the pack…")
        self.status.setText(text)

    def _on_got(self, result: SyncResult) -> None:
        self.progress.setValue(1000)
        self._set_busy(False)
        m = result.manifest
        if result.up_to_date:
            self.status.setText(
                QCoreApplication.translate(
                    "SharePanel", "You already have this pack (version %1)."
                ).replace("%1", m.version)
            )
            return
        self.status.setText(
            QCoreApplication.translate("SharePanel", "Pack version %1 installed (%2 MB copied).")
            .replace("%1", m.version)
            .replace("%2", number(result.bytes_fetched / 1e6, 1))
        )

    def _on_get_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if self.trust.accept(exc) and self._last_get is not None:
            self.start_get(*self._last_get)
            return
        self._on_failed(exc)

    def _on_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.status.setText(error_text(exc))

    @Slot()
    def _on_cancel(self) -> None:
        if self._cancel is not None:
            self._cancel.set()

    def stop(self) -> None:
        """Stop any download (the app is closing)."""
        if self._cancel is not None:
            self._cancel.set()
