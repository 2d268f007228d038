"""Check a built one-folder app the way a field laptop would use it.

    python packaging/check_bundle.py [dist/shareasm-companion]

1. the bundle's own check (every kept Qt module and dependency imports, resources and
   version metadata are there): ``SHAREASM_BUNDLE_CHECK=1 <exe>`` prints ``bundle-check ok``;
2. ``--version`` reports the version in pyproject.toml;
3. ``self-test`` offscreen with a fresh ``--data-dir`` prints ``self-test ok``;
4. portable mode: with a ``portable`` marker beside the executable, ``self-test`` keeps
   everything in ``shareasm-data`` beside it and writes nothing to the (temporary) home;
5. Linux: every library the bundle links is either inside it or one the target system
   provides (bundle_config.LINUX_SYSTEM_LIBS, glibc), and the newest glibc it needs;
6. Linux: the bundle holds nothing bundle_config leaves out (Qt modules, plugins,
   translations, system and unused libraries; the Qt Quick stand-ins are a few KB, not
   the real libraries) and is at most bundle_config.LINUX_MAX_BUNDLE_MB (150 MB).

Exit status 0 when all pass; prints one line per check and the bundle size.
"""

from __future__ import annotations

import argparse
import fnmatch
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bundle_config as cfg
import elfdeps

#: glibc and the dynamic loader: always the host's, never bundled
GLIBC_LIBS = (
    "libc.so.6",
    "libm.so.6",
    "libdl.so.2",
    "libpthread.so.0",
    "librt.so.1",
    "libutil.so.1",
    "libresolv.so.2",
    "libanl.so.1",
    "libcrypt.so.1",
    "ld-linux-*.so.*",
)
TIMEOUT_S = 120


@dataclass
class Report:
    lines: list[str] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)

    def ok(self, text: str) -> None:
        self.lines.append(f"ok   {text}")

    def fail(self, text: str) -> None:
        self.lines.append(f"FAIL {text}")
        self.failures.append(text)


def executable(app_dir: Path) -> Path:
    name = cfg.read_project().name
    if sys.platform == "win32":
        return app_dir / f"{name}-cli.exe"
    return app_dir / name


def clean_env(home: Path) -> dict[str, str]:
    """The environment of a user whose home is ``home``, offscreen, no data-dir override."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SHAREASM_", "XDG_"))}
    env.update(
        HOME=str(home),
        USERPROFILE=str(home),
        APPDATA=str(home / "AppData" / "Roaming"),
        LOCALAPPDATA=str(home / "AppData" / "Local"),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        XDG_CACHE_HOME=str(home / ".cache"),
        XDG_STATE_HOME=str(home / ".local" / "state"),
        QT_QPA_PLATFORM="offscreen",
    )
    if "XDG_RUNTIME_DIR" in os.environ:  # the test session's D-Bus/keyring lives there
        env["XDG_RUNTIME_DIR"] = os.environ["XDG_RUNTIME_DIR"]
    return env


def run(cmd: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        cmd, env=env, capture_output=True, text=True, timeout=TIMEOUT_S, check=False
    )


def _last_line(proc: subprocess.CompletedProcess[str]) -> str:
    lines = proc.stdout.strip().splitlines()
    return lines[-1] if lines else ""


def _explain(proc: subprocess.CompletedProcess[str]) -> str:
    tail = (proc.stderr.strip() or proc.stdout.strip()).splitlines()[-5:]
    return f"exit {proc.returncode}: " + " | ".join(tail)


def files_under(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*") if p.is_file()) if root.exists() else []


def check_runs(exe: Path, report: Report, scratch: Path) -> None:
    home = scratch / "home"
    home.mkdir()
    env = clean_env(home)

    proc = run([str(exe)], dict(env, SHAREASM_BUNDLE_CHECK="1"))
    if proc.returncode == 0 and _last_line(proc) == "bundle-check ok":
        report.ok("bundle-check: Qt modules, dependencies, resources, metadata, PDF, video")
    else:
        report.fail(f"bundle-check: {_explain(proc)}")

    project = cfg.read_project()
    proc = run([str(exe), "--version"], env)
    expected = f"{project.name} {project.version}"
    if proc.returncode == 0 and proc.stdout.strip() == expected:
        report.ok(f"--version: {expected}")
    else:
        report.fail(f"--version: wanted {expected!r}, got {proc.stdout.strip()!r}")

    data_dir = scratch / "data"
    proc = run([str(exe), "--data-dir", str(data_dir), "self-test"], env)
    if proc.returncode == 0 and _last_line(proc) == "self-test ok":
        report.ok("self-test offscreen with --data-dir")
    else:
        report.fail(f"self-test: {_explain(proc)}")


def check_portable(exe: Path, report: Report, scratch: Path) -> None:
    app_dir = exe.parent
    marker = app_dir / "portable"
    data = app_dir / "shareasm-data"
    had_marker, had_data = marker.exists(), data.exists()
    home = scratch / "portable-home"
    home.mkdir()
    try:
        if not had_marker:
            marker.write_text("check_bundle\n", encoding="utf-8")
        proc = run([str(exe), "self-test"], clean_env(home))
        leaked = files_under(home)
        database = data / "data" / "companion.sqlite3"
        log_file = data / "logs" / "companion.log"
        if proc.returncode != 0 or _last_line(proc) != "self-test ok":
            report.fail(f"portable self-test: {_explain(proc)}")
        elif not (database.is_file() and log_file.is_file()):
            report.fail(f"portable: no database/log under {data}")
        elif leaked:
            report.fail(f"portable: wrote into the home folder: {leaked[:3]}")
        else:
            report.ok("portable: database and logs beside the app, nothing in home")
    finally:
        if not had_marker:
            marker.unlink(missing_ok=True)
        if not had_data:
            shutil.rmtree(data, ignore_errors=True)


def _allowed_system(name: str) -> bool:
    return any(fnmatch.fnmatchcase(name, p) for p in (*GLIBC_LIBS, *cfg.LINUX_SYSTEM_LIBS))


def check_linux_libs(app_dir: Path, report: Report) -> tuple[int, int] | None:
    """Every DT_NEEDED is found the way the loader finds it (the ELF's RUNPATH, then
    ``_internal``, which the bootloader puts on LD_LIBRARY_PATH) or is a known system
    library; returns the newest glibc version the bundle needs."""
    elves = [p for p in files_under(app_dir) if not p.is_symlink() and elfdeps.is_elf(p)]
    top = (app_dir / "_internal").resolve()
    unknown: dict[str, str] = {}
    newest: tuple[int, int] | None = None
    for path in elves:
        info = elfdeps.read_elf(path)
        if info.glibc and (newest is None or info.glibc > newest):
            newest = info.glibc
        dirs = [*elfdeps.search_dirs(path, info), top]
        for lib in info.needed:
            if _allowed_system(lib) or any((d / lib).exists() for d in dirs):
                continue
            unknown.setdefault(lib, str(path.relative_to(app_dir)))
    if unknown:
        shown = ", ".join(f"{lib} (for {who})" for lib, who in sorted(unknown.items()))
        report.fail(f"libraries the loader would not find: {shown}")
    else:
        report.ok(f"{len(elves)} ELF files: every dependency bundled or a system library")
    return newest


def check_no_symlinks(app_dir: Path, report: Report) -> None:
    """USB sticks (FAT32, exFAT) and Windows shares cannot hold symbolic links."""
    links = [p for p in app_dir.rglob("*") if p.is_symlink()]
    if links:
        report.fail(f"{len(links)} symbolic links, e.g. {links[0].relative_to(app_dir)}")
    else:
        report.ok("no symbolic links: copies onto FAT32/exFAT USB sticks")


#: a Qt Quick/Qml stand-in (packaging/stand_ins.py) is a few KB; the real ones are MBs
STAND_IN_MAX_BYTES = 64_000


def check_contents(app_dir: Path, report: Report, platform: str = sys.platform) -> None:
    """Nothing the exclusion rules leave out slipped in (a PyInstaller hook, a new wheel)."""
    stray = []
    for path in files_under(app_dir):
        rel = path.relative_to(app_dir).as_posix().removeprefix("_internal/")
        if cfg.is_replaced_by_stand_in(rel, platform):
            if path.stat().st_size > STAND_IN_MAX_BYTES:
                stray.append(f"{rel} (the real library, not the stand-in)")
        elif not cfg.keep(rel, platform):
            stray.append(rel)
    if stray:
        report.fail(f"{len(stray)} files the rules leave out: {', '.join(stray[:5])}")
    else:
        report.ok("no left-out Qt module, plugin, translation or library")


def check_size(app_dir: Path, report: Report, limit_mb: float = cfg.LINUX_MAX_BUNDLE_MB) -> None:
    size = folder_size(app_dir) / 1e6
    if size > limit_mb:
        largest = sorted(files_under(app_dir), key=lambda p: p.stat().st_size)[-3:]
        names = ", ".join(f"{p.name} {p.stat().st_size / 1e6:.1f} MB" for p in reversed(largest))
        report.fail(f"bundle {size:.1f} MB > {limit_mb:g} MB (largest: {names})")
    else:
        report.ok(f"bundle {size:.1f} MB <= {limit_mb:g} MB")


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def check(app_dir: Path) -> Report:
    report = Report()
    exe = executable(app_dir)
    if not exe.is_file():
        report.fail(f"no executable at {exe}: build with python packaging/build.py")
        return report
    with tempfile.TemporaryDirectory(prefix="shareasm-bundle-check-") as tmp:
        scratch = Path(tmp)
        check_runs(exe, report, scratch)
        check_portable(exe, report, scratch)
    if sys.platform.startswith("linux"):
        check_no_symlinks(app_dir, report)
        check_contents(app_dir, report)
        check_size(app_dir, report)
        glibc = check_linux_libs(app_dir, report)
        if glibc:
            report.lines.append(f"info needs glibc >= {glibc[0]}.{glibc[1]}")
    report.lines.append(f"info bundle size {folder_size(app_dir) / 1e6:.1f} MB")
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    default = cfg.ROOT / "dist" / cfg.read_project().name
    parser.add_argument("app_dir", nargs="?", type=Path, default=default)
    args = parser.parse_args(argv)
    report = check(args.app_dir.resolve())
    for line in report.lines:
        sys.stdout.write(line + "\n")
    sys.stdout.write("bundle ok\n" if not report.failures else "bundle FAILED\n")
    return 1 if report.failures else 0


if __name__ == "__main__":
    sys.exit(main())
