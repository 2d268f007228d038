"""Venue sharing in the Library: share my packs on this network (address + QR code);
nearby shares and getting a pack from one are in ``nearby_shares.py``.

Sharing is off at every start: the switch is not a saved setting. The behaviour is in
the Qt-free ``companion.core.library.share`` and ``peers``; this widget only starts
them in the background and shows what they report.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from companion.core.library.service import Library
from companion.core.library.share import PackShare
from companion.ui.i18n import follow_language
from companion.ui.library.nearby_shares import NearbyShares, error_text
from companion.ui.library.trust_dialog import TrustGate
from companion.ui.ops import QueryOp
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
        self.addresses = addresses
        self.announce = announce
        self.share: PackShare | None = None

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

        self.nearby_shares = NearbyShares(
            tasks,
            library,
            trust,
            now=now,
            interfaces=addresses,
            lang=lang,
            parent=self.body,
        )
        shares = self.nearby_shares
        # its controls by name, as the panel's own
        self.look, self.manual, self.add, self.nearby = (
            shares.look,
            shares.manual,
            shares.add,
            shares.nearby,
        )
        self.get, self.cancel, self.progress, self.status = (
            shares.get,
            shares.cancel,
            shares.progress,
            shares.status,
        )
        self._on_progress = shares._on_progress
        row = QHBoxLayout(self.body)
        row.setContentsMargins(0, 0, 0, 0)
        row.addLayout(mine)
        row.addWidget(self.nearby_shares, 1)
        self.body.setVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(head)
        layout.addWidget(self.body)

        self.header.toggled.connect(self._on_header)
        self.toggle.toggled.connect(self._on_toggle)
        self.retranslate()
        follow_language(self.retranslate)

    # -- texts ---------------------------------------------------------------
    def retranslate(self) -> None:
        self.header.setText(self.tr("Share at the venue"))
        self.header.setToolTip(self.tr("Share packs with the laptops around you, no internet"))
        self.toggle.setText(self.tr("Share my packs on this network"))
        self.toggle.setAccessibleName(self.tr("Share my packs on this network"))
        self.qr.setAccessibleName(self.tr("QR code of this laptop's share address"))
        self._show_share_state()
        self.nearby_shares.retranslate()

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
            QueryOp(self.tasks, share.start, lane="net").success(self._on_shared).failure(
                self._on_share_failed
            ).run()
        elif not on and self.share is not None:
            share, self.share = self.share, None
            self.qr.clear()
            self.qr.setVisible(False)
            QueryOp(self.tasks, share.stop, lane="net").run()
            self._show_share_state()

    def _on_shared(self, _started: None) -> None:
        self.toggle.setEnabled(True)
        if self.share is None or not self.share.running:
            return
        self.qr.setPixmap(qr_pixmap(self.share.urls[0]))
        self.qr.setVisible(True)
        self._show_share_state()

    def _on_share_failed(self, exc: BaseException) -> None:
        self.share = None
        self.toggle.setEnabled(True)
        self.toggle.blockSignals(True)
        self.toggle.setChecked(False)
        self.toggle.blockSignals(False)
        self._show_share_state()
        self.address.setText(error_text(exc))

    def shutdown(self) -> None:
        """Stop sharing and any download (the app is closing)."""
        self.nearby_shares.stop()
        if self.share is not None:
            self.share.stop()
            self.share = None
