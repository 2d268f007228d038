"""The Live area's controller widget: wires the view, the model and the sources."""

from __future__ import annotations

import dataclasses
import html
import logging
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, QTimer, Slot
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from companion.core.live.media_cache import MediaCache
from companion.core.live.model import Post
from companion.core.live.schedule import Phase, SourceState
from companion.core.live.timeline import Filter, languages, posts_per_hour, top_contributors
from companion.core.services import CoreServices
from companion.ui.a11y import announce
from companion.ui.context import AppSignals
from companion.ui.errors import translated_text
from companion.ui.live.controller import LiveController
from companion.ui.live.delegate import NETWORK_NAMES, PostDelegate, media_kind_name
from companion.ui.live.images import ImageLoader
from companion.ui.live.post_model import PostListModel
from companion.ui.live.view import LiveView
from companion.ui.locale_format import day_month_time, hm, number
from companion.ui.tasks import TaskManager

log = logging.getLogger(__name__)


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


class LiveArea(QWidget):
    def __init__(
        self,
        core: CoreServices,
        tasks: TaskManager,
        signals: AppSignals | None = None,
        parent: QWidget | None = None,
        *,
        tick_ms: int = 2000,
    ) -> None:
        super().__init__(parent)
        self.core = core
        self.signals = signals
        self.view = LiveView(self)
        self.model = PostListModel(self)
        self.images = ImageLoader(
            tasks, core.http, MediaCache(core.paths.cache / "live-media"), self
        )
        self.delegate = PostDelegate(
            self.images.pixmap, self.model.expanded, self.model.revealed, self.view.list
        )
        self.view.list.setModel(self.model)
        self.view.list.setItemDelegate(self.delegate)
        self.controller = LiveController(core, tasks, self, tick_ms=tick_ms)
        self._offline_since: datetime | None = None
        self._watched: QWidget | None = None
        self._shut = False
        self._loaded = False
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
        # the settings dialog does not announce changes: notice them cheaply
        self._settings_seen = dataclasses.asdict(core.settings.live)
        self._settings_timer = QTimer(self)
        self._settings_timer.setInterval(1500)
        self._settings_timer.timeout.connect(self._check_settings)
        self._settings_timer.start()
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
        v.list.selectionModel().currentChanged.connect(self._on_current_changed)
        v.share.clicked.connect(self._on_share)
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

    def shutdown(self) -> None:
        self._shut = True
        if self._watched is not None:
            self._watched.removeEventFilter(self)
            self._watched = None
        for timer in (self._settings_timer, self._stats_timer, self._search_timer):
            timer.stop()
        self.controller.shutdown()

    def apply_settings(self) -> None:
        live = self.core.settings.live
        self.delegate.data_saver = live.data_saver
        self.images.enabled = not live.data_saver
        self.delegate.clear_cache()
        self._on_filter_changed()

    @Slot()
    def _check_settings(self) -> None:
        now = dataclasses.asdict(self.core.settings.live)
        if now == self._settings_seen:
            return
        before, self._settings_seen = self._settings_seen, now
        self.apply_settings()
        keys = ("mastodon_instances", "bluesky_enabled", "extra_tags")
        if any(before[k] != now[k] for k in keys):
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

    # -- filters ----------------------------------------------------------------
    @Slot()
    def _on_filter_changed(self) -> None:
        v = self.view
        live = self.core.settings.live
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
        # Qt exposes a text browser as static text: its description carries the post too
        self.view.detail.setAccessibleDescription(self.view.detail.toPlainText())
        self.view.share.setEnabled(bool(post.url))
        self._current = post

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
        lines = [
            f"{html.escape(label)}: {html.escape(describe(state))}"
            for label, state in self.controller.states()
        ]
        self.view.sources.setText(
            "<br>".join(lines) if lines else self.tr("No sources are set up.")
        )
        if any(
            s.phase in (Phase.LIVE, Phase.POLLING) and s.last_success
            for _, s in self.controller.states()
        ):
            self._offline_since = None
        elif self.controller.last_success is not None:
            self._offline_since = self.controller.last_success
        self._update_banner()

    def _update_banner(self) -> None:
        banner = self.view.banner
        states = [s for _, s in self.controller.states()]
        offline = not self.controller._online or (
            states and all(s.phase is Phase.OFFLINE for s in states)
        )
        if offline and self._loaded:
            when = self._offline_since or self.controller.last_success
            text = (
                self.tr(
                    "Offline since %1 — showing the last posts saved on this computer."
                ).replace("%1", day_month_time(when.astimezone()))
                if when
                else self.tr("Offline — showing the posts saved on this computer.")
            )
            if banner.isHidden() or banner.text() != text:
                announce(banner, text)
            banner.setText(text)
            banner.setVisible(True)
        else:
            banner.setVisible(False)

    def _update_empty(self) -> None:
        empty = self.model.rowCount() == 0
        self.view.empty.setVisible(empty)
        if not self._loaded:
            self.view.empty.setText(self.tr("Loading saved posts…"))
        elif self.model.all_posts():
            self.view.empty.setText(self.tr("No post matches these filters."))
        else:
            self.view.empty.setText(
                self.tr("No posts yet. New posts with the event's hashtag appear here.")
            )

    def _update_stats(self) -> None:
        posts = self.model.visible_posts()
        now = self.core.clock.now()
        self.view.chart.set_counts(posts_per_hour(posts, now, hours=12), now)
        top = top_contributors(posts, 5)
        self.view.contributors.setText(
            "<br>".join(f"@{html.escape(h)} — {n}" for h, n in top)
            if top
            else self.tr("Nobody yet.")
        )
