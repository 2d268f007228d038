"""Loading translations: the app's ``.qm`` files and Qt's own, by locale or ``--lang``.

Sources are ``companion/i18n/companion_<lang>.ts`` (English is the source language);
``python packaging/build_translations.py`` compiles them to ``.qm`` beside them.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QObject,
    QTimer,
    QTranslator,
    Signal,
)

log = logging.getLogger(__name__)

#: shipped UI languages, in their own names
LANGUAGES: dict[str, str] = {
    "en": "English",
    "sw": "Kiswahili",
    "fr": "Français",
    "pt": "Português",
}

I18N_DIR = Path(__file__).resolve().parents[1] / "i18n"

_installed: list[QTranslator] = []
_current: list[str] = ["en"]


class _LanguageSignal(QObject):
    """Says that :func:`apply_language` changed the language, once the event loop runs
    (as Qt posts its ``LanguageChange``; several changes in a row are said once)."""

    changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self._pending = False

    def announce(self) -> None:
        if not self._pending:
            self._pending = True
            QTimer.singleShot(0, self, self._emit)

    def _emit(self) -> None:
        self._pending = False
        self.changed.emit()


_signal: list[_LanguageSignal] = []


def _language_signal() -> _LanguageSignal:
    if not _signal:
        _signal.append(_LanguageSignal())
    return _signal[0]


def follow_language(retranslate: Callable[[], None]) -> None:
    """Call ``retranslate`` (a widget's bound method) whenever the language changes.

    Widgets do this rather than handle ``LanguageChange`` in ``changeEvent``: the first
    event PySide hands to a Python override taking a plain ``QEvent`` makes it build the
    Python types of every ``QEvent`` subclass (~50 types: ~3 ms and ~1.3 MB of a start,
    issue 19). The connection ends with the widget."""
    _language_signal().changed.connect(retranslate)


def resolve_language(requested: str | None) -> str:
    """``requested`` if shipped, else the system's UI language if shipped, else English."""
    if requested:
        code = requested.replace("-", "_").split("_")[0].lower()
        if code in LANGUAGES:
            return code
        log.warning("language %r is not available; using English", requested)
        return "en"
    for name in QLocale.system().uiLanguages():
        code = name.replace("-", "_").split("_")[0].lower()
        if code in LANGUAGES:
            return code
    return "en"


def ui_locale(code: str) -> QLocale:
    """The locale for numbers, dates and times in UI language ``code``: the system's
    own locale when it speaks that language (keeps the country: en_GH, fr_CD, pt_PT,
    sw_KE), else the language's main locale; English defaults to international
    (24-hour, day-first) rather than US conventions."""
    system = QLocale.system()
    if system.name().split("_")[0].lower() == code:
        return system
    return QLocale("en_GB") if code == "en" else QLocale(code)


def current_language() -> str:
    """The language last applied with :func:`apply_language`."""
    return _current[0]


def apply_language(requested: str | None) -> str:
    """Install translators for ``requested`` (or the system's language), replacing
    any installed before; widgets retranslate through :func:`follow_language`."""
    app = QCoreApplication.instance()
    code = resolve_language(requested)
    if app is None:
        return code
    _current[0] = code
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(ui_locale(code))
    if code != "en":
        _install_qt_own(app, code)
    # installed last, so asked first: it also carries Qt's own button and menu texts
    # where Qt ships none (Swahili; see companion/ui/qt_own_strings.py)
    base, directory = f"companion_{code}", str(I18N_DIR)  # companion_en: English plurals
    translator = QTranslator(app)
    if translator.load(base, directory):
        QCoreApplication.installTranslator(translator)
        _installed.append(translator)
    else:
        log.info("no translation %s in %s", base, directory)
    _language_signal().announce()
    return code


def _install_qt_own(app: QCoreApplication, code: str) -> None:
    """Qt's own translation for ``code``, found by locale: Portuguese is shipped as
    ``qtbase_pt_BR`` (a plain ``qtbase_pt`` does not exist); Swahili has none."""
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    translator = QTranslator(app)
    if translator.load(ui_locale(code), "qtbase", "_", qt_dir) and not translator.isEmpty():
        QCoreApplication.installTranslator(translator)
        _installed.append(translator)
    else:
        log.info("no Qt translation for %s in %s", code, qt_dir)
