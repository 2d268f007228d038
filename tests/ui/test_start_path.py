"""What the first screen costs (issue 19): ``screenshot countdown`` (start, the countdown
shown with its content, PNG saved) imports nothing the countdown does not need, and the
pieces that keep the start short keep doing their job."""

from __future__ import annotations

import gc
import hashlib
import importlib
import inspect
import json
import linecache
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QIcon, QImage, QPainter, QPalette
from pytestqt.qtbot import QtBot

import companion.ui
from companion.core.event.store import EventStore, sha256_hex
from companion.core.paths import Paths
from companion.ui import icons
from companion.ui.gc_guard import GarbageCollector

#: never on the start path: other areas' libraries, and what the countdown does without
#: the Windows embeddable CPython (the Wine kit's, ../shared/wine) keeps the standard
#: library in python311.zip: no .py file to search, so PySide's own probe reads those
#: sources into linecache (the python.org installer and the bundles have no such zip)
STDLIB_ZIPPED = ".zip" in str(getattr(json.__spec__, "origin", ""))

HEAVY = (
    "requests",
    "urllib3",
    "keyring",
    "jsonschema",
    "PIL",
    "nh3",
    "msgspec",
    "regex",
    "twitter_text",
    "icalendar",
    "segno",
    "zeroconf",
    "cryptography",
    "psutil",
    "_hashlib",  # OpenSSL: ~3.5 MB (the event file's hash uses CPython's own SHA-256)
    "statistics",  # with decimal and fractions
    "PySide6.QtSvg",  # icons are drawn from their masks (companion/ui/icons.py)
    "PySide6.QtPdf",
    "PySide6.QtPdfWidgets",
    "PySide6.QtMultimedia",
    "PySide6.QtMultimediaWidgets",
    "PySide6.QtCharts",
    "PySide6.QtNetwork",
    "html",  # html.escape loads every HTML entity: companion.ui.plain.escape instead
    "html.entities",
    "companion.core.net",  # the HTTP client is made with the first request
    # the platform's folders: not looked up with ``--data-dir`` (with tempfile's import
    # hook probes, ~0.5 MB of the first start)
    "platformdirs",
)

#: other areas' packages: only their SQL schema (for the migrations) may be imported
OTHER_AREAS = (
    "companion.ui.live",
    "companion.ui.compose",
    "companion.ui.library",
    "companion.ui.accounts",
    "companion.ui.settings_dialog",
    "companion.core.live",
    "companion.core.compose",
    "companion.core.library",
    "companion.core.accounts",
    "companion.commands.accounts",
    "companion.commands.compose",
    "companion.commands.library",
    "companion.commands.feed",
    "companion.commands.countdown",
)
ALLOWED = {"companion.core.accounts.credentials"}  # the credential store's protocol

DRIVER = r"""
import dataclasses, json, linecache, sys
from companion import cli
code = cli.main(sys.argv[1:])
import PySide6.QtGui as G, PySide6.QtWidgets as W
qt = sorted(k for m in (W, G) for k, v in vars(m).items() if isinstance(v, type))  # types made
dcs = sorted(f"{n}.{v.__qualname__}" for n, m in list(sys.modules.items())
             for v in list(vars(m).values())
             if isinstance(v, type) and v.__module__ == n and dataclasses.is_dataclass(v))
print(json.dumps({"code": code, "modules": sorted(sys.modules), "lines": len(linecache.cache),
                  "qt": qt, "dataclasses": dcs}))
"""

#: the only dataclasses the first screen may define: defining one costs ~0.5 ms (its
#: methods are generated and compiled), a ``typing.NamedTuple`` ~0.1 ms, a plain class
#: less. The settings stay dataclasses: they are mutable and read, checked and saved
#: field by field through ``dataclasses.fields``/``asdict``/``replace`` (STYLE.md 10).
START_DATACLASSES = {
    "companion.core.settings.Settings",
    "companion.core.settings.GeneralSettings",
    "companion.core.settings.EventSettings",
    "companion.core.settings.LiveSettings",
    "companion.core.settings.ComposeSettings",
    "companion.core.settings.LibrarySettings",
}

#: Qt classes whose Python types (and enums) cost ~1.5–6 ms each and the first screen
#: does not use (PySide makes a type on first use). ``QStyle`` (~6 ms) is made by
#: reading any ``QStyleOption.state``: the sidebar reads its rows' state from the view.
UNUSED_QT = (
    "QStyle",
    "QSystemTrayIcon",  # looked for when the first reminder is due
    "QLineEdit",
    "QToolButton",
    "QScrollBar",
    # made all at once (~50 types, ~3 ms and ~1.3 MB) by the first plain QEvent handed to
    # a Python ``changeEvent``/``eventFilter``/``viewportEvent``, and every QWidget
    # subclass by wrapping a plain QWidget of Qt's own (a list's ``viewport()``)
    "QGraphicsSceneEvent",
    "QTabletEvent",
    "QWizard",
    "QMdiArea",
    "QMessageBox",
    "QFileDialog",
    "QAccessible",
    "QAccessibleAnnouncementEvent",
    # made (with its 169 presets, ~1 ms) by any QPainter.fillRect call, whose overloads
    # take one: icons are tinted without it
    "QGradient",
)


def first_screen(tmp_path: Path, data: Path) -> dict[str, object]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    out = tmp_path / "shot.png"
    cmd = [sys.executable, "-c", DRIVER, "--data-dir", str(data)]
    cmd += ["screenshot", "countdown", str(out), "--size", "910x512"]
    result = subprocess.run(cmd, capture_output=True, text=True, timeout=120, env=env)
    assert result.returncode == 0, result.stderr
    assert out.stat().st_size > 1000
    report: dict[str, object] = json.loads(result.stdout.strip().splitlines()[-1])
    return report


def unwanted(modules: list[str]) -> list[str]:
    found = [m for m in HEAVY if m in modules]
    for name in modules:
        if name in ALLOWED or name.endswith(".schema"):
            continue
        for area in OTHER_AREAS:
            if name.startswith(area + ".") or (
                name == area and not area.startswith("companion.core.")
            ):
                found.append(name)
    return found


@pytest.mark.parametrize("start", ["first", "again"])
def test_the_first_screen_imports_only_what_it_shows(tmp_path: Path, start: str) -> None:
    data = tmp_path / "data"
    if start == "again":  # an existing data folder: database made, event file checked
        first_screen(tmp_path, data)
    report = first_screen(tmp_path, data)
    modules = list(report["modules"])  # type: ignore[call-overload]
    assert report["code"] == 0
    assert unwanted(modules) == []
    assert [name for name in UNUSED_QT if name in report["qt"]] == []  # type: ignore[operator]
    # the countdown's own modules are there: the check above looked at a real start
    assert "companion.ui.countdown.area" in modules
    # the first start logs its database migrations, straight into the file: the
    # rotating handler (logging.handlers with socket and pickle, ~9 ms) is not imported
    assert [m for m in ("logging.handlers", "socket", "pickle") if m in modules] == []
    if start == "first":
        log = (data / "logs" / "companion.log").read_text("utf-8")
        assert "applying database migration 1" in log
    # PySide's import hook no longer keeps every module's source in memory
    if not STDLIB_ZIPPED:
        assert int(report["lines"]) < 20  # type: ignore[call-overload]


def test_the_first_screen_defines_no_new_dataclasses(tmp_path: Path) -> None:
    """Each dataclass defined on the way to the first screen costs ~0.5 ms of the start
    (29 of them were 16 ms, issue 19). A value that never changes is a
    ``typing.NamedTuple`` (``._replace`` to change a copy); a holder of services a
    plain class with ``__slots__``."""
    report = first_screen(tmp_path, tmp_path / "data")
    defined = set(report["dataclasses"])  # type: ignore[call-overload]
    new = sorted(defined - START_DATACLASSES)
    assert new == [], (
        f"dataclasses defined during the countdown start: {new}. Make each a "
        "typing.NamedTuple (immutable) or a plain class with __slots__, or import its "
        "module later; add it to START_DATACLASSES only if it must be a dataclass."
    )
    # the scan sees a real start (drop a name here when it stops being a dataclass)
    assert defined == START_DATACLASSES


@pytest.mark.skipif(STDLIB_ZIPPED, reason="the standard library is in a zip (embeddable Python)")
def test_the_import_probe_answers_as_before_without_keeping_sources() -> None:
    """PySide asks after every import whether the module uses PySide6; the answer is the
    same as ``"PySide6" in inspect.getsource(module)``, read as bytes, kept nowhere."""
    assert companion.ui.lighten_feature_probe()
    feature = sys.modules.get("shibokensupport.feature") or sys.modules["PySide6.support.feature"]
    probe = feature._mod_uses_pyside
    for name in ("companion.ui.icons", "companion.core.clock", "json", "_json", "os"):
        module = importlib.import_module(name)
        try:
            expected = "PySide6" in inspect.getsource(module)
        except (OSError, TypeError):
            expected = False
        linecache.clearcache()
        assert probe(module) is expected, name
        assert name not in str(list(linecache.cache)), name


def test_the_event_file_hash_needs_no_openssl(tmp_path: Path) -> None:
    for data in (
        b"",
        b"x" * 100_000,
        EventStore(Paths.for_data_dir(tmp_path)).shipped.read_bytes(),
    ):
        assert sha256_hex(data) == hashlib.sha256(data).hexdigest()


def test_settling_freezes_what_the_start_made(qtbot: QtBot) -> None:
    collector = GarbageCollector(interval_ms=60_000)
    try:
        before = gc.get_freeze_count()
        collector.settle()
        assert gc.get_freeze_count() > before
        collector.check()  # once settled, checks collect as before
    finally:
        gc.unfreeze()
        collector.stop()
        gc.disable()  # as the UI tests run (tests/conftest.py)


def _eager(name: str, palette: QPalette, mode: QIcon.Mode, size: int) -> QImage:
    """What the icon looked like when all 75 pixmaps were drawn at once."""
    colour = {
        QIcon.Mode.Normal: palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText),
        QIcon.Mode.Selected: palette.color(
            QPalette.ColorGroup.Active, QPalette.ColorRole.HighlightedText
        ),
        QIcon.Mode.Disabled: palette.color(
            QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText
        ),
    }
    icon = QIcon()
    mask = icons._mask(name)
    assert mask is not None
    for m, c in colour.items():
        for s in icons._SIZES:
            icon.addPixmap(icons._tinted(mask, c, s, 1.0), m)
    return icon.pixmap(QSize(size, size), mode).toImage()


@pytest.mark.parametrize("size", [16, 20, 22, 24, 40, 64])
def test_icons_drawn_on_demand_look_as_before(qtbot: QtBot, size: int) -> None:
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#204080"))
    for key, name in icons.AREA_ICONS.items():
        icon = icons.area_icon(key, palette)
        for mode in (
            QIcon.Mode.Normal,
            QIcon.Mode.Selected,
            QIcon.Mode.Disabled,
            QIcon.Mode.Active,
        ):
            assert icon.pixmap(QSize(size, size), mode).toImage() == _eager(
                name, palette, mode, size
            ), (key, mode, size)
        painted = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        painted.fill(0)
        painter = QPainter(painted)
        icon.paint(painter, painted.rect())
        painter.end()
        assert not painted.isNull()
