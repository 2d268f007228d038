"""The countdown area: before, during and after the day, the programme and reminders.

``create(ctx)`` (in ``entry.py``) builds it. The controller reads the app clock on
every tick and derives everything from the target instants; it ticks only while it
can be seen. The static texts live in ``about.py``, what each tick shows and says in
``figure.py``, the programme in ``programme.py``, stars and reminders in ``stars.py``,
the calendar export and event files in ``event_files.py``, what the area is given in
``collaborators.py``.
"""

from __future__ import annotations

import logging
from datetime import timedelta, tzinfo
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtGui import QAction, QHideEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from companion.core.changes import Changes
from companion.core.event.countdown import (
    CountdownState,
    Phase,
    Remaining,
    focus_of,
    in_zone,
    state_at,
)
from companion.core.event.store import LoadedEvent
from companion.core.event.zones import SYSTEM_ZONE, local_zone, zone_or_none
from companion.core.settings import EventSettings
from companion.ui.a11y import announce
from companion.ui.area_base import AreaWidget
from companion.ui.countdown.about import (
    SiteRow,
    about_html,
    about_items,
    build_sites,
    more_link,
    retranslate_programme,
    retranslate_view,
    session_lines,
    source_text,
)
from companion.ui.countdown.announce import AnnouncePolicy
from companion.ui.countdown.collaborators import Collaborators, system_zone_name
from companion.ui.countdown.event_files import EventFiles
from companion.ui.countdown.figure import phase_and_figure, start_texts, time_left_words
from companion.ui.countdown.programme import fill_programme, highlight
from companion.ui.countdown.stars import ProgrammeStars
from companion.ui.countdown.text import (
    clock_notice,
    hm,
)
from companion.ui.countdown.ticker import SecondTicker, VisibilityGate
from companion.ui.countdown.view import CountdownView
from companion.ui.errors import notice_text
from companion.ui.i18n import current_language, follow_language
from companion.ui.locale_format import short_day
from companion.ui.ops import ChangeOp
from companion.ui.plain import escape

log = logging.getLogger(__name__)


class CountdownArea(AreaWidget):
    """Controller: fills :class:`CountdownView` and reacts to the user."""

    def __init__(
        self, c: Collaborators, loaded: LoadedEvent, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._c = c
        self._loaded = loaded
        self._localized: tuple[Any, ...] = (None, "", None)
        self._last_key: tuple[object, ...] = ()
        #: how wrong this computer's clock is known to be (None: not looked yet)
        self._wrong_by: timedelta | None = None
        #: the system zone's name ``_zone`` was resolved with (it can change: see
        #: ``_current_zone``), and the zone the texts shown were made in
        self._system_name = system_zone_name()
        self._zone = local_zone(self.settings.local_timezone, self._system_name)
        self._rendered_zone = self._zone
        self.view = CountdownView(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self._site_labels: list[SiteRow] = []

        self.ticker = SecondTicker(c.clock.corrected_timestamp, self)
        self.ticker.tick.connect(self._on_tick)
        self.gate = VisibilityGate(self)
        self.gate.changed.connect(self._on_visible_changed)
        self.view.when_programme_made(retranslate_programme)
        self.stars = ProgrammeStars(
            self.view,
            c.reminders,
            c.tasks,
            c.clock,
            event=lambda: self.event,
            zone=self._current_zone,
            reminder_minutes=lambda: self.settings.reminder_minutes,
            banner=self.show_reminder_banner,
            parent=self,
        )
        self.stars.stars_changed.connect(self._on_stars_changed)
        self.files = EventFiles(
            c.store,
            c.http,
            c.tasks,
            c.clock,
            event_url=lambda: self.settings.event_url,
            parent=self,
        )
        self.files.loaded.connect(self.use_loaded)
        self.files.saved.connect(self.show_reminder_banner)
        self.files.note_changed.connect(self._on_note_changed)
        c.tasks.hub.subscribe(self, self._on_settings_changed, settings=("event.",))

        v = self.view
        v.event_time_toggle.setChecked(self.settings.show_event_time)
        v.event_time_toggle.toggled.connect(self._on_event_time_toggled)
        v.export_button.clicked.connect(self._on_export)
        v.open_button.clicked.connect(self._on_open)
        v.update_button.clicked.connect(self.files.fetch_now)
        v.post_button.clicked.connect(self._on_post)
        # screen readers: the figure on demand, politely by itself at most once a minute
        self._announce_policy = AnnouncePolicy()
        v.say_button.clicked.connect(self.say_time_left)
        self.say_action = QAction(self)
        self.say_action.setShortcut(QKeySequence("Ctrl+Shift+T"))
        self.say_action.triggered.connect(self.say_time_left)
        self.addAction(self.say_action)
        self.retranslate()  # renders the event too: once, not twice (issue 19)
        self.stars.load()
        if loaded.problem:
            self.show_reminder_banner(
                QCoreApplication.translate("Countdown", "Event file problem"),
                notice_text(loaded.problem),
            )
        if self.settings.event_url:
            self.files.fetch_now()
        follow_language(self.retranslate)

    # -- helpers ----------------------------------------------------------------
    @property
    def settings(self) -> EventSettings:
        """The event settings in use (read each time: a change swaps them)."""
        return self._c.settings.current.event

    @property
    def event(self) -> Any:  # the Event in use (Any: the name hides QWidget.event)
        """The event file in use, its texts in the interface language where it has them."""
        raw, lang = self._loaded.event, current_language()
        if self._localized[0] is not raw or self._localized[1] != lang:
            self._localized = (raw, lang, raw.localized(lang))
        return self._localized[2]

    def _current_zone(self) -> tzinfo | None:
        """The zone "your time" is shown in: the setting, else the system's zone, which
        can change while the app runs (a traveller, a fixed setting): the app looks at
        it now and then (``companion.ui.app.check_system_zone``)."""
        name = SYSTEM_ZONE.name
        if name and name != self._system_name:
            self._system_name = name
            self._zone = local_zone(self.settings.local_timezone, name)
        return self._zone

    def _programme_zone(self) -> tzinfo | None:
        return self.event.zone if self.view.event_time_toggle.isChecked() else self._zone

    def state(self) -> CountdownState:
        return state_at(self.event, self._c.clock.corrected_now())

    # -- language --------------------------------------------------------------------
    def retranslate(self) -> None:
        retranslate_view(self.view)
        if self._wrong_by is not None:
            self.view.clock_notice.setText(clock_notice(self._wrong_by))
        if hasattr(self, "say_action"):
            self.say_action.setText(QCoreApplication.translate("Countdown", "Say time left"))
        if hasattr(self, "_loaded"):
            self.render_event()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.gate.shown()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.gate.hidden()

    # -- rendering ------------------------------------------------------------------
    def render_event(self) -> None:
        """Everything that changes only with the event file or settings."""
        v, e = self.view, self.event
        self._rendered_zone = self._current_zone()
        v.title.setText(e.name)
        v.sample_banner.setVisible(e.sample)
        v.sample_banner.setText(
            QCoreApplication.translate(
                "Countdown", "Sample programme for demonstrations: these sessions are not real."
            )
        )
        self._site_labels = build_sites(v, e, self.settings.field_sites)
        self._fill_programme()
        has_sessions = bool(e.sessions)
        if v.has_programme:
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
        v.update_button.setVisible(bool(self.settings.event_url))
        v.about.setText(about_html(e))
        v.about_links.set_items(about_items(e))
        v.source.setText(source_text(self._loaded, self.files.note))
        self._last_key = ()
        self._on_tick()

    def _fill_programme(self) -> None:
        if not (self.event.sessions or self.view.has_programme):
            return  # nothing to list: the list is not made (view.py, issue 19)
        fill_programme(
            self.view.programme,
            self.event,
            self._programme_zone(),
            set(self.stars.stars),
            self._loaded.changed,
        )

    # -- ticking --------------------------------------------------------------------
    @Slot(bool)
    def _on_visible_changed(self, visible: bool) -> None:
        if visible:
            self._on_tick()
            self.ticker.start()
            self.stars.check_reminders()
        else:
            self.ticker.stop()
            self._announce_policy.reset()

    @Slot()
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
            self.stars.check_reminders()

    def _on_tick(self) -> None:
        if self._current_zone() is not self._rendered_zone:
            log.info("showing local times in the system's new time zone")
            self.render_event()  # ticks again
            return
        self._show_clock_notice()
        v = self.view
        state = self.state()
        focus = focus_of(state, self.event)
        phase, figure = phase_and_figure(state, focus)
        v.phase.setText(phase)
        v.remaining.setText(figure)
        remaining = Remaining.from_seconds(focus.seconds) if focus.kind != "ended" else None
        if self._announce_policy.due(state.phase, remaining, self._c.clock.corrected_timestamp()):
            announce(v.remaining, self.time_left_text())
        for name, now_label, _start in self._site_labels:
            local = in_zone(state.now, zone_or_none(name))
            now_label.setText(
                QCoreApplication.translate("Countdown", "now %1 %2")
                .replace("%1", short_day(local))
                .replace("%2", hm(local))
            )
        key = (
            focus.kind,
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
        focus = focus_of(state, self.event)
        return time_left_words(state, focus, self.view.phase.text(), self.view.remaining.text())

    @Slot()
    def say_time_left(self) -> None:
        self._on_tick()  # the labels read the clock now
        announce(self.view.remaining, self.time_left_text(), assertive=True)

    def _ends(self) -> dict[str, Any]:
        return {s.id: s.end for s in self.event.sessions}

    def _on_sessions_changed(self, state: CountdownState) -> None:
        v, e = self.view, self.event
        self._highlight(state)
        lines = session_lines(state, e, self._zone)
        v.sessions_now.setText("<br>".join(lines))
        v.sessions_links.set_items(more_link(state, e))
        v.sessions_now.setVisible(bool(lines))
        # "remind me at the start" means nothing once the day has started
        v.star_day.setVisible(state.phase is Phase.UPCOMING)
        start_event, start_local = start_texts(state, e, self._zone)
        v.start_event.setText(start_event)
        v.start_local.setText(start_local)
        v.start_event.setVisible(state.phase is not Phase.ENDED)
        v.start_local.setVisible(state.phase is not Phase.ENDED)

    # -- stars, reminders, settings ------------------------------------------------------
    @Slot()
    def _on_stars_changed(self) -> None:
        self._fill_programme()
        self._highlight(self.state())

    def _highlight(self, state: CountdownState) -> None:
        if self.view.has_programme:
            highlight(self.view.programme, state, self._ends())

    def check_reminders(self) -> None:
        self.stars.check_reminders()

    def show_reminder_banner(self, title: str, message: str) -> None:
        banner = self.view.reminder_banner
        banner.setText(f"<b>{escape(title)}</b> — {escape(message)}")
        banner.setAccessibleName(title)
        banner.show()

    @Slot(bool)
    def _on_event_time_toggled(self, on: bool) -> None:
        # a shared setting: changed through the settings service, saved, announced
        settings = self._c.settings
        if on != self.settings.show_event_time:
            ChangeOp(
                self._c.tasks,
                lambda: settings.update(lambda s: setattr(s.event, "show_event_time", on)),
            ).run()
        self._fill_programme()
        self._last_key = ()
        self._on_tick()

    def _on_settings_changed(self, changes: Changes) -> None:
        """Another part of the app (the settings dialog) changed event settings."""
        if changes.settings_changed("event.local_timezone"):
            self._system_name = system_zone_name()
            self._zone = local_zone(self.settings.local_timezone, self._system_name)
        toggle = self.view.event_time_toggle
        if toggle.isChecked() != self.settings.show_event_time:
            toggle.setChecked(self.settings.show_event_time)  # re-fills the programme
        if changes.settings_changed("event.reminder_minutes"):
            self.stars.check_reminders()
        if changes.settings_changed("event.event_url") and self.settings.event_url:
            self.files.fetch_now()
        self.render_event()

    # -- files ------------------------------------------------------------------------
    def ask_save_path(self) -> str:
        """Where to save the calendar file ("" = cancelled). Tests replace this."""
        from PySide6.QtWidgets import QFileDialog  # only when asked: not on the start path

        path, _ = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("Countdown", "Add to calendar"),
            "shareASM.ics",
            QCoreApplication.translate("Countdown", "Calendar files (*.ics)"),
        )
        return path

    def ask_open_path(self) -> str:
        from PySide6.QtWidgets import QFileDialog

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
            self.files.export_calendar(
                Path(path), self.event, set(self.stars.stars), self.settings.reminder_minutes
            )

    @Slot()
    def _on_open(self) -> None:
        path = self.ask_open_path()
        if path:
            self.files.open_file(Path(path))

    @Slot()
    def _on_note_changed(self) -> None:
        self.view.source.setText(source_text(self._loaded, self.files.note))

    @Slot(bool)
    def on_online_changed(self, online: bool | None) -> None:
        self.files.on_online_changed(online)

    def use_loaded(self, loaded: LoadedEvent) -> None:
        self._loaded = loaded
        self.render_event()
        self.stars.load()

    @Slot()
    def _on_post(self) -> None:
        self._c.signals.compose_requested.emit(f"#{self.event.hashtag} ", "countdown")

    def shutdown(self) -> None:
        self.ticker.stop()
        self.stars.stop()
        self.files.stop()
