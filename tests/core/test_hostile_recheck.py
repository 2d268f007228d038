"""Issue 14, the second check: hostile inputs the first round did not try.

Event files with wall times in the hour the clocks skip; more cases live beside
their modules (tests/core/library/test_sync_hostile.py, test_manifest_hostile.py).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from companion.cli import main
from companion.core.event.model import EventFileError
from companion.core.event.parse import parse_event
from tests.core.event.helpers import event_bytes, event_dict


@pytest.mark.parametrize(
    ("zone", "start", "end"),
    [
        ("Europe/London", "2026-03-29T01:30", "2026-03-29T02:30"),  # start in the gap
        ("America/New_York", "2026-03-08T01:00", "2026-03-08T02:15"),  # end in the gap
        ("Pacific/Apia", "2011-12-30T10:00", "2011-12-31T10:00"),  # a whole day skipped
    ],
)
def test_a_wall_time_the_clocks_skip_is_refused_by_name(zone: str, start: str, end: str) -> None:
    """Before: quietly moved an hour ("ends before it starts", or a wrong time)."""
    raw = event_dict(timezone=zone, start=start, end=end, all_day=False, sessions=[])
    with pytest.raises(EventFileError, match="does not exist in " + zone):
        parse_event(raw)


def test_a_session_in_the_gap_is_named(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sessions = [{"id": "a", "start": "2026-03-29T01:15", "end": "2026-03-29T03:00", "title": "A"}]
    path = tmp_path / "event.json"
    path.write_bytes(
        event_bytes(start="2026-03-29T00:00", end="2026-03-30T00:00", sessions=sessions)
    )
    assert main(["--data-dir", str(tmp_path / "data"), "event-check", str(path)]) == 2
    err = capsys.readouterr().err.strip()
    assert "sessions/0/start" in err and "\n" not in err


@pytest.mark.parametrize(
    ("start", "end"),
    [
        ("2026-10-25T01:30", "2026-10-25T01:45"),  # the repeated hour: the first one
        ("2026-03-29T00:30", "2026-03-29T02:00"),  # just around the gap
        ("2026-03-29T00:30Z", "2026-03-29T01:30Z"),  # an explicit offset is an instant
    ],
)
def test_times_around_the_changes_are_fine(start: str, end: str) -> None:
    raw = event_dict(timezone="Europe/London", start=start, end=end, all_day=False, sessions=[])
    event = parse_event(raw)
    assert event.end > event.start
