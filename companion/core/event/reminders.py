"""Starred sessions and reminders that fire once, also across restarts.

A reminder is due ``minutes`` before its item starts. Each one shown is recorded in
SQLite (keyed by the item's start instant, so a moved session reminds again). One
that came due while the app was closed is shown once, late, marked as missed; one
for an item that ended long ago is recorded without being shown.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import NamedTuple

from companion.core.event.model import Event
from companion.core.storage import Database

DAY_ITEM = "@day"
#: a reminder shown more than this after it was due counts as missed
GRACE = timedelta(minutes=2)
#: missed reminders for items that ended longer ago than this are not shown
STALE_AFTER = timedelta(hours=12)


class Reminder(NamedTuple):
    event_id: str
    item_id: str
    title: str
    starts_at: datetime
    due_at: datetime
    missed: bool


class Reminders:
    """Stars and fired reminders for events, in the app's database."""

    def __init__(self, db: Database) -> None:
        self.db = db

    # -- stars -----------------------------------------------------------------
    def starred(self, event_id: str) -> dict[str, datetime]:
        rows = self.db.query(
            "SELECT item_id, starred_at FROM event_star WHERE event_id = ?", (event_id,)
        )
        return {str(r[0]): datetime.fromisoformat(str(r[1])) for r in rows}

    def set_star(self, event_id: str, item_id: str, on: bool, now: datetime) -> None:
        if on:
            self.db.execute(
                "INSERT OR IGNORE INTO event_star(event_id, item_id, starred_at) VALUES(?,?,?)",
                (event_id, item_id, _iso(now)),
            )
        else:
            self.db.execute(
                "DELETE FROM event_star WHERE event_id = ? AND item_id = ?", (event_id, item_id)
            )

    # -- reminders ----------------------------------------------------------------
    def _items(self, event: Event) -> list[tuple[str, str, datetime, datetime]]:
        """(item id, title, start, end) of everything that can be starred."""
        items = [(DAY_ITEM, event.name, event.start, event.end)]
        items += [(s.id, s.title, s.start, s.end) for s in event.sessions]
        return items

    def pending(self, event: Event, minutes: int, now: datetime) -> list[Reminder]:
        """Reminders due at ``now`` that were never shown (not recorded)."""
        stars = self.starred(event.id)
        if not stars:
            return []
        fired = {
            (str(r[0]), str(r[1]))
            for r in self.db.query(
                "SELECT item_id, starts_at FROM event_reminder_fired WHERE event_id = ?",
                (event.id,),
            )
        }
        lead = timedelta(minutes=max(0, minutes))
        out: list[Reminder] = []
        for item_id, title, start, _end in self._items(event):
            if item_id not in stars or (item_id, _iso(start)) in fired:
                continue
            due = start - lead
            if due > now:
                continue
            # starring something already inside its reminder window is not "missed"
            effective = max(due, stars[item_id])
            out.append(Reminder(event.id, item_id, title, start, due, now - effective > GRACE))
        return out

    def take_due(self, event: Event, minutes: int, now: datetime) -> list[Reminder]:
        """Record every pending reminder as fired and return the ones worth showing."""
        now = now.astimezone(UTC)
        ends = {item_id: end for item_id, _t, _s, end in self._items(event)}
        shown: list[Reminder] = []
        with self.db.transaction() as conn:
            for r in self.pending(event, minutes, now):
                cur = conn.execute(
                    "INSERT OR IGNORE INTO event_reminder_fired"
                    "(event_id, item_id, starts_at, fired_at, missed) VALUES(?,?,?,?,?)",
                    (r.event_id, r.item_id, _iso(r.starts_at), _iso(now), int(r.missed)),
                )
                if cur.rowcount and now - ends[r.item_id] < STALE_AFTER:
                    shown.append(r)
        return shown

    def next_due(self, event: Event, minutes: int, now: datetime) -> datetime | None:
        """When the next starred reminder comes due (after ``now``), if any."""
        stars = self.starred(event.id)
        lead = timedelta(minutes=max(0, minutes))
        dues = [
            start - lead
            for item_id, _t, start, _e in self._items(event)
            if item_id in stars and start - lead > now
        ]
        return min(dues) if dues else None


def _iso(value: datetime) -> str:
    return value.astimezone(UTC).isoformat(timespec="seconds")
