"""The app's notion of "now": the system clock, or a fixed/offset instant for demos.

``--now 2018-03-15T10:00:00Z`` makes the app behave as if the clock read that
instant when it started; time then moves on normally from there.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import UTC, datetime

from companion.core.errors import InvalidInputError


def parse_instant(text: str) -> datetime:
    """Parse ISO-8601 with an offset (``Z`` accepted); naive times are refused."""
    try:
        value = datetime.fromisoformat(text.strip().replace("z", "Z"))
    except ValueError as exc:
        raise InvalidInputError(f"Not an ISO-8601 date and time: {text!r}") from exc
    if value.tzinfo is None:
        raise InvalidInputError(
            f"The time {text!r} has no time zone; add Z or an offset such as +03:00."
        )
    return value.astimezone(UTC)


class Clock:
    """Returns aware UTC datetimes. Injected everywhere instead of ``datetime.now``."""

    def __init__(
        self,
        start_at: datetime | None = None,
        *,
        wall: Callable[[], float] = time.time,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self._wall = wall
        self._monotonic = monotonic
        if start_at is None:
            self._offset = 0.0
        else:
            self._offset = start_at.timestamp() - wall()

    def now(self) -> datetime:
        return datetime.fromtimestamp(self._wall() + self._offset, tz=UTC)

    def timestamp(self) -> float:
        return self._wall() + self._offset

    @property
    def is_shifted(self) -> bool:
        return self._offset != 0.0
