"""Build shareASM Companion for the platform this runs on.

    python packaging/build.py             # one-folder app + the platform's package
    python packaging/build.py --portable  # the same, with data kept beside the app (USB stick)

Linux:   dist/shareasm-companion/shareasm-companion and
         dist/shareasm-companion-<version>-linux-<arch>[-portable].tar.gz
Windows: dist/shareasm-companion/shareasm-companion.exe (+ -cli.exe) and, with Inno Setup 6
         installed, dist/shareasm-companion-<version>-windows-setup.exe
         (--portable: dist/shareasm-companion-<version>-windows-portable.zip instead)
macOS:   dist/shareASM Companion.app and dist/shareasm-companion-<version>-macos.dmg

Name and version come from pyproject.toml. Needs the ``package`` extra
(``pip install -e ".[package]"``).
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import time
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import build_translations  # noqa: E402
import bundle_config as cfg  # noqa: E402
import make_icons  # noqa: E402

ROOT = cfg.ROOT
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
SPEC = ROOT / "packaging" / "shareasm-companion.spec"


def step(text: str) -> None:
    sys.stdout.write(f"==> {text}\n")
    sys.stdout.flush()


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def arch() -> str:
    machine = platform.machine().lower()
    return {"amd64": "x86_64", "aarch64": "arm64"}.get(machine, machine)


def run_pyinstaller() -> None:
    cmd = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--clean",
        "--log-level=WARN",
        "--distpath",
        str(DIST),
        "--workpath",
        str(WORK),
        str(SPEC),
    ]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    subprocess.run(cmd, cwd=ROOT, check=True, env=env)


def set_portable(app_dir: Path, portable: bool) -> None:
    marker = app_dir / "portable"
    if portable:
        marker.write_text(
            "This file makes shareASM Companion keep its settings and data in the\n"
            "shareasm-data folder beside it (for use from a USB stick).\n"
            "Delete it to use the computer's usual folders instead.\n",
            encoding="utf-8",
        )
    elif marker.exists():
        marker.unlink()


def linux_package(project: cfg.Project, app_dir: Path, portable: bool) -> Path:
    shutil.copy2(ROOT / "packaging" / "linux" / "install.sh", app_dir / "install.sh")
    (app_dir / "install.sh").chmod(0o755)
    suffix = "-portable" if portable else ""
    out = DIST / f"{project.name}-{project.version}-linux-{arch()}{suffix}.tar.gz"
    with tarfile.open(out, "w:gz", compresslevel=6) as tar:
        tar.add(app_dir, arcname=app_dir.name)
    return out


def windows_package(project: cfg.Project, app_dir: Path, portable: bool) -> Path:
    if portable:
        out = DIST / f"{project.name}-{project.version}-windows-portable.zip"
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as zf:
            for path in sorted(app_dir.rglob("*")):
                zf.write(path, Path(app_dir.name) / path.relative_to(app_dir))
        return out
    iscc = shutil.which("ISCC") or shutil.which("iscc")
    default = Path(os.environ.get("ProgramFiles(x86)", r"C:\Program Files (x86)"))
    candidate = default / "Inno Setup 6" / "ISCC.exe"
    if not iscc and candidate.is_file():
        iscc = str(candidate)
    if not iscc:
        raise SystemExit(
            "Inno Setup 6 not found: install it from https://jrsoftware.org/isinfo.php "
            "(or add ISCC.exe to PATH), or build with --portable for a zip"
        )
    subprocess.run(
        [
            iscc,
            f"/DAppVersion={project.version}",
            f"/DAppName={project.display_name}",
            f"/DAppExeName={project.name}.exe",
            f"/DSourceDir={app_dir}",
            f"/DOutputDir={DIST}",
            f"/DOutputBase={project.name}-{project.version}-windows-setup",
            f"/DIconFile={ROOT / 'resources' / 'icons' / 'shareasm-companion.ico'}",
            str(ROOT / "packaging" / "windows" / "shareasm-companion.iss"),
        ],
        check=True,
    )
    return DIST / f"{project.name}-{project.version}-windows-setup.exe"


def macos_package(project: cfg.Project, portable: bool) -> Path:
    app = DIST / f"{project.display_name}.app"
    if portable:
        set_portable(app / "Contents" / "MacOS", True)
    out = DIST / f"{project.name}-{project.version}-macos.dmg"
    subprocess.run(
        [
            "bash",
            str(ROOT / "packaging" / "macos" / "make_dmg.sh"),
            str(app),
            str(out),
            project.display_name,
        ],
        check=True,
    )
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--portable",
        action="store_true",
        help="put a 'portable' marker beside the executable (data beside the app)",
    )
    parser.add_argument(
        "--no-package",
        action="store_true",
        help="only the one-folder app: no tarball, installer or disk image",
    )
    args = parser.parse_args(argv)
    project = cfg.read_project()
    started = time.monotonic()

    step("compiling translations")
    build_translations.release()
    if make_icons.check():
        step("icons are missing or older than the SVG: rendering them")
        make_icons.build()

    step(f"PyInstaller: {project.name} {project.version} for {sys.platform}")
    run_pyinstaller()
    app_dir = DIST / project.name
    set_portable(app_dir, args.portable)
    size = folder_size(app_dir)
    step(f"one-folder app: {app_dir.relative_to(ROOT)} ({size / 1e6:.1f} MB)")

    if not args.no_package:
        if sys.platform.startswith("linux"):
            out = linux_package(project, app_dir, args.portable)
        elif sys.platform == "win32":
            out = windows_package(project, app_dir, args.portable)
        elif sys.platform == "darwin":
            out = macos_package(project, args.portable)
        else:
            raise SystemExit(f"no package recipe for {sys.platform}")
        step(f"package: {out.relative_to(ROOT)} ({out.stat().st_size / 1e6:.1f} MB)")
    step(f"done in {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
