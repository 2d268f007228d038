"""Run every benchmark and write one Markdown table and one JSON file.

    python -m benchmarks.run_all [--quick] [--out benchmarks/results]

Each ``benchmarks/bench_*.py`` is run as ``python -m benchmarks.<name> --json FILE``
(plus ``--quick`` when given); its Markdown output is collected into
``results/RESULTS.md`` and its JSON into ``results/results.json``.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--quick", action="store_true", help="fewer runs, shorter windows")
    ap.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results")
    ap.add_argument("--only", nargs="*", help="names of benchmarks to run (e.g. bench_idle)")
    ap.add_argument(
        "--bundle", action="store_true", help="also bench_bundle (needs packaging/build.py first)"
    )
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    names = sorted(p.stem for p in (ROOT / "benchmarks").glob("bench_*.py"))
    if args.only:
        names = [n for n in names if n in args.only]
    elif not args.bundle:
        names = [n for n in names if n != "bench_bundle"]
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    sections: list[str] = [
        "# shareASM Companion benchmarks\n",
        f"Machine: {platform.platform()}, Python {platform.python_version()}, "
        f"{os.cpu_count()} CPUs. Each ratio is against a baseline measured in the same run.\n",
    ]
    merged: dict[str, object] = {}
    failed: list[str] = []
    t_start = time.monotonic()
    for name in names:
        json_file = args.out / f"{name}.json"
        cmd = [sys.executable, "-m", f"benchmarks.{name}", "--json", str(json_file)]
        if args.quick:
            cmd.append("--quick")
        sys.stderr.write(f"running {name} …\n")
        started = time.monotonic()
        proc = subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=ROOT)
        took = time.monotonic() - started
        if proc.returncode != 0:
            failed.append(name)
            sections.append(f"## {name}: FAILED\n\n```\n{proc.stderr[-3000:]}\n```\n")
            continue
        sections.append(f"## {name} ({took:.0f} s)\n\n{proc.stdout.strip()}\n")
        if json_file.exists():
            merged[name] = json.loads(json_file.read_text())
    sys.path.insert(0, str(ROOT))
    from benchmarks.common import SUMMARY_HEADER, summary_row

    rows = [summary_row(r) for results in merged.values() for r in results]  # type: ignore[attr-defined]
    rows += [f"| {name} | FAILED | — | — | — | NOT met |" for name in failed]
    sections.append(
        "## Summary: every figure, its target and whether it is met\n\n"
        + "\n".join([SUMMARY_HEADER, *rows])
        + f"\n\n{len(names)} benchmarks in {time.monotonic() - t_start:.0f} s"
        + (" (--quick)" if args.quick else "")
        + "\n"
    )
    (args.out / "RESULTS.md").write_text("\n".join(sections))
    (args.out / "results.json").write_text(json.dumps(merged, indent=2))
    sys.stdout.write("\n".join(sections) + "\n")
    if failed:
        sys.stderr.write(f"failed: {', '.join(failed)}\n")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
