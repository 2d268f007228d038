"""Entry point of the frozen app (PyInstaller runs this file as ``__main__``).

With ``SHAREASM_BUNDLE_CHECK=1`` in the environment the bundle checks itself instead of
starting (every kept Qt module imports, Qt's plugins load, the keyring backend is found,
resources and version metadata are there) and prints ``bundle-check ok``;
``packaging/check_bundle.py`` and CI use it. ``SHAREASM_BUNDLE_CHECK=keyring`` also
stores and reads back a long secret in the system keyring.
"""

from __future__ import annotations

import importlib
import os
import sys


def _ensure_streams() -> None:
    # A windowed build (Windows .exe, macOS .app) starts with no console: sys.stdout and
    # sys.stderr are None there and any write would crash. Send them nowhere instead;
    # the log file keeps what matters.
    if sys.stdout is None:
        sys.stdout = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115
    if sys.stderr is None:
        sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115


#: what a complete bundle must be able to import (features import some lazily)
BUNDLE_MODULES = (
    "PySide6.QtCore",
    "PySide6.QtGui",
    "PySide6.QtWidgets",
    "PySide6.QtNetwork",
    "PySide6.QtSvg",
    "PySide6.QtPdf",
    "PySide6.QtPdfWidgets",
    "PySide6.QtMultimedia",
    "PySide6.QtMultimediaWidgets",
    "keyring",
    "requests",
    "urllib3",
    "platformdirs",
    "jsonschema",
    "regex",
    "twitter_text",
    "pkg_resources",
    "nh3",
    "msgspec.json",
    "icalendar",
    "PIL.Image",
    "psutil",
    "zoneinfo",
    "tzdata",
    "cryptography.hazmat.primitives.asymmetric.ed25519",
    "zeroconf",
    "ifaddr",
    "segno",
)


#: what must not be in the bundle (packaging/bundle_config.py leaves it out; a test keeps
#: the two lists in step): Qt modules the app does not use, test and build tools
ABSENT_MODULES = (
    "PySide6.QtQuick",
    "PySide6.QtQml",
    "PySide6.QtCharts",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtSvgWidgets",
    "PySide6.QtWebEngineCore",
    "PySide6.Qt3DCore",
    "PySide6.QtDesigner",
    "pytest",
    "_pytest",
    "pluggy",
    "hypothesis",
    "mypy",
    "PyInstaller",
    "tkinter",
    "multiprocessing",
)


def _present_modules() -> list[str]:
    import importlib.util

    found = []
    for name in ABSENT_MODULES:
        try:
            if importlib.util.find_spec(name) is not None:
                found.append(name)
        except (ImportError, ValueError):
            continue
    return [f"left-out module is in the bundle: {name}" for name in found]


def _qt_plugin_problems() -> list[str]:
    """Qt's plugins load: image formats the feeds send, and the video backend."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QImageReader
    from PySide6.QtMultimedia import QMediaFormat
    from PySide6.QtWidgets import QApplication

    _app = QApplication.instance() or QApplication([sys.argv[0]])
    found: list[str] = []
    formats = {bytes(f.data()).decode() for f in QImageReader.supportedImageFormats()}
    missing = {"png", "jpeg", "gif", "webp", "svg", "ico"} - formats
    if missing:
        found.append(f"image formats missing: {sorted(missing)}")
    decode = QMediaFormat().supportedFileFormats(QMediaFormat.ConversionMode.Decode)
    if not decode:
        found.append("no multimedia backend: videos would not play")
    else:
        found += _video_problems()
    return found


def _pdf_problems(resources: object) -> list[str]:
    """QtPdf renders the sample pack's publication (photobooks and publications use it)."""
    from pathlib import Path

    from PySide6.QtCore import QSize
    from PySide6.QtPdf import QPdfDocument

    pdfs = sorted(Path(str(resources)).glob("packs/*/publications/*.pdf"))
    if not pdfs:
        return ["no sample PDF in the resources"]
    doc = QPdfDocument()
    doc.load(str(pdfs[0]))
    image = doc.render(0, QSize(120, 170)) if doc.pageCount() else None
    if image is None or image.isNull():
        return [f"QtPdf could not render {pdfs[0].name} ({doc.status().name})"]
    return []


def _video_problems() -> list[str]:
    """The video backend really decodes: a small animated GIF (FFmpeg's demuxer and
    decoder, Qt's FFmpeg plugin, a video sink) gives a frame within 20 s."""
    import tempfile
    from pathlib import Path

    from PIL import Image
    from PySide6.QtCore import QEventLoop, QTimer, QUrl
    from PySide6.QtMultimedia import QMediaPlayer, QVideoFrame, QVideoSink

    with tempfile.TemporaryDirectory(prefix="shareasm-video-check-") as tmp:
        clip = Path(tmp) / "clip.gif"
        frames = [Image.new("RGB", (32, 24), (40 * i, 80, 160)) for i in range(4)]
        frames[0].save(clip, save_all=True, append_images=frames[1:], duration=100)
        player, sink, loop = QMediaPlayer(), QVideoSink(), QEventLoop()
        player.setVideoSink(sink)
        got: list[str] = []

        def on_frame(frame: QVideoFrame) -> None:
            if frame.isValid() and not got:
                got.append(f"{frame.width()}x{frame.height()}")
                loop.quit()

        def on_error(_error: QMediaPlayer.Error, text: str) -> None:
            got.append(f"error: {text}")
            loop.quit()

        sink.videoFrameChanged.connect(on_frame)
        player.errorOccurred.connect(on_error)
        QTimer.singleShot(20_000, loop.quit)
        player.setSource(QUrl.fromLocalFile(str(clip)))
        player.play()
        loop.exec()
        player.stop()
        player.setSource(QUrl())
    if got[:1] != ["32x24"]:
        return [f"video backend decoded no frame ({got[:1] or 'timeout'})"]
    return []


#: the keyring backend each system's bundle must be able to find (keyring discovers its
#: backends through entry points, so the bundle needs keyring's metadata as well)
KEYRING_BACKENDS = {"win32": "Windows", "darwin": "macOS", "linux": "SecretService"}


def _keyring_problems() -> list[str]:
    from importlib.metadata import entry_points

    wanted = KEYRING_BACKENDS.get("linux" if sys.platform.startswith("linux") else sys.platform)
    if wanted is None:
        return []
    found = {ep.name: ep for ep in entry_points(group="keyring.backends")}
    if wanted not in found:
        return [f"keyring backend {wanted} not discoverable (found {sorted(found)})"]
    try:
        found[wanted].load()
    except Exception as exc:
        return [f"keyring backend {wanted}: {type(exc).__name__}: {exc}"]
    return []


def _keyring_roundtrip_problems() -> list[str]:
    """Store, read back and delete a long secret in the real keyring (needs a running
    Secret Service / Keychain / Credential Manager; asked for with
    ``SHAREASM_BUNDLE_CHECK=keyring``)."""
    import secrets

    import keyring

    service, user = "shareasm-companion-bundle-check", "check"
    secret = secrets.token_urlsafe(6000)  # ~8 KB, longer than any real token
    try:
        keyring.set_password(service, user, secret)
        back = keyring.get_password(service, user)
        keyring.delete_password(service, user)
    except Exception as exc:
        return [f"keyring round trip ({type(keyring.get_keyring()).__name__}): {exc}"]
    return [] if back == secret else ["keyring returned a different secret"]


def bundle_check() -> int:
    problems: list[str] = []
    for name in BUNDLE_MODULES:
        try:
            importlib.import_module(name)
        except Exception as exc:  # any failure is the finding
            problems.append(f"import {name}: {type(exc).__name__}: {exc}")
    from importlib import metadata

    from companion import APP_ID, __version__
    from companion.core.paths import portable_root, resources_dir

    try:
        version = metadata.version(APP_ID)
    except metadata.PackageNotFoundError:
        problems.append("no version metadata")
        version = "?"
    icon = resources_dir() / "icons" / "shareasm-companion.svg"
    if not icon.is_file():
        problems.append(f"missing {icon}")
    problems += _present_modules()
    problems += _qt_plugin_problems()
    problems += _pdf_problems(resources_dir())
    problems += _keyring_problems()
    if os.environ.get("SHAREASM_BUNDLE_CHECK") == "keyring":
        problems += _keyring_roundtrip_problems()
    try:
        from zoneinfo import ZoneInfo

        ZoneInfo("Africa/Dar_es_Salaam")
    except Exception as exc:
        problems.append(f"time zones: {exc}")
    for p in problems:
        sys.stderr.write(f"bundle-check: {p}\n")
    portable = portable_root()
    sys.stdout.write(
        f"version {version} ({__version__}); resources {resources_dir()}; "
        f"portable {portable if portable else 'no'}\n"
    )
    sys.stdout.write("bundle-check FAILED\n" if problems else "bundle-check ok\n")
    return 1 if problems else 0


if __name__ == "__main__":
    _ensure_streams()
    if os.environ.get("SHAREASM_BUNDLE_CHECK") in ("1", "keyring"):
        sys.exit(bundle_check())
    from companion.cli import main

    sys.exit(main())
