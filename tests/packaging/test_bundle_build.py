"""End to end: build the one-folder app from this tree and use it like a field laptop.

Slow (~45 s on 2 cores, one build for the module): deselect with ``-m "not slow"`` while
iterating. CI runs it in the suite and again through ``.ci/run`` (with the tarball)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import bundle_config as cfg
import check_bundle
import elfdeps

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def app_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("bundle")
    dist, work = tmp / "dist", tmp / "work"
    proc = subprocess.run(
        [
            sys.executable,
            str(cfg.ROOT / "packaging" / "build.py"),
            "--no-package",
            "--dist",
            str(dist),
            "--work",
            str(work),
        ],
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-4000:]
    return dist / cfg.read_project().name


def test_built_bundle_passes_every_check(app_dir: Path) -> None:
    report = check_bundle.check(app_dir)
    assert report.failures == [], "\n".join(report.lines)


def test_bundle_holds_what_features_need_and_not_the_rest(app_dir: Path) -> None:
    names = {p.name for p in app_dir.rglob("*")}
    for absent in (
        "libQt6WebEngineCore.so.6",
        "libQt63DCore.so.6",
        "QtQuick.abi3.so",
        "QtQml.abi3.so",
        "QtCharts.abi3.so",
        "libQt6Charts.so.6",
        "libQt6QmlModels.so.6",
        "libQt6QmlMeta.so.6",
        "libqicns.so",
        "libqpdf.so",
        "_imagingft.cpython-311-x86_64-linux-gnu.so",
        "pluggy",
        "libqgtk3.so",
        "libgtk-3.so.0",
        "libqeglfs.so",
        "pytest",
        "hypothesis",
        "portable",
    ):
        assert absent not in names, absent
    for present in (
        "shareasm-companion.svg",
        "256x256.png",
        "org.iied.shareasm.companion.metainfo.xml",
        "libQt6Pdf.so.6",
        "libQt6Multimedia.so.6",
        "libQt6Svg.so.6",
        "libffmpegmediaplugin.so",
        "libqxcb.so",
        "libqwayland.so",
        "libqoffscreen.so",
        "qtbase_fr.qm",
        cfg.dist_info_name(cfg.read_project()),
    ):
        assert present in names, present


def test_bundle_is_slim(app_dir: Path) -> None:
    """Issue 19: at most 150 MB; Qt Quick/Qml are stand-ins of a few KB, ICU's data is
    trimmed, and no library keeps a symbol table (the FFmpeg ones aside)."""
    internal = app_dir / "_internal"
    assert check_bundle.folder_size(app_dir) <= cfg.LINUX_MAX_BUNDLE_MB * 1_000_000
    for stand_in in ("libQt6Quick.so.6", "libQt6Qml.so.6"):
        assert (internal / stand_in).stat().st_size < check_bundle.STAND_IN_MAX_BYTES
    (icu,) = internal.glob("libicudata.so.*")
    assert icu.stat().st_size < 6_000_000
    for lib in ("libQt6Core.so.6", "libicui18n.so.73", "libpython3.11.so.1.0"):
        if (internal / lib).exists():
            assert not elfdeps.read_elf(internal / lib).has_symtab, lib


def test_long_secret_round_trips_through_a_real_keyring(app_dir: Path, tmp_path: Path) -> None:
    """The bundle finds the Secret Service backend and stores an ~8 KB secret in a
    private, unlocked gnome-keyring (as scripts/test.sh sets one up)."""
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    env = dict(
        os.environ,
        XDG_RUNTIME_DIR=str(runtime),
        XDG_DATA_HOME=str(tmp_path / "data"),
        HOME=str(tmp_path),
        SHAREASM_BUNDLE_CHECK="keyring",
        QT_QPA_PLATFORM="offscreen",
    )
    script = (
        'echo -n pass | gnome-keyring-daemon --unlock --components=secrets >/dev/null; exec "$0"'
    )
    exe = app_dir / cfg.read_project().name
    proc = subprocess.run(
        ["dbus-run-session", "--", "bash", "-c", script, str(exe)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr[-2000:]
    assert proc.stdout.strip().splitlines()[-1] == "bundle-check ok"
