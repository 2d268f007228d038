"""CPU used by the countdown area shown for 60 s and minimised, against an idle bare Qt window.

Runs each case in its own child process (same machine, same run) and measures the
child's user+system CPU time with psutil over the same wall-clock window, after a
short warm-up. Reports CPU as % of a core and the ratio to the bare-window baseline.

    python -m benchmarks.bench_countdown_cpu [--seconds 60] [--runs N] [--quick] [--json FILE]
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time

import psutil

from benchmarks.common import PY, Result, child_env, emit, median, parser

CHILD = r"""
import os, sys, json, time
from PySide6.QtCore import QEventLoop, QTimer, Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget
case, seconds, data_dir = sys.argv[1], float(sys.argv[2]), sys.argv[3]
app = QApplication([])
if case == "bare":
    window = QLabel("idle")
    window.resize(1100, 720)
    window.show()
    closer = None
else:
    from companion.core.accounts.credentials import MemoryCredentialStore
    from companion.core.paths import Paths
    from companion.core.services import CoreServices
    from companion.ui.app import build_context
    from companion.ui.main_window import MainWindow
    core = CoreServices.open(Paths.for_data_dir(__import__("pathlib").Path(data_dir)),
                             credentials=MemoryCredentialStore())
    ctx = build_context(core)
    window = MainWindow(ctx, remember_state=False)
    window.resize(1100, 720)
    window.show()
    window.show_area("countdown")
    if case == "minimised":
        window.showMinimized()
# QEventLoop().processEvents, not QApplication.processEvents: PySide6 6.12.0 leaks a
# reference to None on every call of a static void method
events = QEventLoop()
for _ in range(20):
    events.processEvents()
area = window.area("countdown") if case != "bare" else None
if area is not None:
    ctx.tasks.wait_idle(10.0)  # the area reads its event file in the background
    area = getattr(area, "inner", None) or area
ticks = [0]
if area is not None:
    area.ticker.tick.connect(lambda: ticks.__setitem__(0, ticks[0] + 1))
sys.stdout.write("ready %s\n" % (area.ticker.running if area is not None else "-"))
sys.stdout.flush()
QTimer.singleShot(int(seconds * 1000), app.quit)
app.exec()
sys.stdout.write("ticks %d\n" % ticks[0])
"""

CASES = ("bare", "shown", "minimised")


def run(case: str, seconds: float, data_dir: str) -> dict[str, float | str]:
    proc = subprocess.Popen(
        [PY, "-c", CHILD, case, str(seconds), data_dir],
        stdout=subprocess.PIPE,
        text=True,
        env=child_env(),
    )
    assert proc.stdout is not None
    ready = proc.stdout.readline().strip()
    if not ready:
        proc.wait()
        raise RuntimeError(f"countdown child {case!r} failed to start ({proc.returncode})")
    ps = psutil.Process(proc.pid)
    before = ps.cpu_times()
    t0 = time.monotonic()
    # sample just before the child quits by itself
    time.sleep(max(0.0, seconds - 0.5))
    after = ps.cpu_times()
    elapsed = time.monotonic() - t0
    rest = proc.stdout.read().strip()
    if proc.wait() != 0:
        raise RuntimeError(f"countdown child {case!r} exited with {proc.returncode}")
    cpu = (after.user - before.user) + (after.system - before.system)
    return {"case": case, "cpu_s": cpu, "wall_s": elapsed, "ready": ready, "end": rest}


def main() -> int:
    p = parser(__doc__ or "")
    p.add_argument("--seconds", type=float, default=60.0)
    args = p.parse_args()
    seconds = min(args.seconds, 3.0) if args.quick else args.seconds
    runs = 1 if args.quick else max(1, args.runs // 2)
    cpu: dict[str, list[float]] = {c: [] for c in CASES}
    wall: dict[str, list[float]] = {c: [] for c in CASES}
    notes: dict[str, str] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for _ in range(runs):
            # interleaved so that all cases see the same machine load
            for case in CASES:
                r = run(case, seconds, tmp)
                cpu[case].append(float(r["cpu_s"]))
                wall[case].append(float(r["wall_s"]))
                notes[case] = f"{r['ready']}; {r['end']}"

    def pct(case: str) -> list[float]:
        return [100.0 * c / w for c, w in zip(cpu[case], wall[case], strict=True)]

    # psutil's CPU times come in clock ticks (usually 10 ms): never divide by less
    floor = 100.0 * 0.01 / median(wall["bare"])
    base = max(median(pct("bare")), floor)
    results = [
        Result(
            f"countdown CPU, {case}",
            "% of a core",
            median(pct(case)),
            base,
            "idle bare Qt window",
            "< 0.5 % of a core" if case == "shown" else "≈ bare",
            runs,
            f"{seconds:g} s window; {notes[case]}; baseline floored at 1 clock tick",
            samples=pct(case),
        )
        for case in ("shown", "minimised")
    ]
    emit(results, args.json, "Countdown CPU")
    return 0


if __name__ == "__main__":
    sys.exit(main())
