"""A child process for start-up, memory and idle-CPU figures.

    python benchmarks/probe_window.py bare|app first-paint
    python benchmarks/probe_window.py bare|app idle AREA SECONDS visible|minimised

With ``PROBE_PROFILE=FILE`` the start (building the window up to its first paint) runs
under cProfile and the stats are written to FILE. In first-paint mode the JSON also
lists which heavy modules (``HEAVY``) were already imported at the first paint.

``bare`` is the floor: a bare PySide6 QMainWindow. ``app`` builds the real main window
the same way ``shareasm-companion`` does (settings, database, task helper, window).
Prints one JSON line: wall-clock time of the first paint, RSS figures, CPU seconds.
"""

from __future__ import annotations

import json
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

T_IMPORT = time.time()
#: when the parent launched this process (so interpreter start-up is included)
T0 = float(os.environ.get("PROBE_T_SPAWN") or T_IMPORT)

import psutil  # noqa: E402

#: modules that should load only when the area needing them is first opened
HEAVY = (
    "PySide6.QtPdf",
    "PySide6.QtPdfWidgets",
    "PySide6.QtMultimedia",
    "PySide6.QtCharts",
    "requests",
    "urllib3",
    "keyring",
    "jsonschema",
    "PIL",
    "nh3",
    "regex",
    "twitter_text",
    "icalendar",
    "segno",
    "zeroconf",
    "cryptography",
    "_hashlib",
    "statistics",
)


def rss_mb() -> float:
    return psutil.Process().memory_info().rss / 1e6


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e3


def build(kind: str, area: str | None) -> tuple[object, object, object]:
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    if kind == "bare":
        app = QApplication.instance() or QApplication([sys.argv[0]])
        window = QMainWindow()
        window.setCentralWidget(QLabel("bare"))
        window.resize(1100, 720)
        return app, window, None
    from companion.core.accounts.credentials import MemoryCredentialStore
    from companion.core.paths import Paths
    from companion.core.services import CoreServices
    from companion.ui.app import build_context, create_application
    from companion.ui.i18n import apply_language
    from companion.ui.main_window import MainWindow

    data = Path(os.environ.get("PROBE_DATA_DIR") or tempfile.mkdtemp(prefix="probe-"))
    core = CoreServices.open(Paths.for_data_dir(data), credentials=MemoryCredentialStore())
    app = create_application()
    apply_language(core.settings.general.language)
    ctx = build_context(core)
    window = MainWindow(ctx, remember_state=False)
    window.resize(1100, 720)
    if area:
        window.show_area(area)
    return app, window, ctx


def main() -> int:
    kind, mode = sys.argv[1], sys.argv[2]
    profile_path = os.environ.get("PROBE_PROFILE")
    profiler = None
    if profile_path:
        import cProfile

        profiler = cProfile.Profile()
        profiler.enable()
    from PySide6.QtCore import QEvent, QObject, QTimer

    area = sys.argv[3] if mode == "idle" else None
    app, window, ctx = build(kind, area)
    result: dict[str, float | str | list[str]] = {"kind": kind, "mode": mode, "t0": T0}

    class FirstPaint(QObject):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and "t_paint" not in result:
                result["t_paint"] = time.time()
                result["start_s"] = float(result["t_paint"]) - T0
                if profiler is not None:
                    profiler.disable()
                    profiler.dump_stats(str(profile_path))
                result["heavy_loaded"] = [m for m in HEAVY if m in sys.modules]
                if mode == "first-paint":
                    QTimer.singleShot(0, finish)
            return False

    def finish() -> None:
        result["rss_after_start_mb"] = rss_mb()
        if mode == "first-paint":
            # PROBE_STEADY_MS=0: a run that only wants the first paint (profiles)
            QTimer.singleShot(int(os.environ.get("PROBE_STEADY_MS", "2000")), steady)
        else:
            steady()

    def steady() -> None:
        result["steady_rss_mb"] = rss_mb()
        result["peak_rss_mb"] = peak_mb()
        print(json.dumps(result))
        app.quit()  # type: ignore[attr-defined]

    filt = FirstPaint()
    if mode == "first-paint":
        window.installEventFilter(filt)  # type: ignore[attr-defined]
        # the central widget paints first in most styles
        window.centralWidget().installEventFilter(filt)  # type: ignore[attr-defined]
        window.show()  # type: ignore[attr-defined]
    else:
        seconds = float(sys.argv[4])
        state = sys.argv[5]
        window.show()  # type: ignore[attr-defined]
        if state == "minimised":
            window.showMinimized()  # type: ignore[attr-defined]

        def begin() -> None:
            result["cpu_before"] = time.process_time()
            result["wall_before"] = time.monotonic()
            QTimer.singleShot(int(seconds * 1000), end)

        def end() -> None:
            cpu = time.process_time() - float(result["cpu_before"])
            wall = time.monotonic() - float(result["wall_before"])
            result["cpu_percent_of_core"] = 100.0 * cpu / wall
            result["cpu_s"] = cpu
            result["wall_s"] = wall
            steady()

        # let start-up settle before measuring
        QTimer.singleShot(int(os.environ.get("PROBE_SETTLE_MS", "3000")), begin)
    code = app.exec()  # type: ignore[attr-defined]
    if ctx is not None:
        from companion.ui.app import shutdown_context

        shutdown_context(ctx)  # type: ignore[arg-type]
    return int(code)


if __name__ == "__main__":
    sys.exit(main())
