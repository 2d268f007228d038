"""Build shareASM Companion for the platform this runs on.

    python packaging/build.py             # one-folder app + the platform's package
    python packaging/build.py --portable  # the same, with data kept beside the app (USB stick)

Linux:   dist/shareasm-companion/shareasm-companion and
         dist/shareasm-companion-<version>-linux-<arch>[-portable].tar.gz (--compress xz:
         .tar.xz, about a quarter smaller, for releases)
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

import build_translations
import bundle_config as cfg
import elfdeps
import icu_data
import make_icons
import stand_ins

ROOT = cfg.ROOT
SPEC = ROOT / "packaging" / "shareasm-companion.spec"
ISS = ROOT / "packaging" / "windows" / "shareasm-companion.iss"


def step(text: str) -> None:
    sys.stdout.write(f"==> {text}\n")
    sys.stdout.flush()


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def arch() -> str:
    machine = platform.machine().lower()
    return {"amd64": "x86_64", "aarch64": "arm64"}.get(machine, machine)


def run_pyinstaller(dist: Path, work: Path) -> None:
    cmd = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--clean",
        "--log-level=WARN",
        "--distpath",
        str(dist),
        "--workpath",
        str(work),
        str(SPEC),
    ]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    subprocess.run(cmd, cwd=ROOT, check=True, env=env)


#: libraries never stripped: Qt's FFmpeg build, which patchelf rewrote ("ELF load command
#: address/offset not page-aligned" after strip)
NEVER_STRIP = ("libav*", "libsw*", "libQt6FFmpegStub*")


def strip_symbols(app_dir: Path, exe: Path) -> tuple[int, int]:
    """Remove symbol tables and debug information that only debuggers read (the ICU,
    cryptography, libpython and Rust extension libraries carry ~6 MB of them):
    ``strip --strip-unneeded`` keeps every dynamic symbol, so linking is unchanged. The
    executable is left alone (PyInstaller appends its archive to it), and a stripped
    copy replaces a library only when the loader can still map it. Returns (files,
    bytes saved)."""
    strip = shutil.which("strip")
    if not strip:
        step("strip not found: libraries keep their symbol tables")
        return 0, 0
    done = saved = 0
    for path in sorted(app_dir.rglob("*")):
        if path.is_symlink() or not path.is_file() or path == exe or not elfdeps.is_elf(path):
            continue
        if any(path.match(p) for p in NEVER_STRIP):
            continue
        info = elfdeps.read_elf(path)
        if not (info.has_symtab or info.has_debug_info):
            continue
        tmp = path.with_name(path.name + ".stripped")
        subprocess.run([strip, "--strip-unneeded", "-o", str(tmp), str(path)], check=True)
        if elfdeps.loadable(tmp) and tmp.stat().st_size < path.stat().st_size:
            saved += path.stat().st_size - tmp.stat().st_size
            tmp.chmod(path.stat().st_mode)
            tmp.replace(path)
            done += 1
        else:
            tmp.unlink()
    return done, saved


def trim_icu(app_dir: Path) -> str:
    libs = [p for p in app_dir.rglob("libicudata.so.*") if p.is_file() and not p.is_symlink()]
    if not libs:
        return "no ICU data library"
    lines = []
    for lib in libs:
        try:
            before, after = icu_data.trim_library(lib, cfg.APP_LANGUAGES)
        except (RuntimeError, ValueError, subprocess.CalledProcessError) as exc:
            lines.append(f"{lib.name} kept whole ({exc})")
            continue
        lines.append(f"{lib.name} {before / 1e6:.1f} -> {after / 1e6:.1f} MB")
    return "; ".join(lines)


def drop_left_out(app_dir: Path) -> int:
    """Delete what bundle_config leaves out (the spec already filters the app's files;
    this serves a bundle built without the spec, such as the benchmark's bare window)."""
    gone = 0
    for path in sorted(app_dir.rglob("*")):
        if path.is_symlink() or not path.is_file():
            continue
        rel = path.relative_to(app_dir).as_posix().removeprefix("_internal/")
        if not cfg.keep(rel, sys.platform):
            path.unlink()
            gone += 1
    return gone


def slim_linux(app_dir: Path, exe: Path) -> None:
    """After PyInstaller on Linux: Qt Quick stand-ins, trimmed ICU data, no symbol
    tables, no symbolic links (issue 19: 206 -> ~147 MB)."""
    step(f"left out {drop_left_out(app_dir)} more files")
    step(f"Qt Quick: {stand_ins.install(app_dir)}")
    step(f"ICU data: {trim_icu(app_dir)}")
    files, saved = strip_symbols(app_dir, exe)
    step(f"stripped symbol tables from {files} libraries ({saved / 1e6:.1f} MB)")
    step(f"removed {drop_symlinks(app_dir)} symbolic links (USB sticks cannot hold them)")


def drop_symlinks(app_dir: Path) -> int:
    """Remove PyInstaller's convenience links (``_internal/libQt6Core.so.6`` ->
    ``PySide6/Qt/lib/...``): every library is found through RUNPATH or LD_LIBRARY_PATH
    without them (check_bundle.py verifies it), and FAT32/exFAT USB sticks cannot
    hold links, so a tarball with them fails to unpack there."""
    links = [p for p in app_dir.rglob("*") if p.is_symlink()]
    for link in links:
        link.unlink()
    return len(links)


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


def linux_package(
    project: cfg.Project, app_dir: Path, portable: bool, compress: str = "gz"
) -> Path:
    dist = app_dir.parent
    shutil.copy2(ROOT / "packaging" / "linux" / "install.sh", app_dir / "install.sh")
    (app_dir / "install.sh").chmod(0o755)
    suffix = "-portable" if portable else ""
    out = dist / f"{project.name}-{project.version}-linux-{arch()}{suffix}.tar.{compress}"
    if compress == "xz":  # ~26% smaller than gzip for slow, costly links; ~2 min
        with tarfile.open(out, "w:xz", preset=6) as tar:
            tar.add(app_dir, arcname=app_dir.name)
    else:
        with tarfile.open(out, "w:gz", compresslevel=6) as tar:
            tar.add(app_dir, arcname=app_dir.name)
    return out


def inno_defines(project: cfg.Project, app_dir: Path) -> dict[str, str]:
    """The ``/D`` defines the Inno Setup script expects (each one is ``#ifndef``-ed there)."""
    return {
        "AppVersion": project.version,
        "AppName": project.display_name,
        "AppExeName": f"{project.name}.exe",
        "SourceDir": str(app_dir),
        "OutputDir": str(app_dir.parent),
        "OutputBase": f"{project.name}-{project.version}-windows-setup",
        "IconFile": str(ROOT / "resources" / "icons" / "shareasm-companion.ico"),
    }


def windows_package(project: cfg.Project, app_dir: Path, portable: bool) -> Path:
    dist = app_dir.parent
    if portable:
        out = dist / f"{project.name}-{project.version}-windows-portable.zip"
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as zf:
            for path in sorted(app_dir.rglob("*")):
                zf.write(path, Path(app_dir.name) / path.relative_to(app_dir))
        return out
    iscc = shutil.which("ISCC") or shutil.which("iscc")
    places = (  # the all-users and the per-user install of Inno Setup 6
        Path(os.environ.get("PROGRAMFILES(X86)", r"C:\Program Files (x86)")),
        Path(os.environ.get("LOCALAPPDATA", r"C:\missing")) / "Programs",
    )
    for place in places:
        candidate = place / "Inno Setup 6" / "ISCC.exe"
        if not iscc and candidate.is_file():
            iscc = str(candidate)
    if not iscc:
        raise SystemExit(
            "Inno Setup 6 not found: install it from https://jrsoftware.org/isinfo.php "
            "(or add ISCC.exe to PATH), or build with --portable for a zip"
        )
    defines = inno_defines(project, app_dir)
    subprocess.run(
        [iscc, *(f"/D{k}={v}" for k, v in defines.items()), str(ISS)],
        check=True,
    )
    return dist / f"{defines['OutputBase']}.exe"


def macos_package(project: cfg.Project, dist: Path) -> Path:
    app = dist / f"{project.display_name}.app"
    out = dist / f"{project.name}-{project.version}-macos.dmg"
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
    parser.add_argument(
        "--compress",
        choices=("gz", "xz"),
        default="gz",
        help="Linux tarball: gz (fast, CI) or xz (about a quarter smaller, for releases)",
    )
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder")
    parser.add_argument(
        "--work", type=Path, default=ROOT / "build" / "pyinstaller", help="scratch folder"
    )
    args = parser.parse_args(argv)
    dist: Path = args.dist.resolve()
    project = cfg.read_project()
    if args.portable and sys.platform == "darwin":
        parser.error(
            "--portable is for Windows and Linux: a signed .app cannot hold data inside it"
        )
    started = time.monotonic()

    step("compiling translations")
    build_translations.release()
    if make_icons.check():
        step("icons are missing or older than the SVG: rendering them")
        make_icons.build()

    step(f"PyInstaller: {project.name} {project.version} for {sys.platform}")
    run_pyinstaller(dist, args.work.resolve())
    app_dir = dist / project.name
    if sys.platform.startswith("linux"):
        slim_linux(app_dir, app_dir / project.name)
    set_portable(app_dir, args.portable)
    size = folder_size(app_dir)
    step(f"one-folder app: {app_dir} ({size / 1e6:.1f} MB)")

    if not args.no_package:
        if sys.platform.startswith("linux"):
            out = linux_package(project, app_dir, args.portable, args.compress)
        elif sys.platform == "win32":
            out = windows_package(project, app_dir, args.portable)
        elif sys.platform == "darwin":
            out = macos_package(project, dist)
        else:
            raise SystemExit(f"no package recipe for {sys.platform}")
        step(f"package: {out} ({out.stat().st_size / 1e6:.1f} MB)")
    step(f"done in {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
