from __future__ import annotations

import pytest

from companion.ui.countdown.ticker import SLACK_MS, ms_to_next_second


@pytest.mark.parametrize(
    ("ts", "ms"),
    [(100.0, 1000 + SLACK_MS), (100.25, 750 + SLACK_MS), (100.999, 1 + SLACK_MS)],
)
def test_next_second_boundary(ts: float, ms: int) -> None:
    assert ms_to_next_second(ts) == ms
