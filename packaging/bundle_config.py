"""What goes into the PyInstaller bundle and what stays out, as plain data.

The spec (``packaging/shareasm-companion.spec``) and ``packaging/build.py`` import this,
and ``tests/packaging`` checks it without building. Nothing here imports PyInstaller.
"""

from __future__ import annotations

import fnmatch
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"

#: reverse-DNS id: macOS bundle id, AppStream id, .desktop file name
BUNDLE_ID = "org.iied.shareasm.companion"
#: oldest macOS each PySide6 series' wheels run on (their tags on PyPI:
#: 6.11.3 macosx_13_0_universal2, 6.12.0 macosx_14_0_universal2)
MACOS_MIN_BY_PYSIDE = {"6.11": "13.0", "6.12": "14.0"}


def pyside_pin(pyproject: Path = ROOT / "pyproject.toml") -> str:
    """The exact PySide6 version pyproject.toml pins (``PySide6==X.Y.Z``)."""
    with pyproject.open("rb") as fh:
        deps = tomllib.load(fh)["project"]["dependencies"]
    for dep in deps:
        m = re.fullmatch(r"\s*PySide6\s*==\s*([\d.]+)\s*", dep.split(";")[0], re.IGNORECASE)
        if m:
            return m.group(1)
    raise SystemExit("pyproject.toml: PySide6 must be pinned to one exact version")


def macos_min_version(pyproject: Path = ROOT / "pyproject.toml") -> str:
    """LSMinimumSystemVersion: the oldest macOS the pinned PySide6 wheels support."""
    series = ".".join(pyside_pin(pyproject).split(".")[:2])
    if series not in MACOS_MIN_BY_PYSIDE:
        raise SystemExit(
            f"PySide6 {series}: look up its macOS wheel tag on PyPI and add it to "
            "MACOS_MIN_BY_PYSIDE in packaging/bundle_config.py"
        )
    return MACOS_MIN_BY_PYSIDE[series]


#: the Linux one-folder app may not grow past this (issue 19; check_bundle.py fails above)
LINUX_MAX_BUNDLE_MB = 150

#: the languages the app ships; Qt's own translations are kept only for these
APP_LANGUAGES = ("sw", "fr", "pt")


@dataclass(frozen=True)
class Project:
    name: str
    version: str
    description: str
    license: str

    @property
    def display_name(self) -> str:
        return "shareASM Companion"


def read_project(pyproject: Path = ROOT / "pyproject.toml") -> Project:
    """Name, version and description from ``pyproject.toml`` (the one source of truth)."""
    with pyproject.open("rb") as fh:
        data = tomllib.load(fh)["project"]
    version = str(data["version"])
    if not re.fullmatch(r"\d+\.\d+\.\d+", version):
        raise SystemExit(f"pyproject.toml: version {version!r} is not MAJOR.MINOR.PATCH")
    return Project(
        name=str(data["name"]),
        version=version,
        description=str(data.get("description", "")),
        license=str(data.get("license", "")),
    )


#: Qt modules the app imports (some lazily, inside the area that needs them): their Python
#: bindings and libraries go into the bundle
USED_QT_MODULES = (
    "QtCore",
    "QtGui",
    "QtWidgets",
    "QtNetwork",  # QNetworkInformation (metered connections)
    "QtSvg",  # icons
    "QtPdf",  # photobooks and publications
    "QtPdfWidgets",
    "QtMultimedia",  # videos in content packs
    "QtMultimediaWidgets",
)

#: Qt modules kept as libraries only (no Python binding): kept libraries link them
KEEP_QT_MODULES = (
    *USED_QT_MODULES,
    "QtOpenGL",  # the FFmpeg video backend, the xcb GLX and Wayland EGL plugins
    "QtDBus",  # libQt6Gui, libQt6Multimedia, the portal and network-information plugins
    "QtConcurrent",  # libQt6Multimedia
)

#: the app's runtime dependencies, by import name (pyproject.toml lists them by
#: distribution name); hidden imports, because features import some only lazily
RUNTIME_PACKAGES = (
    "requests",
    "urllib3",  # core/net.py reads bodies with its read1 (2.2+)
    "keyring",
    "platformdirs",
    "tzdata",
    "jsonschema",
    "regex",
    "twitter_text",
    "pkg_resources",  # twitter_text imports it (setuptools in pyproject.toml)
    "nh3",
    "msgspec",  # core/live/mastodon.py reads timeline replies with it
    "icalendar",
    "PIL",
    "cryptography",
    "zeroconf",
    "ifaddr",
    "segno",
    "psutil",
)

#: heavy Qt modules nothing in the app uses
EXCLUDED_QT_MODULES = (
    "QtWebEngineCore",
    "QtWebEngineWidgets",
    "QtWebEngineQuick",
    "QtWebChannel",
    "QtWebView",
    "QtWebSockets",
    "QtHttpServer",
    "Qt3DAnimation",
    "Qt3DCore",
    "Qt3DExtras",
    "Qt3DInput",
    "Qt3DLogic",
    "Qt3DRender",
    "QtQml",
    "QtQmlFeatures",
    "QtQuick",
    "QtQuick3D",
    "QtQuickControls2",
    "QtQuickTest",
    "QtQuickWidgets",
    "QtDesigner",
    "QtUiTools",
    "QtHelp",
    "QtBluetooth",
    "QtNfc",
    "QtSensors",
    "QtSerialPort",
    "QtSerialBus",
    "QtPositioning",
    "QtLocation",
    "QtDataVisualization",
    "QtGraphs",
    "QtGraphsWidgets",
    "QtTextToSpeech",
    "QtRemoteObjects",
    "QtScxml",
    "QtStateMachine",
    "QtSpatialAudio",
    "QtCanvasPainter",
    "QtLabsStyleKit",
    "QtNetworkAuth",
    "QtSql",
    "QtTest",
    "QtXml",
    # nothing in the app imports these (the live view's chart is drawn by hand)
    "QtCharts",
    "QtOpenGLWidgets",
    "QtSvgWidgets",
    "QtPrintSupport",
)

#: Python packages that must never ride along (test and build tools, other GUI kits)
EXCLUDED_PYTHON = (
    "tkinter",
    "_tkinter",
    "pytest",
    "_pytest",
    "pytestqt",
    "hypothesis",
    "mypy",
    "ruff",
    "PyInstaller",
    "IPython",
    "numpy",
    "PyQt5",
    "PyQt6",
    "PySide2",
    "matplotlib",
    "pydoc_data",
    "readline",  # a GUI app has no prompt; it would bring libreadline along
    # the app starts no Python processes (threads only); kept out, PyInstaller's
    # runtime hook for it imported ~40 modules (pickle, socket, subprocess…) at every
    # start of the bundle: ~10 ms warm, more cold (issue 19)
    "multiprocessing",
    "concurrent.futures.process",
    "pluggy",  # pytest's plugin system, imported only by keyring.devpi_client
    "keyring.devpi_client",  # a plugin for the devpi package server
    # test suites and test helpers that hooks and hidden imports drag in
    "ifaddr.test_ifaddr",
    "jsonschema.tests",
    "keyring.testing",
    "platformdirs.testing",
)


def qt_hiddenimports() -> list[str]:
    """The used Qt modules, listed so they are in the bundle even before (or if only) a
    feature imports them lazily by a name the analysis cannot see."""
    return [f"PySide6.{m}" for m in USED_QT_MODULES]


def python_excludes() -> list[str]:
    return [*(f"PySide6.{m}" for m in EXCLUDED_QT_MODULES), *EXCLUDED_PYTHON]


#: Qt library stems that belong to excluded modules (``libQt6WebEngineCore.so.6``,
#: ``Qt6WebEngineCore.dll``, ``QtWebEngineCore.framework``)
_EXCLUDED_QT_LIBS = tuple(
    sorted(
        {
            *(m.removeprefix("Qt") for m in EXCLUDED_QT_MODULES),
            "Quick*",
            "Qml*",
            "3D*",
            "WebEngine*",
            "VirtualKeyboard*",
            "EglFS*",
            "EglFs*",
            "ShaderTools",
            "Pdf*Quick*",
            "LabsStyleKit*",
        }
    )
)

#: Qt plugin folders the app needs nothing from (they serve excluded modules or
#: would drag in toolkits the target already has)
EXCLUDED_PLUGIN_DIRS = (
    "assetimporters",
    "canbus",
    "designer",
    "geometryloaders",
    "geoservices",
    "position",
    "qmltooling",
    "renderers",
    "renderplugins",
    "sceneparsers",
    "scxmldatamodel",
    "sensors",
    "sqldrivers",
    "texttospeech",
    "egldeviceintegrations",
    "generic",
    "webview",
    "wayland-graphics-integration-server",
)

#: single plugins left out: the GTK3 theme would copy GTK, Pango, Cairo and friends
#: from the build machine (~40 MB) for native-looking dialogs only
EXCLUDED_PLUGIN_FILES = (
    "*qgtk3*",
    # embedded-device platforms (no desktop laptop starts the app through these)
    "*qeglfs*",
    "*qlinuxfb*",
    "*qminimalegl*",
    "*qvkkhrdisplay*",
    "*qvnc*",
    # needs Qt Quick, which is left out
    "*qtvirtualkeyboardplugin*",
    # the test-only platform; macOS icons; PDFs as images (the app renders them with QtPdf)
    "*qminimal.*",
    "*qicns*",
    "*qpdf.*",
    # image formats no web server sends
    "*qtiff*",
    "*qtga*",
    "*qwbmp*",
)

#: system libraries every desktop Linux we target already has; copying the build
#: machine's versions would only add size and risk clashing with the host's graphics
#: stack. Qt's own bundled libraries (ICU, libQt6*) stay.
LINUX_SYSTEM_LIBS = (
    "libglib-2.0.so*",
    "libgobject-2.0.so*",
    "libgio-2.0.so*",
    "libgmodule-2.0.so*",
    "libgthread-2.0.so*",
    "libfontconfig.so*",
    "libfreetype.so*",
    "libexpat.so*",
    "libpng16.so*",
    "libz.so*",
    "libbz2.so*",
    "libbrotli*.so*",
    "libharfbuzz.so*",
    "libgraphite2.so*",
    "libpcre2-*.so*",
    "libdbus-1.so*",
    "libsystemd.so*",
    "libX*.so*",
    "libxcb*.so*",
    "libxkbcommon*.so*",
    "libEGL.so*",
    "libGL.so*",
    "libGLX.so*",
    "libGLdispatch.so*",
    "libOpenGL.so*",
    "libdrm.so*",
    "libgbm.so*",
    "libwayland-*.so*",
    "libasound.so*",
    "libpulse*.so*",
    "libsndfile.so*",
    "libgssapi_krb5.so*",
    "libkrb5*.so*",
    "libk5crypto.so*",
    "libcom_err.so*",
    "libkeyutils.so*",
    "libselinux.so*",
    "libmount.so*",
    "libblkid.so*",
    "libuuid.so*",
    "liblzma.so*",
    "liblz4.so*",
    "libzstd.so*",
    "libgcrypt.so*",
    "libgpg-error.so*",
    "libcap.so*",
    "libapparmor.so*",
    "libbsd.so*",
    "libmd.so*",
    # GTK and its stack: only the GTK3 theme plugin (left out) needed them
    "libgtk-3.so*",
    "libgdk-3.so*",
    "libgdk_pixbuf-2.0.so*",
    "libatk-1.0.so*",
    "libatk-bridge-2.0.so*",
    "libatspi.so*",
    "libcairo.so*",
    "libcairo-gobject.so*",
    "libpango-1.0.so*",
    "libpangocairo-1.0.so*",
    "libpangoft2-1.0.so*",
    "libpixman-1.so*",
    "libepoxy.so*",
    "libfribidi.so*",
    "libthai.so*",
    "libdatrie.so*",
    "libjpeg.so*",
    # PulseAudio's codecs: the host's libpulse brings its own
    "libsndfile.so*",
    "libFLAC.so*",
    "libogg.so*",
    "libopus.so*",
    "libvorbis*.so*",
    "libmp3lame.so*",
    "libmpg123.so*",
    "libasyncns.so*",
    # CUPS and its TLS/zeroconf stack: only the printing plugin links libcups
    "libcups.so*",
    "libavahi-*.so*",
    "libgnutls.so*",
    "libnettle.so*",
    "libhogweed.so*",
    "libgmp.so*",
    "libidn2.so*",
    "libunistring.so*",
    "libtasn1.so*",
    "libp11-kit.so*",
    # the C/C++ runtime: every glibc >= 2.28 system has one at least as new as Qt
    # needs, and a bundled older copy breaks the host's Mesa graphics drivers
    "libstdc++.so*",
    "libgcc_s.so*",
)


_VENDORED = re.compile(r"-[0-9a-f]{8}\.so")


def _name(dest: str) -> PurePosixPath:
    return PurePosixPath(dest.replace("\\", "/"))


#: Qt libraries kept although their Python modules are left out: the FFmpeg multimedia
#: plugin (the only video backend of the wheels) links Qt Quick and Qml. On Linux the
#: build puts two tiny stand-ins in their place (packaging/stand_ins.py: 16.6 MB less);
#: on Windows and macOS the real libraries stay.
QT_LIBS_NEEDED_BY_KEPT = ("Qml", "Quick", "QmlModels", "QmlMeta", "QmlWorkerScript")


def is_replaced_by_stand_in(dest: str, platform: str) -> bool:
    """A Qt Quick/Qml library the Linux build replaces by a stand-in."""
    if not platform.startswith("linux"):
        return False
    return _name(dest).name in {f"libQt6{s}.so.6" for s in QT_LIBS_NEEDED_BY_KEPT}


def is_excluded_qt_lib(dest: str) -> bool:
    """True for a Qt library file that belongs to an excluded module."""
    name = _name(dest).name
    m = re.match(r"^(?:lib)?Qt6?([A-Za-z0-9]+)(?:\.framework|\.so|\.dll|\.dylib|$)", name)
    if not m:
        parts = _name(dest).parts
        m = next(
            (
                re.match(r"^Qt([A-Za-z0-9]+)\.framework$", p)
                for p in parts
                if p.endswith(".framework")
            ),
            None,
        )
        if not m:
            return False
    stem = m.group(1)
    if stem in QT_LIBS_NEEDED_BY_KEPT:
        return False
    return any(fnmatch.fnmatchcase(stem, pat) for pat in _EXCLUDED_QT_LIBS)


def is_excluded_plugin(dest: str) -> bool:
    parts = _name(dest).parts
    if "plugins" not in parts:
        return False
    i = parts.index("plugins")
    rest = parts[i + 1 :]
    if not rest:
        return False
    if rest[0] in EXCLUDED_PLUGIN_DIRS:
        return True
    return any(fnmatch.fnmatchcase(rest[-1], pat) for pat in EXCLUDED_PLUGIN_FILES)


def is_excluded_translation(dest: str) -> bool:
    """Qt's own ``.qm`` catalogues: keep only the app's languages and kept modules."""
    path = _name(dest)
    if "translations" not in path.parts or path.suffix != ".qm":
        return False
    if "companion" in path.parts:
        return False
    m = re.match(r"^([a-z0-9]+)_([a-z]{2})(?:_[A-Za-z]+)?\.qm$", path.name)
    if not m:
        return True
    catalogue, lang = m.groups()
    return lang not in APP_LANGUAGES or catalogue not in ("qt", "qtbase", "qtmultimedia")


def is_system_lib(dest: str, platform: str) -> bool:
    if not platform.startswith("linux"):
        return False
    path = _name(dest)
    if "PySide6" in path.parts or "shiboken6" in path.parts:
        return False  # the wheel's own copies are what Qt was built against
    if any(p.endswith(".libs") for p in path.parts) or _VENDORED.search(path.name):
        return False  # a wheel's vendored copy (auditwheel: pillow.libs/libxcb-1a2b3c4d.so)
    return any(fnmatch.fnmatchcase(path.name, pat) for pat in LINUX_SYSTEM_LIBS)


_BINDING = re.compile(r"^(Qt[A-Za-z0-9]+)\.(?:abi3\.so|pyd|cpython-[^/]*\.so)$")


def is_unused_binding(dest: str) -> bool:
    """A PySide6 Python module (``PySide6/QtOpenGL.abi3.so``) nothing imports: its Qt
    library may stay (another library links it), the binding is dead weight (QtOpenGL's
    alone is 9 MB; issue 19)."""
    path = _name(dest)
    if len(path.parts) != 2 or path.parts[0] != "PySide6":
        return False
    m = _BINDING.match(path.name)
    return bool(m) and m.group(1) not in USED_QT_MODULES


#: Pillow parts the app never uses: it opens, transposes, resizes and saves JPEG, PNG, WebP
#: and GIF (``Image``, ``ImageOps``); AVIF (5 MB with libavif), fonts (FreeType,
#: HarfBuzz, Brotli, libpng), colour management (LittleCMS), Tk, ImageMath, ImageMorph
#: stay out. Pillow reports those features unavailable without them.
UNUSED_LIBS = (
    "PIL/_avif.*",
    "libavif*",
    "pillow.libs/libavif*",
    "PIL/_imagingft.*",
    "PIL/_imagingcms.*",
    "PIL/_imagingtk.*",
    "PIL/_imagingmath.*",
    "PIL/_imagingmorph.*",
    *(
        f"{where}{lib}-*"
        for where in ("", "pillow.libs/")
        for lib in (
            *("libfreetype", "libharfbuzz", "libbrotlicommon", "libbrotlidec"),
            *("libpng16", "liblcms2"),
        )
    ),
)


def is_unused_lib(dest: str) -> bool:
    path = _name(dest).as_posix()
    return any(fnmatch.fnmatchcase(path, pat) for pat in UNUSED_LIBS)


def keep(dest: str, platform: str) -> bool:
    """Whether a file PyInstaller collected (binary or data) goes into the bundle."""
    return not (
        is_excluded_qt_lib(dest)
        or is_excluded_plugin(dest)
        or is_excluded_translation(dest)
        or is_system_lib(dest, platform)
        or is_unused_binding(dest)
        or is_unused_lib(dest)
        or is_replaced_by_stand_in(dest, platform)
    )


def app_datas(root: Path = ROOT) -> list[tuple[str, str]]:
    """(source, destination folder) pairs for the app's own data files."""
    pairs = [(str(root / "resources"), "resources")]
    i18n = root / "companion" / "i18n"
    pairs += [(str(qm), "companion/i18n") for qm in sorted(i18n.glob("*.qm"))]
    return pairs


def tree_modules(root: Path = ROOT) -> list[str]:
    """Every importable module under ``companion/`` in the tree being built."""
    found = []
    base = root / "companion"
    for py in sorted(base.rglob("*.py")):
        rel = py.relative_to(root).with_suffix("")
        parts = list(rel.parts)
        if parts[-1] == "__init__":
            parts.pop()
        if any(not p.isidentifier() for p in parts):
            continue
        found.append(".".join(parts))
    return found


def metadata_text(project: Project) -> str:
    """A minimal ``METADATA`` so ``importlib.metadata.version`` works in the bundle and
    reports exactly the version this build was made from."""
    return (
        "Metadata-Version: 2.1\n"
        f"Name: {project.name}\n"
        f"Version: {project.version}\n"
        f"Summary: {project.description}\n"
        f"License: {project.license}\n"
    )


def dist_info_name(project: Project) -> str:
    return f"{project.name.replace('-', '_')}-{project.version}.dist-info"


def info_plist(project: Project) -> dict[str, object]:
    """Extra Info.plist keys for the macOS .app."""
    return {
        "CFBundleName": project.display_name,
        "CFBundleDisplayName": project.display_name,
        "CFBundleIdentifier": BUNDLE_ID,
        "CFBundleShortVersionString": project.version,
        "CFBundleVersion": project.version,
        "CFBundlePackageType": "APPL",
        "LSMinimumSystemVersion": macos_min_version(),
        "LSApplicationCategoryType": "public.app-category.social-networking",
        "NSHighResolutionCapable": True,
        "NSRequiresAquaSystemAppearance": False,
        "NSHumanReadableCopyright": f"{project.license} licence, shareASM Companion developers",
    }


def windows_version_info(project: Project) -> str:
    """PyInstaller's version resource for the .exe (Explorer's Details tab)."""
    nums = (*tuple(int(x) for x in project.version.split(".")), 0)
    return f"""# UTF-8
VSVersionInfo(
  ffi=FixedFileInfo(filevers={nums}, prodvers={nums}, mask=0x3f, flags=0x0, OS=0x40004,
                    fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([StringTable('040904B0', [
      StringStruct('CompanyName', 'IIED shareASM'),
      StringStruct('FileDescription', {project.display_name!r}),
      StringStruct('FileVersion', {project.version!r}),
      StringStruct('InternalName', {project.name!r}),
      StringStruct('LegalCopyright', {project.license + " licence"!r}),
      StringStruct('OriginalFilename', {project.name + ".exe"!r}),
      StringStruct('ProductName', {project.display_name!r}),
      StringStruct('ProductVersion', {project.version!r})])]),
    VarFileInfo([VarStruct('Translation', [1033, 1200])])
  ]
)
"""
