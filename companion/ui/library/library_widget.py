"""The library area: the browser (``library_browser.py``: list, search, details), the
viewers (``viewers.py``) and the pack jobs (``pack_jobs.py``), wired to the view."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any, cast

from PySide6.QtCore import Slot
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QListWidgetItem,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from companion.core.changes import Changes
from companion.core.library.manifest import Item, pick
from companion.core.library.service import Library
from companion.core.net import HttpClient
from companion.core.settings import Settings
from companion.ui.area_base import AreaWidget
from companion.ui.i18n import current_language, follow_language
from companion.ui.library.library_browser import COVER_ROLE, LibraryBrowser
from companion.ui.library.library_text import (
    Selection,
    language_names,
    retranslate_view,
)
from companion.ui.library.library_view import LibraryView
from companion.ui.library.pack_jobs import PackJobs
from companion.ui.library.pages import Page, PageLoader
from companion.ui.library.photobook import PhotobookViewer
from companion.ui.library.share_panel import SharePanel
from companion.ui.library.snapshot import Snapshot, gather
from companion.ui.library.trust_dialog import TrustGate
from companion.ui.library.viewers import Viewers
from companion.ui.ops import QueryOp
from companion.ui.tasks import TaskManager

log = logging.getLogger(__name__)

__all__ = ["COVER_ROLE", "LibraryWidget"]


class LibraryWidget(AreaWidget):
    """The library area. Collaborators are passed in; see ``area.create``."""

    def __init__(
        self,
        tasks: TaskManager,
        library: Library,
        http: HttpClient,
        settings: Settings,
        compose: Callable[[str, str], None],
        thumb_dir: Path,
        *,
        is_online: Callable[[], bool | None] = lambda: None,
        metered: Callable[[], bool | None] = lambda: None,
        pdf_text: Any = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.library = library
        self.http = http
        self.settings = settings
        self.compose = compose
        self.is_online = is_online
        self.pdf_text = pdf_text
        self.snapshot = Snapshot()
        self.loaded = False
        self._stack = QStackedLayout(self)
        self.view = LibraryView(self)
        self._stack.addWidget(self.view)
        self.trust = TrustGate(settings, self)
        self.share_panel = SharePanel(
            tasks, library, self.trust, now=http.now, lang=lambda: self.lang
        )
        cast(QVBoxLayout, self.view.layout()).insertWidget(2, self.share_panel)
        self.loader = PageLoader(thumb_dir, tasks, self)
        self.browser = LibraryBrowser(
            self.view,
            tasks,
            library,
            self.loader,
            snapshot=lambda: self.snapshot,
            lang=lambda: self.lang,
            is_online=is_online,
            on_failure=lambda exc: self.jobs.show_failure(exc),
        )
        self.viewers = Viewers(
            self._stack,
            self.view,
            self,
            library,
            self.loader,
            present=lambda sha: sha in self.snapshot.present,
            pdf_pages=lambda sha: self.snapshot.pdf_pages.get(sha, 0),
            query=lambda: self.browser.query,
            parent=self,
        )
        self.viewers.compose_requested.connect(self.compose)
        self.jobs = PackJobs(
            self.view,
            tasks,
            library,
            http,
            settings,
            is_online=is_online,
            metered=metered,
            trust=self.trust,
            parent=self,
        )
        #: the interface language the content language last followed
        self._ui_lang = ""
        #: whether the user chose a content language since the interface language changed
        self._lang_picked = False
        self._connect()
        # installed, synced or imported packs; the pack address in the settings
        tasks.hub.subscribe(self, self._on_packs_changed, packs=True)
        tasks.hub.subscribe(self, self._on_settings_changed, settings=("library.",))
        self.retranslate()
        self.jobs.set_busy("")
        self.reload()
        self.jobs.start_timer()
        follow_language(self.retranslate)

    # -- the stack and its pages ---------------------------------------------
    def currentWidget(self) -> QWidget | None:
        return self._stack.currentWidget()

    def setCurrentWidget(self, widget: QWidget) -> None:
        self._stack.setCurrentWidget(widget)

    @property
    def photobook(self) -> PhotobookViewer:
        return self.viewers.photobook

    @property
    def presenter(self) -> PhotobookViewer | None:
        return self.viewers.presenter

    @property
    def _busy(self) -> str:
        return self.jobs.busy

    def start_sync(self, *, manual: bool) -> bool:
        return self.jobs.start_sync(manual=manual)

    def start_import(self, path: str) -> None:
        self.jobs.start_import(path, self.lang)

    def start_export(self, path: str) -> None:
        self.jobs.start_export(path, {m.id: m for m, _ in self.snapshot.items})

    def open_photobook(self, item: Item, lang: str, page: int = 0) -> None:
        self.viewers.open_photobook(item, lang, page)

    def _on_packs_changed(self, _changes: Changes) -> None:
        self.reload()

    def _on_settings_changed(self, _changes: Changes) -> None:
        if not self.jobs.busy:
            self._show_idle_status()

    # -- wiring ------------------------------------------------------------
    def _connect(self) -> None:
        v = self.view
        v.search.returnPressed.connect(self._on_open)
        v.lang.currentIndexChanged.connect(self._on_lang_changed)
        v.results.itemActivated.connect(self._on_item_activated)
        v.open_btn.clicked.connect(self._on_open)
        v.system_btn.clicked.connect(self._on_system)
        v.download_btn.clicked.connect(self._on_download)
        v.browser_btn.clicked.connect(self._on_browser)
        v.send_btn.clicked.connect(self._on_send_item)
        v.import_folder.triggered.connect(self._on_import_folder)
        v.import_archive.triggered.connect(self._on_import_archive)
        v.export_folder.triggered.connect(self._on_export_folder)
        v.export_archive.triggered.connect(self._on_export_archive)

    def retranslate(self) -> None:
        retranslate_view(self.view)
        ui = current_language()
        if ui != self._ui_lang:
            # a new interface language: the materials follow it where they exist in it,
            # until the user picks another content language
            self._ui_lang = ui
            self._lang_picked = False
        self._fill_languages()
        if not self.jobs.busy:
            self._show_idle_status()
        self._populate()

    def _fill_languages(self) -> None:
        """English and Kiswahili, plus every other language the installed packs have."""
        v = self.view
        current = v.lang.currentData()
        codes = {"en", "sw"}
        for _m, item in self.snapshot.items:
            codes.update(item.title)
            codes.update(item.editions)
        names = language_names()
        order = {"en": 0, "sw": 1}
        v.lang.blockSignals(True)
        v.lang.clear()
        for code in sorted(codes, key=lambda c: (order.get(c, 2), c)):
            v.lang.addItem(names.get(code, code), code)
        wanted = current or self._default_lang()
        if not self._lang_picked and self._ui_lang in codes:
            wanted = self._ui_lang
        v.lang.setCurrentIndex(max(0, v.lang.findData(wanted)))
        v.lang.blockSignals(False)

    def _default_lang(self) -> str:
        code = (self._ui_lang or self.settings.general.language).replace("-", "_").split("_")[0]
        return code or "en"

    @property
    def lang(self) -> str:
        return str(self.view.lang.currentData() or "en")

    # -- loading -----------------------------------------------------------
    def reload(self) -> None:
        QueryOp(self.tasks, self._gather).success(self._on_snapshot).failure(
            self.jobs.show_failure
        ).run()

    def _gather(self) -> Snapshot:
        return gather(self.library, self.pdf_text)

    @Slot(object)
    def _on_snapshot(self, snap: Snapshot) -> None:
        first = not self.loaded
        self.snapshot = snap
        self.loaded = True
        self._fill_languages()
        self._populate()
        if first and not self.jobs.busy:
            self._show_idle_status()

    def _show_idle_status(self) -> None:
        packs = {m.id: m for m, _ in self.snapshot.items}
        if not self.loaded:
            self.view.status.setText(self.tr("Opening the library…"))
            return
        if not packs:
            self.view.status.setText(self.tr("No content pack is installed yet."))
            return
        parts = []
        for m in packs.values():
            text = self.tr("%1 (version %2)").replace("%1", pick(m.title, self.lang))
            parts.append(text.replace("%2", m.version))
        text = " · ".join(parts)
        if not self.settings.library.pack_url:
            text += " — " + self.tr("set the pack address in Settings to get updates")
        self.view.status.setText(text)

    @Slot(int)
    def _on_lang_changed(self, _index: int) -> None:
        self._lang_picked = True  # the user's choice (filling the box blocks signals)
        self._populate()

    def _selected(self) -> Selection | None:
        return self.browser.selected()

    def _populate(self) -> None:
        self.browser.populate()

    @property
    def shown_query(self) -> str:
        return self.browser.shown_query

    @property
    def _covers(self) -> dict[Page, QIcon]:
        return self.browser.covers

    # -- actions on the selected item -------------------------------------------
    @Slot(QListWidgetItem)
    def _on_item_activated(self, _row: QListWidgetItem) -> None:
        self._on_open()

    @Slot()
    def _on_open(self) -> None:
        sel = self._selected()
        if sel is None:
            return
        _manifest, item, lang, page = sel
        if item.kind == "photobook":
            self.viewers.open_photobook(item, lang, page)
        elif item.kind in ("publication", "newsletter") and item.edition(lang) is not None:
            self.viewers.open_publication(item, lang, page)
        elif item.kind == "video":
            self.viewers.open_video(item, lang)
        elif item.url:
            self._on_browser()

    @Slot()
    def _on_system(self) -> None:
        sel = self._selected()
        if sel is not None:
            self.viewers.open_with_system(sel[1], sel[2])

    @Slot()
    def _on_browser(self) -> None:
        sel = self._selected()
        if sel is not None and sel[1].url:
            self.viewers.open_in_browser(sel[1].url)

    @Slot()
    def _on_send_item(self) -> None:
        sel = self._selected()
        if sel is None:
            return
        _m, item, lang, _p = sel
        text = pick(item.title, lang)
        if item.url:
            text += " " + item.url
        self.compose(text, "photobook" if item.kind == "photobook" else "library")

    @Slot()
    def _on_download(self) -> None:
        sel = self._selected()
        if sel is None:
            return
        manifest, item, lang, _p = sel
        ed = item.edition(lang)
        if ed is not None:
            files = [f for f in ed.files if f.sha256 not in self.snapshot.present]
            self.jobs.download(manifest.id, files)

    @Slot()
    def _on_import_folder(self) -> None:
        self.start_import(PackJobs.ask_path(self, "import-folder"))

    @Slot()
    def _on_import_archive(self) -> None:
        self.start_import(PackJobs.ask_path(self, "import-archive"))

    @Slot()
    def _on_export_folder(self) -> None:
        self.start_export(PackJobs.ask_path(self, "export-folder"))

    @Slot()
    def _on_export_archive(self) -> None:
        path = PackJobs.ask_path(self, "export-archive")
        if path and not path.lower().endswith(".zip"):
            path += ".zip"
        self.start_export(path)

    def shutdown(self) -> None:
        self.share_panel.shutdown()
        self.browser.stop()
        self.jobs.stop()
        self.viewers.stop()
        self.loader.shutdown()
