"""The selected post: the reading pane's text and what one can do with a post (open the
original, copy its link, share it, mute its author, view its pictures, the context
menu). Split from ``widget.py``; texts keep the "LiveArea" translation context."""

from __future__ import annotations

import html
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QPoint, Qt, QTimer, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QMenu, QWidget

from companion.core.live.model import Post
from companion.core.settings import Settings
from companion.core.settings_service import SettingsService
from companion.ui.a11y import announce
from companion.ui.context import AppSignals
from companion.ui.live.delegate import media_kind_name
from companion.ui.live.images import ImageLoader
from companion.ui.live.post_model import PostListModel
from companion.ui.live.view import LiveView
from companion.ui.ops import ChangeOp
from companion.ui.tasks import TaskManager

if TYPE_CHECKING:
    from companion.ui.live.media_viewer import MediaViewer

log = logging.getLogger(__name__)


def open_in_browser(url: QUrl) -> None:
    """Links, hashtags and mentions open in the system browser (web addresses only)."""
    if url.scheme() in ("http", "https"):
        QDesktopServices.openUrl(url)
    else:
        log.info("not opening a link with scheme %r", url.scheme())


def detail_html(post: Post, expanded: bool) -> str:
    """The reading pane's text: author, the post (or its content warning until opened),
    each picture's alt text, and the link to the original."""
    head = f"<p><b>{html.escape(post.author.name)}</b> @{html.escape(post.author.handle)}</p>"
    body = post.html
    warned = ""
    if post.content_warning:
        warning = QCoreApplication.translate("LiveArea", "Content warning: %1")
        warned = "<p><i>" + html.escape(warning.replace("%1", post.content_warning)) + "</i></p>"
    none = QCoreApplication.translate("LiveArea", "no description")
    media = "".join(
        f"<p>▸ {html.escape(media_kind_name(m.kind))}: {html.escape(m.alt or none)}</p>"
        for m in post.media
    )
    if post.content_warning and not expanded:
        # what the pictures show is behind the warning as much as the text
        body, media = "", ""
    link = ""
    if post.url:
        label = html.escape(QCoreApplication.translate("LiveArea", "Open the original"))
        link = f'<p><a href="{html.escape(post.url)}">{label}</a></p>'
    return head + warned + body + media + link


class PostActions(QObject):
    """Shows the selected post and acts on it; ``area`` (its Qt parent) parents menus
    and viewers. Nothing here holds the area in Python (no reference cycle: see
    ``filters.LiveFilters``)."""

    def __init__(
        self,
        area: QWidget,
        view: LiveView,
        model: PostListModel,
        images: ImageLoader,
        settings: SettingsService,
        tasks: TaskManager,
        signals: AppSignals | None,
        data_saver: Callable[[], bool],
    ) -> None:
        super().__init__(area)
        self._view = view
        self._model = model
        self._images = images
        self._settings = settings
        self._tasks = tasks
        self._signals = signals
        self._data_saver = data_saver
        self.current: Post | None = None
        self.viewer: MediaViewer | None = None
        self._menu: QMenu | None = None
        v = view
        v.share.clicked.connect(self.share)
        v.open_original.clicked.connect(self.open_original)
        v.copy_link.clicked.connect(self.copy_link)
        v.mute_author.clicked.connect(self.mute_author)
        v.notice_undo.clicked.connect(self.undo_mute)
        self._muted = ""
        #: the notice goes after a while, as a social client's does
        self._notice_timer = QTimer(self)
        self._notice_timer.setSingleShot(True)
        self._notice_timer.setInterval(20_000)
        self._notice_timer.timeout.connect(self._hide_notice)
        v.view_media.clicked.connect(lambda: self.open_media())
        v.detail.anchorClicked.connect(open_in_browser)
        v.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        v.list.customContextMenuRequested.connect(self.context_menu)

    def _area(self) -> QWidget:
        parent = self.parent()
        assert isinstance(parent, QWidget)
        return parent

    def show(self, post: Post) -> None:
        """``post`` in the reading pane; the action buttons follow it."""
        v = self._view
        v.detail.setHtml(detail_html(post, post.uri in self._model.expanded))
        for button in (v.share, v.open_original, v.copy_link):
            button.setEnabled(bool(post.url))
        v.mute_author.setEnabled(True)
        v.view_media.setEnabled(any(m.kind != "link" for m in post.media))
        self.current = post

    def open_media(self, post: Post | None = None, start: int = 0) -> MediaViewer | None:
        """The media viewer on ``post``'s pictures (the current post by default)."""
        post = post or self.current
        if post is None or not post.has_media:
            return None
        from companion.ui.live.media_viewer import MediaViewer

        shown = [m for m in post.media if m.kind != "link"]
        start = shown.index(post.media[start]) if post.media[start] in shown else 0
        viewer = MediaViewer(
            list(post.media), self._images, self._area(), start=start, data_saver=self._data_saver()
        )
        viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.viewer = viewer
        viewer.open()
        return viewer

    @Slot()
    def open_original(self) -> None:
        post = self.current
        if post is not None and post.url:
            open_in_browser(QUrl(post.url))

    @Slot()
    def copy_link(self) -> None:
        post = self.current
        if post is not None and post.url:
            QGuiApplication.clipboard().setText(post.url)
            announce(self._view.copy_link, QCoreApplication.translate("LiveArea", "Link copied."))

    @Slot()
    def mute_author(self) -> None:
        post = self.current
        if post is None:
            return
        handle = post.author.handle
        settings = self._settings

        def mute(s: Settings) -> None:
            if handle not in s.live.muted_accounts:
                s.live.muted_accounts.append(handle)

        # saved on the database lane; the hub tells this area (and others) to re-filter
        ChangeOp(self._tasks, lambda: settings.update(mute)).run()
        said = QCoreApplication.translate("LiveArea", "@%1 is muted.").replace("%1", handle)
        announce(self._view.mute_author, said)
        # said on screen too, with the way back (Settings → Live posts lists the mutes)
        self._muted = handle
        self._view.notice.setText(said)
        self._view.notice_box.setVisible(True)
        self._notice_timer.start()

    @Slot()
    def _hide_notice(self) -> None:
        self._view.notice_box.setVisible(False)

    @Slot()
    def undo_mute(self) -> None:
        handle, self._muted = self._muted, ""
        self._view.notice_box.setVisible(False)
        if not handle:
            return
        settings = self._settings

        def unmute(s: Settings) -> None:
            s.live.muted_accounts = [h for h in s.live.muted_accounts if h != handle]

        ChangeOp(self._tasks, lambda: settings.update(unmute)).run()

    @Slot(QPoint)
    def context_menu(self, pos: QPoint) -> None:
        lst = self._view.list
        index = lst.indexAt(pos)
        post = self._model.post_at(index.row()) if index.isValid() else None
        if post is None:
            return
        lst.setCurrentIndex(index)
        self.show(post)
        menu = QMenu(self._area())
        for text, slot, needs_url in (
            (QCoreApplication.translate("LiveArea", "Open the original"), self.open_original, True),
            (QCoreApplication.translate("LiveArea", "Copy link"), self.copy_link, True),
            (QCoreApplication.translate("LiveArea", "Share in a new post…"), self.share, True),
            (
                QCoreApplication.translate("LiveArea", "Mute @%1").replace(
                    "%1", post.author.handle
                ),
                self.mute_author,
                False,
            ),
        ):
            action = menu.addAction(text)
            action.setEnabled(bool(post.url) or not needs_url)
            action.triggered.connect(slot)
        self._menu = menu
        menu.popup(lst.viewport().mapToGlobal(pos))

    @Slot()
    def share(self) -> None:
        post = self.current
        if post is None or not post.url or self._signals is None:
            return
        tag = "#" + (post.tags[0] if post.tags else "shareASM")
        self._signals.compose_requested.emit(f"{post.url} {tag}", "live")
