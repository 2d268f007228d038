"""Cold start to the first painted main window and memory, against a bare QMainWindow.

    python benchmarks/bench_startup.py [--runs N] [--json FILE]

Also writes the 15 slowest imports of a start (``python -X importtime``) so heavy
imports on the start path are visible.
"""

from __future__ import annotations

import re
import subprocess
import sys
import time

from benchmarks.common import PY, ROOT, Result, child_env, emit, median, parser, run_json

PROBE = str(ROOT / "benchmarks" / "probe_window.py")


def measure(kind: str, runs: int) -> dict[str, list[float]]:
    out: dict[str, list[float]] = {"start_s": [], "peak_rss_mb": [], "steady_rss_mb": []}
    for _ in range(runs):
        r = run_json([PY, PROBE, kind, "first-paint"], PROBE_T_SPAWN=repr(time.time()))
        for key in out:
            out[key].append(float(r[key]))
    return out


def import_profile(top: int = 15) -> list[tuple[int, str]]:
    proc = subprocess.run(
        [PY, "-X", "importtime", PROBE, "app", "first-paint"],
        capture_output=True,
        text=True,
        env=child_env(),
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


def main() -> int:
    args = parser(__doc__ or "").parse_args()
    runs = 3 if args.quick else args.runs
    # interleave warm-up so both sides see the same file cache
    run_json([PY, PROBE, "bare", "first-paint"])
    run_json([PY, PROBE, "app", "first-paint"])
    bare = measure("bare", runs)
    app = measure("app", runs)
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
    print("\nSlowest imports on the start path (cumulative µs):\n")
    for us, name in import_profile():
        print(f"    {us:>9} µs  {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
