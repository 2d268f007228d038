"""The countdown view's static texts: labels, the "about the day" block, where the
event details came from, and the field-site clocks (filled from the event)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import time, timedelta, tzinfo
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, QUrl
from PySide6.QtWidgets import QLabel

from companion.core.event.countdown import CountdownState, Phase, in_zone
from companion.core.event.model import Event
from companion.core.event.store import LoadedEvent
from companion.core.event.zones import zone_or_none
from companion.ui.countdown.text import hm, long_date, site_name, when, zone_label
from companion.ui.countdown.view import COL_MARK, COL_STAR, CountdownView
from companion.ui.plain import escape

if TYPE_CHECKING:
    from PySide6.QtWidgets import QTreeWidget

#: (zone name, "now" label, "starts" label) of each field-site row
SiteRow = tuple[str, QLabel, QLabel]


def retranslate_view(v: CountdownView) -> None:
    """The labels and accessible names that do not depend on the event. Labels that
    show information keep their text as name; what they are is the description."""
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
    v.sites_title.setText(QCoreApplication.translate("Countdown", "Field sites"))
    v.remaining.setAccessibleDescription(QCoreApplication.translate("Countdown", "Time remaining"))
    v.say_button.setText(QCoreApplication.translate("Countdown", "Say time left"))
    v.say_button.setAccessibleDescription(
        QCoreApplication.translate("Countdown", "Have the screen reader say the time left")
    )
    if v.has_programme:  # made when an event has timed sessions
        retranslate_programme(v.programme)


def retranslate_programme(tree: QTreeWidget) -> None:
    """The programme list's column titles and accessible name."""
    tree.setHeaderLabels(
        [
            "★",
            "",
            QCoreApplication.translate("Countdown", "Time"),
            QCoreApplication.translate("Countdown", "Session"),
            QCoreApplication.translate("Countdown", "Where"),
            QCoreApplication.translate("Countdown", "Language"),
        ]
    )
    tree.setAccessibleName(QCoreApplication.translate("Countdown", "Programme"))
    star = tree.headerItem()
    star.setData(
        COL_STAR,
        Qt.ItemDataRole.AccessibleTextRole,
        QCoreApplication.translate("Countdown", "Starred"),
    )
    star.setToolTip(COL_STAR, QCoreApplication.translate("Countdown", "Starred"))
    star.setData(
        COL_MARK,
        Qt.ItemDataRole.AccessibleTextRole,
        QCoreApplication.translate("Countdown", "Now or next"),
    )


def about_html(e: Event) -> str:
    """The heading and the description (rich text, escaped); the links and lines with
    links are :func:`about_items`, shown once, as buttons Tab reaches."""
    heading = QCoreApplication.translate("Countdown", "About the day")
    parts = [f"<p><b>{escape(heading)}</b></p>"]
    if e.description:
        parts.append(f"<p>{escape(e.description)}</p>")
    return "".join(parts)


def about_items(e: Event) -> list[tuple[str, str]]:
    """The rest of "About the day", one ``(text, address)`` a line (no address: text):
    the event's links, the organiser and their e-mail, the past editions."""
    items = [(lk.title, lk.url) for lk in e.links]
    if e.organiser:
        organiser = QCoreApplication.translate("Countdown", "Organiser:")
        items.append((f"{organiser} {e.organiser}", ""))
        if e.contact_email:
            items.append((e.contact_email, f"mailto:{e.contact_email}"))
    if e.past_editions:
        items.append((QCoreApplication.translate("Countdown", "Past editions:"), ""))
        for ed in e.past_editions:
            month = QLocale().toString(QDate(ed.start.year, ed.start.month, 1), "MMMM yyyy")
            items.append((f"{ed.name} ({month})", ed.url or ""))
    return items


def source_text(loaded: LoadedEvent, note: str) -> str:
    if loaded.source == "shipped":
        text = QCoreApplication.translate("Countdown", "Event details shipped with the app.")
    else:
        text = QCoreApplication.translate(
            "Countdown", "Event details from %1, updated %2."
        ).replace("%1", loaded.origin)
        text = text.replace("%2", loaded.updated_at.replace("T", " ")[:16] + " UTC")
    return f"{text} {note}" if note else text


def build_sites(v: CountdownView, event: Event, field_sites: Sequence[str]) -> list[SiteRow]:
    """One row per field site: its name, its time now (filled on each tick), and
    when the day starts there."""
    grid = v.sites_layout
    while grid.count():
        item = grid.takeAt(0)
        w = item.widget() if item is not None else None
        if w is not None:
            w.deleteLater()
    rows: list[SiteRow] = []
    box = v.sites_box
    for row, name in enumerate(field_sites):
        zone = zone_or_none(name)
        if zone is None:
            continue
        label = QLabel(site_name(name), box)
        now_label = QLabel(box)
        start_label = QLabel(box)
        start_label.setText(site_start_text(event, zone))
        grid.addWidget(label, row, 0)
        grid.addWidget(now_label, row, 1)
        grid.addWidget(start_label, row, 2)
        rows.append((name, now_label, start_label))
    grid.setColumnStretch(2, 1)
    v.sites_title.setVisible(bool(rows))
    v.sites_box.setVisible(bool(rows))
    return rows


def site_start_text(event: Event, zone: tzinfo) -> str:
    """When the day starts at a field site, said against the event's own date: "same day,
    from 03:00 local" when the site's date is the event's, else the site's own day."""
    local = in_zone(event.start, zone)
    event_day = in_zone(event.start, event.zone).date()
    if local.date() == event_day:
        template = (
            QCoreApplication.translate("Countdown", "same day, from %1 local")
            if event.all_day
            else QCoreApplication.translate("Countdown", "same day, starts %1 local")
        )
        return template.replace("%1", hm(local))
    template = (
        QCoreApplication.translate("Countdown", "from %1, %2 local")
        if event.all_day
        else QCoreApplication.translate("Countdown", "starts %1, %2 local")
    )
    return template.replace("%1", long_date(local)).replace("%2", hm(local))


def day_text(event: Event, zone: tzinfo | None, *, ending: bool) -> str:
    """When the day starts (or, once it runs, ends) in ``zone``: an all-day event shows
    its dates, never "00:00", in its own zone and in any zone whose midnight is its
    midnight (a laptop on UTC for a London day in March); elsewhere the honest time."""
    midnights = all(in_zone(t, zone).time() == time(0) for t in (event.start, event.end))
    if event.all_day and (zone is event.zone or midnights):
        first = in_zone(event.start, zone)
        last = in_zone(event.end - timedelta(seconds=1), zone)
        dates = long_date(first)
        if last.date() != first.date():
            dates = (
                QCoreApplication.translate("Countdown", "%1 to %2")
                .replace("%1", dates)
                .replace("%2", long_date(last))
            )
        text = (
            QCoreApplication.translate("Countdown", "at the end of %1 (%2)")
            if ending
            else QCoreApplication.translate("Countdown", "%1, all day (%2)")
        )
        if ending:
            dates = long_date(last)
        label = str(zone) if zone is event.zone else zone_label(first, zone)
        return text.replace("%1", dates).replace("%2", label)
    return when(event.end if ending else event.start, zone)


def session_lines(state: CountdownState, event: Event, zone: tzinfo | None) -> list[str]:
    """What is on now and next (rich text lines); after the day, when the next edition
    starts (where to read more is a link button: :func:`more_link`)."""
    lines: list[str] = []
    if state.current:
        titles = "; ".join(escape(s.title) for s in state.current)
        lines.append(
            escape(QCoreApplication.translate("Countdown", "On now: %1")).replace("%1", titles)
        )
    if state.next_session is not None:
        s = state.next_session
        lines.append(
            escape(QCoreApplication.translate("Countdown", "Next: %1 at %2"))
            .replace("%1", escape(s.title))
            .replace("%2", hm(in_zone(s.start, zone)))
        )
    nxt = state.next_edition
    if state.phase is Phase.ENDED and nxt is not None:
        lines.append(
            QCoreApplication.translate("Countdown", "Next edition starts %1.").replace(
                "%1", when(nxt.start, zone)
            )
        )
    return lines


def more_about(state: CountdownState, event: Event) -> str:
    """Where to read more once the day is over and no next edition is announced."""
    if state.phase is not Phase.ENDED or state.next_edition is not None:
        return ""
    announcement = event.link("announcement")
    return event.archive_url or (announcement.url if announcement else "")


def more_link(state: CountdownState, event: Event) -> list[tuple[str, str]]:
    """The "More about the day" link (one button, Tab reaches it), or nothing."""
    url = more_about(state, event)
    if not url:
        return []
    host = QUrl(url).host() or url
    text = QCoreApplication.translate("Countdown", "More about the day: %1").replace("%1", host)
    return [(text, url)]
