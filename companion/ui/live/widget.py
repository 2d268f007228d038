"""The Live area's controller widget: wires the view, the model and the sources."""

from __future__ import annotations

import html
import logging
from datetime import UTC, datetime, timedelta, tzinfo
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
    Slot,
)
from PySide6.QtGui import (
    QMouseEvent,
    QShowEvent,
)
from PySide6.QtWidgets import QVBoxLayout, QWidget

from companion.core.changes import Changes
from companion.core.live.media_cache import MediaCache
from companion.core.live.model import Post
from companion.core.live.schedule import Phase
from companion.core.live.timeline import posts_per_hour, top_contributors
from companion.core.settings import LiveSettings
from companion.ui.a11y import announce
from companion.ui.area_base import AreaWidget
from companion.ui.context import AppSignals
from companion.ui.i18n import follow_language
from companion.ui.live.controller import LiveController, LiveServices
from companion.ui.live.delegate import PostDelegate
from companion.ui.live.filters import LiveFilters
from companion.ui.live.images import ImageLoader
from companion.ui.live.post_actions import PostActions
from companion.ui.live.post_model import PostListModel
from companion.ui.live.status_text import banner_text, describe, empty_view, sources_summary
from companion.ui.live.view import LiveView
from companion.ui.live.weak import weak
from companion.ui.ops import QueryOp
from companion.ui.tasks import TaskManager

if TYPE_CHECKING:
    from companion.ui.live.media_viewer import MediaViewer

log = logging.getLogger(__name__)


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
        self.actions_ = PostActions(
            self,
            self.view,
            self.model,
            self.images,
            live.settings,
            tasks,
            signals,
            lambda: live.settings.current.live.data_saver,
        )
        # getters of the services, never of ``self``: see LiveFilters
        self.filters = LiveFilters(self.view, self.model, lambda: live.settings.current.live, self)
        self.filters.applied.connect(self._update_empty)
        self._offline_since: datetime | None = None
        #: sources were unreachable (or the computer offline) at the last state change
        self._was_unreachable = False
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
        self._stats_timer.timeout.connect(self.filters.refresh_languages)
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
        follow_language(self.retranslate)

    def _connect(self) -> None:
        v = self.view
        v.new_posts.clicked.connect(self._on_show_new)
        v.list.clicked.connect(self._on_clicked)
        v.list.activated.connect(self._on_clicked)
        v.list.clicked.connect(lambda _i: self.view.open_reading())
        v.list.activated.connect(lambda _i: self.view.open_reading())
        v.list.selectionModel().currentChanged.connect(self._on_current_changed)
        v.list.viewport().installEventFilter(self)
        # relative times ("5 min") move on
        self._clock_timer = QTimer(self)
        self._clock_timer.setInterval(60_000)
        self._clock_timer.timeout.connect(v.list.viewport().update)
        self._clock_timer.timeout.connect(self._on_minute)
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
        for timer in (self._stats_timer, self._banner_timer, self._clock_timer):
            timer.stop()
        self.filters.stop()
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

    def retranslate(self) -> None:
        self.view.retranslate()
        self.delegate.clear_cache()  # row heights depend on the translated texts
        self.filters.retranslate()
        self._on_pending_changed(self.model.pending_count)
        self._update_banner()
        self._on_states_changed()
        self._update_empty()
        self._update_stats()
        self._update_title()

    # -- filters ----------------------------------------------------------------
    @Slot()
    def _on_filter_changed(self) -> None:
        self.filters.apply()

    # -- posts ------------------------------------------------------------------
    def _on_cache_loaded(self, posts: list[Post], last: object) -> None:
        self.model.set_posts(posts)
        self._offline_since = last if isinstance(last, datetime) else None
        self._loaded = True
        self.filters.refresh_languages()
        self._update_banner()
        self._update_empty()
        self._update_stats()

    def _on_posts_arrived(self, posts: list[Post]) -> None:
        # the first fill of an empty list is shown at once; later ones wait behind the bar
        empty = self.model.rowCount() == 0 and self.model.pending_count == 0
        self.model.add_posts(posts, hold_back=not empty)
        if empty:
            self.filters.refresh_languages()
        self._update_empty()

    @Slot()
    def _on_show_new(self) -> None:
        self.model.show_pending()
        self.filters.refresh_languages()
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
        announce(self.view.new_posts, text)

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
        self.actions_.show(post)

    def open_media(self, post: Post | None = None, start: int = 0) -> MediaViewer | None:
        """The media viewer on ``post``'s pictures (the current post by default)."""
        viewer = self.actions_.open_media(post, start)
        if viewer is not None:
            self.viewer = viewer
        return viewer

    def current_post(self) -> Post | None:
        return self.actions_.current

    def _on_image_ready(self, url: str) -> None:
        self.view.list.viewport().update()

    # -- state ------------------------------------------------------------------
    def _on_states_changed(self) -> None:
        states = self.controller.states()
        lines = [f"{html.escape(label)}: {html.escape(describe(state))}" for label, state in states]
        self.view.sources.setText(
            "<br>".join(lines) if lines else self.tr("No sources are set up.")
        )
        self.view.banner_sources.setText(self.view.sources.text())
        self.view.sources_summary.setText(sources_summary([s for _, s in states]))
        self.view.sources_details.setVisible(bool(states))
        if any(s.phase in (Phase.LIVE, Phase.POLLING) and s.last_success for _, s in states):
            self._offline_since = None
        elif self.controller.last_success is not None:
            self._offline_since = self.controller.last_success
        unreachable = bool(self.controller.outage()[0]) or self.controller.paused
        if self._was_unreachable and not unreachable:
            # back: pictures and avatars that failed meanwhile are asked for again
            self.images.retry_failed()
            self.view.list.viewport().update()
        self._was_unreachable = unreachable
        self._update_banner()
        self._update_empty()

    def banner_text(self) -> str:
        """The one connection message for all sources ("" when all is well)."""
        if not self._loaded:
            return ""
        return banner_text(
            online=self.controller._online,
            offline_since=self._offline_since or self.controller.last_success,
            outage=self.controller.outage(),
            now=self.live.clock.now(),
            login_needed=self._count(Phase.LOGIN_NEEDED),
        )

    def _count(self, *phases: Phase) -> int:
        """How many sources are in one of ``phases`` now."""
        return sum(1 for _label, s in self.controller.states() if s.phase in phases)

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
        v.set_empty(self.model.rowCount() == 0)
        empty = empty_view(
            loaded=self._loaded,
            has_posts=bool(self.model.all_posts()),
            has_sources=bool(self.controller.sources),
            reachable=not self.controller.outage()[0] and self.controller._online,
            # not "no posts yet" when no source can be read without a login
            login_needed=bool(self._count(Phase.LOGIN_NEEDED))
            and not self._count(Phase.LIVE, Phase.POLLING),
        )
        self._empty_kind = empty.kind
        v.empty.setText(empty.title)
        v.empty_hint.setText(empty.hint)
        v.empty_hint.setVisible(bool(empty.hint))
        v.empty_action.setText(empty.action)
        v.empty_action.setVisible(bool(empty.action))

    @Slot()
    def _on_empty_action(self) -> None:
        if self._empty_kind == "filters":
            self.filters.clear()
        elif self._empty_kind == "accounts" and self.signals is not None:
            self.signals.show_area_requested.emit("accounts")
        elif self._empty_kind == "compose" and self.signals is not None:
            tags = " ".join("#" + t for t in self._followed_tags[:1]) or "#shareASM"
            self.signals.compose_requested.emit(f" {tags}", "live")

    def _update_title(self) -> None:
        """The title bar names the hashtags followed."""
        tags = " ".join("#" + t for t in self._followed_tags)
        self.view.title.setText(
            self.tr("Following %1").replace("%1", tags) if tags else self.tr("Live posts")
        )

    @Slot()
    def _on_minute(self) -> None:
        """A new hour moves the chart on even when no post arrives (offline, quiet)."""
        end = self.view.chart.end
        now = self.live.clock.now()
        if end is not None and (now - end >= timedelta(hours=1) or now.hour != end.hour):
            self._update_stats()

    def _update_stats(self) -> None:
        posts = self.model.visible_posts()
        now = self.live.clock.now()
        self.view.chart.set_counts(
            posts_per_hour(posts, now, hours=12, zone=self.zone), now, self.zone
        )
        top = top_contributors(posts, 5)
        self.view.contributors.setText(
            "<br>".join(f"@{html.escape(h)} — {n}" for h, n in top)
            if top
            else self.tr("Nobody yet.")
        )
