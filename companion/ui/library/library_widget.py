"""Behaviour of the library area: list and search, details, viewers, sync, sideload."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast
from urllib.parse import urlsplit

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog,
    QListWidgetItem,
    QMenu,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from companion.core.errors import KnownError
from companion.core.library.index import Hit
from companion.core.library.manifest import Item, Manifest, pick
from companion.core.library.service import Library
from companion.core.library.sideload import FileProgress, export_pack, import_pack
from companion.core.library.sync import SyncProgress, fetch_on_demand, sync_allowed, sync_pack
from companion.core.net import HttpClient
from companion.core.settings import Settings
from companion.ui.a11y import announce, name_clear_button
from companion.ui.errors import translated_text
from companion.ui.library.library_view import LibraryView
from companion.ui.library.pages import Page, PageLoader
from companion.ui.library.photobook import EditionPages, Photobook, PhotobookViewer
from companion.ui.library.share_panel import SharePanel
from companion.ui.library.trust_dialog import TrustGate
from companion.ui.locale_format import number
from companion.ui.tasks import TaskManager

log = logging.getLogger(__name__)

AUTO_SYNC_EVERY_MS = 30 * 60 * 1000
FIRST_AUTO_SYNC_MS = 5000
SEARCH_DELAY_MS = 120
ROLE = Qt.ItemDataRole.UserRole


@dataclass
class Snapshot:
    """What the GUI shows, gathered on the database thread (no disk access in the GUI)."""

    items: list[tuple[Manifest, Item]] = field(default_factory=list)
    present: set[str] = field(default_factory=set)  # sha256 of stored files
    pdf_pages: dict[str, int] = field(default_factory=dict)  # sha256 -> page count


def _mb(n: float) -> str:
    return number(n / 1_000_000, 1)


class LibraryWidget(QStackedWidget):
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
        self.metered = metered
        self.pdf_text = pdf_text
        self.snapshot = Snapshot()
        self.loaded = False
        self.view = LibraryView(self)
        self.addWidget(self.view)
        self.trust = TrustGate(settings, self)
        self._retry: Callable[[], object] | None = None
        self.share_panel = SharePanel(
            tasks, library, self.trust, self.reload, now=http.now, lang=lambda: self.lang
        )
        cast(QVBoxLayout, self.view.layout()).insertWidget(2, self.share_panel)
        self.loader = PageLoader(thumb_dir, self)
        self.photobook = PhotobookViewer(self.loader, self)
        self.addWidget(self.photobook)
        self._publication: Any = None
        self.presenter: PhotobookViewer | None = None
        self._video: Any = None
        self._cancel: threading.Event | None = None
        self._busy = ""
        self._query = ""
        #: the query whose results are listed ("" = the browse list)
        self.shown_query = ""
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._run_search)
        self._auto_timer = QTimer(self)
        self._auto_timer.setInterval(AUTO_SYNC_EVERY_MS)
        self._auto_timer.timeout.connect(self._on_auto_sync)
        self._connect()
        self.retranslate()
        self._set_busy("")
        self.reload()
        self._auto_timer.start()
        # the first automatic sync soon after start; a timer of ours, so shutdown stops it
        self._first_auto = QTimer(self)
        self._first_auto.setSingleShot(True)
        self._first_auto.timeout.connect(self._on_auto_sync)
        self._first_auto.start(FIRST_AUTO_SYNC_MS)

    # -- wiring ------------------------------------------------------------
    def _connect(self) -> None:
        v = self.view
        v.search.textChanged.connect(self._on_search_text)
        v.search.returnPressed.connect(self._on_open)
        v.lang.currentIndexChanged.connect(self._on_lang_changed)
        v.results.currentItemChanged.connect(self._on_current_changed)
        v.results.itemActivated.connect(self._on_item_activated)
        v.open_btn.clicked.connect(self._on_open)
        v.system_btn.clicked.connect(self._on_system)
        v.download_btn.clicked.connect(self._on_download)
        v.browser_btn.clicked.connect(self._on_browser)
        v.send_btn.clicked.connect(self._on_send_item)
        v.sync.clicked.connect(self._on_sync_clicked)
        v.cancel.clicked.connect(self._on_cancel)
        self.import_menu = QMenu(self)
        self.import_folder = self.import_menu.addAction("")
        self.import_archive = self.import_menu.addAction("")
        self.import_folder.triggered.connect(self._on_import_folder)
        self.import_archive.triggered.connect(self._on_import_archive)
        v.import_btn.setMenu(self.import_menu)
        self.export_menu = QMenu(self)
        self.export_folder = self.export_menu.addAction("")
        self.export_archive = self.export_menu.addAction("")
        self.export_folder.triggered.connect(self._on_export_folder)
        self.export_archive.triggered.connect(self._on_export_archive)
        v.export_btn.setMenu(self.export_menu)
        self.photobook.close_requested.connect(self._on_viewer_closed)
        self.photobook.presentation_requested.connect(self._on_presentation)
        self.photobook.send_requested.connect(self._on_send_photobook)

    def retranslate(self) -> None:
        v = self.view
        v.search.setPlaceholderText(self.tr("Search titles, captions and publications…"))
        v.search.setAccessibleName(self.tr("Search the library"))
        name_clear_button(v.search, self.tr("Clear the search"))
        v.lang_label.setText(self.tr("&Language:"))
        self._fill_languages()
        v.lang.setAccessibleName(self.tr("Language of the materials"))
        v.sync.setText(self.tr("Update pack"))
        v.sync.setAccessibleDescription(self.tr("Download the latest content pack"))
        v.cancel.setText(self.tr("Stop"))
        v.cancel.setAccessibleDescription(self.tr("Stop the download"))
        v.import_btn.setText(self.tr("Import…"))
        v.import_btn.setAccessibleDescription(self.tr("Import a pack from a USB stick"))
        v.export_btn.setText(self.tr("Export…"))
        v.export_btn.setAccessibleDescription(self.tr("Export the pack to a USB stick"))
        self.import_folder.setText(self.tr("From a folder…"))
        self.import_archive.setText(self.tr("From a zip archive…"))
        self.export_folder.setText(self.tr("To a folder…"))
        self.export_archive.setText(self.tr("To a zip archive…"))
        v.results.setAccessibleName(self.tr("Library items"))
        v.open_btn.setText(self.tr("Open"))
        v.open_btn.setAccessibleDescription(self.tr("Open the selected item"))
        v.system_btn.setText(self.tr("Open with system viewer"))
        v.system_btn.setAccessibleDescription(self.tr("Open with the system's viewer"))
        v.download_btn.setAccessibleDescription(self.tr("Download this item"))
        v.browser_btn.setText(self.tr("Open in browser"))
        v.browser_btn.setAccessibleDescription(self.tr("Open the web page in the browser"))
        v.send_btn.setText(self.tr("Send to composer"))
        v.send_btn.setAccessibleDescription(self.tr("Start a post about this item"))
        if not self._busy:
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
        names = {
            "en": self.tr("English"),
            "sw": self.tr("Kiswahili"),
            "fr": self.tr("French"),
            "pt": self.tr("Portuguese"),
            "mg": self.tr("Malagasy"),
            "es": self.tr("Spanish"),
        }
        order = {"en": 0, "sw": 1}
        v.lang.blockSignals(True)
        v.lang.clear()
        for code in sorted(codes, key=lambda c: (order.get(c, 2), c)):
            v.lang.addItem(names.get(code, code), code)
        v.lang.setCurrentIndex(max(0, v.lang.findData(current or self._default_lang())))
        v.lang.blockSignals(False)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _default_lang(self) -> str:
        code = self.settings.general.language.replace("-", "_").split("_")[0]
        return code or "en"

    @property
    def lang(self) -> str:
        return str(self.view.lang.currentData() or "en")

    # -- loading -----------------------------------------------------------
    def reload(self) -> None:
        self.tasks.run_db(self._gather, self._on_snapshot, self._on_failure)

    def _gather(self) -> Snapshot:
        lib = self.library
        lib.ensure_sample()
        lib.reindex(self.pdf_text)
        snap = Snapshot(items=lib.items())
        for _manifest, item in snap.items:
            for ed in item.editions.values():
                for f in ed.files:
                    if lib.store.has(f):
                        snap.present.add(f.sha256)
                if ed.is_pdf and item.kind == "photobook" and ed.files[0].sha256 in snap.present:
                    from companion.ui.library.pages import pdf_page_count

                    path = lib.store.object_path(ed.files[0])
                    snap.pdf_pages[ed.files[0].sha256] = pdf_page_count(path)
        return snap

    @Slot(object)
    def _on_snapshot(self, snap: Snapshot) -> None:
        first = not self.loaded
        self.snapshot = snap
        self.loaded = True
        self._fill_languages()
        self._populate()
        if first and not self._busy:
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

    # -- list and search --------------------------------------------------------
    @Slot(str)
    def _on_search_text(self, text: str) -> None:
        self._query = text.strip()
        if not self._query:
            self._populate()
        else:
            self._search_timer.start()

    @Slot()
    def _run_search(self) -> None:
        query, lang = self._query, self.lang
        if not query:
            return
        self.tasks.run_db(
            lambda: (query, self.library.search(query, lang=lang)),
            self._on_hits,
            self._on_failure,
        )

    @Slot(object)
    def _on_hits(self, result: tuple[str, list[Hit]]) -> None:
        query, hits = result
        if query != self._query:
            return  # the user typed on; a newer search is coming
        self.shown_query = query
        results = self.view.results
        results.clear()
        if not hits:
            results.addItem(
                QListWidgetItem(self.tr("Nothing found for “%1”.").replace("%1", query))
            )
            return
        for hit in hits:
            where = self._kind_name(hit.kind) + " · " + hit.lang.upper()
            if hit.page >= 0:
                where += " · " + self.tr("page %1").replace("%1", str(hit.page + 1))
            row = QListWidgetItem(f"{hit.title}\n{where}\n{hit.snippet}")
            row.setData(ROLE, (hit.pack_id, hit.item_id, hit.lang, max(hit.page, 0)))
            results.addItem(row)
        results.setCurrentRow(0)

    def _populate(self) -> None:
        if self._query:
            self._run_search()
            return
        results = self.view.results
        previous = self._selected()
        keep = (previous[0].id, previous[1].id) if previous else None
        results.clear()
        self.shown_query = ""
        for manifest, item in self.snapshot.items:
            parts = [self._kind_name(item.kind)]
            if item.editions:
                parts.append(" / ".join(sorted(item.editions)).upper())
            size = sum(f.size for f in item.files())
            if size:
                parts.append(self._size(size))
            if item.url:
                parts.append(urlsplit(item.url).hostname or "")
            meta = " · ".join(p for p in parts if p)
            row = QListWidgetItem(f"{pick(item.title, self.lang)}\n{meta}")
            row.setData(ROLE, (manifest.id, item.id, self.lang, 0))
            results.addItem(row)
            if keep == (manifest.id, item.id):
                results.setCurrentItem(row)
        if results.count() and results.currentRow() < 0:
            results.setCurrentRow(0)
        self._show_details(self._selected())

    def _size(self, n: int) -> str:
        if n < 100_000:
            return self.tr("%1 KB").replace("%1", number(max(1, round(n / 1000))))
        return self.tr("%1 MB").replace("%1", _mb(n))

    def _kind_name(self, kind: str) -> str:
        names = {
            "photobook": self.tr("Photobook"),
            "publication": self.tr("Publication"),
            "video": self.tr("Video"),
            "newsletter": self.tr("Newsletter"),
            "link": self.tr("Link"),
        }
        return names.get(kind, kind)

    @Slot(int)
    def _on_lang_changed(self, _index: int) -> None:
        self._populate()

    def _selected(self) -> tuple[Manifest, Item, str, int] | None:
        row = self.view.results.currentItem()
        data = row.data(ROLE) if row is not None else None
        if not data:
            return None
        pack_id, item_id, lang, page = data
        for manifest, item in self.snapshot.items:
            if manifest.id == pack_id and item.id == item_id:
                return manifest, item, lang, page
        return None

    def _on_current_changed(self, current: QListWidgetItem | None, _prev: object) -> None:
        self._show_details(self._selected())

    def _show_details(self, sel: tuple[Manifest, Item, str, int] | None) -> None:
        v = self.view
        for b in (v.open_btn, v.system_btn, v.download_btn, v.browser_btn, v.send_btn):
            b.setVisible(False)
        if sel is None:
            v.detail_title.setText("")
            v.detail_meta.setText("")
            v.detail_text.setText("")
            return
        manifest, item, lang, _page = sel
        v.detail_title.setText(pick(item.title, lang))
        meta = [self._kind_name(item.kind), pick(manifest.title, lang)]
        if item.date:
            meta.append(item.date)
        v.detail_meta.setText(" · ".join(meta))
        v.detail_text.setText(pick(item.description, lang))
        ed = item.edition(lang)
        have = ed is not None and all(f.sha256 in self.snapshot.present for f in ed.files)
        v.send_btn.setVisible(True)
        if item.kind in ("photobook", "publication", "video", "newsletter") and ed is not None:
            v.open_btn.setVisible(have)
            v.system_btn.setVisible(have and item.kind != "photobook")
            if not have:
                size = sum(f.size for f in ed.files)
                v.download_btn.setText(self.tr("Download (%1 MB)").replace("%1", _mb(size)))
                v.download_btn.setVisible(True)
        if item.url:
            v.browser_btn.setVisible(True)
            online = self.is_online()
            v.browser_btn.setEnabled(online is not False)
            v.browser_btn.setToolTip("" if online is not False else self.tr("You are offline."))

    # -- opening --------------------------------------------------------------
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
            self.open_photobook(item, lang, page)
        elif item.kind in ("publication", "newsletter") and item.edition(lang) is not None:
            self.open_publication(item, lang, page)
        elif item.kind == "video":
            self.open_video(item, lang)
        elif item.url:
            self._on_browser()

    def photobook_of(self, item: Item) -> Photobook:
        book = Photobook(item.id)
        store = self.library.store
        for lang, ed in item.editions.items():
            if ed.is_pdf:
                f = ed.files[0]
                count = self.snapshot.pdf_pages.get(f.sha256, 0)
                pages = [Page(store.object_path(f), f.sha256, i) for i in range(count)]
            else:
                pages = [Page(store.object_path(f), f.sha256) for f in ed.files]
            if all(p.sha256 in self.snapshot.present for p in pages):
                book.editions[lang] = EditionPages(lang, pick(item.title, lang), pages, ed.captions)
        return book

    def open_photobook(self, item: Item, lang: str, page: int = 0) -> None:
        self.setCurrentWidget(self.photobook)
        self.photobook.open(self.photobook_of(item), lang, page)

    def open_publication(self, item: Item, lang: str, page: int = 0) -> None:
        ed = item.edition(lang)
        if ed is None or not ed.files:
            return
        from companion.ui.library.publication import PublicationViewer

        if self._publication is None:
            self._publication = PublicationViewer(self)
            self._publication.close_requested.connect(self._on_viewer_closed)
            self._publication.send_requested.connect(self._on_send_publication)
            self.addWidget(self._publication)
        self.setCurrentWidget(self._publication)
        path = self.library.store.object_path(ed.files[0])
        if not self._publication.open(path, pick(item.title, ed.lang), page, self._query):
            self.view.status.setText(
                self.tr("This publication cannot be shown here; try the system viewer.")
            )
            self.setCurrentWidget(self.view)

    def open_video(self, item: Item, lang: str) -> None:
        ed = item.edition(lang)
        if ed is None or not ed.files:
            return
        from companion.ui.library.video import VideoViewer

        if self._video is None:
            self._video = VideoViewer(self)
            self._video.close_requested.connect(self._on_viewer_closed)
            self.addWidget(self._video)
        self.setCurrentWidget(self._video)
        self._video.open(self.library.store.object_path(ed.files[0]))

    @Slot()
    def _on_viewer_closed(self) -> None:
        self.setCurrentWidget(self.view)
        self.view.results.setFocus()

    @Slot(bool)
    def _on_presentation(self, on: bool) -> None:
        """Present the open photobook in its own full-screen window, at the same page."""
        if on and self.presenter is None and self.photobook.book is not None:
            presenter = PhotobookViewer(self.loader)
            presenter.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
            presenter.setWindowTitle(self.photobook.title_label.text())
            presenter.set_presenting(True)
            presenter.presentation_requested.connect(self._on_presentation)
            presenter.close_requested.connect(self._on_presentation_closed)
            presenter.send_requested.connect(self._on_send_photobook)
            self.presenter = presenter
            presenter.showFullScreen()
            presenter.open(self.photobook.book, self.photobook.lang, self.photobook.page)
            presenter.activateWindow()
        elif not on:
            self._on_presentation_closed()

    @Slot()
    def _on_presentation_closed(self) -> None:
        presenter, self.presenter = self.presenter, None
        if presenter is None:
            return
        self.photobook.set_language(presenter.lang)
        self.photobook.go_to(presenter.page)
        presenter.close()
        self.photobook.setFocus()

    @Slot()
    def _on_system(self) -> None:
        sel = self._selected()
        if sel is None:
            return
        _m, item, lang, _p = sel
        ed = item.edition(lang)
        if ed is not None and ed.files:
            from companion.ui.library.publication import open_with_system

            if not open_with_system(self.library.store.object_path(ed.files[0])):
                self.view.status.setText(
                    self.tr("For your safety, this kind of file is not opened outside the app.")
                )

    @Slot()
    def _on_browser(self) -> None:
        sel = self._selected()
        if sel is not None and sel[1].url:
            QDesktopServices.openUrl(QUrl(sel[1].url))

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

    @Slot(str)
    def _on_send_photobook(self, text: str) -> None:
        self.compose(text, "photobook")

    @Slot(str)
    def _on_send_publication(self, text: str) -> None:
        self.compose(text, "publication")

    # -- background jobs: sync, download, import, export ----------------------
    def _set_busy(self, what: str) -> None:
        self._busy = what
        v = self.view
        v.progress.setVisible(bool(what))
        v.cancel.setVisible(what in ("sync", "download"))
        for b in (v.sync, v.import_btn, v.export_btn, v.download_btn):
            b.setEnabled(not what)
        if what:
            v.progress.setRange(0, 0)

    @Slot()
    def _on_sync_clicked(self) -> None:
        self.start_sync(manual=True)

    @Slot()
    def _on_auto_sync(self) -> None:
        self.start_sync(manual=False)

    def start_sync(self, *, manual: bool) -> bool:
        url = self.settings.library.pack_url
        if self._busy:
            return False
        if not url:
            if manual:
                self.view.status.setText(
                    self.tr(
                        "No pack address yet: set it in Settings → Library, "
                        "or import a pack from a USB stick."
                    )
                )
                announce(self.view.status, self.view.status.text())
            return False
        if not manual:
            lib = self.settings.library
            ok, _why = sync_allowed(
                only_unmetered=lib.only_unmetered,
                only_at_night=lib.only_at_night,
                metered=self.metered(),
                local_now=self.http.now().astimezone(),
            )
            if not ok or self.is_online() is False:
                return False
        self._cancel = threading.Event()
        cancel = self._cancel
        self._set_busy("sync")
        self.view.status.setText(self.tr("Checking for a new pack…"))
        trust = self.trust.policy()
        # ask about an unknown publisher only when the user started the sync
        self._retry = (lambda: self.start_sync(manual=True)) if manual else None
        self.tasks.run_net(
            lambda: sync_pack(self.http, self.library.store, url, cancel=cancel, trust=trust),
            self._on_sync_done,
            self._on_job_failed,
            self._on_progress,
        )
        return True

    @Slot(object)
    def _on_progress(self, p: SyncProgress | FileProgress) -> None:
        v = self.view
        if isinstance(p, SyncProgress) and p.stage == "manifest":
            return
        if p.total_bytes:
            v.progress.setRange(0, 1000)
            v.progress.setValue(int(1000 * p.done_bytes / p.total_bytes))
        text = (
            self.tr("%1 of %2 MB")
            .replace("%1", _mb(p.done_bytes))
            .replace("%2", _mb(p.total_bytes))
        )
        if isinstance(p, SyncProgress):
            if p.speed:
                text += " · " + self.tr("%1 MB/s").replace("%1", number(p.speed / 1e6, 2))
            if p.eta is not None:
                minutes = int(p.eta // 60)
                left = (
                    self.tr("about %Ln min left", "", minutes + 1)
                    if minutes
                    else self.tr("less than a minute left")
                )
                text += " · " + left
            if p.stage == "install":
                text = self.tr("Installing the new pack…")
        v.status.setText(text)

    @Slot(object)
    def _on_sync_done(self, result: Any) -> None:
        self._set_busy("")
        m = result.manifest
        if result.up_to_date:
            self.view.status.setText(
                self.tr("The pack is up to date (version %1).").replace("%1", m.version)
            )
            announce(self.view.status, self.view.status.text())
        else:
            self.view.status.setText(
                self.tr("Pack version %1 installed (%2 MB downloaded).")
                .replace("%1", m.version)
                .replace("%2", _mb(result.bytes_fetched))
            )
            announce(self.view.status, self.view.status.text())
            self.reload()

    @Slot(object)
    def _on_job_failed(self, exc: BaseException) -> None:
        self._set_busy("")
        if self._retry is not None and self.trust.accept(exc):  # an unknown key, accepted
            self._retry()
            return
        self._on_failure(exc)

    @Slot(object)
    def _on_failure(self, exc: BaseException) -> None:
        if isinstance(exc, KnownError):
            self.view.status.setText(translated_text(exc).replace("\n", " "))
        else:
            self.view.status.setText(self.tr("Something went wrong; the details are in the log."))
        announce(self.view.status, self.view.status.text(), assertive=True)

    @Slot()
    def _on_cancel(self) -> None:
        if self._cancel is not None:
            self._cancel.set()

    @Slot()
    def _on_download(self) -> None:
        sel = self._selected()
        if sel is None or self._busy:
            return
        manifest, item, lang, _p = sel
        ed = item.edition(lang)
        if ed is None:
            return
        files = [f for f in ed.files if f.sha256 not in self.snapshot.present]
        self._cancel = threading.Event()
        cancel = self._cancel
        self._set_busy("download")

        def job() -> Any:
            for f in files:
                yield from fetch_on_demand(
                    self.http, self.library.store, manifest.id, f, cancel=cancel
                )
            return None

        self.tasks.run_net(job, self._on_download_done, self._on_job_failed, self._on_progress)

    @Slot(object)
    def _on_download_done(self, _result: object) -> None:
        self._set_busy("")
        self.view.status.setText(self.tr("Downloaded."))
        self.reload()

    @classmethod
    def ask_path(cls, parent: QWidget, kind: str) -> str:
        """Ask for a path; ``kind`` is import-folder, import-archive, export-folder or
        export-archive. Tests replace this."""
        if kind == "import-folder":
            return QFileDialog.getExistingDirectory(
                parent, QCoreApplication.translate("LibraryWidget", "Pack folder")
            )
        if kind == "import-archive":
            return QFileDialog.getOpenFileName(
                parent,
                QCoreApplication.translate("LibraryWidget", "Pack archive"),
                "",
                QCoreApplication.translate("LibraryWidget", "Zip archives (*.zip)"),
            )[0]
        if kind == "export-folder":
            return QFileDialog.getExistingDirectory(
                parent, QCoreApplication.translate("LibraryWidget", "Export into folder")
            )
        return QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("LibraryWidget", "Export to archive"),
            "shareasm-pack.zip",
            QCoreApplication.translate("LibraryWidget", "Zip archives (*.zip)"),
        )[0]

    @Slot()
    def _on_import_folder(self) -> None:
        self.start_import(self.ask_path(self, "import-folder"))

    @Slot()
    def _on_import_archive(self) -> None:
        self.start_import(self.ask_path(self, "import-archive"))

    def start_import(self, path: str) -> None:
        if not path or self._busy:
            return
        self._set_busy("import")
        self.view.status.setText(self.tr("Checking the pack…"))
        trust, self._retry = self.trust.policy(), lambda: self.start_import(path)
        self.tasks.run_net(
            lambda: import_pack(Path(path), self.library.store, trust=trust),
            self._on_import_done,
            self._on_job_failed,
            self._on_progress,
        )

    @Slot(object)
    def _on_import_done(self, manifest: Manifest) -> None:
        self._set_busy("")
        self.view.status.setText(
            self.tr("Pack %1 version %2 installed.")
            .replace("%1", pick(manifest.title, self.lang))
            .replace("%2", manifest.version)
        )
        self.reload()

    @Slot()
    def _on_export_folder(self) -> None:
        self.start_export(self.ask_path(self, "export-folder"))

    @Slot()
    def _on_export_archive(self) -> None:
        path = self.ask_path(self, "export-archive")
        if path and not path.lower().endswith(".zip"):
            path += ".zip"
        self.start_export(path)

    def start_export(self, path: str) -> None:
        packs = {m.id: m for m, _ in self.snapshot.items}
        if not path or self._busy or not packs:
            return
        real = [m for m in packs.values() if not m.sample]
        pack_id = (real or list(packs.values()))[0].id
        self._set_busy("export")
        self.view.status.setText(self.tr("Exporting…"))
        self.tasks.run_net(
            lambda: export_pack(self.library.store, pack_id, Path(path)),
            self._on_export_done,
            self._on_job_failed,
            self._on_progress,
        )

    @Slot(object)
    def _on_export_done(self, target: Path) -> None:
        self._set_busy("")
        self.view.status.setText(self.tr("Exported to %1.").replace("%1", str(target)))

    def shutdown(self) -> None:
        self.share_panel.shutdown()
        self._auto_timer.stop()
        self._first_auto.stop()
        self._search_timer.stop()
        if self._cancel is not None:
            self._cancel.set()
        if self._video is not None:
            self._video.stop()
        self._on_presentation_closed()
        self.loader.shutdown()
