from __future__ import annotations

from datetime import UTC, datetime, timedelta

from companion.core.event.parse import parse_event
from companion.core.event.reminders import DAY_ITEM, Reminders
from companion.core.paths import Paths
from companion.core.storage import Database
from tests.core.event.helpers import event_dict

EVENT = parse_event(event_dict())
A_START = datetime(2018, 3, 15, 8, 0, tzinfo=UTC)
EARLY = datetime(2018, 3, 1, tzinfo=UTC)


def _open(paths: Paths) -> Database:
    return Database(paths.database_file)


def test_a_reminder_fires_once_and_not_again_after_a_restart(paths: Paths) -> None:
    db = _open(paths)
    r = Reminders(db)
    r.set_star(EVENT.id, "a", True, EARLY)
    assert r.take_due(EVENT, 15, A_START - timedelta(minutes=16)) == []
    fired = r.take_due(EVENT, 15, A_START - timedelta(minutes=15))
    assert [(x.item_id, x.missed) for x in fired] == [("a", False)]
    assert r.take_due(EVENT, 15, A_START - timedelta(minutes=14)) == []
    db.close()
    again = Reminders(_open(paths))  # the app was closed and started again
    assert again.take_due(EVENT, 15, A_START - timedelta(minutes=10)) == []
    again.db.close()


def test_missed_while_closed_is_shown_once_marked_missed(paths: Paths) -> None:
    db = _open(paths)
    r = Reminders(db)
    r.set_star(EVENT.id, "a", True, EARLY)
    r.set_star(EVENT.id, DAY_ITEM, True, EARLY)
    later = A_START + timedelta(minutes=20)  # app opened again during session a
    shown = r.take_due(EVENT, 15, later)
    assert {(x.item_id, x.missed) for x in shown} == {("a", True), (DAY_ITEM, True)}
    assert r.take_due(EVENT, 15, later + timedelta(minutes=1)) == []
    db.close()


def test_starring_inside_the_window_is_not_missed(paths: Paths) -> None:
    r = Reminders(_open(paths))
    now = A_START - timedelta(minutes=5)
    r.set_star(EVENT.id, "a", True, now)
    shown = r.take_due(EVENT, 15, now + timedelta(seconds=1))
    assert [(x.item_id, x.missed) for x in shown] == [("a", False)]


def test_long_past_items_are_recorded_but_not_shown(paths: Paths) -> None:
    r = Reminders(_open(paths))
    r.set_star(EVENT.id, "a", True, EARLY)
    assert r.take_due(EVENT, 15, datetime(2019, 1, 1, tzinfo=UTC)) == []
    assert r.pending(EVENT, 15, datetime(2019, 1, 1, tzinfo=UTC)) == []


def test_unstarred_items_do_not_remind_and_next_due(paths: Paths) -> None:
    r = Reminders(_open(paths))
    assert r.take_due(EVENT, 15, A_START) == []
    r.set_star(EVENT.id, "b", True, EARLY)
    assert r.next_due(EVENT, 15, EARLY) == datetime(2018, 3, 15, 9, 45, tzinfo=UTC)
    r.set_star(EVENT.id, "b", False, EARLY)
    assert r.next_due(EVENT, 15, EARLY) is None
    assert r.starred(EVENT.id) == {}


def test_a_moved_session_reminds_again(paths: Paths) -> None:
    r = Reminders(_open(paths))
    r.set_star(EVENT.id, "a", True, EARLY)
    assert len(r.take_due(EVENT, 15, A_START - timedelta(minutes=15))) == 1
    raw = event_dict()
    raw["sessions"][0]["start"] = "2018-03-15T12:00"
    raw["sessions"][0]["end"] = "2018-03-15T13:00"
    moved = parse_event(raw)
    assert r.take_due(moved, 15, A_START) == []
    due = datetime(2018, 3, 15, 11, 45, tzinfo=UTC)
    assert [x.item_id for x in r.take_due(moved, 15, due)] == ["a"]
