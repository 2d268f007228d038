"""End to end: build the one-folder app from this tree and use it like a field laptop.

Slow (~45 s on 2 cores): deselect with ``-m "not slow"`` while iterating. CI runs it in
the suite and again through ``.ci/run`` (which also builds the tarball)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import bundle_config as cfg
import check_bundle
import pytest


@pytest.mark.slow
def test_built_bundle_passes_every_check(tmp_path: Path) -> None:
    dist, work = tmp_path / "dist", tmp_path / "work"
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
    app_dir = dist / cfg.read_project().name
    report = check_bundle.check(app_dir)
    assert report.failures == [], "\n".join(report.lines)
    # what must not be in it
    names = {p.name for p in app_dir.rglob("*")}
    for absent in (
        "libQt6WebEngineCore.so.6",
        "libQt63DCore.so.6",
        "QtQuick.abi3.so",
        "libqgtk3.so",
        "libgtk-3.so.0",
        "portable",
    ):
        assert absent not in names, absent
    for present in (
        "shareasm-companion.svg",
        "libQt6Pdf.so.6",
        "libQt6Multimedia.so.6",
        "libQt6Charts.so.6",
        "libffmpegmediaplugin.so",
        "libqxcb.so",
        "libqwayland.so",
        cfg.dist_info_name(cfg.read_project()),
    ):
        assert present in names, present
