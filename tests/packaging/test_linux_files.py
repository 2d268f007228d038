"""The Linux desktop entry, AppStream metainfo and the menu installer script."""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

from companion import APP_ID, APP_NAME

import bundle_config as cfg
import make_icons

LINUX = cfg.ROOT / "resources" / "linux"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{cfg.BUNDLE_ID}.metainfo.xml"
INSTALL_SH = cfg.ROOT / "packaging" / "linux" / "install.sh"


def desktop_entry(path: Path = DESKTOP) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_entry_matches_the_app() -> None:
    entry = desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Name"] == APP_NAME
    assert entry["Exec"] == APP_ID
    # Qt sets the desktop file name to APP_ID: Wayland matches the window to this file
    assert entry["Icon"] == APP_ID
    assert entry["StartupWMClass"] == APP_ID
    assert entry["Terminal"] == "false"
    assert entry["Categories"].endswith(";")
    for lang in ("fr", "pt", "sw"):
        assert entry[f"Comment[{lang}]"]


def test_metainfo_matches_the_app_and_this_version() -> None:
    root = ET.parse(METAINFO).getroot()  # noqa: S314 - our own file
    assert root.tag == "component" and root.get("type") == "desktop-application"
    assert root.findtext("id") == cfg.BUNDLE_ID
    assert root.findtext("name") == APP_NAME
    assert root.findtext("project_license") == cfg.read_project().license
    assert root.findtext("metadata_license") == "CC0-1.0"
    launchable = root.find("launchable")
    assert launchable is not None and launchable.text == DESKTOP.name
    releases = [r.get("version") for r in root.iter("release")]
    assert cfg.read_project().version in releases, "add a <release> for the new version"
    assert root.find("content_rating") is not None


def test_metainfo_validates() -> None:
    # .ci/run installs appstream; on a workstation: apt-get install appstream
    assert shutil.which("appstreamcli"), "appstreamcli missing: apt-get install appstream"
    proc = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(METAINFO)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr


def _fake_app(folder: Path) -> Path:
    """The shape of an unpacked tarball: executable, install.sh, _internal/resources."""
    app = folder / "shareasm companion $1"  # a path with a space and a dollar sign
    res = app / "_internal" / "resources"
    shutil.copytree(cfg.ROOT / "resources" / "icons", res / "icons")
    shutil.copytree(LINUX, res / "linux")
    exe = app / APP_ID
    exe.write_text("#!/bin/sh\necho hi\n", encoding="utf-8")
    exe.chmod(0o755)
    shutil.copy2(INSTALL_SH, app / "install.sh")
    return app


def _run(script: Path, *args: str, data: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, XDG_DATA_HOME=str(data), HOME=str(data.parent))
    return subprocess.run(
        ["sh", str(script), *args], env=env, capture_output=True, text=True, check=False
    )


def test_install_script_adds_and_removes_the_menu_entry(tmp_path: Path) -> None:
    app = _fake_app(tmp_path)
    data = tmp_path / "share"
    proc = _run(app / "install.sh", data=data)
    assert proc.returncode == 0, proc.stderr

    desktop = data / "applications" / DESKTOP.name
    entry = desktop_entry(desktop)
    # an absolute, quoted Exec; the Desktop Entry spec escapes $ as \\$ inside quotes
    assert entry["Exec"].startswith('"/') and entry["Exec"].endswith(f'/{APP_ID}"')
    assert "\\\\$1" in entry["Exec"]
    assert entry["TryExec"] == str(app / APP_ID)
    for size in make_icons.PNG_SIZES:
        assert (data / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png").is_file()
    assert (data / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    assert (data / "metainfo" / METAINFO.name).is_file()

    proc = _run(app / "install.sh", "--uninstall", data=data)
    assert proc.returncode == 0, proc.stderr
    left = [p for p in data.rglob("*") if p.is_file() and APP_ID in p.name]
    assert left == [] and not desktop.exists()


def test_install_script_refuses_outside_the_app_folder(tmp_path: Path) -> None:
    lonely = tmp_path / "install.sh"
    shutil.copy2(INSTALL_SH, lonely)
    proc = _run(lonely, data=tmp_path / "share")
    assert proc.returncode == 1
    assert "run this script from the unpacked app folder" in proc.stderr
