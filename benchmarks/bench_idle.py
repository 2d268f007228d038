"""CPU used while idle on each area, visible and minimised, against a bare QMainWindow.

    python benchmarks/bench_idle.py [--seconds 60] [--quick] [--json FILE]

Each measurement is a separate process that shows the area, waits 3 s for start-up to
settle, then counts its own CPU time (user + system) over the window. Several
processes run at once (they are idle, so they barely compete).
"""

from __future__ import annotations

import sys
from concurrent.futures import ThreadPoolExecutor

from benchmarks.common import PY, ROOT, Result, emit, parser, run_json
from companion.ui_keys import AREA_KEYS

PROBE = str(ROOT / "benchmarks" / "probe_window.py")


def measure(kind: str, area: str, seconds: float, state: str) -> float:
    # --quick: 1 s to settle after the start instead of 3 s
    settle = "1000" if seconds < 10 else "3000"
    r = run_json(
        [PY, PROBE, kind, "idle", area, str(seconds), state],
        timeout=seconds + 120,
        PROBE_SETTLE_MS=settle,
    )
    return float(r["cpu_percent_of_core"])


def main() -> int:
    p = parser(__doc__ or "")
    p.add_argument("--seconds", type=float, default=60.0)
    args = p.parse_args()
    seconds = 3.0 if args.quick else args.seconds
    jobs: dict[tuple[str, str, str], object] = {}
    with ThreadPoolExecutor(max_workers=4) as pool:
        for state in ("visible", "minimised"):
            jobs[("bare", "-", state)] = pool.submit(measure, "bare", "countdown", seconds, state)
            for area in AREA_KEYS:
                jobs[("app", area, state)] = pool.submit(measure, "app", area, seconds, state)
        values = {k: f.result() for k, f in jobs.items()}  # type: ignore[attr-defined]
    results: list[Result] = []
    for state in ("visible", "minimised"):
        base = values[("bare", "-", state)]
        for area in AREA_KEYS:
            results.append(
                Result(
                    f"idle CPU, {area}, {state}",
                    "% of a core",
                    values[("app", area, state)],
                    base,
                    f"bare QMainWindow, {state}",
                    "< 0.5 % of a core" if state == "visible" else "≈ bare",
                    1,
                    f"{seconds:g} s window",
                )
            )
    emit(results, args.json, "Idle CPU")
    return 0


if __name__ == "__main__":
    sys.exit(main())
