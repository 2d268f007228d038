"""What the countdown area is given: the app's clock, settings, event store, reminders,
HTTP client, task helper and signals (split from ``area.py``)."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from companion.core.clock import Clock
from companion.core.event.reminders import Reminders
from companion.core.event.store import EventStore
from companion.core.event.zones import system_zone_name as posix_zone_name
from companion.core.settings_service import SettingsService
from companion.ui.context import AppSignals
from companion.ui.tasks import TaskManager

if TYPE_CHECKING:
    from companion.core.net import HttpClient

log = logging.getLogger(__name__)


class Collaborators:
    """A plain class, not a dataclass: defining one costs ~0.4 ms of every start (issue 19)."""

    __slots__ = ("clock", "http", "reminders", "settings", "signals", "store", "tasks")

    def __init__(
        self,
        clock: Clock,
        settings: SettingsService,
        store: EventStore,
        reminders: Reminders,
        http: Callable[[], HttpClient],
        tasks: TaskManager,
        signals: AppSignals,
    ) -> None:
        self.clock = clock
        self.settings = settings
        self.store = store
        self.reminders = reminders
        #: the HTTP client, made when first asked for (only to fetch the event file)
        self.http = http
        self.tasks = tasks
        self.signals = signals


def system_zone_name() -> str:
    """The system zone's IANA id: on POSIX from ``TZ`` or ``/etc/localtime`` (~0.7 ms),
    else (Windows, or no answer there) from Qt, whose lookup costs ~4 ms of a start and
    can read every file of the zone folder on the GUI thread (issue 19)."""
    name = "" if sys.platform == "win32" else posix_zone_name()
    if name:
        return name
    from PySide6.QtCore import QTimeZone

    return bytes(QTimeZone.systemTimeZoneId().data()).decode("ascii", "replace")
