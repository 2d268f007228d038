"""The Live area's filters: search (re-filters once typing pauses), network, language,
media only, hide reposts, and the muted words and accounts from the settings. Split
from ``widget.py``; texts keep the "LiveArea" translation context."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal, Slot

from companion.core.accounts.model import NETWORK_NAMES
from companion.core.live.timeline import Filter, languages
from companion.core.settings import LiveSettings
from companion.ui.live.post_model import PostListModel
from companion.ui.live.view import LiveView

log = logging.getLogger(__name__)


class LiveFilters(QObject):
    """Applies the filter bar to the model; ``applied`` follows each change.

    ``settings`` must not hold the area (a reference cycle would keep its Python side
    alive after Qt deleted it, and late background results would reach dead objects).
    """

    applied = Signal()

    def __init__(
        self,
        view: LiveView,
        model: PostListModel,
        settings: Callable[[], LiveSettings],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._view = view
        self._model = model
        self._settings = settings
        v = view
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(250)
        self.search_timer.timeout.connect(self.apply)
        v.search.textChanged.connect(self.search_timer.start)
        v.search.returnPressed.connect(self.apply)
        v.network.currentIndexChanged.connect(self.apply)
        v.language.currentIndexChanged.connect(self.apply)
        v.media_only.toggled.connect(self.apply)
        v.hide_reposts.toggled.connect(self.apply)

    @Slot()
    def apply(self) -> None:
        v = self._view
        live = self._settings()
        network = str(v.network.currentData() or "")
        self._model.set_filter(
            Filter(
                networks={network} if network else set(),
                language=str(v.language.currentData() or ""),
                media_only=v.media_only.isChecked(),
                hide_reposts=v.hide_reposts.isChecked(),
                search=v.search.text().strip(),
                muted_words=list(live.muted_words),
                muted_accounts=list(live.muted_accounts),
            )
        )
        self.applied.emit()

    def clear(self) -> None:
        """Every post again: no search, all networks and languages, no check box."""
        v = self._view
        for combo in (v.network, v.language):
            combo.setCurrentIndex(0)
        v.media_only.setChecked(False)
        v.hide_reposts.setChecked(False)
        v.search.clear()
        self.apply()

    def retranslate(self) -> None:
        net = self._view.network
        current = net.currentData()
        net.blockSignals(True)
        net.clear()
        net.addItem(QCoreApplication.translate("LiveArea", "All networks"), "")
        for key, name in NETWORK_NAMES.items():
            net.addItem(name, key)
        net.setCurrentIndex(max(0, net.findData(current)))
        net.blockSignals(False)
        self.refresh_languages()

    def refresh_languages(self) -> None:
        """The language list follows the posts loaded."""
        combo = self._view.language
        current = combo.currentData()
        codes = languages(self._model.all_posts())
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(QCoreApplication.translate("LiveArea", "All languages"), "")
        for code in codes:
            combo.addItem(code, code)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(False)

    def stop(self) -> None:
        self.search_timer.stop()
