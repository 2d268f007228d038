"""What the spec puts into the bundle and leaves out, checked without building."""

from __future__ import annotations

import ast
import importlib.util
import tomllib
from pathlib import Path

import pytest

import bundle_config as cfg

ROOT = cfg.ROOT
SPEC = ROOT / "packaging" / "shareasm-companion.spec"

#: the heavy modules the brief names; each must stay out
MUST_EXCLUDE = (
    "QtWebEngineCore",
    "QtWebEngineWidgets",
    "QtWebEngineQuick",
    "Qt3DCore",
    "Qt3DRender",
    "QtQuick",
    "QtQml",
    "QtQuick3D",
    "QtDesigner",
    "QtBluetooth",
    "QtSensors",
    "QtSerialPort",
    "QtPositioning",
    "QtLocation",
    "QtDataVisualization",
    "QtGraphs",
    "QtTextToSpeech",
    "QtRemoteObjects",
    "QtScxml",
    "QtWebSockets",
    "QtHttpServer",
    # issue 19: nothing in the app imports these
    "QtCharts",
    "QtOpenGLWidgets",
    "QtSvgWidgets",
    "QtPrintSupport",
)
#: what features import, lazily or not
MUST_KEEP = (
    "QtCore",
    "QtGui",
    "QtWidgets",
    "QtSvg",
    "QtPdf",
    "QtPdfWidgets",
    "QtMultimedia",
    "QtMultimediaWidgets",
    "QtNetwork",
)


def test_project_comes_from_pyproject() -> None:
    with (ROOT / "pyproject.toml").open("rb") as fh:
        data = tomllib.load(fh)["project"]
    project = cfg.read_project()
    assert (project.name, project.version) == (data["name"], data["version"])


def test_a_version_installers_cannot_use_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "pyproject.toml"
    bad.write_text('[project]\nname = "x"\nversion = "1.0rc1"\n', encoding="utf-8")
    with pytest.raises(SystemExit, match=r"MAJOR\.MINOR\.PATCH"):
        cfg.read_project(bad)


@pytest.mark.parametrize("module", MUST_EXCLUDE)
def test_heavy_qt_module_is_excluded(module: str) -> None:
    assert f"PySide6.{module}" in cfg.python_excludes()


@pytest.mark.parametrize("module", MUST_KEEP)
def test_used_qt_module_is_kept_and_collected(module: str) -> None:
    assert f"PySide6.{module}" not in cfg.python_excludes()
    assert f"PySide6.{module}" in cfg.qt_hiddenimports()


def test_every_installed_qt_module_is_a_decision() -> None:
    """A PySide6 upgrade that brings a new module must make someone choose."""
    spec = importlib.util.find_spec("PySide6")
    assert spec is not None and spec.submodule_search_locations
    folder = Path(next(iter(spec.submodule_search_locations)))
    installed = {p.name.split(".")[0] for p in folder.glob("Qt*.abi3.so")}
    installed |= {p.stem for p in folder.glob("Qt*.pyd")}
    decided = set(cfg.KEEP_QT_MODULES) | set(cfg.EXCLUDED_QT_MODULES)
    assert installed, "no Qt modules found"
    assert installed <= decided, sorted(installed - decided)
    assert not set(cfg.KEEP_QT_MODULES) & set(cfg.EXCLUDED_QT_MODULES)


def test_test_and_build_tools_stay_out() -> None:
    for name in ("pytest", "hypothesis", "PyInstaller", "tkinter", "mypy", "pluggy"):
        assert name in cfg.python_excludes()


def test_the_app_starts_no_python_processes() -> None:
    """multiprocessing is left out of the bundle (its PyInstaller runtime hook imported
    ~40 modules at every start, issue 19): nothing the app runs may need it, and the
    launcher does not import it (nor call its freeze_support)."""
    import re

    uses = re.compile(r"^\s*(?:import|from)\s+(?:multiprocessing|concurrent\.futures\.process)\b"
                      r"|ProcessPoolExecutor", re.MULTILINE)  # fmt: skip
    offenders = [
        str(py.relative_to(ROOT))
        for py in [*(ROOT / "companion").rglob("*.py"), ROOT / "packaging" / "launcher.py"]
        if uses.search(py.read_text(encoding="utf-8"))
    ]
    assert offenders == []
    assert "multiprocessing" in cfg.python_excludes()


def test_the_bundle_checks_itself_for_every_left_out_module() -> None:
    """launcher.ABSENT_MODULES (what the bundle-check refuses to find) is left out here."""
    import launcher

    excluded = set(cfg.python_excludes())
    for name in launcher.ABSENT_MODULES:
        assert name in excluded, name
    used = {f"PySide6.{m}" for m in cfg.USED_QT_MODULES}
    assert used <= set(launcher.BUNDLE_MODULES)
    assert not {m for m in launcher.BUNDLE_MODULES if m.startswith("PySide6.")} - used


def test_every_qt_module_the_app_imports_is_used_and_nothing_else() -> None:
    """USED_QT_MODULES is exactly what ``companion/`` imports from PySide6."""
    import re

    found = set()
    for py in (ROOT / "companion").rglob("*.py"):
        found |= set(re.findall(r"from PySide6\.(Qt\w+) import", py.read_text(encoding="utf-8")))
    assert found == set(cfg.USED_QT_MODULES)


@pytest.mark.parametrize(
    ("dest", "platform", "kept"),
    [
        ("PySide6/Qt/lib/libQt6Core.so.6", "linux", True),
        ("PySide6/Qt/lib/libQt6Multimedia.so.6", "linux", True),
        ("PySide6/Qt/lib/libQt6WebEngineCore.so.6", "linux", False),
        ("PySide6/Qt/lib/libQt6Quick3D.so.6", "linux", False),
        ("PySide6/Qt/lib/libQt6Designer.so.6", "linux", False),
        ("PySide6/Qt6WebEngineCore.dll", "win32", False),
        ("PySide6/Qt6Bluetooth.dll", "win32", False),
        ("PySide6/Qt6Pdf.dll", "win32", True),
        ("PySide6/Qt/lib/QtWebEngineCore.framework/Versions/A/QtWebEngineCore", "darwin", False),
        ("PySide6/Qt/lib/QtCharts.framework/Versions/A/QtCharts", "darwin", False),
        ("PySide6/Qt/lib/libQt6Charts.so.6", "linux", False),
        ("PySide6/Qt/lib/libQt6OpenGLWidgets.so.6", "linux", False),
        # the FFmpeg video backend links these: on Linux the build puts stand-ins in
        # their place (stand_ins.py), elsewhere the real ones stay
        ("PySide6/Qt/lib/libQt6Quick.so.6", "linux", False),
        ("PySide6/Qt/lib/libQt6Qml.so.6", "linux", False),
        ("PySide6/Qt/lib/libQt6QmlModels.so.6", "linux", False),
        ("PySide6/Qt6Quick.dll", "win32", True),
        ("PySide6/Qt6Qml.dll", "win32", True),
        ("PySide6/Qt/lib/QtQuick.framework/Versions/A/QtQuick", "darwin", True),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "linux", True),
        ("PySide6/Qt/plugins/platforms/libqwayland.so", "linux", True),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", "linux", True),
        ("PySide6/Qt/plugins/platforms/libqeglfs.so", "linux", False),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", "linux", False),
        ("PySide6/Qt/plugins/imageformats/libqwebp.so", "linux", True),
        ("PySide6/Qt/plugins/imageformats/libqtiff.so", "linux", False),
        ("PySide6/Qt/plugins/multimedia/libffmpegmediaplugin.so", "linux", True),
        ("PySide6/Qt/plugins/position/libqtposition_geoclue2.so", "linux", False),
        ("PySide6\\Qt\\plugins\\sqldrivers\\qsqlite.dll", "win32", False),
        ("PySide6/Qt/translations/qtbase_fr.qm", "linux", True),
        ("PySide6/Qt/translations/qt_pt_BR.qm", "linux", True),
        ("PySide6/Qt/translations/qtbase_de.qm", "linux", False),
        ("PySide6/Qt/translations/qtwebengine_fr.qm", "linux", False),
        ("PySide6/Qt/translations/qtdeclarative_fr.qm", "linux", False),
        ("companion/i18n/companion_sw.qm", "linux", True),
        ("libgtk-3.so.0", "linux", False),
        ("libfontconfig.so.1", "linux", False),
        ("libstdc++.so.6", "linux", False),
        ("libcups.so.2", "linux", False),
        ("libssl.so.3", "linux", True),
        ("libffi.so.8", "linux", True),
        ("pillow.libs/libxcb-9065bb12.so.1.1.0", "linux", True),
        ("libfreetype-57f805ba.so.6.20.6", "linux", False),  # only Pillow's fonts used it
        ("libgtk-3.so.0", "win32", True),
        # issue 19: Python bindings nothing imports, Pillow's AVIF codec
        ("PySide6/QtOpenGL.abi3.so", "linux", False),
        ("PySide6/QtDBus.abi3.so", "linux", False),
        ("PySide6/QtOpenGL.pyd", "win32", False),
        ("PySide6/QtCharts.abi3.so", "linux", False),
        ("PySide6/QtSvgWidgets.abi3.so", "linux", False),
        ("PySide6/QtMultimediaWidgets.abi3.so", "linux", True),
        ("PySide6/Qt/plugins/imageformats/libqicns.so", "linux", False),
        ("PySide6/Qt/plugins/imageformats/libqpdf.so", "linux", False),
        ("PySide6/Qt/plugins/imageformats/libqjpeg.so", "linux", True),
        ("PySide6/Qt/plugins/imageformats/libqgif.so", "linux", True),
        ("PySide6/Qt/plugins/imageformats/libqsvg.so", "linux", True),
        ("PySide6/Qt/plugins/platforms/libqminimal.so", "linux", False),
        ("PySide6/Qt/plugins/networkinformation/libqnetworkmanager.so", "linux", True),
        ("PIL/_imagingft.cpython-311-x86_64-linux-gnu.so", "linux", False),
        ("PIL/_imagingcms.cpython-311-x86_64-linux-gnu.so", "linux", False),
        ("libharfbuzz-fb49c9fc.so.0.61450.0", "linux", False),
        ("pillow.libs/liblcms2-88eaba2f.so.2.0.19", "linux", False),
        ("PIL/_imaging.cpython-311-x86_64-linux-gnu.so", "linux", True),
        ("libjpeg-6dc8d115.so.62.4.0", "linux", True),
        ("PySide6/QtWidgets.abi3.so", "linux", True),
        ("PySide6/Qt/lib/libQt6OpenGL.so.6", "linux", True),
        ("PIL/_avif.cpython-311-x86_64-linux-gnu.so", "linux", False),
        ("libavif-c6062d5f.so.16.4.2", "linux", False),
        ("PIL/_webp.cpython-311-x86_64-linux-gnu.so", "linux", True),
    ],
)
def test_keep_rules(dest: str, platform: str, kept: bool) -> None:
    assert cfg.keep(dest, platform) is kept


def test_app_data_includes_resources_and_compiled_translations(tmp_path: Path) -> None:
    (tmp_path / "resources" / "icons").mkdir(parents=True)
    (tmp_path / "companion" / "i18n").mkdir(parents=True)
    for lang in ("fr", "sw"):
        (tmp_path / "companion" / "i18n" / f"companion_{lang}.qm").write_bytes(b"qm")
    (tmp_path / "companion" / "i18n" / "companion_fr.ts").write_text("<TS/>")
    pairs = cfg.app_datas(tmp_path)
    assert (str(tmp_path / "resources"), "resources") in pairs
    qms = sorted(Path(src).name for src, dest in pairs if dest == "companion/i18n")
    assert qms == ["companion_fr.qm", "companion_sw.qm"]


def test_tree_modules_lists_areas_imported_by_name() -> None:
    modules = cfg.tree_modules()
    for name in (
        "companion",
        "companion.cli",
        "companion.ui.countdown.area",
        "companion.commands.library",
        "companion.core.paths",
    ):
        assert name in modules


def _spec_calls() -> set[str]:
    tree = ast.parse(SPEC.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            f = node.func
            names.add(ast.unparse(f))
            if ast.unparse(f) == "collect_submodules" and node.args:
                names.add(f"collect_submodules({ast.unparse(node.args[0])})")
    return names


def test_spec_uses_the_rules() -> None:
    calls = _spec_calls()
    for needed in (
        "collect_submodules('companion')",
        "cfg.python_excludes",
        "cfg.app_datas",
        "cfg.qt_hiddenimports",
        "cfg.keep",
        "cfg.read_project",
        "BUNDLE",
        "COLLECT",
    ):
        assert needed in calls, needed


def test_launcher_checks_everything_the_bundle_promises() -> None:
    source = (ROOT / "packaging" / "launcher.py").read_text(encoding="utf-8")
    tree = ast.parse(source)
    listed: tuple[str, ...] = ()
    for node in tree.body:
        if isinstance(node, ast.Assign) and ast.unparse(node.targets[0]) == "BUNDLE_MODULES":
            listed = ast.literal_eval(node.value)
    assert set(cfg.qt_hiddenimports()) <= set(listed)
    for pkg in cfg.RUNTIME_PACKAGES:
        assert any(m == pkg or m.startswith(pkg + ".") for m in listed), pkg


def test_runtime_packages_cover_pyproject_dependencies() -> None:
    with (ROOT / "pyproject.toml").open("rb") as fh:
        deps = tomllib.load(fh)["project"]["dependencies"]
    import_names = {
        "pyside6": None,
        "twitter-text-parser": "twitter_text",
        "setuptools": "pkg_resources",  # all twitter_text needs of it
        "pillow": "PIL",
    }
    for dep in deps:
        dist = dep.split(";")[0].split("=")[0].split(">")[0].split("<")[0].strip().lower()
        name = import_names.get(dist, dist.replace("-", "_"))
        if name is None:
            continue
        assert name in cfg.RUNTIME_PACKAGES, f"{dist}: add its import name to RUNTIME_PACKAGES"


def test_info_plist_for_macos() -> None:
    plist = cfg.info_plist(cfg.read_project())
    assert plist["CFBundleIdentifier"] == cfg.BUNDLE_ID
    assert plist["CFBundleShortVersionString"] == cfg.read_project().version
    assert plist["LSMinimumSystemVersion"] == cfg.macos_min_version()
    assert plist["NSHighResolutionCapable"] is True


@pytest.mark.parametrize(("pin", "macos"), [("6.11.3", "13.0"), ("6.12.0", "14.0")])
def test_macos_minimum_follows_the_pyside_pin(tmp_path: Path, pin: str, macos: str) -> None:
    py = tmp_path / "pyproject.toml"
    py.write_text(f'[project]\ndependencies = ["requests", "PySide6=={pin}"]\n', "utf-8")
    assert cfg.macos_min_version(py) == macos


def test_unknown_pyside_series_must_be_looked_up(tmp_path: Path) -> None:
    py = tmp_path / "pyproject.toml"
    py.write_text('[project]\ndependencies = ["PySide6==7.0.0"]\n', "utf-8")
    with pytest.raises(SystemExit, match="MACOS_MIN_BY_PYSIDE"):
        cfg.macos_min_version(py)


def test_this_checkouts_pin_is_known() -> None:
    assert cfg.macos_min_version() in cfg.MACOS_MIN_BY_PYSIDE.values()


def test_windows_version_resource_is_valid() -> None:
    """PyInstaller evaluates this text on Windows; it must be a VSVersionInfo call whose
    numeric versions are the pyproject version (four parts)."""
    project = cfg.read_project()
    tree = ast.parse(cfg.windows_version_info(project), mode="eval")
    assert isinstance(tree.body, ast.Call) and ast.unparse(tree.body.func) == "VSVersionInfo"
    fixed = next(k.value for k in tree.body.keywords if k.arg == "ffi")
    assert isinstance(fixed, ast.Call)
    numbers = {k.arg: ast.literal_eval(k.value) for k in fixed.keywords if k.arg}
    expected = (*(int(x) for x in project.version.split(".")), 0)
    assert numbers["filevers"] == numbers["prodvers"] == expected
    strings = {
        ast.literal_eval(c.args[0]): ast.literal_eval(c.args[1])
        for c in ast.walk(tree)
        if isinstance(c, ast.Call) and ast.unparse(c.func) == "StringStruct"
    }
    assert strings["ProductVersion"] == project.version
    assert strings["OriginalFilename"] == f"{project.name}.exe"


def test_metadata_reports_the_version(tmp_path: Path) -> None:
    from importlib.metadata import PathDistribution

    project = cfg.read_project()
    info = tmp_path / cfg.dist_info_name(project)
    info.mkdir()
    (info / "METADATA").write_text(cfg.metadata_text(project), encoding="utf-8")
    dist = PathDistribution(info)
    assert dist.version == project.version
    assert dist.metadata["Name"] == project.name
