"""What the GUI's areas are given: the composition root plus the Qt-side helpers.

Area factories take what their feature needs from here and pass only those
collaborators to their widgets; no widget keeps a reference to the main window or
to the whole root.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from companion.core.app import AppServices
from companion.core.services import CoreServices
from companion.ui.connectivity import ConnectivityMonitor
from companion.ui.ops import ChangeHub
from companion.ui.tasks import TaskManager


class AppSignals(QObject):
    """Events that cross areas.

    Signals:
        compose_requested(str, str): start a draft with this text; the second argument
            says where it came from (e.g. "programme", "photobook"). The main window
            switches to Compose and calls the area's ``start_draft(text, source)``.
        show_area_requested(str): switch to the area with this key.
    """

    compose_requested = Signal(str, str)
    show_area_requested = Signal(str)


class AppContext:
    """A plain class, not a dataclass: defining one costs ~0.4 ms of every start (issue 19)."""

    __slots__ = ("connectivity", "services", "signals", "tasks")

    def __init__(
        self,
        services: AppServices,
        tasks: TaskManager,
        connectivity: ConnectivityMonitor,
        signals: AppSignals | None = None,
    ) -> None:
        self.services = services
        self.tasks = tasks
        self.connectivity = connectivity
        self.signals = AppSignals() if signals is None else signals

    @property
    def core(self) -> CoreServices:
        return self.services.core

    @property
    def hub(self) -> ChangeHub:
        return self.tasks.hub
