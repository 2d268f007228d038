"""Loading translations: the app's ``.qm`` files and Qt's own, by locale or ``--lang``.

Sources are ``companion/i18n/companion_<lang>.ts`` (English is the source language);
``python packaging/build_translations.py`` compiles them to ``.qm`` beside them.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

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


def apply_language(requested: str | None) -> str:
    """Install translators for ``requested`` (or the system's language), replacing
    any installed before; widgets retranslate on ``LanguageChange``."""
    app = QCoreApplication.instance()
    code = resolve_language(requested)
    if app is None:
        return code
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale(code))
    if code == "en":
        return code
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for base, directory in ((f"qtbase_{code}", qt_dir), (f"companion_{code}", str(I18N_DIR))):
        translator = QTranslator(app)
        if translator.load(base, directory):
            QCoreApplication.installTranslator(translator)
            _installed.append(translator)
        else:
            log.info("no translation %s in %s", base, directory)
    return code
