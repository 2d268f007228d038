"""The countdown speaks by itself at most once a minute (issue 21)."""

from __future__ import annotations

import itertools

from companion.core.event.countdown import Phase, Remaining
from companion.ui.countdown.announce import AnnouncePolicy


def test_ticking_every_second_for_an_hour_announces_at_most_once_a_minute() -> None:
    policy = AnnouncePolicy()
    start = 2 * 3600 + 5  # 02:00:05 left
    said = [
        t
        for t in range(3600)
        if policy.due(Phase.UPCOMING, Remaining.from_seconds(start - t), float(t))
    ]
    assert said, "the quarter hours are announced"
    assert all(b - a >= 60 for a, b in itertools.pairwise(said))
    assert len(said) <= 4  # 01:45, 01:30, 01:15, 01:00


def test_last_ten_minutes_each_minute_and_phase_change() -> None:
    policy = AnnouncePolicy()
    said = []
    for t in range(11 * 60):
        left = 10 * 60 + 30 - t
        phase = Phase.UPCOMING if left > 0 else Phase.LIVE
        rem = Remaining.from_seconds(left if left > 0 else 8 * 3600)
        if policy.due(phase, rem, float(t)):
            said.append(t)
    assert len(said) >= 10
    assert all(b - a >= 60 for a, b in itertools.pairwise(said))


def test_showing_the_area_says_nothing() -> None:
    policy = AnnouncePolicy()
    assert not policy.due(Phase.UPCOMING, Remaining.from_seconds(15 * 60), 0.0)
