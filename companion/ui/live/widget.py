"""The Live area's controller widget: wires the view, the model and the sources."""

from __future__ import annotations

import html
import logging
from datetime import UTC, datetime, tzinfo
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPoint,
    Qt,
    QTimer,
    QUrl,
    Slot,
)
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QDesktopServices,
    QGuiApplication,
    QMouseEvent,
    QShowEvent,
)
from PySide6.QtWidgets import QMenu, QVBoxLayout, QWidget

from companion.core.accounts.model import NETWORK_NAMES
from companion.core.changes import Changes
from companion.core.live.media_cache import MediaCache
from companion.core.live.model import Post
from companion.core.live.schedule import Phase, SourceState
from companion.core.live.timeline import Filter, languages, posts_per_hour, top_contributors
from companion.core.settings import LiveSettings, Settings
from companion.ui.a11y import announce
from companion.ui.area_base import AreaWidget
from companion.ui.context import AppSignals
from companion.ui.errors import translated_text
from companion.ui.live.controller import LiveController, LiveServices
from companion.ui.live.delegate import PostDelegate, media_kind_name
from companion.ui.live.images import ImageLoader
from companion.ui.live.post_model import PostListModel
from companion.ui.live.view import LiveView
from companion.ui.live.weak import weak
from companion.ui.locale_format import day_month_time, hm, number
from companion.ui.ops import ChangeOp, QueryOp
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


def describe(state: SourceState) -> str:
    """A source's state in words a field worker understands."""
    until = hm(state.until.astimezone()) if state.until else ""
    text = {
        Phase.STARTING: QCoreApplication.translate("LiveArea", "starting…"),
        Phase.LIVE: QCoreApplication.translate("LiveArea", "live"),
        Phase.POLLING: QCoreApplication.translate("LiveArea", "polling every %1 s").replace(
            "%1", number(state.interval_s)
        ),
        Phase.RATE_LIMITED: QCoreApplication.translate(
            "LiveArea", "waiting for the rate limit until %1"
        ).replace("%1", until),
        Phase.OFFLINE: QCoreApplication.translate("LiveArea", "offline"),
        Phase.LOGIN_NEEDED: QCoreApplication.translate("LiveArea", "login needed"),
        Phase.ERROR: QCoreApplication.translate("LiveArea", "error"),
        Phase.PAUSED: QCoreApplication.translate("LiveArea", "paused while the window is hidden"),
        Phase.DISABLED: QCoreApplication.translate("LiveArea", "off"),
    }[state.phase]
    if state.reason and state.phase in (Phase.ERROR, Phase.LOGIN_NEEDED, Phase.OFFLINE):
        error = state.error
        reason = translated_text(error).replace("\n", " ") if error else state.reason
        text += " — " + reason
    return text


#: settings that change which sources are read (the sources are rebuilt)
SOURCE_KEYS = ("live.mastodon_instances", "live.bluesky_enabled", "live.extra_tags")


class LiveArea(AreaWidget):
    """The Live area: follows the settings, accounts and event through the change hub."""

    def __init__(
        self,
        live: LiveServices,
        tasks: TaskManager,
        signals: AppSignals | None = None,
        parent: QWidget | None = None,
        *,
        tick_ms: int = 2000,
    ) -> None:
        super().__init__(parent)
        self.live = live
        self.signals = signals
        self.view = LiveView(self)
        self.model = PostListModel(self)
        self.images = ImageLoader(tasks, live.http, MediaCache(live.media_dir), self)
        self.delegate = PostDelegate(
            self.images.pixmap,
            self.model.expanded,
            self.model.revealed,
            self.view.list,
            now=live.clock.now,
        )
        self.view.list.setModel(self.model)
        self.view.list.setItemDelegate(self.delegate)
        self.controller = LiveController(live, tasks, self, tick_ms=tick_ms)
        self._offline_since: datetime | None = None
        self._watched: QWidget | None = None
        self._shut = False
        self._loaded = False
        self._empty_kind = ""
        self._followed_tags: list[str] = []
        #: what was last announced to screen readers (polite, only when the count changes)
        self._announced_pending = 0
        self.announcements: list[str] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self._stats_timer = QTimer(self)
        self._stats_timer.setSingleShot(True)
        self._stats_timer.setInterval(500)
        self._stats_timer.timeout.connect(self._update_stats)
        self._stats_timer.timeout.connect(self._refresh_languages)
        #: the event's time zone, for the chart's hours (read on a worker at start)
        self.zone: tzinfo = UTC
        # "next try in 2 min" counts down while the banner shows
        self._banner_timer = QTimer(self)
        self._banner_timer.setInterval(15_000)
        self._banner_timer.timeout.connect(self._update_banner)
        self._tasks = tasks
        tasks.hub.subscribe(self, self._on_settings_changed, settings=("live.",))
        self._connect()
        self.apply_settings()
        self.retranslate()

    def _connect(self) -> None:
        v = self.view
        # typing in the search box re-filters once the typing pauses
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(250)
        self._search_timer.timeout.connect(self._on_filter_changed)
        v.search.textChanged.connect(self._search_timer.start)
        v.search.returnPressed.connect(self._on_filter_changed)
        v.network.currentIndexChanged.connect(self._on_filter_changed)
        v.language.currentIndexChanged.connect(self._on_filter_changed)
        v.media_only.toggled.connect(self._on_filter_changed)
        v.hide_reposts.toggled.connect(self._on_filter_changed)
        v.new_posts.clicked.connect(self._on_show_new)
        v.list.clicked.connect(self._on_clicked)
        v.list.activated.connect(self._on_clicked)
        v.list.clicked.connect(lambda _i: self.view.open_reading())
        v.list.activated.connect(lambda _i: self.view.open_reading())
        v.list.selectionModel().currentChanged.connect(self._on_current_changed)
        v.share.clicked.connect(self._on_share)
        v.open_original.clicked.connect(self._on_open_original)
        v.copy_link.clicked.connect(self._on_copy_link)
        v.mute_author.clicked.connect(self._on_mute_author)
        v.view_media.clicked.connect(lambda: self.open_media())
        v.list.viewport().installEventFilter(self)
        v.detail.anchorClicked.connect(open_in_browser)
        v.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        v.list.customContextMenuRequested.connect(self._on_context_menu)
        # relative times ("5 min") move on
        self._clock_timer = QTimer(self)
        self._clock_timer.setInterval(60_000)
        self._clock_timer.timeout.connect(v.list.viewport().update)
        self._clock_timer.start()
        v.empty_action.clicked.connect(self._on_empty_action)
        self.model.pending_changed.connect(self._on_pending_changed)
        self.model.counts_changed.connect(self._stats_timer.start)
        self.controller.cache_loaded.connect(self._on_cache_loaded)
        self.controller.posts_arrived.connect(self._on_posts_arrived)
        self.controller.post_removed.connect(self.model.remove)
        self.controller.states_changed.connect(self._on_states_changed)
        self.images.image_ready.connect(self._on_image_ready)

    # -- lifecycle ------------------------------------------------------------
    def start(self) -> None:
        self.controller.start()
        self._load_zone()

    def _load_zone(self) -> None:
        live = self.live
        QueryOp(self._tasks, lambda: (live.zone(), live.tags())).success(weak(self._on_zone)).run()

    def _on_zone(self, loaded: tuple[tzinfo, list[str]]) -> None:
        if not self._shut:
            self.zone, self._followed_tags = loaded
            self._update_stats()
            self._update_title()

    def shutdown(self) -> None:
        self._shut = True
        if self._watched is not None:
            self._watched.removeEventFilter(self)
            self._watched = None
        timers = (self._stats_timer, self._search_timer, self._banner_timer, self._clock_timer)
        for timer in timers:
            timer.stop()
        self.controller.shutdown()

    @property
    def settings(self) -> LiveSettings:
        """The live settings in use (read each time: a change swaps them)."""
        return self.live.settings.current.live

    def apply_settings(self) -> None:
        live = self.settings
        self.delegate.data_saver = live.data_saver
        self.images.enabled = not live.data_saver
        self.delegate.clear_cache()
        self._on_filter_changed()

    def _on_settings_changed(self, changes: Changes) -> None:
        if self._shut:
            return
        self.apply_settings()
        if changes.settings_changed(*SOURCE_KEYS):
            self.controller.restart()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._shut:
            return
        window = self.window()
        if window is not self._watched:
            if self._watched is not None:
                self._watched.removeEventFilter(self)
            window.installEventFilter(self)
            self._watched = window
        self.controller.set_visible(not window.isMinimized())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            not self._shut
            and watched is self.view.list.viewport()
            and event.type() == QEvent.Type.MouseButtonRelease
            and isinstance(event, QMouseEvent)
            and event.button() == Qt.MouseButton.LeftButton
        ):
            pos = event.position().toPoint()
            index = self.view.list.indexAt(pos)
            post = self.model.post_at(index.row()) if index.isValid() else None
            which = self.delegate.media_at(post, pos) if post is not None else None
            if post is not None and which is not None:
                self.view.list.setCurrentIndex(index)
                self.open_media(post, which)
                return True
        # polling pauses when the window is hidden or minimised (not when another
        # area is in front: the view stays fresh for when the reader comes back)
        if not self._shut and watched is self._watched and isinstance(watched, QWidget):
            kind = event.type()
            if kind == QEvent.Type.Hide:
                self.controller.set_visible(False)
            elif kind in (QEvent.Type.Show, QEvent.Type.WindowStateChange):
                self.controller.set_visible(watched.isVisible() and not watched.isMinimized())
        return False

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.view.retranslate()
        self.delegate.clear_cache()  # row heights depend on the translated texts
        net = self.view.network
        current = net.currentData()
        net.blockSignals(True)
        net.clear()
        net.addItem(self.tr("All networks"), "")
        for key, name in NETWORK_NAMES.items():
            net.addItem(name, key)
        net.setCurrentIndex(max(0, net.findData(current)))
        net.blockSignals(False)
        self._refresh_languages()
        self._on_pending_changed(self.model.pending_count)
        self._update_banner()
        self._on_states_changed()
        self._update_empty()
        self._update_stats()
        self._update_title()

    # -- filters ----------------------------------------------------------------
    @Slot()
    def _on_filter_changed(self) -> None:
        v = self.view
        live = self.settings
        network = str(v.network.currentData() or "")
        self.model.set_filter(
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
        self._update_empty()

    def _refresh_languages(self) -> None:
        combo = self.view.language
        current = combo.currentData()
        codes = languages(self.model.all_posts())
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("All languages"), "")
        for code in codes:
            combo.addItem(code, code)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(False)

    # -- posts ------------------------------------------------------------------
    def _on_cache_loaded(self, posts: list[Post], last: object) -> None:
        self.model.set_posts(posts)
        self._offline_since = last if isinstance(last, datetime) else None
        self._loaded = True
        self._refresh_languages()
        self._update_banner()
        self._update_empty()
        self._update_stats()

    def _on_posts_arrived(self, posts: list[Post]) -> None:
        # the first fill of an empty list is shown at once; later ones wait behind the bar
        empty = self.model.rowCount() == 0 and self.model.pending_count == 0
        self.model.add_posts(posts, hold_back=not empty)
        if empty:
            self._refresh_languages()
        self._update_empty()

    @Slot()
    def _on_show_new(self) -> None:
        self.model.show_pending()
        self._refresh_languages()
        self.view.list.scrollToTop()

    def _on_pending_changed(self, n: int) -> None:
        button = self.view.new_posts
        button.setVisible(n > 0)
        text = self.tr("%Ln new posts — show", "", n)
        button.setText(text)
        button.setAccessibleDescription(text if n else "")
        if n > 0 and n != self._announced_pending:
            self._announce(self.tr("%Ln new posts", "", n))
        self._announced_pending = n

    def _announce(self, text: str) -> None:
        """Tell screen readers politely (after what they are saying), never on every poll:
        only when the number of waiting posts changed."""
        self.announcements.append(text)
        event = QAccessibleAnnouncementEvent(self.view.new_posts, text)
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Polite)
        QAccessible.updateAccessibility(event)

    def _on_clicked(self, index: QModelIndex) -> None:
        post = self.model.post_at(index.row())
        if post is None:
            return
        if post.content_warning and post.uri not in self.model.expanded:
            self.model.toggle(index.row(), "cw")
        elif post.sensitive and post.media and post.uri not in self.model.revealed:
            self.model.toggle(index.row(), "media")
        elif self.delegate.data_saver and post.media and post.uri not in self.delegate.loaded:
            # data saver: media only on request
            self.delegate.loaded.add(post.uri)
            self.images.allow([m.preview_url for m in post.media if m.preview_url])
        self.delegate.clear_cache()
        self.view.list.doItemsLayout()
        self._show_detail(post)

    def _on_current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        post = self.model.post_at(current.row())
        if post is not None:
            self._show_detail(post)

    def _show_detail(self, post: Post) -> None:
        head = f"<p><b>{html.escape(post.author.name)}</b> @{html.escape(post.author.handle)}</p>"
        body = post.html
        if post.content_warning and post.uri not in self.model.expanded:
            body = (
                "<p><i>"
                + html.escape(self.tr("Content warning: %1").replace("%1", post.content_warning))
                + "</i></p>"
            )
        none = self.tr("no description")
        media = "".join(
            f"<p>▸ {html.escape(media_kind_name(m.kind))}: {html.escape(m.alt or none)}</p>"
            for m in post.media
        )
        link = ""
        if post.url:
            label = html.escape(self.tr("Open the original"))
            link = f'<p><a href="{html.escape(post.url)}">{label}</a></p>'

        self.view.detail.setHtml(head + body + media + link)
        for button in (self.view.share, self.view.open_original, self.view.copy_link):
            button.setEnabled(bool(post.url))
        self.view.mute_author.setEnabled(True)
        self.view.view_media.setEnabled(any(m.kind != "link" for m in post.media))
        self._current = post

    def open_media(self, post: Post | None = None, start: int = 0) -> MediaViewer | None:
        """The media viewer on ``post``'s pictures (the current post by default)."""
        post = post or self.current_post()
        if post is None or not post.has_media:
            return None
        from companion.ui.live.media_viewer import MediaViewer

        shown = [m for m in post.media if m.kind != "link"]
        start = shown.index(post.media[start]) if post.media[start] in shown else 0
        viewer = MediaViewer(
            list(post.media), self.images, self, start=start, data_saver=self.settings.data_saver
        )
        viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.viewer = viewer
        viewer.open()
        return viewer

    # -- per-post actions ---------------------------------------------------------
    def current_post(self) -> Post | None:
        return getattr(self, "_current", None)

    @Slot()
    def _on_open_original(self) -> None:
        post = self.current_post()
        if post is not None and post.url:
            open_in_browser(QUrl(post.url))

    @Slot()
    def _on_copy_link(self) -> None:
        post = self.current_post()
        if post is not None and post.url:
            QGuiApplication.clipboard().setText(post.url)
            announce(self.view.copy_link, self.tr("Link copied."))

    @Slot()
    def _on_mute_author(self) -> None:
        post = self.current_post()
        if post is None:
            return
        handle = post.author.handle
        settings = self.live.settings

        def mute(s: Settings) -> None:
            if handle not in s.live.muted_accounts:
                s.live.muted_accounts.append(handle)

        # saved on the database lane; the hub tells this area (and others) to re-filter
        ChangeOp(self._tasks, lambda: settings.update(mute)).run()
        announce(self.view.mute_author, self.tr("@%1 is muted.").replace("%1", handle))

    def _on_context_menu(self, pos: QPoint) -> None:
        index = self.view.list.indexAt(pos)
        post = self.model.post_at(index.row()) if index.isValid() else None
        if post is None:
            return
        self.view.list.setCurrentIndex(index)
        self._show_detail(post)
        menu = QMenu(self)
        for text, slot, needs_url in (
            (self.tr("Open the original"), self._on_open_original, True),
            (self.tr("Copy link"), self._on_copy_link, True),
            (self.tr("Share in a new post…"), self._on_share, True),
            (self.tr("Mute @%1").replace("%1", post.author.handle), self._on_mute_author, False),
        ):
            action = menu.addAction(text)
            action.setEnabled(bool(post.url) or not needs_url)
            action.triggered.connect(slot)
        self._menu = menu
        menu.popup(self.view.list.viewport().mapToGlobal(pos))

    @Slot()
    def _on_share(self) -> None:
        post = getattr(self, "_current", None)
        if post is None or not post.url or self.signals is None:
            return
        tag = "#" + (post.tags[0] if post.tags else "shareASM")
        self.signals.compose_requested.emit(f"{post.url} {tag}", "live")

    def _on_image_ready(self, url: str) -> None:
        self.view.list.viewport().update()

    # -- state ------------------------------------------------------------------
    def _on_states_changed(self) -> None:
        states = self.controller.states()
        lines = [f"{html.escape(label)}: {html.escape(describe(state))}" for label, state in states]
        self.view.sources.setText(
            "<br>".join(lines) if lines else self.tr("No sources are set up.")
        )
        self.view.sources_summary.setText(self._sources_summary([s for _, s in states]))
        self.view.sources_details.setVisible(bool(states))
        if any(s.phase in (Phase.LIVE, Phase.POLLING) and s.last_success for _, s in states):
            self._offline_since = None
        elif self.controller.last_success is not None:
            self._offline_since = self.controller.last_success
        self._update_banner()
        self._update_empty()

    def _sources_summary(self, states: list[SourceState]) -> str:
        """One line for all sources: "3 sources answering · 1 unreachable"."""
        if not states:
            return self.tr("No sources are set up.")
        ok = sum(1 for s in states if s.phase in (Phase.LIVE, Phase.POLLING))
        down = sum(1 for s in states if s.phase in (Phase.OFFLINE, Phase.ERROR))
        parts = [self.tr("%n of %1 source(s) answering", "", ok).replace("%1", number(len(states)))]
        if down:
            parts.append(self.tr("%n unreachable", "", down))
        return " · ".join(parts)

    def _next_try(self, when: datetime | None) -> str:
        if when is None:
            return ""
        seconds = max(0, int((when - self.live.clock.now()).total_seconds()))
        if seconds < 60:
            return self.tr("next try in %n s", "", max(1, seconds))
        return self.tr("next try in %n min", "", (seconds + 59) // 60)

    def banner_text(self) -> str:
        """The one connection message for all sources ("" when all is well)."""
        if not self._loaded:
            return ""
        if not self.controller._online:
            when = self._offline_since or self.controller.last_success
            if when:
                return self.tr(
                    "Offline since %1 — showing the last posts saved on this computer."
                ).replace("%1", day_month_time(when.astimezone()))
            return self.tr("Offline — showing the posts saved on this computer.")
        down, since, next_at = self.controller.outage()
        if not down:
            return ""
        if since is not None:
            text = self.tr("%n source(s) unreachable since %1", "", down).replace(
                "%1", hm(since.astimezone())
            )
        else:
            text = self.tr("%n source(s) unreachable", "", down)
        after = self._next_try(next_at)
        return f"{text} · {after}" if after else text

    def _update_banner(self) -> None:
        box, banner = self.view.banner_box, self.view.banner
        text = self.banner_text()
        if text:
            # said once when it appears or changes, not at every countdown step
            if box.isHidden() or banner.text().split(" · ")[0] != text.split(" · ")[0]:
                announce(banner, text)
            banner.setText(text)
            box.setVisible(True)
            if not self._banner_timer.isActive() and not self._shut:
                self._banner_timer.start()
        else:
            box.setVisible(False)
            self._banner_timer.stop()

    def _update_empty(self) -> None:
        v = self.view
        empty = self.model.rowCount() == 0
        v.set_empty(empty)
        self._empty_kind = ""
        action = ""
        if not self._loaded:
            v.empty.setText(self.tr("Loading saved posts…"))
            hint = ""
        elif self.model.all_posts():
            v.empty.setText(self.tr("No post matches these filters."))
            hint = self.tr("Clear the search and filters to see every post again.")
            action, self._empty_kind = self.tr("Clear the filters"), "filters"
        elif not self.controller.sources:
            v.empty.setText(self.tr("No sources are set up."))
            hint = self.tr(
                "Add a Mastodon server or turn Bluesky on under Settings → Live posts, or "
                "add an account under Accounts."
            )
        elif self.controller.outage()[0] or not self.controller._online:
            v.empty.setText(self.tr("No posts saved on this computer yet."))
            hint = self.tr(
                "The sources cannot be reached now. Posts appear here as soon as the "
                "connection comes back; meanwhile you can write a post in Compose: it waits "
                "in the outbox."
            )
            action, self._empty_kind = self.tr("Write a post"), "compose"
        else:
            v.empty.setText(self.tr("No posts yet."))
            hint = self.tr(
                "New posts with the event's hashtags appear here as they are published. "
                "Be the first: write one in Compose."
            )
            action, self._empty_kind = self.tr("Write a post"), "compose"
        v.empty_hint.setText(hint)
        v.empty_hint.setVisible(bool(hint))
        v.empty_action.setText(action)
        v.empty_action.setVisible(bool(action))

    @Slot()
    def _on_empty_action(self) -> None:
        v = self.view
        if self._empty_kind == "filters":
            for w in (v.network, v.language):
                w.setCurrentIndex(0)
            v.media_only.setChecked(False)
            v.hide_reposts.setChecked(False)
            v.search.clear()
            self._on_filter_changed()
        elif self._empty_kind == "compose" and self.signals is not None:
            tags = " ".join("#" + t for t in self._followed_tags[:1]) or "#shareASM"
            self.signals.compose_requested.emit(f" {tags}", "live")

    def _update_title(self) -> None:
        """The title bar names the hashtags followed."""
        tags = " ".join("#" + t for t in self._followed_tags)
        self.view.title.setText(
            self.tr("Following %1").replace("%1", tags) if tags else self.tr("Live posts")
        )

    def _update_stats(self) -> None:
        posts = self.model.visible_posts()
        now = self.live.clock.now()
        self.view.chart.set_counts(posts_per_hour(posts, now, hours=12), now, self.zone)
        top = top_contributors(posts, 5)
        self.view.contributors.setText(
            "<br>".join(f"@{html.escape(h)} — {n}" for h, n in top)
            if top
            else self.tr("Nobody yet.")
        )
