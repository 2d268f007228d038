"""What the GUI's areas are given: the core services plus the Qt-side helpers.

Area factories take what they need from here and pass only those collaborators to
their widgets; no widget keeps a reference to the main window.
"""

from __future__ import annotations

from dataclasses import dataclass

from companion.core.services import CoreServices
from companion.ui.connectivity import ConnectivityMonitor
from companion.ui.tasks import TaskManager


@dataclass
class AppContext:
    core: CoreServices
    tasks: TaskManager
    connectivity: ConnectivityMonitor
