from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import icalendar
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from companion.core.event.reminders import Reminders
from companion.core.event.store import EventStore, sample_event_path
from companion.core.services import CoreServices
from companion.ui.app import build_context, shutdown_context
from companion.ui.context import AppContext
from companion.ui.countdown.area import CountdownArea
from companion.ui.countdown.collaborators import Collaborators
from companion.ui.countdown.view import COL_MARK, COL_STAR, COL_TIME, COL_TITLE
from companion.ui.locale_format import hm
from tests.core.event.helpers import event_bytes
from tests.support.clocks import FrozenClock
from tests.support.httpserver import LoopbackServer, Reply


@pytest.fixture
def ctx(core: CoreServices) -> Iterator[AppContext]:
    core.settings.event.local_timezone = "Africa/Dar_es_Salaam"
    core.settings.event.reminder_minutes = 15
    context = build_context(core)
    yield context
    shutdown_context(context)


def make_area(
    qtbot: QtBot, ctx: AppContext, at: datetime, *, sample: bool = False
) -> tuple[CountdownArea, FrozenClock]:
    store = EventStore(ctx.core.paths)
    if sample:
        store.import_file(sample_event_path(), now=ctx.core.clock.now())
    clock = FrozenClock(at)
    c = Collaborators(
        clock=clock,
        settings=ctx.services.settings,
        store=store,
        reminders=Reminders(ctx.core.db),
        http=lambda: ctx.core.http,
        tasks=ctx.tasks,
        signals=ctx.signals,
    )
    area = CountdownArea(c, store.load())
    qtbot.addWidget(area)
    return area, clock


#: the test windows, kept until the test's widgets are closed (pytest-qt holds them weakly)
_HOSTS: list[QWidget] = []


@pytest.fixture(autouse=True)
def _hosts() -> Iterator[None]:
    yield
    _HOSTS.clear()


def host(qtbot: QtBot, area: CountdownArea) -> QWidget:
    """Put the area in a top-level window of a fixed size, as the main window does."""
    window = QWidget()
    qtbot.addWidget(window)
    _HOSTS.append(window)
    layout = QVBoxLayout(window)
    layout.addWidget(area)
    window.setMinimumSize(640, 480)  # like the main window: the layout never resizes it
    window.resize(1000, 700)
    return window


def test_before_during_after(qtbot: QtBot, ctx: AppContext) -> None:
    area, clock = make_area(qtbot, ctx, datetime(2018, 3, 13, 21, 0, 0, tzinfo=UTC))
    assert area.view.remaining.text() == "1 day 03:00:00"
    assert "Starts in" in area.view.phase.text()
    # Dar es Salaam, UTC+3, as the locale writes times ("03:00"; "3:00 AM" in en_US)
    assert hm(datetime(2018, 3, 15, 3, 0)) in area.view.start_local.text()
    assert "Dar_es_Salaam" in area.view.start_local.text()
    clock.set(datetime(2018, 3, 14, 23, 59, 59, tzinfo=UTC))
    area._on_tick()
    assert area.view.remaining.text() == "00:00:01"
    clock.set(datetime(2018, 3, 15, 0, 0, 0, tzinfo=UTC))
    area._on_tick()
    assert "Live" in area.view.phase.text()
    assert area.view.remaining.text() == "1 day 00:00:00"
    clock.set(datetime(2018, 3, 16, tzinfo=UTC))
    area._on_tick()
    assert "ended" in area.view.phase.text()
    # "More about the day" is one link button (Tab reaches it), not also a label's link
    [more] = area.view.sessions_links.buttons
    assert "iied.org" in more.text() and "iied.org" in more.accessibleDescription()
    assert "iied.org" not in area.view.sessions_now.text()


def test_ticks_only_while_visible_and_not_minimised(qtbot: QtBot, ctx: AppContext) -> None:
    area, _ = make_area(qtbot, ctx, datetime(2018, 3, 13, tzinfo=UTC))
    window = host(qtbot, area)
    assert not area.ticker.running
    window.show()
    qtbot.waitUntil(lambda: area.ticker.running)
    assert area.ticker._timer.isSingleShot()
    assert 0 < area.ticker._timer.remainingTime() <= 1003
    window.setWindowState(Qt.WindowState.WindowMinimized)
    qtbot.waitUntil(lambda: not area.ticker.running)
    window.setWindowState(Qt.WindowState.WindowNoState)
    window.show()
    qtbot.waitUntil(lambda: area.ticker.running)
    window.hide()
    qtbot.waitUntil(lambda: not area.ticker.running)


def test_hidden_area_inside_a_shown_window_stops(qtbot: QtBot, ctx: AppContext) -> None:
    area, _ = make_area(qtbot, ctx, datetime(2018, 3, 13, tzinfo=UTC))
    window = host(qtbot, area)
    window.show()
    qtbot.waitUntil(lambda: area.ticker.running)
    area.hide()  # another area selected
    qtbot.waitUntil(lambda: not area.ticker.running)


def test_a_tick_rereads_the_clock(qtbot: QtBot, ctx: AppContext) -> None:
    area, clock = make_area(qtbot, ctx, datetime(2018, 3, 14, 23, 0, tzinfo=UTC))
    host(qtbot, area).show()
    clock.set(datetime(2018, 3, 14, 23, 59, 58, tzinfo=UTC))  # e.g. after a suspend
    with qtbot.waitSignal(area.ticker.tick, timeout=3000):
        pass
    assert area.view.remaining.text() == "00:00:02"


def _hm(hour: int) -> str:
    """An hour as the system's locale writes it ("11:00", or "11:00 AM" in en_US)."""
    return hm(datetime(2026, 1, 1, hour, 0))


def test_programme_local_and_event_time_and_stars(qtbot: QtBot, ctx: AppContext) -> None:
    area, _ = make_area(qtbot, ctx, datetime(2018, 3, 15, 8, 30, tzinfo=UTC), sample=True)
    assert area.view.sample_banner.isVisibleTo(area)
    tree = area.view.programme
    first = tree.topLevelItem(0)
    assert first is not None
    # 08:00 London = 11:00 Dar es Salaam, as the locale writes times
    assert first.text(COL_TIME) == f"{_hm(11)}–{_hm(12)}"
    assert first.text(COL_MARK) == "now"
    assert "Sample: opening posts" in area.view.sessions_now.text()
    area.view.event_time_toggle.setChecked(True)
    first = tree.topLevelItem(0)
    assert first is not None and first.text(COL_TIME) == f"{_hm(8)}–{_hm(9)}"
    second = tree.topLevelItem(1)
    assert second is not None
    second.setCheckState(COL_STAR, Qt.CheckState.Checked)
    reminders = Reminders(ctx.core.db)
    qtbot.waitUntil(lambda: "s2" in reminders.starred("shareasm-sample"))


def test_reminder_shows_once_in_the_app(qtbot: QtBot, ctx: AppContext) -> None:
    reminders = Reminders(ctx.core.db)
    reminders.set_star("shareasm-sample", "s2", True, datetime(2018, 3, 1, tzinfo=UTC))
    area, _ = make_area(qtbot, ctx, datetime(2018, 3, 15, 9, 46, tzinfo=UTC), sample=True)
    qtbot.waitUntil(lambda: area.view.reminder_banner.isVisibleTo(area))
    assert "Starting soon" in area.view.reminder_banner.text()
    area.view.reminder_banner.hide()
    area.check_reminders()
    area2, _ = make_area(qtbot, ctx, datetime(2018, 3, 15, 9, 47, tzinfo=UTC), sample=True)
    qtbot.waitUntil(lambda: area2.stars._timer.isActive())
    assert not area.view.reminder_banner.isVisibleTo(area)
    assert not area2.view.reminder_banner.isVisibleTo(area2)


def test_missed_reminder_after_restart(qtbot: QtBot, ctx: AppContext) -> None:
    Reminders(ctx.core.db).set_star("shareasm-2018", "@day", True, datetime(2018, 3, 1, tzinfo=UTC))
    area, _ = make_area(qtbot, ctx, datetime(2018, 3, 15, 2, 0, tzinfo=UTC))
    qtbot.waitUntil(lambda: area.view.reminder_banner.isVisibleTo(area))
    assert "Missed reminder" in area.view.reminder_banner.text()


def test_export_calendar(qtbot: QtBot, ctx: AppContext, tmp_path: Path) -> None:
    area, _ = make_area(qtbot, ctx, datetime(2018, 3, 13, tzinfo=UTC))
    target = tmp_path / "day.ics"
    area.ask_save_path = lambda: str(target)  # type: ignore[method-assign]
    area.view.export_button.click()
    qtbot.waitUntil(target.exists)
    cal = icalendar.Calendar.from_ical(target.read_bytes())
    assert len(cal.walk("VEVENT")) == 1


def test_bad_event_file_keeps_the_current_one(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path
) -> None:
    area, _ = make_area(qtbot, ctx, datetime(2018, 3, 13, tzinfo=UTC))
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "shareasm-event", "version": 1}')
    area.ask_open_path = lambda: str(bad)  # type: ignore[method-assign]
    with qtbot.waitSignal(ctx.tasks.known_error, timeout=5000) as blocker:
        area.view.open_button.click()
    assert "invalid" in str(blocker.args[0])
    assert area.event.id == "shareasm-2018"


def test_fetch_from_settings_url(qtbot: QtBot, ctx: AppContext) -> None:
    with LoopbackServer() as srv:
        srv.route("GET", "/e.json", lambda r: Reply(200, event_bytes(name="Fetched day")))
        ctx.core.settings.event.event_url = srv.url("/e.json")
        area, _ = make_area(qtbot, ctx, datetime(2018, 3, 13, tzinfo=UTC))
        qtbot.waitUntil(lambda: area.view.title.text() == "Fetched day", timeout=5000)
        assert "e.json" in area.view.source.text()


def test_failed_fetch_is_quiet_and_retried_when_online(qtbot: QtBot, ctx: AppContext) -> None:
    with LoopbackServer() as srv:
        answers = [Reply(500, b"down"), Reply(200, event_bytes(name="Second try"))]
        srv.route("GET", "/e.json", lambda r: answers.pop(0))
        ctx.core.settings.event.event_url = srv.url("/e.json")
        errors: list[object] = []
        ctx.tasks.known_error.connect(errors.append)
        area, _ = make_area(qtbot, ctx, datetime(2018, 3, 13, tzinfo=UTC))
        qtbot.waitUntil(lambda: "Could not check" in area.view.source.text(), timeout=5000)
        assert errors == []
        assert area.event.id == "shareasm-2018"
        area.on_online_changed(True)
        qtbot.waitUntil(lambda: area.view.title.text() == "Second try", timeout=5000)
        assert "Could not check" not in area.view.source.text()


def test_post_button_asks_compose(qtbot: QtBot, ctx: AppContext) -> None:
    area, _ = make_area(qtbot, ctx, datetime(2018, 3, 13, tzinfo=UTC))
    with qtbot.waitSignal(ctx.signals.compose_requested) as blocker:
        area.view.post_button.click()
    assert blocker.args == ["#shareASM ", "countdown"]


def test_every_button_has_an_accessible_name(qtbot: QtBot, ctx: AppContext) -> None:
    area, _ = make_area(qtbot, ctx, datetime(2018, 3, 13, tzinfo=UTC))
    for button in area.findChildren(QAbstractButton):
        iface = QAccessible.queryAccessibleInterface(button)
        assert iface is not None and iface.text(QAccessible.Text.Name), button.text()
    assert area.view.programme.accessibleName()


def test_settings_page(qtbot: QtBot, core: CoreServices) -> None:
    from companion.ui.countdown.settings_page import EventSettingsPage

    page = EventSettingsPage(core.settings)
    qtbot.addWidget(page)
    page.sites.setText("Africa/Accra, Nowhere/Town, America/Manaus")
    page.minutes.setValue(30)
    page.local_zone.setCurrentText("Bad/Zone")
    page.url.setText("ftp://example.org/x")
    page.apply(core.settings)
    assert core.settings.event.field_sites == ["Africa/Accra", "America/Manaus"]
    assert core.settings.event.reminder_minutes == 30
    assert core.settings.event.local_timezone == ""
    assert core.settings.event.event_url == ""
    assert page.title() == "Event"


def test_time_zones_are_chosen_from_a_searchable_iana_list(
    qtbot: QtBot, core: CoreServices
) -> None:
    from companion.ui.countdown.settings_page import EventSettingsPage

    page = EventSettingsPage(core.settings)
    qtbot.addWidget(page)
    combo = page.local_zone
    assert combo.findText("Africa/Nairobi") > 0 and combo.findText("America/Sao_Paulo") > 0
    completer = combo.completer()
    assert completer is not None
    completer.setCompletionPrefix("nairo")  # any part of the name, any case
    assert completer.currentCompletion() == "Africa/Nairobi"
    combo.setCurrentText("Africa/Nairobi")
    sites = page.sites.completer()
    assert sites is not None
    page.sites.setText("Africa/Accra, lim")
    sites.setCompletionPrefix(sites.splitPath(page.sites.text())[0])
    assert sites.currentCompletion() == "Africa/Accra, America/Lima"  # the list kept
    page.apply(core.settings)
    assert core.settings.event.local_timezone == "Africa/Nairobi"
    for row in range(page.form.rowCount()):  # every field has a label
        label = page.form.itemAt(row, page.form.ItemRole.LabelRole)
        widget = label.widget() if label is not None else None
        assert widget is not None and widget.property("text")


def test_text_from_the_event_file_is_never_html(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path
) -> None:
    hostile = '<img src="file:///etc/passwd"><b>x</b>'
    f = tmp_path / "h.json"
    f.write_bytes(
        event_bytes(
            name=hostile,
            sessions=[
                {
                    "id": "a",
                    "start": "2018-03-15T08:00",
                    "end": "2018-03-15T09:00",
                    "title": hostile,
                }
            ],
        )
    )
    EventStore(ctx.core.paths).import_file(f, now=ctx.core.clock.now())
    area, _ = make_area(qtbot, ctx, datetime(2018, 3, 15, 8, 30, tzinfo=UTC))
    assert area.view.title.textFormat() == Qt.TextFormat.PlainText
    assert area.view.title.text() == hostile
    assert "<img" not in area.view.sessions_now.text()
    assert "&lt;img" in area.view.sessions_now.text()


def test_next_edition_after_the_day(qtbot: QtBot, ctx: AppContext, tmp_path: Path) -> None:
    f = tmp_path / "n.json"
    f.write_bytes(
        event_bytes(
            next_edition={
                "name": "2019 day",
                "start": "2019-03-14T00:00",
                "end": "2019-03-15T00:00",
            }
        )
    )
    EventStore(ctx.core.paths).import_file(f, now=ctx.core.clock.now())
    area, _ = make_area(qtbot, ctx, datetime(2018, 3, 20, tzinfo=UTC))
    assert area.view.remaining.text() == "Next: 2019 day"
    assert "2019" in area.view.sessions_now.text()


def test_event_time_toggle_is_saved_and_announced(qtbot: QtBot, ctx: AppContext) -> None:
    """The toggle is a shared setting: it goes through the settings service, is saved
    to the settings file and announced (it used to change a copy nobody saved)."""
    from companion.core.settings import SettingsStore

    area, _ = make_area(qtbot, ctx, datetime(2018, 3, 13, tzinfo=UTC))
    heard: list[object] = []
    ctx.hub.subscribe(area, heard.append, settings=("event.show_event_time",))
    area.view.event_time_toggle.setChecked(True)
    qtbot.waitUntil(lambda: heard != [], timeout=3000)
    assert ctx.services.settings.current.event.show_event_time is True
    saved = SettingsStore(ctx.core.paths.settings_file).load().settings
    assert saved.event.show_event_time is True
    # a second area (e.g. after a restart) starts with the saved choice
    again, _ = make_area(qtbot, ctx, datetime(2018, 3, 13, tzinfo=UTC))
    assert again.view.event_time_toggle.isChecked()


def test_event_text_follows_the_interface_language_live(qtbot: QtBot, ctx: AppContext) -> None:
    from companion.ui.i18n import apply_language

    area, _clock = make_area(qtbot, ctx, datetime(2018, 3, 13, 21, 0, 0, tzinfo=UTC))
    assert area.view.title.text() == "#shareASM digital day 2018"
    try:
        apply_language("sw")  # LanguageChange reaches the area: no restart
        qtbot.waitUntil(lambda: area.view.title.text() != "#shareASM digital day 2018")
        assert area.view.title.text() == "Siku ya kidijitali ya #shareASM 2018"
        assert "uchimbaji mdogo" in area.view.about.text()
        assert "Hakuna ratiba" in area.view.programme_empty.text()
        apply_language("fr")
        qtbot.waitUntil(lambda: "artisanale" in area.view.about.text())
        assert "artisanale" in area.view.about.text()
    finally:
        apply_language("en")
    qtbot.waitUntil(lambda: area.view.title.text() == "#shareASM digital day 2018")


def test_during_the_day_the_figure_follows_the_programme(qtbot: QtBot, ctx: AppContext) -> None:
    from PySide6.QtGui import QPalette

    # the sample programme: s1 08:00–09:00 London, s2 later; now 08:30 → s1 runs
    area, clock = make_area(qtbot, ctx, datetime(2018, 3, 15, 8, 30, tzinfo=UTC), sample=True)
    v = area.view
    assert v.phase.text().startswith("Live now: Sample: opening posts")
    assert v.remaining.text() == "00:30:00"  # to the item's end, not the day's
    assert v.start_event.text().startswith("Ends (event time): at the end of Thursday")
    assert not v.star_day.isVisibleTo(area)  # "remind me at the start": after the start
    tree = v.programme
    first, second = tree.topLevelItem(0), tree.topLevelItem(1)
    assert first is not None and second is not None
    assert (first.text(COL_MARK), second.text(COL_MARK)) == ("now", "next")
    assert first.font(COL_TITLE).bold() and not second.font(COL_TITLE).bold()
    second.setCheckState(COL_STAR, Qt.CheckState.Checked)  # starred: a star icon

    def icon_null(row: int) -> bool:
        item = tree.topLevelItem(row)
        return item is None or item.icon(COL_STAR).isNull()

    qtbot.waitUntil(lambda: not icon_null(1))
    assert icon_null(0)
    clock.set(datetime(2018, 3, 15, 9, 0, 1, tzinfo=UTC))  # between items
    area._on_tick()
    assert v.phase.text().startswith("Next: ")
    first = tree.topLevelItem(0)
    assert first is not None and first.text(COL_MARK) == ""
    dim = tree.palette().brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
    assert first.foreground(COL_TITLE).color() == dim.color()  # past: dimmed


def test_an_all_day_event_shows_dates_and_site_clocks_say_same_day(
    qtbot: QtBot, ctx: AppContext
) -> None:
    ctx.services.settings.current.event.field_sites = ["Africa/Dar_es_Salaam", "America/Lima"]
    area, _clock = make_area(qtbot, ctx, datetime(2018, 3, 13, 21, 0, 0, tzinfo=UTC))
    area.render_event()
    text = area.view.start_event.text()
    assert "all day" in text and "00:00" not in text and "15" in text
    sites = {name: start.text() for name, _now, start in area._site_labels}
    assert sites["Africa/Dar_es_Salaam"] == "same day, from 03:00 local"
    assert "19:00 local" in sites["America/Lima"] and "14" in sites["America/Lima"]


def test_links_are_shown_once_and_tab_follows_the_page(qtbot: QtBot, ctx: AppContext) -> None:
    """After the day, "More about the day" was a label's link AND a button below it, and
    the About block showed its four links twice. Each link is one button now, and Tab
    meets them where they stand on the page (the button made after the day ended went
    to the end of the focus chain)."""
    from PySide6.QtWidgets import QPushButton

    area, clock = make_area(qtbot, ctx, datetime(2018, 3, 14, tzinfo=UTC))
    window = host(qtbot, area)
    window.show()
    qtbot.waitExposed(window)
    clock.set(datetime(2018, 3, 17, 12, 0, tzinfo=UTC))  # the day is over
    area._on_tick()
    v = area.view
    [more] = v.sessions_links.buttons
    assert "iied.org" in more.text()
    assert "<a " not in v.sessions_now.text() and "<a " not in v.about.text()
    titles = [b.text() for b in v.about_links.buttons]
    assert "info@iied.org" in titles and len(titles) == len(set(titles))
    for title in titles:
        assert title not in v.about.text()  # shown once: as the button only
    shown = [b for b in area.findChildren(QPushButton) if b.isVisible() and b.isEnabled()]
    chain, w = [], more
    for _ in range(200):
        if w in shown and w not in chain:
            chain.append(w)
        w = w.nextInFocusChain()
    # from "More about the day": the buttons below it, then the About links
    assert chain.index(v.post_button) < chain.index(v.about_links.buttons[0])
    first = area.nextInFocusChain()
    while first not in shown:
        first = first.nextInFocusChain()
    assert first is more, f"Tab starts at {first.text()!r}"


def test_the_area_renders_the_event_once_when_built(
    qtbot: QtBot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 19: the start built the event's widgets twice (retranslate, then render)."""
    calls: list[int] = []
    render = CountdownArea.render_event

    def counting(self: CountdownArea) -> None:
        calls.append(1)
        render(self)

    monkeypatch.setattr(CountdownArea, "render_event", counting)
    area, _clock = make_area(qtbot, ctx, datetime(2018, 3, 13, 21, 0, 0, tzinfo=UTC))
    assert len(calls) == 1
    assert area.view.title.text()


def test_the_system_zone_comes_from_tz_without_asking_qt(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Qt's lookup costs ~4 ms of a start and may read every file of the zone folder."""
    from PySide6.QtCore import QTimeZone

    from companion.ui.countdown import collaborators

    def refuse() -> object:
        raise AssertionError("Qt's time-zone lookup on the start path")

    monkeypatch.setattr(QTimeZone, "systemTimeZoneId", staticmethod(refuse))
    monkeypatch.setattr(collaborators.sys, "platform", "linux")
    monkeypatch.setenv("TZ", "Africa/Accra")
    assert collaborators.system_zone_name() == "Africa/Accra"


def test_without_a_posix_answer_the_system_zone_comes_from_qt(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from companion.ui.countdown import collaborators

    monkeypatch.setattr(collaborators.sys, "platform", "win32")
    assert collaborators.system_zone_name()  # Qt's answer (this machine's zone)


@pytest.mark.parametrize("zone", ["UTC", "Europe/Lisbon"])
def test_an_all_day_event_in_your_time_shows_dates_where_your_midnight_is_its_midnight(
    qtbot: QtBot, ctx: AppContext, zone: str
) -> None:
    """A laptop whose clock is on the event's offset (UTC or Lisbon for a London day in
    March) read "Starts (your time): Thursday, 15 March 2018, 00:00" and, during the
    day, "Ends (your time): Friday, 16 March 2018, 00:00" beside "Ends (event time): at
    the end of Thursday": the same dates, as dates. A laptop on another offset keeps
    the honest time (Dar es Salaam: 03:00)."""
    ctx.services.settings.current.event.local_timezone = zone
    area, clock = make_area(qtbot, ctx, datetime(2018, 3, 13, 21, 0, 0, tzinfo=UTC))
    area.render_event()
    local = area.view.start_local.text()
    assert local.startswith("Starts (your time): ") and "00:00" not in local
    assert "all day" in local and "15" in local
    clock.set(datetime(2018, 3, 15, 12, 0, tzinfo=UTC))
    area._on_tick()
    local = area.view.start_local.text()
    assert "00:00" not in local and "at the end of Thursday" in local and "16" not in local


def test_an_all_day_event_in_your_time_on_another_offset_keeps_the_time(
    qtbot: QtBot, ctx: AppContext
) -> None:
    area, _clock = make_area(qtbot, ctx, datetime(2018, 3, 13, 21, 0, 0, tzinfo=UTC))
    area.render_event()
    assert "03:00" in area.view.start_local.text()  # Dar es Salaam: the day starts at 03:00


def test_the_programme_list_is_made_only_for_timed_sessions(qtbot: QtBot, ctx: AppContext) -> None:
    """Issue 19: the event shipped with the app has no timed sessions, and its first
    screen made a programme list it never shows (an item view with its header, ~0.8 MB
    of the first start). It is made when an event with sessions comes: in its place on
    the page and in the Tab order, with its column titles, and stars still work."""
    from PySide6.QtWidgets import QTreeWidget

    area, _ = make_area(qtbot, ctx, datetime(2018, 3, 13, tzinfo=UTC))
    window = host(qtbot, area)
    window.show()
    qtbot.waitExposed(window)
    v = area.view
    assert not area.event.sessions
    assert area.findChildren(QTreeWidget) == []
    assert v.programme_empty.isVisible()

    store = EventStore(ctx.core.paths)
    store.import_file(sample_event_path(), now=ctx.core.clock.now())
    area.use_loaded(store.load())
    [tree] = area.findChildren(QTreeWidget)
    assert tree is v.programme and tree.isVisible() and not v.programme_empty.isVisible()
    assert tree.topLevelItemCount() == len(area.event.sessions)
    header = tree.headerItem()
    assert header.text(COL_TIME) == "Time"
    assert tree.accessibleName() == "Programme"
    # between the empty note and "About the day" on the page, after the toggle in Tab order
    page = v.programme_empty.parentWidget().layout()
    assert page.indexOf(tree) == page.indexOf(v.programme_empty) + 1
    assert page.indexOf(v.about) == page.indexOf(tree) + 1
    assert v.event_time_toggle.nextInFocusChain() is tree
    # starring a session in the new list reaches the reminders
    first = tree.topLevelItem(0)
    assert first is not None
    first.setCheckState(COL_STAR, Qt.CheckState.Checked)
    sid = str(first.data(COL_STAR, Qt.ItemDataRole.UserRole))
    reminders = Reminders(ctx.core.db)
    qtbot.waitUntil(lambda: sid in reminders.starred("shareasm-sample"))
