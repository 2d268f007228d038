"""CPU used by the countdown area shown for 60 s and minimised, against an idle bare Qt window.

Runs each case in its own child process (same machine, same run) and measures the
child's user+system CPU time with psutil over the same wall-clock window, after a
short warm-up. Prints seconds of CPU and the ratio to the bare-window baseline.

    python benchmarks/bench_countdown_cpu.py [--seconds 60]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time

import psutil

CHILD = r"""
import os, sys, json, time
from PySide6.QtCore import QTimer, Qt
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
for _ in range(20):
    app.processEvents()
area = window.area("countdown") if case != "bare" else None
ticks = [0]
if area is not None:
    area.ticker.tick.connect(lambda: ticks.__setitem__(0, ticks[0] + 1))
sys.stdout.write("ready %s\n" % (area.ticker.running if area is not None else "-"))
sys.stdout.flush()
QTimer.singleShot(int(seconds * 1000), app.quit)
app.exec()
sys.stdout.write("ticks %d\n" % ticks[0])
"""


def run(case: str, seconds: float, data_dir: str) -> dict[str, object]:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    proc = subprocess.Popen(
        [sys.executable, "-c", CHILD, case, str(seconds), data_dir],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert proc.stdout is not None
    ready = proc.stdout.readline().strip()
    ps = psutil.Process(proc.pid)
    before = ps.cpu_times()
    t0 = time.monotonic()
    # sample just before the child quits by itself
    time.sleep(max(0.0, seconds - 0.5))
    after = ps.cpu_times()
    elapsed = time.monotonic() - t0
    rest = proc.stdout.read().strip()
    proc.wait()
    cpu = (after.user - before.user) + (after.system - before.system)
    return {"case": case, "cpu_s": cpu, "wall_s": elapsed, "ready": ready, "end": rest}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=60.0)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        results = [run(case, args.seconds, tmp) for case in ("bare", "shown", "minimised")]
    # psutil's CPU times come in clock ticks (usually 10 ms): never divide by less
    base = max(float(results[0]["cpu_s"]), 0.01)  # type: ignore[arg-type]
    for r in results:
        cpu = float(r["cpu_s"])  # type: ignore[arg-type]
        pct = 100.0 * cpu / float(r["wall_s"])  # type: ignore[arg-type]
        print(
            f"{r['case']:<10} cpu {cpu:6.3f} s over {float(r['wall_s']):5.1f} s "  # type: ignore[arg-type]
            f"({pct:5.2f} %)  ratio to bare window {cpu / base:6.2f}  [{r['ready']}; {r['end']}]"
        )
    print("ratios use max(bare, 0.01 s) as the baseline: 0.01 s is the CPU-time resolution")
    print(json.dumps(results))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
