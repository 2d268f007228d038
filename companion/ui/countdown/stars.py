"""The programme's stars and reminders: which sessions the user starred, and a
single-shot timer armed for the next reminder (it fires while the window is
minimised too).

The timer never waits longer than :data:`REMINDER_RECHECK_MS`: Qt's timers (like
``time.monotonic``) do not count the time a Linux or macOS laptop sleeps, so a timer
armed for a long wait fires that much later after a resume, and a forward clock change
is only seen when it fires. Each wake-up compares the app's clock with the next due
time kept in memory; the database is asked only when a reminder is due."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, tzinfo

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QTreeWidgetItem

from companion.core.clock import Clock
from companion.core.event.countdown import in_zone
from companion.core.event.model import Event
from companion.core.event.reminders import DAY_ITEM, Reminder, Reminders
from companion.ui.countdown.notifier import Notifier
from companion.ui.countdown.programme import ID_ROLE
from companion.ui.countdown.text import hm
from companion.ui.countdown.view import COL_STAR, CountdownView
from companion.ui.ops import QueryOp
from companion.ui.tasks import TaskManager

#: look at the clock at least this often (a resumed laptop, a clock change): a
#: reminder is at most this late after either
REMINDER_RECHECK_MS = 60 * 1000

Stars = dict[str, datetime]


class ProgrammeStars(QObject):
    """Signals:
    stars_changed(): ``stars`` was (re)loaded; the programme shows them."""

    stars_changed = Signal()

    def __init__(
        self,
        view: CountdownView,
        reminders: Reminders,
        tasks: TaskManager,
        clock: Clock,
        *,
        event: Callable[[], Event],
        zone: Callable[[], tzinfo | None],
        reminder_minutes: Callable[[], int],
        banner: Callable[[str, str], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._view = view
        self._reminders = reminders
        self._tasks = tasks
        self._clock = clock
        self._event = event
        self._zone = zone
        self._minutes = reminder_minutes
        self.stars: Stars = {}
        #: reminders that came due before this are missed because the app was closed
        self._since = clock.corrected_now()
        #: when the next reminder comes due, as of the last check (None: none)
        self._next_due: datetime | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._on_timer)
        self.notifier = Notifier(banner, self)
        view.when_programme_made(lambda tree: tree.itemChanged.connect(self._on_item_changed))
        view.star_day.toggled.connect(self._on_star_day)

    def load(self) -> None:
        event_id, reminders = self._event().id, self._reminders
        QueryOp(self._tasks, lambda: reminders.starred(event_id)).success(self._on_stars).run()

    def _on_stars(self, stars: Stars) -> None:
        self.stars = stars
        v = self._view
        blocked = v.star_day.blockSignals(True)
        v.star_day.setChecked(DAY_ITEM in stars)
        v.star_day.blockSignals(blocked)
        self.stars_changed.emit()
        self.check_reminders()

    def set_star(self, item_id: str, on: bool) -> None:
        reminders, event_id, now = self._reminders, self._event().id, self._clock.corrected_now()

        def job() -> Stars:
            reminders.set_star(event_id, item_id, on, now)
            return reminders.starred(event_id)

        QueryOp(self._tasks, job).success(self._on_stars).run()

    @Slot(bool)
    def _on_star_day(self, on: bool) -> None:
        self.set_star(DAY_ITEM, on)

    @Slot(QTreeWidgetItem, int)
    def _on_item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        if column != COL_STAR:
            return
        sid = str(item.data(COL_STAR, ID_ROLE))
        on = item.checkState(COL_STAR) == Qt.CheckState.Checked
        if on != (sid in self.stars):
            self.set_star(sid, on)

    # -- reminders ----------------------------------------------------------------
    @Slot()
    def _on_timer(self) -> None:
        """The clock, looked at: the database only when a reminder is due."""
        if self._next_due is not None and self._clock.corrected_now() >= self._next_due:
            self.check_reminders()
        else:
            self._arm()

    @Slot()
    def check_reminders(self) -> None:
        reminders, event = self._reminders, self._event()
        minutes, now = self._minutes(), self._clock.corrected_now()

        def job() -> tuple[list[Reminder], datetime | None]:
            return (
                reminders.take_due(event, minutes, now),
                reminders.next_due(event, minutes, now),
            )

        QueryOp(self._tasks, job).success(self._on_reminders).run()

    def _on_reminders(self, result: tuple[list[Reminder], datetime | None]) -> None:
        due, self._next_due = result
        for r in due:
            self._notify(r)
        self._arm()

    def _arm(self) -> None:
        wait_ms = REMINDER_RECHECK_MS
        if self._next_due is not None:
            seconds = (self._next_due - self._clock.corrected_now()).total_seconds()
            wait_ms = int(min(wait_ms, max(0.0, seconds) * 1000 + 500))
        self._timer.start(wait_ms)

    def _notify(self, r: Reminder) -> None:
        local = in_zone(r.starts_at, self._zone())
        if r.missed:
            title = QCoreApplication.translate("Countdown", "Missed reminder: %1").replace(
                "%1", r.title
            )
            if r.due_at < self._since:
                body = QCoreApplication.translate(
                    "Countdown", "It started at %1 (the app was closed)."
                ).replace("%1", hm(local))
            else:  # it came due while the app ran: the computer slept, or its clock moved
                body = QCoreApplication.translate("Countdown", "It started at %1.").replace(
                    "%1", hm(local)
                )
            if r.starts_at > self._clock.corrected_now():
                body = QCoreApplication.translate("Countdown", "It starts at %1.").replace(
                    "%1", hm(local)
                )
        else:
            title = QCoreApplication.translate("Countdown", "Starting soon: %1").replace(
                "%1", r.title
            )
            body = QCoreApplication.translate("Countdown", "It starts at %1.").replace(
                "%1", hm(local)
            )
        self.notifier.notify(title, body)

    def stop(self) -> None:
        self._timer.stop()
        self.notifier.shutdown()
