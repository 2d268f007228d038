"""The countdown area: before, during and after the day, the programme and reminders.

``create(ctx)`` builds it. The controller reads the app clock on every tick and
derives everything from the target instants; it ticks only while it can be seen.
Reminders use their own single-shot timer armed for the next due instant, so they
fire while the window is minimised too. Both read the clock corrected by the servers'
``Date`` (``Clock.corrected_now``) and say so when this computer's clock is wrong.
"""

from __future__ import annotations

import html
import logging
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, Qt, QTimer, QTimeZone, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QLabel, QTreeWidgetItem, QVBoxLayout, QWidget

from companion.core.clock import Clock
from companion.core.errors import KnownError
from companion.core.event.countdown import CountdownState, Phase, in_zone, state_at
from companion.core.event.ics import build_calendar
from companion.core.event.reminders import DAY_ITEM, Reminder, Reminders
from companion.core.event.store import EventStore, FetchOutcome, LoadedEvent
from companion.core.event.zones import local_zone, zone_or_none
from companion.core.net import HttpClient
from companion.core.settings import EventSettings
from companion.ui.a11y import announce
from companion.ui.context import AppContext, AppSignals
from companion.ui.countdown.announce import AnnouncePolicy
from companion.ui.countdown.notifier import Notifier
from companion.ui.countdown.programme import ID_ROLE, fill_programme, highlight
from companion.ui.countdown.text import (
    clock_notice,
    hm,
    long_date,
    remaining_text,
    site_name,
    spoken_remaining,
    when,
)
from companion.ui.countdown.ticker import SecondTicker, VisibilityGate
from companion.ui.countdown.view import COL_STAR, CountdownView
from companion.ui.errors import translated_text
from companion.ui.locale_format import short_day
from companion.ui.tasks import TaskManager

log = logging.getLogger(__name__)

#: re-check reminders at least this often (a suspended laptop, a clock change)
REMINDER_RECHECK_MS = 15 * 60 * 1000
#: look for a newer event file this often while the app runs
REFETCH_MS = 6 * 3600 * 1000


@dataclass
class Collaborators:
    clock: Clock
    settings: EventSettings
    store: EventStore
    reminders: Reminders
    http: HttpClient
    tasks: TaskManager
    signals: AppSignals


def system_zone_name() -> str:
    """The system zone's IANA id from Qt (works on Windows too)."""
    return bytes(QTimeZone.systemTimeZoneId().data()).decode("ascii", "replace")


class CountdownArea(QWidget):
    """Controller: fills :class:`CountdownView` and reacts to the user."""

    def __init__(
        self, c: Collaborators, loaded: LoadedEvent, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._c = c
        self._loaded = loaded
        self._stars: dict[str, Any] = {}
        self._last_key: tuple[Any, ...] = ()
        self._wrong_by: timedelta | None = None
        self._zone = local_zone(c.settings.local_timezone, system_zone_name())
        self.view = CountdownView(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self._site_labels: list[tuple[str, QLabel, QLabel]] = []

        self.ticker = SecondTicker(c.clock.corrected_timestamp, self)
        self.ticker.tick.connect(self._on_tick)
        self.gate = VisibilityGate(self)
        self.gate.changed.connect(self._on_visible_changed)
        self._reminder_timer = QTimer(self)
        self._reminder_timer.setSingleShot(True)
        self._reminder_timer.timeout.connect(self.check_reminders)
        self.notifier = Notifier(self.show_reminder_banner, self)
        self._fetch_timer = QTimer(self)
        self._fetch_timer.setSingleShot(True)
        self._fetch_timer.timeout.connect(self.fetch_now)
        self._fetch_failed = False
        self._fetch_note = ""

        v = self.view
        v.event_time_toggle.setChecked(c.settings.show_event_time)
        v.event_time_toggle.toggled.connect(self._on_event_time_toggled)
        v.programme.itemChanged.connect(self._on_item_changed)
        v.star_day.toggled.connect(self._on_star_day)
        v.export_button.clicked.connect(self._on_export)
        v.open_button.clicked.connect(self._on_open)
        v.update_button.clicked.connect(self.fetch_now)
        v.post_button.clicked.connect(self._on_post)
        # screen readers: the figure on demand, politely by itself at most once a minute
        self._announce_policy = AnnouncePolicy()
        v.say_button.clicked.connect(self.say_time_left)
        self.say_action = QAction(self)
        self.say_action.setShortcut(QKeySequence("Ctrl+Shift+T"))
        self.say_action.triggered.connect(self.say_time_left)
        self.addAction(self.say_action)
        self.retranslate()
        self.render_event()
        self.load_stars()
        if loaded.problem:
            self.show_reminder_banner(
                QCoreApplication.translate("Countdown", "Event file problem"), loaded.problem
            )
        if c.settings.event_url:
            self.fetch_now()

    # -- helpers ----------------------------------------------------------------
    @property
    def event(self) -> Any:
        return self._loaded.event

    def _programme_zone(self) -> Any:
        return self.event.zone if self.view.event_time_toggle.isChecked() else self._zone

    def state(self) -> CountdownState:
        return state_at(self.event, self._c.clock.corrected_now())

    # -- language --------------------------------------------------------------------
    def retranslate(self) -> None:
        v = self.view
        # labels that show information keep their text as name; context is described
        v.title.setAccessibleDescription(QCoreApplication.translate("Countdown", "Event"))
        v.export_button.setText(QCoreApplication.translate("Countdown", "Add to calendar…"))
        v.export_button.setAccessibleDescription(
            QCoreApplication.translate(
                "Countdown", "Export the day and starred sessions to a calendar file"
            )
        )
        v.open_button.setText(QCoreApplication.translate("Countdown", "Open event file…"))
        v.open_button.setAccessibleDescription(
            QCoreApplication.translate("Countdown", "Open a newer event file from this computer")
        )
        v.update_button.setText(QCoreApplication.translate("Countdown", "Check for updates"))
        v.update_button.setAccessibleDescription(
            QCoreApplication.translate("Countdown", "Fetch the latest event details")
        )
        v.post_button.setText(QCoreApplication.translate("Countdown", "Write a post"))
        v.post_button.setAccessibleDescription(
            QCoreApplication.translate("Countdown", "Start a post with the event hashtag")
        )
        v.star_day.setText(QCoreApplication.translate("Countdown", "Remind me at the start"))
        v.star_day.setAccessibleDescription(
            QCoreApplication.translate("Countdown", "Remind me when the day starts")
        )
        v.event_time_toggle.setText(QCoreApplication.translate("Countdown", "Show event time"))
        v.event_time_toggle.setAccessibleDescription(
            QCoreApplication.translate("Countdown", "Show programme times in the event's time zone")
        )
        v.programme_title.setText(QCoreApplication.translate("Countdown", "Programme"))
        v.programme.setHeaderLabels(
            [
                "★",
                QCoreApplication.translate("Countdown", "Time"),
                QCoreApplication.translate("Countdown", "Session"),
                QCoreApplication.translate("Countdown", "Where"),
                QCoreApplication.translate("Countdown", "Language"),
            ]
        )
        v.programme.setAccessibleName(QCoreApplication.translate("Countdown", "Programme"))
        v.sites_title.setText(QCoreApplication.translate("Countdown", "Field sites"))
        v.remaining.setAccessibleDescription(
            QCoreApplication.translate("Countdown", "Time remaining")
        )
        v.say_button.setText(QCoreApplication.translate("Countdown", "Say time left"))
        v.say_button.setAccessibleDescription(
            QCoreApplication.translate("Countdown", "Have the screen reader say the time left")
        )
        if hasattr(self, "say_action"):
            self.say_action.setText(QCoreApplication.translate("Countdown", "Say time left"))
        star = v.programme.headerItem()
        star.setData(
            COL_STAR,
            Qt.ItemDataRole.AccessibleTextRole,
            QCoreApplication.translate("Countdown", "Starred"),
        )
        star.setToolTip(COL_STAR, QCoreApplication.translate("Countdown", "Starred"))
        if self._wrong_by is not None:
            v.clock_notice.setText(clock_notice(self._wrong_by))
        if hasattr(self, "_loaded"):
            self.render_event()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- rendering ------------------------------------------------------------------
    def render_event(self) -> None:
        """Everything that changes only with the event file or settings."""
        v, e = self.view, self.event
        v.title.setText(e.name)
        v.sample_banner.setVisible(e.sample)
        v.sample_banner.setText(
            QCoreApplication.translate(
                "Countdown", "Sample programme for demonstrations: these sessions are not real."
            )
        )
        v.start_event.setText(
            QCoreApplication.translate("Countdown", "Starts (event time): %1").replace(
                "%1", when(e.start, e.zone)
            )
        )
        v.start_local.setText(
            QCoreApplication.translate("Countdown", "Starts (your time): %1").replace(
                "%1", when(e.start, self._zone)
            )
        )
        self._build_sites()
        fill_programme(
            v.programme, e, self._programme_zone(), set(self._stars), self._loaded.changed
        )
        has_sessions = bool(e.sessions)
        v.programme.setVisible(has_sessions)
        v.event_time_toggle.setVisible(has_sessions)
        notes = " ".join(e.notes)
        v.programme_empty.setText(
            notes
            or QCoreApplication.translate(
                "Countdown", "No timed sessions have been announced for this day."
            )
        )
        v.programme_empty.setVisible(not has_sessions)
        v.update_button.setVisible(bool(self._c.settings.event_url))
        v.about.setText(self._about_html())
        v.about_links.set_links(v.about.text())
        v.source.setText(self._source_text())
        self._last_key = ()
        self._on_tick()

    def _about_html(self) -> str:
        e = self.event
        heading = QCoreApplication.translate("Countdown", "About the day")
        parts = [f"<p><b>{html.escape(heading)}</b></p>"]
        if e.description:
            parts.append(f"<p>{html.escape(e.description)}</p>")
        links = [f'<a href="{html.escape(lk.url)}">{html.escape(lk.title)}</a>' for lk in e.links]
        if links:
            parts.append("<p>" + " · ".join(links) + "</p>")
        if e.organiser:
            who = html.escape(e.organiser)
            if e.contact_email:
                mail = html.escape(e.contact_email)
                who += f' — <a href="mailto:{mail}">{mail}</a>'
            parts.append(
                "<p>"
                + html.escape(QCoreApplication.translate("Countdown", "Organiser:"))
                + " "
                + who
                + "</p>"
            )
        if e.past_editions:
            items = []
            for ed in e.past_editions:
                month = QLocale().toString(QDate(ed.start.year, ed.start.month, 1), "MMMM yyyy")
                label = f"{html.escape(ed.name)} ({html.escape(month)})"
                if ed.url:
                    label = f'<a href="{html.escape(ed.url)}">{label}</a>'
                items.append(label)
            parts.append(
                "<p>"
                + html.escape(QCoreApplication.translate("Countdown", "Past editions:"))
                + " "
                + ", ".join(items)
                + "</p>"
            )
        return "".join(parts)

    def _source_text(self) -> str:
        loaded = self._loaded
        if loaded.source == "shipped":
            text = QCoreApplication.translate("Countdown", "Event details shipped with the app.")
        else:
            text = QCoreApplication.translate(
                "Countdown", "Event details from %1, updated %2."
            ).replace("%1", loaded.origin)
            text = text.replace("%2", loaded.updated_at.replace("T", " ")[:16] + " UTC")
        note = getattr(self, "_fetch_note", "")
        return f"{text} {note}" if note else text

    def _build_sites(self) -> None:
        grid = self.view.sites_layout
        while grid.count():
            item = grid.takeAt(0)
            w = item.widget() if item is not None else None
            if w is not None:
                w.deleteLater()
        self._site_labels = []
        box = self.view.sites_box
        for row, name in enumerate(self._c.settings.field_sites):
            zone = zone_or_none(name)
            if zone is None:
                continue
            label = QLabel(site_name(name), box)
            now_label = QLabel(box)
            start_label = QLabel(box)
            local_start = in_zone(self.event.start, zone)
            start_label.setText(
                QCoreApplication.translate("Countdown", "starts %1, %2")
                .replace("%1", long_date(local_start))
                .replace("%2", hm(local_start))
            )
            grid.addWidget(label, row, 0)
            grid.addWidget(now_label, row, 1)
            grid.addWidget(start_label, row, 2)
            self._site_labels.append((name, now_label, start_label))
        grid.setColumnStretch(2, 1)
        self.view.sites_title.setVisible(bool(self._site_labels))
        self.view.sites_box.setVisible(bool(self._site_labels))

    # -- ticking --------------------------------------------------------------------
    @Slot(bool)
    def _on_visible_changed(self, visible: bool) -> None:
        if visible:
            self._on_tick()
            self.ticker.start()
            self.check_reminders()
        else:
            self.ticker.stop()
            self._announce_policy.reset()

    def _show_clock_notice(self) -> None:
        """Say so when this computer's clock is wrong (checked every tick: cheap)."""
        wrong_by = self._c.clock.wrong_by()
        if wrong_by == self._wrong_by:
            return
        self._wrong_by = wrong_by
        text = clock_notice(wrong_by)
        self.view.clock_notice.setText(text)
        self.view.clock_notice.setVisible(bool(text))
        if wrong_by:
            # the reminders' timer was armed on the uncorrected clock
            self.check_reminders()

    @Slot()
    def _on_tick(self) -> None:
        v = self.view
        self._show_clock_notice()
        state = self.state()
        if state.phase is Phase.UPCOMING:
            v.phase.setText(QCoreApplication.translate("Countdown", "Starts in"))
            v.remaining.setText(remaining_text(state.remaining))
        elif state.phase is Phase.LIVE:
            v.phase.setText(QCoreApplication.translate("Countdown", "Live now — time left today"))
            v.remaining.setText(remaining_text(state.remaining))
        else:
            v.phase.setText(QCoreApplication.translate("Countdown", "This edition has ended"))
            nxt = state.next_edition
            if nxt is not None:
                v.remaining.setText(
                    QCoreApplication.translate("Countdown", "Next: %1").replace("%1", nxt.name)
                )
            else:
                v.remaining.setText(
                    QCoreApplication.translate("Countdown", "Thank you for taking part")
                )
        remaining = state.remaining if state.phase is not Phase.ENDED else None
        if self._announce_policy.due(state.phase, remaining, self._c.clock.timestamp()):
            announce(v.remaining, self.time_left_text())
        for name, now_label, _start in self._site_labels:
            local = in_zone(state.now, zone_or_none(name))
            now_label.setText(
                QCoreApplication.translate("Countdown", "now %1 %2")
                .replace("%1", short_day(local))
                .replace("%2", hm(local))
            )
        key = (
            state.phase,
            tuple(s.id for s in state.current),
            state.next_session.id if state.next_session else None,
        )
        if key != self._last_key:
            self._last_key = key
            self._on_sessions_changed(state)

    def time_left_text(self) -> str:
        """What "Say time left" says: the phase and the figure in words."""
        state = self.state()
        if state.phase is Phase.ENDED:
            return f"{self.view.phase.text()}. {self.view.remaining.text()}"
        return f"{self.view.phase.text()} {spoken_remaining(state.remaining)}"

    @Slot()
    def say_time_left(self) -> None:
        self._on_tick()  # the labels read the clock now
        announce(self.view.remaining, self.time_left_text(), assertive=True)

    def _on_sessions_changed(self, state: CountdownState) -> None:
        v = self.view
        highlight(v.programme, state)
        lines = []
        if state.current:
            titles = "; ".join(html.escape(s.title) for s in state.current)
            lines.append(
                html.escape(QCoreApplication.translate("Countdown", "On now: %1")).replace(
                    "%1", titles
                )
            )
        if state.next_session is not None:
            s = state.next_session
            lines.append(
                html.escape(QCoreApplication.translate("Countdown", "Next: %1 at %2"))
                .replace("%1", html.escape(s.title))
                .replace("%2", hm(in_zone(s.start, self._zone)))
            )
        if state.phase is Phase.ENDED:
            nxt = state.next_edition
            if nxt is not None:
                lines.append(
                    QCoreApplication.translate("Countdown", "Next edition starts %1.").replace(
                        "%1", when(nxt.start, self._zone)
                    )
                )
            else:
                archive = self.event.archive_url or (
                    self.event.link("announcement").url if self.event.link("announcement") else ""
                )
                if archive:
                    lines.append(
                        html.escape(
                            QCoreApplication.translate("Countdown", "More about the day: %1")
                        ).replace(
                            "%1", f'<a href="{html.escape(archive)}">{html.escape(archive)}</a>'
                        )
                    )
        v.sessions_now.setText("<br>".join(lines))
        v.sessions_links.set_links(v.sessions_now.text())
        v.sessions_now.setVisible(bool(lines))
        v.star_day.setEnabled(state.phase is Phase.UPCOMING)

    # -- stars & reminders ------------------------------------------------------------
    def load_stars(self) -> None:
        event_id = self.event.id
        self._c.tasks.run_db(lambda: self._c.reminders.starred(event_id), self._on_stars)

    def _on_stars(self, stars: dict[str, Any]) -> None:
        self._stars = stars
        v = self.view
        blocked = v.star_day.blockSignals(True)
        v.star_day.setChecked(DAY_ITEM in stars)
        v.star_day.blockSignals(blocked)
        fill_programme(
            v.programme, self.event, self._programme_zone(), set(stars), self._loaded.changed
        )
        highlight(v.programme, self.state())
        self.check_reminders()

    def set_star(self, item_id: str, on: bool) -> None:
        c, event_id, now = self._c, self.event.id, self._c.clock.corrected_now()

        def job() -> dict[str, Any]:
            c.reminders.set_star(event_id, item_id, on, now)
            return c.reminders.starred(event_id)

        c.tasks.run_db(job, self._on_stars)

    @Slot(bool)
    def _on_star_day(self, on: bool) -> None:
        self.set_star(DAY_ITEM, on)

    @Slot(QTreeWidgetItem, int)
    def _on_item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        if column != COL_STAR:
            return
        sid = str(item.data(COL_STAR, ID_ROLE))
        on = item.checkState(COL_STAR) == Qt.CheckState.Checked
        if on != (sid in self._stars):
            self.set_star(sid, on)

    @Slot()
    def check_reminders(self) -> None:
        c, event = self._c, self.event
        minutes, now = c.settings.reminder_minutes, c.clock.corrected_now()

        def job() -> tuple[list[Reminder], Any]:
            return (
                c.reminders.take_due(event, minutes, now),
                c.reminders.next_due(event, minutes, now),
            )

        c.tasks.run_db(job, self._on_reminders)

    def _on_reminders(self, result: tuple[list[Reminder], Any]) -> None:
        due, next_due = result
        for r in due:
            self._notify(r)
        wait_ms = REMINDER_RECHECK_MS
        if next_due is not None:
            seconds = (next_due - self._c.clock.corrected_now()).total_seconds()
            wait_ms = int(min(wait_ms, max(0.0, seconds) * 1000 + 500))
        self._reminder_timer.start(wait_ms)

    def _notify(self, r: Reminder) -> None:
        local = in_zone(r.starts_at, self._zone)
        if r.missed:
            title = QCoreApplication.translate("Countdown", "Missed reminder: %1").replace(
                "%1", r.title
            )
            body = QCoreApplication.translate(
                "Countdown", "It started at %1 (the app was closed)."
            ).replace("%1", hm(local))
            if r.starts_at > self._c.clock.corrected_now():
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

    def show_reminder_banner(self, title: str, message: str) -> None:
        banner = self.view.reminder_banner
        banner.setText(f"<b>{html.escape(title)}</b> — {html.escape(message)}")
        banner.setAccessibleName(title)
        banner.show()

    # -- actions ---------------------------------------------------------------------
    @Slot(bool)
    def _on_event_time_toggled(self, on: bool) -> None:
        self._c.settings.show_event_time = on
        fill_programme(
            self.view.programme,
            self.event,
            self._programme_zone(),
            set(self._stars),
            self._loaded.changed,
        )
        self._last_key = ()
        self._on_tick()

    def ask_save_path(self) -> str:
        """Where to save the calendar file ("" = cancelled). Tests replace this."""
        path, _ = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("Countdown", "Add to calendar"),
            "shareASM.ics",
            QCoreApplication.translate("Countdown", "Calendar files (*.ics)"),
        )
        return path

    def ask_open_path(self) -> str:
        path, _ = QFileDialog.getOpenFileName(
            self,
            QCoreApplication.translate("Countdown", "Open event file"),
            "",
            QCoreApplication.translate("Countdown", "Event files (*.json)"),
        )
        return path

    @Slot()
    def _on_export(self) -> None:
        path = self.ask_save_path()
        if path:
            self.export_calendar(Path(path))

    def export_calendar(self, path: Path) -> None:
        from companion.core.atomic import atomic_write_bytes

        event, stars, now = self.event, set(self._stars), self._c.clock.corrected_now()
        minutes = self._c.settings.reminder_minutes

        def job() -> Path:
            chosen = [s for s in event.sessions if s.id in stars]
            data = build_calendar(event, chosen, now=now, reminder_minutes=minutes)
            try:
                atomic_write_bytes(path, data)
            except OSError as exc:
                raise KnownError(f"Could not save {path.name}: {exc.strerror or exc}") from exc
            return path

        self._c.tasks.run_db(job, self._on_exported)

    def _on_exported(self, path: Path) -> None:
        self.show_reminder_banner(
            QCoreApplication.translate("Countdown", "Calendar file saved"), str(path)
        )

    @Slot()
    def _on_open(self) -> None:
        path = self.ask_open_path()
        if path:
            self.open_event_file(Path(path))

    def open_event_file(self, path: Path) -> None:
        store, now = self._c.store, self._c.clock.now()
        self._c.tasks.run_db(lambda: store.import_file(path, now=now), self.use_loaded)

    @Slot()
    def fetch_now(self) -> None:
        url, store, http = self._c.settings.event_url, self._c.store, self._c.http
        if url:
            self._c.tasks.run_net(
                lambda: store.fetch(http, url), self._on_fetched, self._on_fetch_failed
            )

    def _on_fetched(self, outcome: FetchOutcome) -> None:
        self._fetch_failed = False
        self._fetch_note = ""
        self._fetch_timer.start(REFETCH_MS)
        if outcome.status == "updated":
            self.use_loaded(outcome.loaded)
        else:
            self.view.source.setText(self._source_text())

    def _on_fetch_failed(self, exc: BaseException) -> None:
        """Keep the last good file; say so quietly (offline is normal in the field)."""
        self._fetch_failed = True
        self._fetch_timer.start(REFETCH_MS)
        if isinstance(exc, KnownError):
            self._fetch_note = QCoreApplication.translate(
                "Countdown", "Could not check for a newer event file: %1"
            ).replace("%1", translated_text(exc).split("\n")[0])
            self.view.source.setText(self._source_text())

    @Slot(bool)
    def on_online_changed(self, online: bool | None) -> None:
        """Try again as soon as the connection comes back."""
        if online and self._fetch_failed:
            self.fetch_now()

    def use_loaded(self, loaded: LoadedEvent) -> None:
        self._loaded = loaded
        self.render_event()
        self.load_stars()

    @Slot()
    def _on_post(self) -> None:
        e = self.event
        text = f"#{e.hashtag} "
        self._c.signals.compose_requested.emit(text, "countdown")

    def shutdown(self) -> None:
        self.ticker.stop()
        self._reminder_timer.stop()
        self._fetch_timer.stop()
        self.notifier.shutdown()


def build(ctx: AppContext, store: EventStore, loaded: LoadedEvent) -> QWidget:
    """The countdown area for ``loaded`` (see ``companion/ui/countdown/entry.py``)."""
    core = ctx.core
    if loaded.problem:
        log.info("%s", loaded.problem)
    c = Collaborators(
        clock=core.clock,
        settings=core.settings.event,
        store=store,
        reminders=Reminders(core.db),
        http=core.http,
        tasks=ctx.tasks,
        signals=ctx.signals,
    )
    area = CountdownArea(c, loaded)
    ctx.connectivity.online_changed.connect(area.on_online_changed)
    return area
