"""Starting the GUI: the real window, the offscreen self-test and screenshots."""

from __future__ import annotations

import logging
import os
import sys
import threading
from collections.abc import Iterator, MutableMapping
from contextlib import contextmanager
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QMessageLogContext,
    QObject,
    QSize,
    Qt,
    QTimer,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QWidget

from companion import APP_ID, APP_NAME, ORG_NAME
from companion.core.app import AppServices
from companion.core.connectivity import stay_on_this_machine
from companion.core.errors import KnownError
from companion.core.paths import resources_dir
from companion.core.services import CoreServices
from companion.ui.areas import AREA_KEYS
from companion.ui.connectivity import ConnectivityMonitor
from companion.ui.context import AppContext
from companion.ui.errors import translated_text
from companion.ui.gc_guard import GarbageCollector
from companion.ui.i18n import apply_language
from companion.ui.main_window import MainWindow
from companion.ui.session_end import shutdown_context as shutdown_context  # its old home
from companion.ui.tasks import TaskManager

if TYPE_CHECKING:
    from companion.core.instance_lock import InstanceLock

log = logging.getLogger(__name__)
qt_log = logging.getLogger("qt")


def ensure_platform() -> None:
    """Use the offscreen platform when there is no display at all (CI, SSH)."""
    if os.environ.get("QT_QPA_PLATFORM"):
        return
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"


def use_system_fonts_offscreen(environ: MutableMapping[str, str], platform: str) -> None:
    """Point Qt's offscreen platform at the Windows fonts.

    On Windows the offscreen (and minimal) platform reads fonts from
    ``PySide6/lib/fonts``, which the wheels leave empty: Qt logs "Cannot find font
    directory" and ``self-test``/``screenshot`` fail. ``QT_QPA_FONTDIR`` set by the
    user wins."""
    if platform != "win32" or environ.get("QT_QPA_FONTDIR"):
        return
    if environ.get("QT_QPA_PLATFORM", "").split(":")[0] not in ("offscreen", "minimal"):
        return
    windir = environ.get("WINDIR") or environ.get("SystemRoot")
    if windir:
        environ["QT_QPA_FONTDIR"] = str(Path(windir) / "Fonts")


class QtMessages:
    """Routes Qt's own messages to logging and remembers warnings and worse."""

    def __init__(self) -> None:
        self.problems: list[str] = []

    def __call__(self, mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
        if mode == QtMsgType.QtDebugMsg or mode == QtMsgType.QtInfoMsg:
            qt_log.debug("%s", message)
            return
        if _harmless(message):
            qt_log.debug("%s", message)
            return
        self.problems.append(message)
        qt_log.warning("%s", message)


def _harmless(message: str) -> bool:
    # The offscreen platform has no font database tuning and says so once.
    return message.startswith("This plugin does not support propagateSizeHints")


def _process_events() -> None:
    from PySide6.QtCore import QEventLoop

    QEventLoop().processEvents()


def create_application(
    argv: list[str] | None = None, *, scale: float | None = None
) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    ensure_platform()
    use_system_fonts_offscreen(os.environ, sys.platform)
    if scale is not None:
        os.environ["QT_SCALE_FACTOR"] = f"{scale:g}"
    QGuiApplication.setApplicationName(APP_ID)
    QGuiApplication.setApplicationDisplayName(APP_NAME)
    QGuiApplication.setOrganizationName(ORG_NAME)
    QGuiApplication.setDesktopFileName(APP_ID)
    app = QApplication(argv or [sys.argv[0]])
    app.setWindowIcon(window_icon())
    return app


def window_icon() -> QIcon:
    """The app's icon from its rendered sizes (``packaging/make_icons.py``): the SVG
    would load QtSvg and its icon engine at every start (~1.8 MB, issue 19)."""
    icon = QIcon()
    for png in sorted((resources_dir() / "icons" / "png").glob("*x*.png")):
        icon.addFile(str(png))
    return icon


def gui_services(core: CoreServices, tasks: TaskManager) -> AppServices:
    """The composition root for the GUI: services bound to the task helper's database
    lane; changes they make in the background (a sender marking an account "needs
    login") are announced on the hub, on the GUI thread."""
    services = AppServices(core, lane=tasks.lane)
    services.announce = lambda changes: tasks.run_on_main(partial(tasks.hub.announce, changes))
    return services


def build_context(core: CoreServices) -> AppContext:
    tasks = TaskManager()
    services = gui_services(core, tasks)
    general = core.settings.general
    monitor = ConnectivityMonitor(
        tasks,
        general.connectivity_check_url,
        general.connectivity_interval_s,
        expect=general.connectivity_check_expect,
    )
    return AppContext(services=services, tasks=tasks, connectivity=monitor)


def _first_run(core: CoreServices) -> bool:
    first = core.db.get_meta("first_run_done") is None
    if first:
        core.db.set_meta("first_run_done", "1")
    return first


def show_start_error(
    error: KnownError, lang: str | None, *, interactive: bool | None = None
) -> None:
    """The window cannot open (the database is held by another program, the disk is
    full): say so in a dialog too, as the Windows app has no console for the one-line
    error. Offscreen (tests, self-test) there is nobody to click it."""
    app = create_application()
    if interactive is None:
        interactive = app.platformName() not in ("offscreen", "minimal")
    if not interactive:
        return
    apply_language(lang)
    from PySide6.QtWidgets import QMessageBox  # only here: ~1.5 ms of a start otherwise

    box = QMessageBox(QMessageBox.Icon.Critical, APP_NAME, translated_text(error))
    box.exec()


def answer_second_starts(lock: InstanceLock, window: QWidget) -> QObject:
    """Another start of the app on this data folder asks for the window (see
    :mod:`companion.core.instance_lock`): it comes to the front. Told by the folder's
    watcher: no timer wakes the app meanwhile."""
    from PySide6.QtCore import QFileSystemWatcher

    watcher = QFileSystemWatcher([str(lock.folder)], window)

    def look(_folder: str = "") -> None:
        if lock.take_request():
            bring_to_front(window)

    watcher.directoryChanged.connect(look)
    look()  # asked before the watcher was made
    return watcher


def bring_to_front(window: QWidget) -> None:
    if window.isMinimized():
        window.showNormal()
    else:
        window.show()
    window.raise_()
    window.activateWindow()


#: when the database check a clean close let the start skip runs (ms after the window)
DATABASE_CHECK_AFTER_MS = 3000


def check_database_later(ctx: AppContext, core: CoreServices) -> None:
    """SQLite's integrity check, on the database lane, once the first screen is up
    (``Database.check_later``: damage is kept aside at the next start)."""
    try:
        ctx.tasks.lane.submit(core.db.check_later)
    except RuntimeError:  # the lane closed: the app is ending
        log.debug("database check skipped: the app is ending")


#: how often the system's time zone is looked at while the app runs (ms); also each
#: time the app is brought back to the front after the first look
ZONE_CHECK_MS = 60_000


def check_system_zone() -> None:
    """Look at the system's time zone: when it changed (a traveller, a zone fixed in the
    system's settings), Python's local time follows it and the countdown shows its
    "your time" in it at its next tick (``companion.core.event.zones.SYSTEM_ZONE``).
    Looked at rather than waited for: Linux sends no event for it, and catching Qt's
    ``QEvent.TimezoneChange`` (Windows) would take an event filter on the application,
    which every event of the app would then pass through in Python."""
    from companion.core.event.zones import SYSTEM_ZONE
    from companion.ui.countdown.collaborators import system_zone_name

    SYSTEM_ZONE.update(system_zone_name())


def watch_system_zone(app: QApplication) -> QTimer:
    """Call :func:`check_system_zone` every :data:`ZONE_CHECK_MS`, and after the first
    time also whenever the app becomes active again (the user comes back from the
    system's clock settings). Nothing at the start: it costs up to ~4 ms on Windows."""
    timer = QTimer(app)
    timer.setTimerType(Qt.TimerType.VeryCoarseTimer)

    def on_active(state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive:
            check_system_zone()

    def first() -> None:
        app.applicationStateChanged.connect(on_active)
        timer.timeout.disconnect(first)
        timer.destroyed.connect(lambda: app.applicationStateChanged.disconnect(on_active))

    timer.timeout.connect(first)
    timer.timeout.connect(check_system_zone)
    timer.start(ZONE_CHECK_MS)
    return timer


def run_gui(core: CoreServices, lang: str | None, lock: InstanceLock | None = None) -> int:
    app = create_application()
    messages = QtMessages()
    qInstallMessageHandler(messages)
    apply_language(lang or core.settings.general.language)
    ctx = build_context(core)
    collector = GarbageCollector(app)
    first_run = ctx.tasks.lane.call(lambda: _first_run(core))
    window = MainWindow(ctx, first_run=first_run)
    window.show()
    ctx.connectivity.start()
    if lock is not None:
        QTimer.singleShot(0, partial(answer_second_starts, lock, window))
    QTimer.singleShot(DATABASE_CHECK_AFTER_MS, partial(check_database_later, ctx, core))
    zone_watch = watch_system_zone(app)
    try:
        return app.exec()
    finally:
        zone_watch.stop()
        window.session_end.end()  # done already by aboutToQuit, unless app.exec() failed
        collector.stop()


@contextmanager
def _capture_exceptions(found: list[str]) -> Iterator[None]:
    old_hook = sys.excepthook
    old_thread_hook = threading.excepthook

    def hook(exc_type: type[BaseException], exc: BaseException, tb: object) -> None:
        found.append(f"{exc_type.__name__}: {exc}")
        log.error("uncaught exception", exc_info=(exc_type, exc, tb))  # type: ignore[arg-type]

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        found.append(f"{args.exc_type.__name__}: {args.exc_value}")

    sys.excepthook = hook
    threading.excepthook = thread_hook
    try:
        yield
    finally:
        sys.excepthook = old_hook
        threading.excepthook = old_thread_hook


def self_test(core: CoreServices, lang: str | None) -> list[str]:
    """Show every area once offscreen; returns the problems found (empty = ok)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _app = create_application()  # keep the application alive until we return
    collector = GarbageCollector(_app)  # as in the app: collections on the GUI thread only
    messages = QtMessages()
    qInstallMessageHandler(messages)
    problems: list[str] = []
    with _capture_exceptions(problems):
        apply_language(lang or core.settings.general.language)
        stay_on_this_machine(core.settings)
        ctx = build_context(core)
        bugs: list[str] = []
        ctx.tasks.bug.connect(lambda exc: bugs.append(f"{type(exc).__name__}: {exc}"))
        window = MainWindow(ctx, remember_state=False)
        window.show()
        for key in AREA_KEYS:
            window.show_area(key)
            ctx.tasks.wait_idle(timeout_s=8.0)
        window.show_area(AREA_KEYS[0])
        ctx.tasks.wait_idle(timeout_s=1.0)
        window.close()
        ctx.tasks.wait_idle(timeout_s=1.0)
        shutdown_context(ctx)
        _process_events()
        problems.extend(bugs)
    problems.extend(f"Qt: {m}" for m in messages.problems)
    qInstallMessageHandler(None)
    collector.stop()
    return problems


def _wait_for_content(tasks: TaskManager, timeout_s: float) -> None:
    """Run the event loop until every background job's result is delivered, waking as
    soon as one arrives (``TaskManager.wait_idle`` polls every 10 ms, and an area's
    first screen is several jobs in a row: ~0.1 s of a screenshot, issue 19)."""
    import time

    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    wake = QTimer()  # bounds each wait: a job that never reports cannot hang us
    wake.start(50)
    deadline = time.monotonic() + timeout_s
    flags = QEventLoop.ProcessEventsFlag.AllEvents | QEventLoop.ProcessEventsFlag.WaitForMoreEvents
    try:
        while tasks.pending and time.monotonic() < deadline:
            loop.processEvents(flags)
    finally:
        wake.stop()


def screenshot(
    core: CoreServices,
    area: str,
    out: Path,
    *,
    lang: str | None,
    scale: float | None,
    size: QSize,
) -> None:
    """Render one area of the real main window offscreen into ``out``."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _app = create_application(scale=scale)  # keep it alive until we return
    collector = GarbageCollector(_app)  # as in the app: collections on the GUI thread only
    messages = QtMessages()
    qInstallMessageHandler(messages)
    apply_language(lang or core.settings.general.language)
    stay_on_this_machine(core.settings)
    ctx = build_context(core)
    window = MainWindow(ctx, remember_state=False)
    window.message_bar.hide()
    window.resize(size)
    window.show_area(area)
    # the area's background loading first (bounded: never hang on the network), then
    # the window is shown and painted once, finished: its "Loading…" state would only
    # be painted for nobody to see (issue 19)
    _wait_for_content(ctx.tasks, timeout_s=8.0)
    window.show()
    _wait_for_content(ctx.tasks, timeout_s=8.0)  # what showing the area started
    ctx.tasks.wait_idle(timeout_s=0.3)
    pixmap = window.grab()
    out.parent.mkdir(parents=True, exist_ok=True)
    if not pixmap.save(str(out), "PNG"):
        raise OSError(f"could not write {out}")
    window.close()
    shutdown_context(ctx)
    qInstallMessageHandler(None)
    # what the start made is settled as in the app (there, 5 s after the start); the
    # process ends next, so without collecting first
    collector.settle(collect=False)
    collector.stop()
