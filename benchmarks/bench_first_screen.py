"""Whole-process start of ``shareasm-companion screenshot countdown`` against a bare window.

    python -m benchmarks.bench_first_screen [--runs 7] [--quick] [--json FILE]
                                           [--before DIR]

Measured from outside (issue 19): each sample is one process, from launch to exit, timed
by the parent and its peak RSS taken from the kernel (``wait4``). The app side starts,
shows the countdown with its content (the event file read and shown), renders it to a
PNG and quits (``screenshot countdown``); the baseline is a bare PySide6 window that
starts, paints once, saves a PNG and quits. Both run alternately in the same run; the
median of the runs is quoted. The app is started as a user starts it, without
``--data-dir``: it finds its folders through platformdirs, pointed into a folder of the
run by the XDG variables (``benchmarks.common.user_folders``). Two app figures: the first
start (fresh folders each time: the database is made, the shipped event file checked)
and a later start (the same folders again, as every start after the first one). CPU
time (user + system, every thread) is given beside the wall time: it moves less when
the machine is busy.

A third process gives context: ``benchmarks/skeleton_window.py``, the same window made of
plain PySide6 widgets with nothing of the app behind it. Its ratio to the bare window is
what Qt's own widgets cost for this screen; the app's ratio above it is the app's own
work (modules, database, event file, settings, translations, time zones, threads).

``--before DIR`` also measures a second source tree (for example
``git archive <commit> | tar -x -C DIR``) in the same run, so a change can be shown
before and after on one machine under the same load.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.common import PY, ROOT, Result, child_env, emit, median, parser, user_folders

BARE = r"""
import sys
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication(sys.argv[:1])
w = QLabel("bare")
w.resize(910, 512)
w.show()
app.processEvents()
w.grab().save(sys.argv[1], "PNG")
"""


def run_once(
    cmd: list[str], pythonpath: Path, folders: str | None = None
) -> tuple[float, float, float]:
    """Wall seconds, peak RSS (MiB) and CPU seconds (user + system, every thread) of
    one process, as the kernel counts them. ``folders``: the app's folders are found
    there as on a user's start (:func:`benchmarks.common.user_folders`)."""
    env = child_env(**(user_folders(folders) if folders else {}))
    env["PYTHONPATH"] = str(pythonpath)
    env.pop("SHAREASM_DATA_DIR", None)
    start = time.perf_counter()
    proc = subprocess.Popen(
        cmd, cwd=pythonpath, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    _pid, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    err = proc.stderr.read().decode() if proc.stderr else ""
    if code != 0:
        raise SystemExit(f"{' '.join(cmd)} failed ({code}): {err[-2000:]}")
    return elapsed, usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime


def app_cmd(tmp: str, n: int | str) -> list[str]:
    """A user's start (no ``--data-dir``: the folders are given by :func:`run_once`)."""
    return [
        PY,
        "-m",
        "companion",
        "screenshot",
        "countdown",
        f"{tmp}/app{n}.png",
        "--size",
        "910x512",
    ]


Sample = tuple[float, float, float]


SKELETON = str(ROOT / "benchmarks" / "skeleton_window.py")


def measure(runs: int, trees: dict[str, Path]) -> dict[str, list[Sample]]:
    samples: dict[str, list[Sample]] = {"bare": [], "skeleton": []}
    for k in trees:
        samples[k] = []
        samples[f"{k} again"] = []
    with tempfile.TemporaryDirectory() as tmp:
        n = 0
        for i in range(runs + 1):  # the first round warms the file cache and is dropped
            order: list[tuple[str, list[str], Path, str | None]] = [
                ("bare", [PY, "-c", BARE, f"{tmp}/bare{i}.png"], ROOT, None),
                ("skeleton", [PY, SKELETON, f"{tmp}/skeleton{i}.png"], ROOT, None),
            ]
            for name, tree in trees.items():
                n += 1
                order.append((name, app_cmd(tmp, n), tree, f"{tmp}/d{n}"))
                # a later start: the folders the first round made, again
                order.append((f"{name} again", app_cmd(tmp, f"-{name}"), tree, f"{tmp}/d-{name}"))
            if i % 2:
                order.reverse()
            for name, cmd, tree, folders in order:
                sample = run_once(cmd, tree, folders)
                if i:
                    samples[name].append(sample)
    return samples


def results(runs: int, trees: dict[str, Path]) -> list[Result]:
    samples = measure(runs, trees)
    bare_t = median([t for t, _, _ in samples["bare"]])
    bare_m = median([m for _, m, _ in samples["bare"]])
    bare_c = median([c for _, _, c in samples["bare"]])
    out: list[Result] = [
        Result(
            "context: the same window in plain PySide6 widgets, no app (whole process)",
            "s",
            median([t for t, _, _ in samples["skeleton"]]),
            bare_t,
            "bare window: start, paint, save PNG, quit",
            "",
            runs,
            notes="benchmarks/skeleton_window.py: what Qt's widgets alone cost for this screen",
            samples=[t for t, _, _ in samples["skeleton"]],
        ),
        Result(
            "context: the same window in plain PySide6 widgets, no app (peak RSS)",
            "MiB",
            median([m for _, m, _ in samples["skeleton"]]),
            bare_m,
            "bare window: start, paint, save PNG, quit",
            "",
            runs,
            samples=[m for _, m, _ in samples["skeleton"]],
        ),
    ]
    for name in [k for t in trees for k in (t, f"{t} again")]:
        tree, _, again = name.partition(" ")
        label = "" if tree == "app" else f" ({tree})"
        label = f", later start{label}" if again else label
        out.append(
            Result(
                f"screenshot countdown, whole process{label}",
                "s",
                median([t for t, _, _ in samples[name]]),
                bare_t,
                "bare window: start, paint, save PNG, quit",
                "≤ 1.5× (aim 1.15×)",
                runs,
                samples=[t for t, _, _ in samples[name]],
            )
        )
        out.append(
            Result(
                f"screenshot countdown, CPU time{label}",
                "s",
                median([c for _, _, c in samples[name]]),
                bare_c,
                "bare window: start, paint, save PNG, quit",
                "",
                runs,
                notes="user + system, all threads: steadier than wall time on a busy machine",
                samples=[c for _, _, c in samples[name]],
            )
        )
        out.append(
            Result(
                f"screenshot countdown, peak RSS{label}",
                "MiB",
                median([m for _, m, _ in samples[name]]),
                bare_m,
                "bare window: start, paint, save PNG, quit",
                "≤ 1.3×",
                runs,
                samples=[m for _, m, _ in samples[name]],
            )
        )
    return out


def main() -> int:
    p = parser(__doc__ or "")
    p.set_defaults(runs=7)
    p.add_argument("--before", type=Path, help="another source tree to measure in the same run")
    args = p.parse_args()
    runs = 5 if args.quick else args.runs
    trees = {"app": ROOT}
    if args.before:
        trees["before"] = args.before.resolve()
    emit(results(runs, trees), args.json, "First screen (whole process)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
