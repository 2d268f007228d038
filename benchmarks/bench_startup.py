"""Cold start to the first painted main window and memory, against a bare QMainWindow.

    python -m benchmarks.bench_startup [--runs N] [--quick] [--json FILE] [--top N]

Also prints, for one more start of the real window:

* which heavy modules (QtPdf, QtMultimedia, QtCharts, requests, keyring, jsonschema,
  PIL, nh3, regex, twitter_text, icalendar …) are already imported at the first paint
  (they should load only when the area needing them is first opened);
* a cProfile of the start (process start to first paint), top entries by cumulative time;
* the slowest imports of a start (``python -X importtime``).
"""

from __future__ import annotations

import io
import pstats
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.common import PY, ROOT, Result, child_env, emit, median, parser, run_json

PROBE = str(ROOT / "benchmarks" / "probe_window.py")
sys.path.insert(0, str(ROOT / "benchmarks"))
from probe_window import HEAVY  # noqa: E402


def measure(runs: int) -> dict[str, dict[str, list[float]]]:
    """Alternate bare and app starts so that both see the same machine load."""
    keys = ("start_s", "peak_rss_mb", "steady_rss_mb")
    out = {kind: {key: [] for key in keys} for kind in ("bare", "app")}
    for _ in range(runs):
        for kind in ("bare", "app"):
            r = run_json([PY, PROBE, kind, "first-paint"], PROBE_T_SPAWN=repr(time.time()))
            for key in keys:
                out[kind][key].append(float(r[key]))
    return out


def import_profile(top: int = 15) -> list[tuple[int, str]]:
    proc = subprocess.run(
        [PY, "-X", "importtime", PROBE, "app", "first-paint"],
        capture_output=True,
        text=True,
        env=child_env(PROBE_STEADY_MS="0"),
        cwd=ROOT,
        timeout=300,
    )
    rows: list[tuple[int, str]] = []
    for line in proc.stderr.splitlines():
        m = re.match(r"import time:\s+(\d+) \|\s+(\d+) \|(\s*)(\S+)", line)
        if m:
            rows.append((int(m.group(2)), m.group(4)))
    rows.sort(reverse=True)
    return rows[:top]


def heavy_report() -> str:
    r = run_json([PY, PROBE, "app", "first-paint"], PROBE_STEADY_MS="0")
    loaded = list(r.get("heavy_loaded", []))
    lines = ["\nHeavy modules at the first paint of the main window:\n"]
    for name in HEAVY:
        lines.append(f"    {'LOADED    ' if name in loaded else 'not loaded'}  {name}")
    if loaded:
        lines.append(f"\n{len(loaded)} heavy module(s) on the start path: {', '.join(loaded)}")
    else:
        lines.append("\nNo heavy module is on the start path.")
    return "\n".join(lines)


def profile_report(top: int) -> str:
    """Top functions by cumulative time, without the import machinery's own frames
    (they would fill the list; the ``<module>`` entries show what each import costs)."""
    with tempfile.TemporaryDirectory() as tmp:
        stats_file = str(Path(tmp) / "start.prof")
        run_json([PY, PROBE, "app", "first-paint"], PROBE_PROFILE=stats_file, PROBE_STEADY_MS="0")
        stats = pstats.Stats(stats_file, stream=io.StringIO())
    rows: list[tuple[float, float, int, str]] = []
    for (filename, line, func), (_cc, ncalls, tottime, cumtime, _callers) in stats.stats.items():  # type: ignore[attr-defined]
        if filename.startswith("<frozen") or func.startswith("<built-in method builtins.exec"):
            continue
        if func.startswith("<built-in method builtins.__import__") or "_imp." in func:
            continue
        short = (
            str(Path(filename).relative_to(ROOT)) if filename.startswith(str(ROOT)) else filename
        )
        if "site-packages/" in short:
            short = short.split("site-packages/", 1)[1]
        rows.append((cumtime, tottime, ncalls, f"{short}:{line}({func})"))
    rows.sort(reverse=True)
    lines = [
        f"\ncProfile of the start to first paint, top {top} by cumulative time "
        "(import machinery frames left out):\n",
        f"    {'cumulative s':>12} {'own s':>8} {'calls':>7}  function",
    ]
    for cum, own, calls, where in rows[:top]:
        lines.append(f"    {cum:12.3f} {own:8.3f} {calls:7d}  {where}")
    return "\n".join(lines)


def main() -> int:
    p = parser(__doc__ or "")
    p.add_argument("--top", type=int, default=25, help="profile and import entries to show")
    args = p.parse_args()
    runs = 3 if args.quick else args.runs
    # interleave warm-up so both sides see the same file cache
    run_json([PY, PROBE, "bare", "first-paint"], PROBE_STEADY_MS="0")
    run_json([PY, PROBE, "app", "first-paint"], PROBE_STEADY_MS="0")
    measured = measure(runs)
    bare, app = measured["bare"], measured["app"]
    results = [
        Result(
            "cold start to first paint",
            "s",
            median(app["start_s"]),
            median(bare["start_s"]),
            "bare QMainWindow",
            "≤ 1.3×",
            runs,
            samples=app["start_s"],
        ),
        Result(
            "peak RSS after start",
            "MB",
            median(app["peak_rss_mb"]),
            median(bare["peak_rss_mb"]),
            "bare QMainWindow",
            "≤ 1.5×",
            runs,
        ),
        Result(
            "steady RSS 2 s after start",
            "MB",
            median(app["steady_rss_mb"]),
            median(bare["steady_rss_mb"]),
            "bare QMainWindow",
            "≤ 1.5×",
            runs,
        ),
    ]
    emit(results, args.json, "Start-up and memory")
    print(heavy_report())
    print(profile_report(args.top))
    print("\nSlowest imports on the start path (cumulative µs):\n")
    for us, name in import_profile(args.top):
        print(f"    {us:>9} µs  {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
