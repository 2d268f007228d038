"""Issue 19: the Linux bundle's slimming steps on real files of this machine (no build):
ICU's data trimmed to what Qt reads, the Qt Quick stand-ins, symbol stripping, and the
size/contents checks of check_bundle.py."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import build
import bundle_config as cfg
import check_bundle
import elfdeps
import icu_data
import stand_ins

QT_LIB = stand_ins.qt_lib_dir()
ICU = next(QT_LIB.glob("libicudata.so.*"), None)
PLUGIN = QT_LIB.parent / "plugins" / "multimedia" / "libffmpegmediaplugin.so"
needs_cc = pytest.mark.skipif(not shutil.which("cc"), reason="needs a C compiler driver")
linux = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux bundle")


@linux
def test_icu_package_round_trips_byte_for_byte_but_padding() -> None:
    assert ICU is not None
    pkg = icu_data.read_package(ICU)
    raw = ICU.read_bytes()
    _sym, _off, size = icu_data._elf_symbol(raw)
    packed = icu_data.pack(pkg)
    assert len(packed) == size
    # same table of contents and items; only the filler bytes between items may differ
    again = icu_data.parse(packed, pkg.symbol)
    assert [i.name for i in again.items] == [i.name for i in pkg.items]
    assert again.items == pkg.items


@linux
def test_icu_trim_keeps_what_qt_reads_for_the_app_languages() -> None:
    assert ICU is not None
    pkg = icu_data.read_package(ICU)
    small = icu_data.trim(pkg, cfg.APP_LANGUAGES)
    names = {i.name.split("/", 1)[1] for i in small.items}
    for kept in (
        "root.res",
        "sw.res",
        "fr.res",
        "pt_BR.res",
        "en.res",
        "coll/ucadata.icu",
        "coll/root.res",
        "coll/fr_CA.res",
        "zone/sw.res",
        "zone/fr.res",
        "zoneinfo64.res",
        "metaZones.res",
        "timezoneTypes.res",
        "supplementalData.res",
        "likelySubtags.res",
        "cnvalias.icu",
        "ibm-5348_P100-1997.cnv",  # windows-1252
    ):
        assert kept in names, kept
    for dropped in ("brkitr/cjdict.dict", "translit/root.res", "coll/zh.res", "de.res"):
        assert dropped not in names, dropped
    assert small.size < pkg.size / 6


@linux
@needs_cc
def test_qt_works_with_the_trimmed_icu_data(tmp_path: Path) -> None:
    """Collation, time-zone names and code pages from Qt in the app's languages are the
    same with the trimmed library as with the whole one."""
    assert ICU is not None
    lib = tmp_path / ICU.name
    shutil.copy2(ICU, lib)
    before, after = icu_data.trim_library(lib, cfg.APP_LANGUAGES)
    assert after < before / 6
    probe = textwrap.dedent(
        """
        import functools
        from PySide6.QtCore import QByteArray, QCollator, QLocale, QStringDecoder, QTimeZone
        words = ["zèbre", "Zebra", "éclair", "eclair", "côte", "cote", "coté", "Äpfel", "apple"]
        for loc in ("fr_FR", "sw_TZ", "pt_BR", "en_GB"):
            print(loc, sorted(words, key=functools.cmp_to_key(QCollator(QLocale(loc)).compare)))
        tz = QTimeZone(b"Africa/Dar_es_Salaam")
        for loc in ("sw_TZ", "fr_FR", "pt_BR", "en_US"):
            print(tz.displayName(QTimeZone.TimeType.StandardTime,
                                 QTimeZone.NameType.LongName, QLocale(loc)))
        for enc in ("windows-1252", "ISO-8859-2", "KOI8-R", "cp850", "macintosh"):
            print(enc, QStringDecoder(enc).isValid())
        print(QLocale("tr_TR").toUpper("istanbul"))
        print("Shift_JIS", QStringDecoder("Shift_JIS").isValid())  # left out: last line
        """
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    whole = subprocess.run(
        [sys.executable, "-c", probe], env=env, capture_output=True, text=True, check=True
    )
    env["LD_LIBRARY_PATH"] = str(tmp_path)
    trimmed = subprocess.run(
        [sys.executable, "-c", probe], env=env, capture_output=True, text=True, check=True
    )
    assert "Saa za Afrika Mashariki" in whole.stdout
    *same, last = trimmed.stdout.splitlines()
    assert same == whole.stdout.splitlines()[:-1]
    # the trimmed library really was the one loaded (LD_LIBRARY_PATH before RUNPATH)
    assert (whole.stdout.splitlines()[-1], last) == ("Shift_JIS True", "Shift_JIS False")


@linux
def test_the_ffmpeg_plugin_needs_only_the_two_safe_quick_symbols() -> None:
    """If a Qt upgrade makes the plugin use more of Qt Quick, the stand-ins stop (and the
    build copies the real libraries): this test says so first."""
    needs = stand_ins.imports_by_library(PLUGIN)
    assert set(needs["libQt6Quick.so.6"]) == set(stand_ins.SAFE_SYMBOLS)
    assert "libQt6Qml.so.6" not in needs  # linked, but not one symbol is used
    assert "libQt6Multimedia.so.6" in needs


@linux
@needs_cc
def test_stand_ins_define_the_symbols_with_qt_versions(tmp_path: Path) -> None:
    internal = tmp_path / "_internal"
    plugin = internal / stand_ins.PLUGIN
    plugin.parent.mkdir(parents=True)
    shutil.copy2(PLUGIN, plugin)
    message = stand_ins.install(tmp_path)
    assert message.startswith("stand-ins for libQt6Quick.so.6, libQt6Qml.so.6"), message
    quick = internal / "libQt6Quick.so.6"
    assert quick.stat().st_size < check_bundle.STAND_IN_MAX_BYTES
    assert elfdeps.read_elf(quick).needed == ()
    out = subprocess.run(
        ["readelf", "--dyn-syms", "-W", str(quick)], capture_output=True, text=True, check=True
    ).stdout
    for sym in stand_ins.SAFE_SYMBOLS:
        assert f"{sym}@@Qt_6" in out


@linux
def test_without_a_compiler_the_real_quick_libraries_are_copied(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    internal = tmp_path / "_internal"
    plugin = internal / stand_ins.PLUGIN
    plugin.parent.mkdir(parents=True)
    shutil.copy2(PLUGIN, plugin)
    monkeypatch.setattr(stand_ins.shutil, "which", lambda _name: None)
    message = stand_ins.install(tmp_path)
    assert "copied the real" in message and "no C compiler" in message
    for stem in stand_ins.QUICK_FAMILY:
        assert (internal / f"libQt6{stem}.so.6").stat().st_size > check_bundle.STAND_IN_MAX_BYTES


@linux
@pytest.mark.skipif(not shutil.which("strip"), reason="needs binutils strip")
def test_strip_keeps_the_dynamic_symbols_and_skips_the_executable(tmp_path: Path) -> None:
    import _ssl

    assert _ssl.__file__
    ext = tmp_path / "_internal" / Path(_ssl.__file__).name
    ext.parent.mkdir()
    shutil.copy2(_ssl.__file__, ext)
    exe = tmp_path / "app"
    exe.write_bytes(Path(sys.executable).resolve().read_bytes())
    exe_size = exe.stat().st_size
    needed = elfdeps.read_elf(ext).needed
    build.strip_symbols(tmp_path, exe)
    assert exe.stat().st_size == exe_size
    assert elfdeps.read_elf(ext).needed == needed
    assert not elfdeps.read_elf(ext).has_symtab
    assert elfdeps.loadable(ext)


def test_a_bundle_over_the_limit_or_with_left_out_files_fails(tmp_path: Path) -> None:
    internal = tmp_path / "_internal"
    (internal / "PySide6").mkdir(parents=True)
    (internal / "libQt6Core.so.6").write_bytes(b"\0" * 1000)
    report = check_bundle.Report()
    check_bundle.check_contents(tmp_path, report, "linux")
    check_bundle.check_size(tmp_path, report, limit_mb=0.002)
    assert report.failures == [], report.lines
    (internal / "libQt6Quick.so.6").write_bytes(b"\0" * 1000)  # a stand-in: fine
    (internal / "PySide6" / "QtCharts.abi3.so").write_bytes(b"\0" * 10)
    (internal / "libQt6WebEngineCore.so.6").write_bytes(b"\0" * 10)
    check_bundle.check_contents(tmp_path, report, "linux")
    assert len(report.failures) == 1
    assert "PySide6/QtCharts.abi3.so" in report.failures[0]
    assert "libQt6WebEngineCore.so.6" in report.failures[0]
    assert "libQt6Quick" not in report.failures[0]
    (internal / "libQt6Quick.so.6").write_bytes(b"\0" * (check_bundle.STAND_IN_MAX_BYTES + 1))
    report = check_bundle.Report()
    check_bundle.check_contents(tmp_path, report, "linux")
    assert "not the stand-in" in report.failures[0]
    report = check_bundle.Report()
    check_bundle.check_size(tmp_path, report, limit_mb=0.002)
    assert report.failures and "> 0.002 MB" in report.failures[0]
    assert cfg.LINUX_MAX_BUNDLE_MB == 150
