"""Bundle size and start time of the built app against running from source, same run.

    python benchmarks/bench_bundle.py [--runs 7] [--app-dir dist/shareasm-companion]

Also the cold start (issue 19): ``screenshot countdown`` from the one-folder app against
a bare window (``benchmarks/bare_window.py``) built the same way (PyInstaller one folder,
the same exclusions, then the same Linux slimming: ``build.slim_linux``; built once into
``build/bench-bare``, again when the rules change), each started after dropping
the page cache (``echo 3 > /proc/sys/vm/drop_caches``, needs root; when that is refused
the figure says "warm" instead).

Each round starts ``self-test`` (the real window offscreen, every area shown once, quit)
and ``--version`` (interpreter start only) from the bundle and from source with a fresh
data folder, alternating which goes first; prints medians of wall time and peak RSS and
writes the numbers to ``benchmarks/results/``. Build the bundle first
(``python packaging/build.py``). A shared machine is noisy: compare the two columns of
one run, not absolute times across runs.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "packaging"))
sys.path.insert(0, str(ROOT))  # benchmarks.common, when run as a script

from benchmarks.common import user_folders  # noqa: E402 - after the path is set

import bundle_config as cfg  # noqa: E402 - lives in packaging/


def run_once(cmd: list[str], cwd: Path, folders: str | None = None) -> tuple[float, float]:
    """Wall seconds and peak RSS (MB) of one process, measured by the kernel (wait4).
    ``folders``: the app finds its folders there as on a user's start (no
    ``--data-dir``: :func:`benchmarks.common.user_folders`)."""
    env = dict(
        os.environ, QT_QPA_PLATFORM="offscreen", **(user_folders(folders) if folders else {})
    )
    env.pop("SHAREASM_DATA_DIR", None)
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    _pid, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    out = proc.stdout.read().decode() if proc.stdout else ""
    err = proc.stderr.read().decode() if proc.stderr else ""
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}): {out}{err}")
    return elapsed, usage.ru_maxrss / 1024


BARE_NAME = "bare-window"


#: a change to any of these rebuilds the bare window bundle
BARE_INPUTS = ("benchmarks/bare_window.py", "packaging/bundle_config.py", "packaging/build.py")
BARE_INPUTS += ("packaging/icu_data.py", "packaging/stand_ins.py")


def bare_bundle() -> Path:
    """The bare window as a PyInstaller one-folder app, built like the app's bundle."""
    out = ROOT / "build" / "bench-bare"
    exe = out / "dist" / BARE_NAME / BARE_NAME
    source = ROOT / "benchmarks" / "bare_window.py"
    newest = max((ROOT / f).stat().st_mtime for f in BARE_INPUTS)
    if exe.is_file() and exe.stat().st_mtime > newest:
        return exe
    cmd = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level=WARN"]
    cmd += ["--onedir", "--name", BARE_NAME, "--distpath", str(out / "dist")]
    cmd += ["--workpath", str(out / "work"), "--specpath", str(out)]
    for name in cfg.python_excludes():
        cmd += ["--exclude-module", name]
    subprocess.run([*cmd, str(source)], check=True, cwd=ROOT, capture_output=True)
    if sys.platform.startswith("linux"):
        import build

        build.slim_linux(exe.parent, exe)
    return exe


def drop_page_cache() -> str:
    """ "" when the page cache was dropped, else why not."""
    os.sync()
    try:
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
    except OSError as exc:
        return f"page cache not dropped ({exc.strerror or exc})"
    return ""


def cold_starts(exe: Path, bare: Path, runs: int) -> tuple[list[float], list[float], str]:
    app_t: list[float] = []
    bare_t: list[float] = []
    note = ""
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(runs):
            order = [("app", exe), ("bare", bare)]
            if i % 2:
                order.reverse()
            for kind, path in order:
                note = drop_page_cache() or note
                if kind == "app":
                    cmd = [str(path), "screenshot", "countdown", f"{tmp}/app{i}.png"]
                    cmd += ["--size", "910x512"]
                    app_t.append(run_once(cmd, ROOT, f"{tmp}/c{i}")[0])
                else:
                    bare_t.append(run_once([str(path), f"{tmp}/bare{i}.png"], ROOT)[0])
    return app_t, bare_t, note


def folder_size(path: Path) -> tuple[int, int]:
    files = [p for p in path.rglob("*") if p.is_file() and not p.is_symlink()]
    return sum(p.stat().st_size for p in files), len(files)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--quick", action="store_true", help="3 runs")
    parser.add_argument("--json", type=Path, help="also write the results as JSON here")
    project = cfg.read_project()
    parser.add_argument("--app-dir", type=Path, default=ROOT / "dist" / project.name)
    args = parser.parse_args()
    if args.quick:
        args.runs = 3
    exe = args.app_dir / project.name
    if not exe.is_file():
        raise SystemExit(f"no bundle at {exe}: run python packaging/build.py first")

    samples: dict[str, list[tuple[float, float]]] = {}
    for i in range(args.runs):
        with tempfile.TemporaryDirectory() as tmp:
            commands = {
                "bundle self-test": [str(exe), "--data-dir", f"{tmp}/b", "self-test"],
                "source self-test": [
                    sys.executable,
                    "-m",
                    "companion",
                    "--data-dir",
                    f"{tmp}/s",
                    "self-test",
                ],
                "bundle --version": [str(exe), "--version"],
                "source --version": [sys.executable, "-m", "companion", "--version"],
            }
            order = list(commands.items())
            if i % 2:
                order.reverse()
            for name, cmd in order:
                samples.setdefault(name, []).append(run_once(cmd, ROOT))

    bare = bare_bundle()
    cold_app, cold_bare, cold_note = cold_starts(exe, bare, args.runs)
    sys.stdout.write(
        f"cold start, screenshot countdown: bundle {statistics.median(cold_app):.3f} s, "
        f"bare window bundle {statistics.median(cold_bare):.3f} s {cold_note}\n"
    )
    bare_size, _ = folder_size(bare.parent)
    size, count = folder_size(args.app_dir)
    tarballs = sorted(args.app_dir.parent.glob(f"{project.name}-{project.version}-linux-*.tar.gz"))
    result: dict[str, object] = {
        "version": project.version,
        "runs": args.runs,
        "bundle_mb": round(size / 1e6, 1),
        "bundle_files": count,
        "tarball_mb": {t.name: round(t.stat().st_size / 1e6, 1) for t in tarballs},
        "median_s": {k: round(statistics.median(t for t, _ in v), 3) for k, v in samples.items()},
        "median_peak_rss_mb": {
            k: round(statistics.median(r for _, r in v), 1) for k, v in samples.items()
        },
    }
    sys.stdout.write(f"bundle: {result['bundle_mb']} MB in {count} files\n")
    for name, mb in result["tarball_mb"].items():  # type: ignore[attr-defined]
        sys.stdout.write(f"tarball: {name} {mb} MB\n")
    sys.stdout.write(f"{'':20} {'median s':>9} {'peak RSS MB':>12}   ({args.runs} runs)\n")
    for name in samples:
        sys.stdout.write(
            f"{name:20} {result['median_s'][name]:>9.3f} "  # type: ignore[index]
            f"{result['median_peak_rss_mb'][name]:>12.1f}\n"  # type: ignore[index]
        )
    from benchmarks.common import Result, emit

    med = result["median_s"]
    rss = result["median_peak_rss_mb"]
    emit(
        [
            Result(
                "bundle size",
                "MB",
                size / 1e6,
                bare_size / 1e6,
                "bare window bundle",
                "≤ 150 MB",
                1,
                f"{count} files",
            ),
            Result(
                "cold start, bundle: screenshot countdown"
                + (" (warm: see notes)" if cold_note else ""),
                "s",
                statistics.median(cold_app),
                statistics.median(cold_bare),
                "bare window bundle, built the same way",
                "≤ 1.5×",
                args.runs,
                cold_note or "page cache dropped before each start",
                samples=cold_app,
            ),
            Result(
                "self-test, one-folder bundle",
                "s",
                med["bundle self-test"],  # type: ignore[index]
                med["source self-test"],
                "python -m companion self-test",
                "",
                args.runs,  # type: ignore[index]
                f"peak RSS {rss['bundle self-test']} MB vs {rss['source self-test']} MB",  # type: ignore[index]
            ),
            Result(
                "--version, one-folder bundle",
                "s",
                med["bundle --version"],  # type: ignore[index]
                med["source --version"],
                "python -m companion --version",
                "",
                args.runs,  # type: ignore[index]
            ),
        ],
        args.json,
        "Linux bundle",
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
