"""The countdown's files: the calendar export (.ics), opening an event file from
this computer, and fetching a newer one from the address in the settings."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal, Slot

from companion.core.changes import EVENT, Outcome
from companion.core.clock import Clock
from companion.core.errors import KnownError
from companion.core.event.model import Event
from companion.core.event.store import Download, EventStore, FetchOutcome, LoadedEvent
from companion.core.messages import COULD_NOT_SAVE
from companion.ui.errors import translated_message
from companion.ui.ops import ChangeOp, QueryOp
from companion.ui.tasks import TaskManager

if TYPE_CHECKING:
    from companion.core.net import HttpClient

#: look for a newer event file this often while the app runs
REFETCH_MS = 6 * 3600 * 1000


def _installed(loaded: LoadedEvent) -> Outcome[LoadedEvent]:
    return Outcome(loaded, EVENT)


class EventFiles(QObject):
    """The countdown's files. One fetch at a time: a fetch asked for while one runs
    (Update pressed again, the address changed, back online) runs once after it.
    A fetch downloads on the network pool and installs on the database lane, where
    opening a file and every settings change run too; there a file from an address
    no longer in the settings, or fetched while another file was installed, is dropped.

    Signals:
    loaded(object): a newer event file is in use (a LoadedEvent).
    saved(str, str): a file was written: a title and a message for the banner.
    note_changed(): ``note`` (a quiet line about the last fetch) changed.
    """

    loaded = Signal(object)
    saved = Signal(str, str)
    note_changed = Signal()

    def __init__(
        self,
        store: EventStore,
        http: Callable[[], HttpClient],
        tasks: TaskManager,
        clock: Clock,
        *,
        event_url: Callable[[], str],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._http = http
        self._tasks = tasks
        self._clock = clock
        #: the address in the settings; also read on the database lane (it reads the
        #: settings in use, which are swapped there)
        self._event_url = event_url
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.fetch_now)
        self._failed = False
        #: a fetch runs (from the download to the install)
        self._fetching = False
        #: a fetch was asked for while one ran: run one more after it
        self._again = False
        #: why the last check for a newer file failed, or ""
        self.note = ""

    # -- calendar -----------------------------------------------------------------
    def export_calendar(
        self, path: Path, event: Event, stars: set[str], reminder_minutes: int
    ) -> None:
        from companion.core.atomic import atomic_write_bytes

        now: datetime = self._clock.corrected_now()

        def job() -> Path:
            chosen = [s for s in event.sessions if s.id in stars]
            from companion.core.event.ics import build_calendar  # on demand: off the start path

            data = build_calendar(event, chosen, now=now, reminder_minutes=reminder_minutes)
            try:
                atomic_write_bytes(path, data)
            except OSError as exc:
                raise KnownError(COULD_NOT_SAVE, args=(path.name, exc.strerror or exc)) from exc
            return path

        QueryOp(self._tasks, job).success(self._on_exported).run()

    def _on_exported(self, path: Path) -> None:
        self.saved.emit(QCoreApplication.translate("Countdown", "Calendar file saved"), str(path))

    # -- event files ------------------------------------------------------------------
    def open_file(self, path: Path) -> None:
        store, now = self._store, self._clock.corrected_now()
        ChangeOp(self._tasks, lambda: _installed(store.import_file(path, now=now))).success(
            self.loaded.emit
        ).run()

    @Slot()
    def fetch_now(self) -> None:
        if self._fetching:
            self._again = True
            return
        url, store, http = self._event_url(), self._store, self._http
        if url:  # the HTTP client is made on the network lane, with the first fetch
            self._fetching = True
            QueryOp(self._tasks, lambda: store.download(http(), url), lane="net").success(
                self._on_downloaded
            ).failure(self._on_fetch_failed).run()

    def _on_downloaded(self, download: Download) -> None:
        store, event_url = self._store, self._event_url

        def settle() -> FetchOutcome:
            # on the database lane, where the settings change: the address read here
            # is the one in use when the file would be installed
            return store.settle(download, wanted=event_url() == download.url)

        QueryOp(self._tasks, settle).success(self._on_fetched).failure(self._on_fetch_failed).run()

    def _on_fetched(self, outcome: FetchOutcome) -> None:
        self._fetched()
        if outcome.status != "dropped":
            self._failed = False
            self.note = ""
            if outcome.status == "updated":
                self.loaded.emit(outcome.loaded)
                self._tasks.hub.announce(EVENT)
            self.note_changed.emit()
        self._run_again()

    def _on_fetch_failed(self, exc: BaseException) -> None:
        """Keep the last good file; say so quietly (offline is normal in the field)."""
        self._fetched()
        self._failed = True
        if isinstance(exc, KnownError):
            self.note = QCoreApplication.translate(
                "Countdown", "Could not check for a newer event file: %1"
            ).replace("%1", translated_message(exc))
            self.note_changed.emit()
        self._run_again()

    def _fetched(self) -> None:
        """A fetch ended (first thing: a slot that fails later does not stop fetching)."""
        self._fetching = False
        self._timer.start(REFETCH_MS)

    def _run_again(self) -> None:
        """The fetch asked for while the last one ran."""
        if self._again:
            self._again = False
            self.fetch_now()

    @Slot(bool)
    def on_online_changed(self, online: bool | None) -> None:
        """Try again as soon as the connection comes back."""
        if online and self._failed:
            self.fetch_now()

    def stop(self) -> None:
        self._timer.stop()
