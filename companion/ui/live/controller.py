"""Runs the sources for the Live view: polling on a timer, Mastodon streams where a
login allows, caching, pausing when hidden or offline, back-fill on return."""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, tzinfo
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from companion.core.accounts.model import AccountRepository
from companion.core.accounts.session import SessionManager
from companion.core.changes import Changes
from companion.core.clock import Clock
from companion.core.errors import QT_TRANSLATE_NOOP, KnownError, OfflineError, ServerError
from companion.core.live.model import Post
from companion.core.live.schedule import ClockSteps, Phase, SourceState
from companion.core.live.sources import (
    LiveSource,
    MastodonSource,
    PollResult,
    build_sources,
    poll_once,
    record,
)
from companion.core.live.sse import HashtagStream, StreamUpdate
from companion.core.live.store import PostStore
from companion.core.net import Backoff, HttpClient
from companion.core.settings_service import SettingsService
from companion.ui.live.weak import weak
from companion.ui.ops import QueryOp
from companion.ui.tasks import TaskManager

log = logging.getLogger(__name__)

#: a stream that failed this many times in a row is left alone for a while
STREAM_MAX_FAILURES = 3
STREAM_REST = timedelta(minutes=10)


@dataclass
class LiveServices:
    """What the Live area needs from the app (built by the composition root)."""

    settings: SettingsService
    posts: PostStore
    accounts: AccountRepository
    sessions: SessionManager
    http: HttpClient
    clock: Clock
    #: where pictures of posts are cached
    media_dir: Path
    #: the hashtags to follow (the event's and the settings')
    tags: Callable[[], list[str]]
    #: the configured sources, as (kind, address)
    specs: Callable[[], Sequence[tuple[str, str]]]
    #: the event's time zone (reads the event file: call it on a worker)
    zone: Callable[[], tzinfo] = lambda: UTC


@dataclass
class _Loaded:
    posts: list[Post]
    last_success: datetime | None
    sources: list[LiveSource]
    #: when each source last answered (saved across runs)
    answered: dict[str, datetime]


#: the source, when its poll began, and what came of it
PollOutcome = tuple[LiveSource, datetime, PollResult | KnownError]


# -- background jobs: plain functions, so no worker thread holds a Qt object ---------
def _poll(src: LiveSource, now: datetime) -> PollOutcome:
    # the schedule is entered on the GUI thread (_on_polled), which also reads it
    return src, now, poll_once(src, now)


def _load_sources(live: LiveServices, with_posts: bool) -> _Loaded:
    store = live.posts
    posts: list[Post] = []
    if with_posts:
        store.prune()  # keep the cache bounded
        posts = store.recent(limit=5000)
    sources = build_sources(
        live.http, live.tags(), live.specs(), live.accounts, live.sessions, store.cursor
    )
    return _Loaded(posts, store.last_success(), sources, store.source_successes())


def _save(store: PostStore, key: str, cursor: str, posts: list[Post], now: datetime) -> None:
    store.save(posts, now)
    store.set_cursor(key, cursor, now)


@dataclass
class _StreamSlot:
    stream: HashtagStream | None = None
    #: which stream ``stream`` is: callbacks from any other (one stopped and replaced,
    #: whose last words arrive late) are ignored
    stream_id: int = 0
    failures: int = 0
    retry_at: datetime | None = None
    backoff: Backoff | None = None


class LiveController(QObject):
    """Signals:
    cache_loaded(list, object): cached posts and when a source last answered (or None).
    posts_arrived(list): new or edited posts from any source.
    post_removed(str): the uri of a deleted post.
    states_changed(): a source's state changed (see ``states()``).
    """

    cache_loaded = Signal(list, object)
    posts_arrived = Signal(list)
    post_removed = Signal(str)
    states_changed = Signal()

    def __init__(
        self,
        live: LiveServices,
        tasks: TaskManager,
        parent: QObject | None = None,
        *,
        tick_ms: int = 2000,
    ) -> None:
        super().__init__(parent)
        self.live = live
        self.clock = live.clock
        self.tasks = tasks
        self.store = live.posts
        self.sources: list[LiveSource] = []
        #: keys of the sources being polled (one poll per source at a time)
        self._busy: set[str] = set()
        self._streams: dict[str, _StreamSlot] = {}
        #: notices the clock being set back, which moves the streams' rests back as much
        self._steps = ClockSteps()
        self._stream_ids = itertools.count(1)
        #: the last request for the sources: an older one's answer is stale
        self._load_id = 0
        self._visible = True
        self._online = True
        self._closed = False
        self.last_success: datetime | None = None
        #: per source: when it last answered (saved across runs), and when it first
        #: failed since (for one never heard from): "unreachable since …"
        self._answered: dict[str, datetime] = {}
        self._failing_since: dict[str, datetime] = {}
        self._timer = QTimer(self)
        self._timer.setInterval(tick_ms)
        self._timer.timeout.connect(self.tick)
        self._started = False
        # an account added or logged in elsewhere, or a newer event file (its hashtags),
        # changes what can be read: the app announces it
        tasks.hub.subscribe(self, self._on_changes, accounts=True, event=True)

    # -- lifecycle ------------------------------------------------------------
    def start(self) -> None:
        # on the network pool: the logins come from the keyring, which may take a
        # moment or ask to be unlocked; the stores are bound to the database lane
        self._load_id += 1
        QueryOp(self.tasks, partial(_load_sources, self.live, True), lane="net").success(
            partial(weak(self._on_loaded), self._load_id)
        ).run()

    def _on_loaded(self, load_id: int, loaded: _Loaded) -> None:
        if self._closed:
            return
        self._started = True
        self.cache_loaded.emit(loaded.posts, loaded.last_success)
        self._take_sources(load_id, loaded)
        if not self._closed:
            self._timer.start()
            self.tick()

    def restart(self) -> None:
        """Settings, accounts or the event changed: rebuild the sources (keeps the posts)."""
        self._stop_streams()
        self.sources = []
        self._load_id += 1
        QueryOp(self.tasks, partial(_load_sources, self.live, False), lane="net").success(
            partial(weak(self._on_reloaded), self._load_id)
        ).run()

    def _take_sources(self, load_id: int, loaded: _Loaded) -> None:
        """The sources built for request ``load_id``, unless a later request was made
        meanwhile (two restarts close together may finish in either order)."""
        if load_id != self._load_id:
            log.debug(
                "dropped the sources of an earlier request (%d, now %d)", load_id, self._load_id
            )
            return
        self.sources = loaded.sources
        self.last_success = loaded.last_success
        self._answered = {**loaded.answered, **self._answered}
        self.states_changed.emit()

    def _on_changes(self, _changes: Changes) -> None:
        if self._started and not self._closed:
            log.info("accounts or event changed: rebuilding the live sources")
            self.restart()

    def _on_reloaded(self, load_id: int, loaded: _Loaded) -> None:
        if self._closed:
            return
        self._take_sources(load_id, loaded)
        self.tick()

    def _current(self, src: LiveSource) -> bool:
        """``src`` is one of the sources in use (not one a restart replaced)."""
        return any(s is src for s in self.sources)

    def shutdown(self) -> None:
        self._closed = True
        self._timer.stop()
        self._stop_streams()

    def _stop_streams(self) -> None:
        for slot in self._streams.values():
            if slot.stream is not None:
                slot.stream.stop()
        self._streams.clear()

    # -- pausing ----------------------------------------------------------------
    @Slot(bool)
    def set_visible(self, visible: bool) -> None:
        self._set_paused_flags(visible, self._online)

    @Slot(bool)
    def set_online(self, online: bool) -> None:
        self._set_paused_flags(self._visible, online)

    @property
    def paused(self) -> bool:
        return not (self._visible and self._online)

    def _set_paused_flags(self, visible: bool, online: bool) -> None:
        was = self.paused
        self._visible, self._online = visible, online
        if self.paused and not was:
            # hidden or offline: streams close too; the return back-fills by min_id
            self._stop_streams()
            for src in self.sources:
                if src.schedule.phase is Phase.LIVE:
                    src.schedule.phase = Phase.POLLING
        if was and not self.paused:
            # back: poll everything now; min_id cursors back-fill what was missed
            for src in self.sources:
                if src.schedule.phase is not Phase.LOGIN_NEEDED:
                    src.schedule.next_at = None
            self.tick()
        self.states_changed.emit()

    def states(self) -> list[tuple[str, SourceState]]:
        out = []
        for src in self.sources:
            state = src.schedule.state()
            if self.paused and state.phase not in (Phase.LOGIN_NEEDED, Phase.DISABLED):
                phase = Phase.OFFLINE if not self._online else Phase.PAUSED
                state = SourceState(
                    phase, state.interval_s, None, state.reason, state.last_success, state.error
                )
            out.append((src.label, state))
        return out

    def outage(self) -> tuple[int, datetime | None, datetime | None]:
        """Sources that do not answer: how many, since when (the earliest of the times
        each last answered, or first failed when it never did), and when the next of
        them will be tried. Another source's answers never move "since"."""
        down = [s for s in self.sources if s.schedule.phase in (Phase.OFFLINE, Phase.ERROR)]
        times = [
            self._answered.get(s.key) or self._failing_since.get(s.key) or s.schedule.last_success
            for s in down
        ]
        since = min((t for t in times if t is not None), default=None)
        next_at = min((s.schedule.next_at for s in down if s.schedule.next_at), default=None)
        return len(down), since, next_at

    # -- polling ----------------------------------------------------------------
    def _now(self) -> datetime:
        """The clock, for the streams' rests: set back (NTP, the user fixing it), a
        rest ends as much earlier on it, rather than lasting days longer."""
        now = self.clock.now()
        back = self._steps.back(now)
        if back:
            for slot in self._streams.values():
                if slot.retry_at is not None:
                    slot.retry_at -= back
        return now

    @Slot()
    def tick(self) -> None:
        if self._closed or self.paused:
            return
        now = self._now()
        for src in self.sources:
            if src.key in self._busy or not src.schedule.due(now):
                continue
            self._busy.add(src.key)
            QueryOp(self.tasks, partial(_poll, src, now), lane="net").success(
                weak(self._on_polled)
            ).failure(partial(weak(self._on_poll_bug), src, now)).run()
        self._maybe_stream(now)

    def _on_poll_bug(self, src: LiveSource, began: datetime, exc: BaseException) -> None:
        """A poll raised what no poll should (reported as a bug by the task helper):
        that source rests as after a failure, with the same growing backoff, so it is
        not polled again, and reported again, at every tick."""
        self._busy.discard(src.key)
        if self._closed or not self._current(src):
            return
        failure = (
            exc  # a full or read-only disk, as the task helper tells it
            if isinstance(exc, KnownError)
            else ServerError(
                QT_TRANSLATE_NOOP("Errors", "The request to %1 failed: %2"), args=(src.label, exc)
            )
        )
        record(src, began, failure)
        self._failing_since.setdefault(src.key, self.clock.now())
        self.states_changed.emit()

    def _on_polled(self, result: PollOutcome) -> None:
        if self._closed:
            return
        src, began, outcome = result
        # only one poll per key runs: a replaced source's poll held it
        self._busy.discard(src.key)
        if not self._current(src):
            # a restart replaced it meanwhile (its hashtags, login or server may be gone):
            # nothing of it is recorded, shown or saved
            log.debug("dropped the poll of a replaced source %s", src.label)
            return
        record(src, began, outcome)
        if isinstance(outcome, KnownError):
            log.info("%s: %s", src.label, outcome)
            self._failing_since.setdefault(src.key, self.clock.now())
        elif isinstance(outcome, PollResult):
            now = self.clock.now()
            self.last_success = now
            self._answered[src.key] = now
            self._failing_since.pop(src.key, None)
            cursor = getattr(src, "cursor", "")
            posts = outcome.posts
            self.tasks.run_db(partial(_save, self.store, src.key, cursor, posts, now))
            if posts:
                self.posts_arrived.emit(posts)
        self.states_changed.emit()

    # -- streaming ----------------------------------------------------------------
    def _maybe_stream(self, now: datetime) -> None:
        for src in self.sources:
            if not isinstance(src, MastodonSource) or not src.can_stream or src.info is None:
                continue
            if src.schedule.last_success is None:
                continue  # first poll fills the cursor and reads the instance
            slot = self._streams.setdefault(src.key, _StreamSlot(backoff=Backoff(base=5, cap=300)))
            if slot.stream is not None or (slot.retry_at is not None and now < slot.retry_at):
                continue
            # its callbacks name it: a stream stopped and replaced (pause, offline,
            # restart) still calls back once or more, and must not touch the new one
            sid = next(self._stream_ids)
            stream = HashtagStream(
                self.live.http,
                src.streaming_url,
                src.tag,
                src.client.auth,
                src.key,
                on_update=partial(weak(self._main), "_on_update", src, sid),
                on_open=partial(weak(self._main), "_on_stream_open", src, sid),
                on_end=partial(weak(self._main), "_on_stream_end", src, sid),
            )
            slot.stream, slot.stream_id = stream, sid
            stream.start()

    def _main(self, name: str, *args: Any) -> None:
        """Called from a stream thread: run ``self.<name>(*args)`` on the GUI thread."""
        if not self._closed:
            self.tasks.run_on_main(partial(weak(getattr(self, name)), *args))

    def _slot_of(self, src: MastodonSource, sid: int) -> _StreamSlot | None:
        """The slot whose running stream is stream ``sid`` of ``src``; None when that
        stream was stopped or replaced (its callback is then ignored)."""
        if self._closed or not self._current(src):
            return None
        slot = self._streams.get(src.key)
        if slot is None or slot.stream is None or slot.stream_id != sid:
            return None
        return slot

    def _on_stream_open(self, src: MastodonSource, sid: int) -> None:
        slot = self._slot_of(src, sid)
        if slot is None:
            return
        slot.failures = 0
        if slot.backoff is not None:
            slot.backoff.reset()
        src.schedule.phase = Phase.LIVE
        src.schedule.reason = ""
        self.states_changed.emit()

    def _on_update(self, src: MastodonSource, sid: int, update: StreamUpdate) -> None:
        if self._slot_of(src, sid) is None:
            return  # from a stream stopped meanwhile (its source may be gone)
        now = self.clock.now()
        if update.kind == "delete":
            key, rid = src.key, update.deleted_id
            QueryOp(self.tasks, partial(self.store.delete_remote, key, rid)).success(
                weak(self._on_deleted)
            ).run()
            return
        if update.post is None:
            return
        cursor = src.cursor
        if update.kind == "update" and update.post.remote_id:
            # a poll on a worker moves it too; an older id (late) never takes it back
            cursor = src.advance_cursor(update.post.remote_id)
        posts = [update.post]
        self.tasks.run_db(partial(_save, self.store, src.key, cursor, posts, now))
        self.posts_arrived.emit(posts)

    def _on_deleted(self, uri: str | None) -> None:
        if not self._closed and uri is not None:
            self.post_removed.emit(uri)

    def _on_stream_end(self, src: MastodonSource, sid: int, error: KnownError | None) -> None:
        slot = self._slot_of(src, sid)
        if slot is None:
            return  # a stream stopped on purpose and replaced: the new one stays
        ended, slot.stream = slot.stream, None
        now = self._now()
        slot.failures += 1
        delay = slot.backoff.next_delay() if slot.backoff else 30.0
        asked = ended.server_retry if ended is not None else None
        if asked is not None:  # the server's own "retry:" is a floor (WHATWG SSE)
            delay = max(delay, min(asked, STREAM_REST.total_seconds()))
        if slot.failures >= STREAM_MAX_FAILURES:
            slot.retry_at = now + STREAM_REST
        else:
            slot.retry_at = now + timedelta(seconds=delay)
        # back to polling at once: back-fill by min_id what the stream missed
        src.schedule.phase = Phase.POLLING
        src.schedule.reason = error.message if error else ""
        src.schedule.error = error
        src.schedule.next_at = None
        if isinstance(error, OfflineError):
            log.info("stream %s ended: %s", src.label, error)
        self.states_changed.emit()
        self.tick()
