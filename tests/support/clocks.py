"""A clock for UI tests: the app's own :class:`~companion.core.clock.Clock` (with its
skew correction and its "clock was set" check) reading a wall time the test sets."""

from __future__ import annotations

from datetime import datetime

from companion.core.clock import Clock


class FrozenClock(Clock):
    """Stands at ``at`` until :meth:`set` moves it (forward, or back as a user would)."""

    def __init__(self, at: datetime) -> None:
        self.at = at.timestamp()
        super().__init__(wall=lambda: self.at)

    def set(self, at: datetime) -> None:
        self.at = at.timestamp()
