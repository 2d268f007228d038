"""What the countdown area is given: the app's clock, settings, event store, reminders,
HTTP client, task helper and signals (split from ``area.py``)."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtCore import QTimeZone

from companion.core.clock import Clock
from companion.core.event.reminders import Reminders
from companion.core.event.store import EventStore
from companion.core.net import HttpClient
from companion.core.settings_service import SettingsService
from companion.ui.context import AppSignals
from companion.ui.tasks import TaskManager

log = logging.getLogger(__name__)


@dataclass
class Collaborators:
    clock: Clock
    settings: SettingsService
    store: EventStore
    reminders: Reminders
    http: HttpClient
    tasks: TaskManager
    signals: AppSignals


def system_zone_name() -> str:
    """The system zone's IANA id from Qt (works on Windows too)."""
    return bytes(QTimeZone.systemTimeZoneId().data()).decode("ascii", "replace")
