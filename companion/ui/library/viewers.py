"""The library's viewers: photobooks (also presented full screen), publications and
videos, each shown in place of the list, plus opening items outside the app."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices, QGuiApplication, QScreen
from PySide6.QtWidgets import QStackedLayout, QWidget

from companion.core.library.manifest import Item, pick
from companion.core.library.service import Library
from companion.ui.library.library_view import LibraryView
from companion.ui.library.pages import Page, PageLoader
from companion.ui.library.photobook import EditionPages, Photobook, PhotobookViewer

if TYPE_CHECKING:  # heavy (QtPdf, QtMultimedia): imported when first opened
    from companion.ui.library.publication import PublicationViewer
    from companion.ui.library.video import VideoViewer


class Viewers(QObject):
    """Signals:
    compose_requested(str, str): start a post with this text (text, where from).
    """

    compose_requested = Signal(str, str)

    def __init__(
        self,
        stack: QStackedLayout,
        view: LibraryView,
        host: QWidget,
        library: Library,
        loader: PageLoader,
        *,
        present: Callable[[str], bool],
        pdf_pages: Callable[[str], int],
        query: Callable[[], str],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._stack = stack
        self._view = view
        self._host = host
        self._library = library
        self._loader = loader
        self._present = present
        self._pdf_pages = pdf_pages
        self._query = query
        self.photobook = PhotobookViewer(loader, host)
        stack.addWidget(self.photobook)
        self.publication: PublicationViewer | None = None
        self.video: VideoViewer | None = None
        self.presenter: PhotobookViewer | None = None
        self.photobook.close_requested.connect(self._on_viewer_closed)
        self.photobook.presentation_requested.connect(self._on_presentation)
        self.photobook.send_requested.connect(self._on_send_photobook)

    def photobook_of(self, item: Item) -> Photobook:
        book = Photobook(item.id)
        store = self._library.store
        for lang, ed in item.editions.items():
            if ed.is_pdf:
                f = ed.files[0]
                count = self._pdf_pages(f.sha256)
                pages = [Page(store.object_path(f), f.sha256, i) for i in range(count)]
            else:
                pages = [Page(store.object_path(f), f.sha256) for f in ed.files]
            if all(self._present(p.sha256) for p in pages):
                book.editions[lang] = EditionPages(lang, pick(item.title, lang), pages, ed.captions)
        return book

    def open_photobook(self, item: Item, lang: str, page: int = 0) -> None:
        self._stack.setCurrentWidget(self.photobook)
        self.photobook.open(self.photobook_of(item), lang, page)

    def open_publication(self, item: Item, lang: str, page: int = 0) -> None:
        ed = item.edition(lang)
        if ed is None or not ed.files:
            return
        from companion.ui.library.publication import PublicationViewer

        viewer = self.publication
        if viewer is None:
            viewer = PublicationViewer(self._host)
            viewer.close_requested.connect(self._on_viewer_closed)
            viewer.send_requested.connect(self._on_send_publication)
            self._stack.addWidget(viewer)
            self.publication = viewer
        self._stack.setCurrentWidget(viewer)
        path = self._library.store.object_path(ed.files[0])
        if not viewer.open(path, pick(item.title, ed.lang), page, self._query()):
            self._view.status.setText(
                QCoreApplication.translate(
                    "LibraryWidget", "This publication cannot be shown here; try the system viewer."
                )
            )
            self._stack.setCurrentWidget(self._view)

    def open_video(self, item: Item, lang: str) -> None:
        ed = item.edition(lang)
        if ed is None or not ed.files:
            return
        from companion.ui.library.video import VideoViewer

        viewer = self.video
        if viewer is None:
            viewer = VideoViewer(self._host)
            viewer.close_requested.connect(self._on_viewer_closed)
            self._stack.addWidget(viewer)
            self.video = viewer
        self._stack.setCurrentWidget(viewer)
        viewer.open(self._library.store.object_path(ed.files[0]))

    def open_with_system(self, item: Item, lang: str) -> None:
        ed = item.edition(lang)
        if ed is not None and ed.files:
            from companion.ui.library.publication import open_with_system

            if not open_with_system(self._library.store.object_path(ed.files[0])):
                self._view.status.setText(
                    QCoreApplication.translate(
                        "LibraryWidget",
                        "For your safety, this kind of file is not opened outside the app.",
                    )
                )

    @staticmethod
    def open_in_browser(url: str) -> None:
        QDesktopServices.openUrl(QUrl(url))

    @Slot()
    def _on_viewer_closed(self) -> None:
        self._stack.setCurrentWidget(self._view)
        self._view.results.setFocus()

    @Slot(bool)
    def _on_presentation(self, on: bool) -> None:
        """Present the open photobook in its own full-screen window, at the same page."""
        if on and self.presenter is None and self.photobook.book is not None:
            presenter = PhotobookViewer(self._loader)
            presenter.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
            presenter.setWindowTitle(self.photobook.title_label.text())
            presenter.set_presenting(True)
            presenter.presentation_requested.connect(self._on_presentation)
            presenter.close_requested.connect(self._on_presentation_closed)
            presenter.send_requested.connect(self._on_send_photobook)
            self.presenter = presenter
            screen = presentation_screen(self.photobook)
            if screen is not None:  # a projector: full screen there, not on the laptop
                presenter.setScreen(screen)
                presenter.move(screen.geometry().topLeft())
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

    @Slot(str)
    def _on_send_photobook(self, text: str) -> None:
        self.compose_requested.emit(text, "photobook")

    @Slot(str)
    def _on_send_publication(self, text: str) -> None:
        self.compose_requested.emit(text, "publication")

    def stop(self) -> None:
        if self.video is not None:
            self.video.stop()
        self._on_presentation_closed()


def presentation_screen(viewer: QWidget) -> QScreen | None:
    """The screen to present on: the one chosen in the viewer's screen box when there
    are several (a projector), else the viewer's own."""
    screens = QGuiApplication.screens()
    box = getattr(viewer, "screen_box", None)
    if box is not None and len(screens) > 1:
        index = int(box.currentIndex())
        if 0 <= index < len(screens):
            return screens[index]
    return viewer.screen()
