"""The Windows and macOS recipes (which cannot run here) and build.py's packaging steps."""

from __future__ import annotations

import plistlib
import re
import stat
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

import build
import bundle_config as cfg

ISS = cfg.ROOT / "packaging" / "windows" / "shareasm-companion.iss"
DMG = cfg.ROOT / "packaging" / "macos" / "make_dmg.sh"


def iss_sections() -> dict[str, list[str]]:
    sections: dict[str, list[str]] = {}
    current = ""
    for raw in ISS.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith(";"):
            continue
        m = re.fullmatch(r"\[(\w+)\]", line)
        if m:
            current = m.group(1)
            sections[current] = []
        else:
            sections.setdefault(current, []).append(line)
    return sections


def setup_keys() -> dict[str, str]:
    return dict(line.split("=", 1) for line in iss_sections()["Setup"])


def test_installer_is_per_user_without_admin() -> None:
    keys = setup_keys()
    assert keys["PrivilegesRequired"] == "lowest"
    assert "PrivilegesRequiredOverridesAllowed" not in keys
    assert keys["DefaultDirName"].startswith("{autopf}")  # %LOCALAPPDATA%\Programs
    assert keys["AppVersion"] == "{#AppVersion}"
    assert re.fullmatch(r"\{\{[0-9A-F-]{36}\}", keys["AppId"])


def test_installer_has_start_menu_entry_and_uninstaller() -> None:
    icons = iss_sections()["Icons"]
    assert any(i.startswith('Name: "{group}\\{#AppName}"') for i in icons)
    assert any("{uninstallexe}" in i for i in icons)
    assert setup_keys()["UninstallDisplayIcon"] == "{app}\\{#AppExeName}"


def test_installer_never_ships_the_portable_marker() -> None:
    files = iss_sections()["Files"]
    assert any("\\portable" in f and "Excludes" in f for f in files)


def test_installer_version_is_not_hard_coded() -> None:
    code = [ln for ln in ISS.read_text(encoding="utf-8").splitlines() if not ln.startswith(";")]
    assert not [ln for ln in code if re.search(r"\d+\.\d+\.\d+", ln)]


def test_build_passes_every_define_the_script_expects(tmp_path: Path) -> None:
    text = ISS.read_text(encoding="utf-8")
    declared = set(re.findall(r"^#ifndef (\w+)", text, re.MULTILINE))
    required = set(re.findall(r"^#ifndef (\w+)\n\s*#error", text, re.MULTILINE))
    passed = set(build.inno_defines(cfg.read_project(), tmp_path / "app"))
    assert required == {"AppVersion", "SourceDir"}
    assert passed == declared
    used = set(re.findall(r"\{#(\w+)", text))
    assert used <= declared | {"StringChange"}


def test_windows_installer_needs_inno_setup(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.setenv("PROGRAMFILES(X86)", str(tmp_path))
    monkeypatch.setenv("LOCALAPPDATA", str(tmp_path))
    with pytest.raises(SystemExit, match="Inno Setup 6 not found"):
        build.windows_package(cfg.read_project(), tmp_path / "app", portable=False)


def _fake_app_dir(dist: Path) -> Path:
    app = dist / cfg.read_project().name
    (app / "_internal").mkdir(parents=True)
    exe = app / cfg.read_project().name
    exe.write_text("#!/bin/sh\n", encoding="utf-8")
    exe.chmod(0o755)
    (app / "_internal" / "lib.so").write_bytes(b"\0")
    return app


def test_windows_portable_zip(tmp_path: Path) -> None:
    app = _fake_app_dir(tmp_path)
    build.set_portable(app, True)
    out = build.windows_package(cfg.read_project(), app, portable=True)
    names = zipfile.ZipFile(out).namelist()
    assert f"{app.name}/portable" in names
    assert f"{app.name}/_internal/lib.so" in names


def test_linux_tarball_keeps_exec_bits_and_adds_install_script(tmp_path: Path) -> None:
    app = _fake_app_dir(tmp_path)
    out = build.linux_package(cfg.read_project(), app, portable=False)
    assert out.name == f"{app.name}-{cfg.read_project().version}-linux-{build.arch()}.tar.gz"
    with tarfile.open(out) as tar:
        members = {m.name: m for m in tar.getmembers()}
    for name in (f"{app.name}/{app.name}", f"{app.name}/install.sh"):
        assert members[name].mode & stat.S_IXUSR
    assert f"{app.name}/portable" not in members


def test_linux_xz_tarball(tmp_path: Path) -> None:
    app = _fake_app_dir(tmp_path)
    build.set_portable(app, True)
    out = build.linux_package(cfg.read_project(), app, portable=True, compress="xz")
    assert out.name.endswith("-portable.tar.xz")
    with tarfile.open(out) as tar:
        assert f"{app.name}/portable" in tar.getnames()


def test_portable_marker_is_set_and_cleared(tmp_path: Path) -> None:
    build.set_portable(tmp_path, True)
    assert (tmp_path / "portable").is_file()
    build.set_portable(tmp_path, False)
    assert not (tmp_path / "portable").exists()


def test_portable_is_refused_for_a_mac_app(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "platform", "darwin")
    with pytest.raises(SystemExit) as exc:
        build.main(["--portable"])
    assert exc.value.code == 2
    assert "signed .app cannot hold data" in capsys.readouterr().err


def test_dmg_recipe_is_valid_bash_and_refuses_other_systems(tmp_path: Path) -> None:
    assert subprocess.run(["bash", "-n", str(DMG)], check=False).returncode == 0
    text = DMG.read_text(encoding="utf-8")
    assert "set -euo pipefail" in text
    assert re.search(r"hdiutil create .*-srcfolder", text)
    assert "ln -s /Applications" in text
    assert "hdiutil verify" in text
    if sys.platform != "darwin":
        proc = subprocess.run(
            ["bash", str(DMG), str(tmp_path / "x.app"), str(tmp_path / "x.dmg"), "X"],
            capture_output=True,
            text=True,
            check=False,
        )
        assert proc.returncode == 2 and "only exists on macOS" in proc.stderr


def test_entitlements_are_a_valid_plist() -> None:
    with (cfg.ROOT / "packaging" / "macos" / "entitlements.plist").open("rb") as fh:
        data = plistlib.load(fh)
    assert data == {"com.apple.security.cs.allow-unsigned-executable-memory": True}
