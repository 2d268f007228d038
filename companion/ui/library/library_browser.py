"""The library's browser: covers in a grid to browse, rich-text hits to search, the
selected item and its details. The area (``library_widget.py``) owns the view and
hands the browser what it shows (the snapshot, the content language)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from urllib.parse import urlsplit

from PySide6.QtCore import QCoreApplication, QObject, QRect, QSize, Qt, QTimer, Slot
from PySide6.QtGui import QIcon, QImage
from PySide6.QtWidgets import QListView, QListWidgetItem, QStyleOptionViewItem

from companion.core.library.index import Hit
from companion.core.library.manifest import pick
from companion.core.library.service import Library
from companion.ui.library.covers import (
    COVER,
    HTML_ROLE,
    HitDelegate,
    cover_icon,
    cover_page,
    hit_html,
    hit_plain,
    placeholder,
)
from companion.ui.library.library_text import Selection, kind_name, size_text
from companion.ui.library.library_text import show_details as fill_details
from companion.ui.library.library_view import LibraryView
from companion.ui.library.pages import Page, PageLoader
from companion.ui.library.snapshot import Snapshot
from companion.ui.ops import QueryOp
from companion.ui.tasks import TaskManager

log = logging.getLogger(__name__)

SEARCH_DELAY_MS = 120
#: titles longer than this are shortened in the grid (whole in the tooltip and details)
GRID_TITLE_CHARS = 80
#: room below the tallest label in a grid cell
CELL_MARGIN = 8
#: labels are measured this many pixels narrower than their cell
MEASURE_SLACK = 6
ROLE = Qt.ItemDataRole.UserRole
#: the cover page a grid cell shows (a Page, or None)
COVER_ROLE = Qt.ItemDataRole.UserRole + 2


def grid_title(title: str) -> str:
    """``title`` for a grid cell: at most :data:`GRID_TITLE_CHARS`, cut at a word."""
    if len(title) <= GRID_TITLE_CHARS:
        return title
    cut = title[: GRID_TITLE_CHARS - 1]
    return (cut.rsplit(" ", 1)[0] if " " in cut else cut).rstrip(" ,;:·-") + "…"


class LibraryBrowser(QObject):
    """Fills ``view.results`` and the details pane; searches as the user types."""

    def __init__(
        self,
        view: LibraryView,
        tasks: TaskManager,
        library: Library,
        loader: PageLoader,
        *,
        snapshot: Callable[[], Snapshot],
        lang: Callable[[], str],
        is_online: Callable[[], bool | None],
        on_failure: Callable[[BaseException], None],
    ) -> None:
        super().__init__(view)
        self.view = view
        self.tasks = tasks
        self.library = library
        self.loader = loader
        self.snapshot = snapshot
        self.lang = lang
        self.is_online = is_online
        self.on_failure = on_failure
        #: what the search box holds (stripped); "" = browsing
        self.query = ""
        #: the query whose results are listed ("" = the browse list)
        self.shown_query = ""
        #: decoded covers by page; pages asked for and not delivered yet
        self.covers: dict[Page, QIcon] = {}
        self._covers_asked: set[Page] = set()
        loader.cover_ready.connect(self._on_cover)
        view.results.setItemDelegate(HitDelegate(view.results))
        view.results.currentItemChanged.connect(self._on_current_changed)
        view.search.textChanged.connect(self.on_search_text)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._run_search)

    def stop(self) -> None:
        self._search_timer.stop()

    @Slot(str)
    def on_search_text(self, text: str) -> None:
        self.query = text.strip()
        if not self.query:
            self.populate()
        else:
            self._search_timer.start()

    @Slot()
    def _run_search(self) -> None:
        query, lang = self.query, self.lang()
        if not query:
            return
        library = self.library
        QueryOp(self.tasks, lambda: (query, library.search(query, lang=lang))).success(
            self._on_hits
        ).failure(self.on_failure).run()

    @Slot(object)
    def _on_hits(self, result: tuple[str, list[Hit]]) -> None:
        query, hits = result
        if query != self.query:
            return  # the user typed on; a newer search is coming
        self.shown_query = query
        results = self.view.results
        results.clear()
        self._grid(False)
        if not hits:
            results.addItem(
                QListWidgetItem(
                    QCoreApplication.translate("LibraryWidget", "Nothing found for “%1”.").replace(
                        "%1", query
                    )
                )
            )
            return
        for hit in hits:
            where = kind_name(hit.kind) + " · " + hit.lang.upper()
            if hit.page >= 0:
                where += " · " + QCoreApplication.translate("LibraryWidget", "page %1").replace(
                    "%1", str(hit.page + 1)
                )
            row = QListWidgetItem(hit_plain(hit, where))
            row.setData(HTML_ROLE, hit_html(hit, where, results.palette()))
            row.setData(ROLE, (hit.pack_id, hit.item_id, hit.lang, max(hit.page, 0)))
            results.addItem(row)
        results.setCurrentRow(0)

    def populate(self) -> None:
        if self.query:
            self._run_search()
            return
        results = self.view.results
        previous = self.selected()
        keep = (previous[0].id, previous[1].id) if previous else None
        results.clear()
        self._grid(True)
        self.shown_query = ""
        for manifest, item in self.snapshot().items:
            parts = [kind_name(item.kind)]
            if item.editions:
                parts.append(" / ".join(sorted(item.editions)).upper())
            size = sum(f.size for f in item.files())
            if size:
                parts.append(size_text(size))
            if item.url:
                parts.append(urlsplit(item.url).hostname or "")
            meta = " · ".join(p for p in parts if p)
            row = QListWidgetItem(f"{grid_title(pick(item.title, self.lang()))}\n{meta}")
            row.setData(ROLE, (manifest.id, item.id, self.lang(), 0))
            row.setToolTip(f"{pick(item.title, self.lang())}\n{meta}")
            row.setTextAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            page = cover_page(item, self.lang(), dict(self.snapshot().paths))
            row.setData(COVER_ROLE, page)
            row.setIcon(self._icon(item.kind, page))
            results.addItem(row)
            if keep == (manifest.id, item.id):
                results.setCurrentItem(row)
        self._fit_cells()
        if results.count() and results.currentRow() < 0:
            results.setCurrentRow(0)
        self.show_details(self.selected())

    def _fit_cells(self) -> None:
        """Make the grid's cells as tall as the tallest label needs (wrapped as the
        view wraps it), so no title or translation is cut at the bottom of its cell."""
        r = self.view.results
        grid = r.gridSize()
        option = QStyleOptionViewItem()
        r.initViewItemOption(option)
        # Qt wraps by fractional widths and may draw a line narrower than it measured
        # it: measure a few pixels narrower, so a just-fitting label keeps its last line
        option.rect = QRect(0, 0, grid.width() - MEASURE_SLACK, 10_000)
        delegate, model = r.itemDelegate(), r.model()
        tallest = max(
            (delegate.sizeHint(option, model.index(i, 0)).height() for i in range(r.count())),
            default=0,
        )
        if tallest + CELL_MARGIN > grid.height():
            r.setGridSize(QSize(grid.width(), tallest + CELL_MARGIN))

    def _grid(self, on: bool) -> None:
        """Covers in a grid to browse; a list of rich-text hits to search."""
        r = self.view.results
        if on:
            r.setViewMode(QListView.ViewMode.IconMode)
            r.setIconSize(COVER)
            line = r.fontMetrics().height()
            r.setGridSize(QSize(COVER.width() + 80, COVER.height() + 5 * line + 12))
            r.setMovement(QListView.Movement.Static)
            r.setResizeMode(QListView.ResizeMode.Adjust)
            r.setWrapping(True)
            r.setAlternatingRowColors(False)
        else:
            r.setViewMode(QListView.ViewMode.ListMode)
            r.setGridSize(QSize())
            r.setIconSize(QSize())
            r.setWrapping(False)
            r.setAlternatingRowColors(True)
        r.setWordWrap(True)

    def _icon(self, kind: str, page: Page | None) -> QIcon:
        if page is None:
            return placeholder(kind, self.view.results.palette())
        icon = self.covers.get(page)
        if icon is not None:
            return icon
        if page not in self._covers_asked:
            self._covers_asked.add(page)
            # a decode finished before the loader hooked its delivery (a thumbnail
            # cached on disk, a busy machine) is delivered at once, inside this call,
            # before the caller has added the row that is to show it
            self.loader.request_cover(page)
            icon = self.covers.get(page)
            if icon is not None:
                return icon
        return placeholder(kind, self.view.results.palette())

    @Slot(object, object)
    def _on_cover(self, page: Page, image: QImage) -> None:
        if image.isNull():
            return  # a page that cannot be decoded keeps its placeholder
        icon = self.covers[page] = cover_icon(image)
        results = self.view.results
        for i in range(results.count()):
            row = results.item(i)
            if row.data(COVER_ROLE) == page:
                row.setIcon(icon)
        self.show_details(self.selected())

    def selected(self) -> Selection | None:
        row = self.view.results.currentItem()
        data = row.data(ROLE) if row is not None else None
        if not data:
            return None
        pack_id, item_id, lang, page = data
        for manifest, item in self.snapshot().items:
            if manifest.id == pack_id and item.id == item_id:
                return manifest, item, lang, page
        return None

    def show_details(self, sel: Selection | None) -> None:
        fill_details(self.view, sel, self.snapshot().present, self.is_online())
        cover = self.view.detail_cover
        if sel is None:
            cover.clear()
            cover.hide()
            return
        page = cover_page(sel[1], sel[2], dict(self.snapshot().paths))
        icon = self._icon(sel[1].kind, page)
        cover.setPixmap(icon.pixmap(COVER, cover.devicePixelRatio()))
        cover.setAccessibleName(
            QCoreApplication.translate("LibraryWidget", "Cover of %1").replace(
                "%1", pick(sel[1].title, sel[2])
            )
        )
        cover.show()

    @Slot(QListWidgetItem, QListWidgetItem)
    def _on_current_changed(self, _current: QListWidgetItem | None, _prev: object) -> None:
        self.show_details(self.selected())
