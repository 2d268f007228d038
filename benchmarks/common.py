"""Shared helpers for the benchmark scripts: results, medians, child processes.

Every figure is reported as a ratio against a baseline measured in the same run on the
same machine, with the absolute values beside it. Scripts print a Markdown table and
can write JSON (``--json FILE``); ``benchmarks/run_all.py`` runs them all.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


@dataclass
class Result:
    name: str
    unit: str
    value: float
    baseline: float | None = None
    baseline_name: str = ""
    #: the target as a ratio (value / baseline) or an absolute, with its sense
    target: str = ""
    runs: int = 1
    notes: str = ""
    samples: list[float] = field(default_factory=list)

    @property
    def ratio(self) -> float | None:
        if self.baseline in (None, 0):
            return None
        return self.value / self.baseline  # type: ignore[operator]

    def row(self) -> str:
        ratio = f"{self.ratio:.2f}×" if self.ratio is not None else "—"
        base = (
            f"{self.baseline:.4g} {self.unit} ({self.baseline_name})"
            if self.baseline is not None
            else "—"
        )
        return (
            f"| {self.name} | {self.value:.4g} {self.unit} | {base} | {ratio} | "
            f"{self.target or '—'} | {self.runs} | {self.notes} |"
        )

    def to_json(self) -> dict[str, Any]:
        d = asdict(self)
        d["ratio"] = self.ratio
        return d


HEADER = (
    "| figure | value (median) | baseline (same run) | ratio | target | runs | notes |\n"
    "|---|---|---|---|---|---|---|"
)


_TARGET = re.compile(r"^\s*(≤|<=|<|≈)\s*([\d.,]+)\s*(×|x\b)?\s*([^()]*)")


def verdict(name: str, unit: str, value: float, ratio: float | None, target: str) -> str:
    """Whether a figure meets its target: "met", "NOT met" or "—" (no target, or one
    not written as ``≤ N×`` (a ratio), ``≤ N unit`` or ``< N unit`` (an absolute))."""
    m = _TARGET.match(target or "")
    if not m or m.group(1) == "≈":
        return "—"
    limit = float(m.group(2).replace(",", ""))
    if m.group(3):  # a ratio to the baseline
        if ratio is None:
            return "—"
        seen = ratio
    else:
        seen = value
        rest = m.group(4).strip()
        if rest.startswith("KiB") and unit == "MB":
            seen = value * 1e6 / 1024
    ok = seen < limit if m.group(1) == "<" else seen <= limit
    return "met" if ok else "NOT met"


SUMMARY_HEADER = (
    "| figure | value (median) | baseline (same run) | ratio | target | met? |\n"
    "|---|---|---|---|---|---|"
)


def summary_row(r: dict[str, Any]) -> str:
    ratio = r.get("ratio")
    base = r.get("baseline")
    unit = r.get("unit", "")
    return (
        f"| {r['name']} | {r['value']:.4g} {unit} | "
        f"{f'{base:.4g} {unit}' if base is not None else '—'} | "
        f"{f'{ratio:.2f}×' if ratio is not None else '—'} | {r.get('target') or '—'} | "
        f"{verdict(r['name'], unit, r['value'], ratio, r.get('target', ''))} |"
    )


def table(results: Sequence[Result]) -> str:
    return "\n".join([HEADER, *(r.row() for r in results)])


def median(values: Sequence[float]) -> float:
    return float(statistics.median(values))


#: compiled bytecode for the children, outside the source tree: an installed app (pip,
#: the bundle) never compiles its modules at start, so a start measured here must not
#: either, even where the shell sets PYTHONDONTWRITEBYTECODE (it did on the build machine:
#: every start compiled ~100 modules, ~0.1 s)
PYCACHE = Path(tempfile.gettempdir()) / f"shareasm-bench-pycache-{os.getuid()}"


def child_env(**extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(PYCACHE)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    env.update(extra)
    return env


def user_folders(root: str | Path) -> dict[str, str]:
    """The environment of a user's start whose folders all lie under ``root``.

    The app is started without ``--data-dir``, as a user starts it: it finds its folders
    through platformdirs (imported, and the platform asked, as on every user's start),
    and the XDG variables platformdirs reads on Linux point them into ``root``. A
    ``--data-dir`` start skips that lookup and would flatter the figure."""
    base = Path(root)
    return {
        "XDG_CONFIG_HOME": str(base / "config"),
        "XDG_DATA_HOME": str(base / "data"),
        "XDG_CACHE_HOME": str(base / "cache"),
        "XDG_STATE_HOME": str(base / "state"),
    }


def run_json(cmd: Sequence[str], *, timeout: float = 600, **env: str) -> dict[str, Any]:
    """Run a child that prints one JSON object on its last stdout line."""
    proc = subprocess.run(
        list(cmd), capture_output=True, text=True, timeout=timeout, env=child_env(**env), cwd=ROOT
    )
    if proc.returncode != 0:
        raise RuntimeError(f"{cmd!r} failed ({proc.returncode}):\n{proc.stderr[-2000:]}")
    last = [line for line in proc.stdout.splitlines() if line.strip()][-1]
    value: dict[str, Any] = json.loads(last)
    return value


def parser(description: str) -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(description=description)
    p.add_argument("--runs", type=int, default=5, help="repetitions; the median is quoted")
    p.add_argument("--quick", action="store_true", help="fewer runs and shorter windows")
    p.add_argument("--json", type=Path, help="also write the results as JSON here")
    return p


def emit(results: Sequence[Result], json_path: Path | None, title: str = "") -> None:
    if title:
        print(f"\n### {title}\n")
    print(table(results))
    if json_path:
        json_path.parent.mkdir(parents=True, exist_ok=True)
        json_path.write_text(json.dumps([r.to_json() for r in results], indent=2))


PY = sys.executable
