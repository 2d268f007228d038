"""Venue sharing in the Library: share my packs on this network (address + QR code),
nearby shares, and getting a pack from one with a progress bar and the speed.

Sharing is off at every start: the switch is not a saved setting. The behaviour is in
the Qt-free ``companion.core.library.share`` and ``peers``; this widget only starts
them in the background and shows what they report.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QEvent, Qt, Slot
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

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
from companion.core.library.share import PackShare
from companion.core.library.signing import TrustPolicy, normalise_fingerprint
from companion.core.library.sync import SyncProgress
from companion.ui.errors import error_text
from companion.ui.library.trust_dialog import TrustGate
from companion.ui.locale_format import number
from companion.ui.tasks import TaskManager

log = logging.getLogger(__name__)

ROLE = Qt.ItemDataRole.UserRole
QR_PIXELS = 128


def qr_pixmap(text: str, pixels: int = QR_PIXELS) -> QPixmap:
    """A QR code of ``text`` (segno, in memory) scaled to about ``pixels``."""
    import io

    import segno

    qr = segno.make(text, error="m")
    modules = qr.symbol_size(scale=1, border=2)[0]
    buf = io.BytesIO()
    qr.save(buf, kind="png", scale=max(1, pixels // modules), border=2)
    pix = QPixmap()
    pix.loadFromData(buf.getvalue(), "PNG")
    return pix


class SharePanel(QWidget):
    """A header that opens the venue-sharing panel, and the panel.

    ``addresses`` and ``announce`` are for tests (loopback, no mDNS); the app shares on
    every private LAN address and announces."""

    def __init__(
        self,
        tasks: TaskManager,
        library: Library,
        trust: TrustGate,
        on_installed: Callable[[], None],
        *,
        now: Callable[[], datetime],
        addresses: list[str] | None = None,
        announce: bool = True,
        lang: Callable[[], str] = lambda: "en",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.library = library
        self.trust = trust
        self.on_installed = on_installed
        #: the app's clock, for the HTTP clients of the LAN
        self.now = now
        self.addresses = addresses
        self.announce = announce
        self.lang = lang
        self.share: PackShare | None = None
        self.peers: list[Peer] = []
        self._cancel: threading.Event | None = None
        self._busy = False
        self._last_get: tuple[Peer, str] | None = None

        self.header = QToolButton(self)
        self.header.setCheckable(True)
        self.header.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.header.setArrowType(Qt.ArrowType.RightArrow)
        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        head = QHBoxLayout()
        head.setContentsMargins(0, 0, 0, 0)
        head.addWidget(self.header)
        head.addWidget(self.summary, 1)

        self.body = QWidget(self)
        self.toggle = QCheckBox(self.body)
        self.address = QLabel(self.body)
        self.address.setTextFormat(Qt.TextFormat.PlainText)
        self.address.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.address.setWordWrap(True)
        self.qr = QLabel(self.body)
        self.qr.setFixedSize(QR_PIXELS + 8, QR_PIXELS + 8)
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qr.setVisible(False)
        mine = QVBoxLayout()
        mine.addWidget(self.toggle)
        mine.addWidget(self.address)
        mine.addWidget(self.qr)
        mine.addStretch(1)

        self.look = QPushButton(self.body)
        self.manual = QLineEdit(self.body)
        self.manual.setPlaceholderText("192.168.1.20:8737")
        self.add = QPushButton(self.body)
        find = QHBoxLayout()
        find.addWidget(self.look)
        find.addWidget(self.manual, 1)
        find.addWidget(self.add)
        self.nearby = QListWidget(self.body)
        self.nearby.setWordWrap(True)
        self.nearby.setAlternatingRowColors(True)
        # about three packs in view: the library list below keeps most of the height
        self.nearby.setMaximumHeight(self.fontMetrics().height() * 7)
        self.get = QPushButton(self.body)
        self.cancel = QPushButton(self.body)
        self.progress = QProgressBar(self.body)
        self.progress.setRange(0, 1000)
        self.progress.setVisible(False)
        self.status = QLabel(self.body)
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        actions = QHBoxLayout()
        actions.addWidget(self.get)
        actions.addWidget(self.cancel)
        actions.addWidget(self.progress, 1)
        theirs = QVBoxLayout()
        theirs.addLayout(find)
        theirs.addWidget(self.nearby, 1)
        theirs.addLayout(actions)
        theirs.addWidget(self.status)
        row = QHBoxLayout(self.body)
        row.setContentsMargins(0, 0, 0, 0)
        row.addLayout(mine)
        row.addLayout(theirs, 1)
        self.body.setVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(head)
        layout.addWidget(self.body)

        self.header.toggled.connect(self._on_header)
        self.toggle.toggled.connect(self._on_toggle)
        self.look.clicked.connect(self._on_look)
        self.add.clicked.connect(self._on_add)
        self.manual.returnPressed.connect(self._on_add)
        self.get.clicked.connect(self._on_get)
        self.cancel.clicked.connect(self._on_cancel)
        self.nearby.currentRowChanged.connect(self._update_buttons)
        self.retranslate()
        self._update_buttons()

    # -- texts ---------------------------------------------------------------
    def retranslate(self) -> None:
        self.header.setText(self.tr("Share at the venue"))
        self.header.setToolTip(self.tr("Share packs with the laptops around you, no internet"))
        self.toggle.setText(self.tr("Share my packs on this network"))
        self.toggle.setAccessibleName(self.tr("Share my packs on this network"))
        self.look.setText(self.tr("Look for nearby shares"))
        self.manual.setAccessibleName(self.tr("Address of a share"))
        self.manual.setToolTip(self.tr("The address another laptop shows, e.g. 192.168.1.20:8737"))
        self.add.setText(self.tr("Add"))
        self.add.setAccessibleName(self.tr("Add this share"))
        self.get.setText(self.tr("Get this pack"))
        self.cancel.setText(self.tr("Stop"))
        self.nearby.setAccessibleName(self.tr("Packs on nearby laptops"))
        self.qr.setAccessibleName(self.tr("QR code of this laptop's share address"))
        self._show_share_state()
        self._fill_nearby()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _show_share_state(self) -> None:
        if self.share is not None and self.share.running:
            urls = self.share.urls
            self.address.setText(
                self.tr("Others can get your packs at:\n%1").replace("%1", "\n".join(urls))
            )
            self.summary.setText(self.tr("Sharing at %1").replace("%1", urls[0]))
        else:
            self.address.setText(self.tr("Off. Turn it on to let laptops nearby copy your packs."))
            self.summary.setText("")

    # -- my share ------------------------------------------------------------
    @Slot(bool)
    def _on_header(self, open_: bool) -> None:
        self.body.setVisible(open_)
        self.header.setArrowType(Qt.ArrowType.DownArrow if open_ else Qt.ArrowType.RightArrow)

    @Slot(bool)
    def _on_toggle(self, on: bool) -> None:
        if on and self.share is None:
            share = PackShare(self.library.store, addresses=self.addresses, announce=self.announce)
            self.share = share
            self.toggle.setEnabled(False)
            self.address.setText(self.tr("Starting…"))
            self.tasks.run_net(share.start, self._on_shared, self._on_share_failed)
        elif not on and self.share is not None:
            share, self.share = self.share, None
            self.qr.clear()
            self.qr.setVisible(False)
            self.tasks.run_net(share.stop)
            self._show_share_state()

    @Slot(object)
    def _on_shared(self, _result: object) -> None:
        self.toggle.setEnabled(True)
        if self.share is None or not self.share.running:
            return
        self.qr.setPixmap(qr_pixmap(self.share.urls[0]))
        self.qr.setVisible(True)
        self._show_share_state()

    @Slot(object)
    def _on_share_failed(self, exc: BaseException) -> None:
        self.share = None
        self.toggle.setEnabled(True)
        self.toggle.blockSignals(True)
        self.toggle.setChecked(False)
        self.toggle.blockSignals(False)
        self._show_share_state()
        self.address.setText(self._error_text(exc))

    # -- nearby shares ---------------------------------------------------------
    @Slot()
    def _on_look(self) -> None:
        if self._busy:
            return
        self._set_busy(True)
        self.status.setText(self.tr("Looking for shares on this network…"))
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

        self.tasks.run_net(job, self._on_found, self._on_failed)

    @Slot()
    def _on_add(self) -> None:
        text = self.manual.text().strip()
        if not text or self._busy:
            return
        try:
            base = base_url(text)
        except KnownError as exc:
            self.status.setText(self._error_text(exc))
            return
        self._set_busy(True)
        self.status.setText(self.tr("Asking %1…").replace("%1", base))

        def job() -> list[Peer]:
            http = peer_http(self.now)
            try:
                return [list_packs(http, base)]
            finally:
                http.close()

        self.tasks.run_net(job, self._on_found, self._on_failed)

    @Slot(object)
    def _on_found(self, found: list[Peer]) -> None:
        self._set_busy(False)
        known = {p.base for p in found}
        self.peers = [p for p in self.peers if p.base not in known] + found
        self._fill_nearby()
        if not found:
            self.status.setText(
                self.tr("No share found. Ask for the address shown on the other laptop.")
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
            self.tr("%1 (version %2, %3 MB) on %4")
            .replace("%1", title)
            .replace("%2", pack.version)
            .replace("%3", number(pack.size / 1e6, 1))
            .replace("%4", peer.name or peer.base)
        )
        if not pack.signer:
            who = self.tr("not signed: cannot be taken from another laptop")
        else:
            fp = normalise_fingerprint(pack.signer)
            trusted = next((t for t in policy.trusted if t.fingerprint == fp), None)
            if trusted is not None:
                who = self.tr("from %1 (trusted)").replace("%1", trusted.name or fp)
            else:
                who = self.tr("unknown publisher, key %1").replace("%1", fp)
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
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self.status.setText(self.tr("Checking the pack's publisher…"))

        def job() -> Any:
            http = peer_http(self.now)
            try:
                return (
                    yield from sync_from_peer(http, store, peer, pack_id, policy, cancel=cancel)
                )
            finally:
                http.close()

        self.tasks.run_net(job, self._on_got, self._on_get_failed, self._on_progress)

    @Slot(object)
    def _on_progress(self, p: SyncProgress) -> None:
        if p.stage == "manifest":
            return
        if p.total_bytes:
            self.progress.setValue(int(1000 * p.done_bytes / p.total_bytes))
        text = (
            self.tr("%1 of %2 MB")
            .replace("%1", number(p.done_bytes / 1e6, 1))
            .replace("%2", number(p.total_bytes / 1e6, 1))
        )
        if p.speed:
            text += " · " + self.tr("%1 MB/s").replace("%1", number(p.speed / 1e6, 1))
        if p.stage == "install":
            text = self.tr("Installing the pack…")
        self.status.setText(text)

    @Slot(object)
    def _on_got(self, result: Any) -> None:
        self.progress.setValue(1000)
        self._set_busy(False)
        m = result.manifest
        if result.up_to_date:
            self.status.setText(
                self.tr("You already have this pack (version %1).").replace("%1", m.version)
            )
            return
        self.status.setText(
            self.tr("Pack version %1 installed (%2 MB copied).")
            .replace("%1", m.version)
            .replace("%2", number(result.bytes_fetched / 1e6, 1))
        )
        self.on_installed()

    @Slot(object)
    def _on_get_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if self.trust.accept(exc) and self._last_get is not None:
            self.start_get(*self._last_get)
            return
        self._on_failed(exc)

    @Slot(object)
    def _on_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.status.setText(self._error_text(exc))

    def _error_text(self, exc: BaseException) -> str:
        return error_text(exc).replace("\n", " ")

    @Slot()
    def _on_cancel(self) -> None:
        if self._cancel is not None:
            self._cancel.set()

    def shutdown(self) -> None:
        """Stop sharing and any download (the app is closing)."""
        if self._cancel is not None:
            self._cancel.set()
        if self.share is not None:
            self.share.stop()
            self.share = None
