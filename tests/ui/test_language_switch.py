"""Switching the language at runtime retranslates every area and the window chrome."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QLineEdit, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from companion.core.services import CoreServices
from companion.ui.app import build_context, shutdown_context
from companion.ui.areas import AREA_KEYS
from companion.ui.context import AppContext
from companion.ui.i18n import apply_language
from companion.ui.main_window import MainWindow

I18N = Path(__file__).resolve().parents[2] / "companion" / "i18n"


@pytest.fixture
def ctx(core: CoreServices) -> Iterator[AppContext]:
    context = build_context(core)
    yield context
    shutdown_context(context)


def catalogue(lang: str) -> tuple[set[str], set[str]]:
    """(English sources, their translations) where the two differ: an English one shown
    after switching to ``lang``, or a translation shown after switching back, was missed."""
    sources: set[str] = set()
    translated: set[str] = set()
    for msg in ET.parse(I18N / f"companion_{lang}.ts").getroot().iter("message"):  # noqa: S314
        source = msg.findtext("source") or ""
        t = msg.find("translation")
        if t is not None and not t.findall("numerusform") and (t.text or "") != source:
            sources.add(source)
            translated.add(t.text or "")
    return sources, translated - sources


def shown_texts(root: QWidget, *, hidden_too: bool = False) -> list[tuple[str, str]]:
    """(widget, text) of every visible label, button, group title, tab and placeholder."""
    out: list[tuple[str, str]] = []
    for w in [root, *root.findChildren(QWidget)]:
        if not hidden_too and not w.isVisibleTo(root) and w is not root:
            continue
        name = f"{type(w).__name__} {w.objectName()!r}"
        if isinstance(w, QLabel | QAbstractButton):
            out.append((name, w.text()))
        if isinstance(w, QGroupBox):
            out.append((name, w.title()))
        if isinstance(w, QLineEdit):
            out.append((name, w.placeholderText()))
        if isinstance(w, QTabWidget):
            out += [(name, w.tabText(i)) for i in range(w.count())]
        out.append((name + " (accessible name)", w.accessibleName()))
    return [(n, t) for n, t in out if t]


def all_texts(root: QWidget) -> list[tuple[str, str]]:
    return shown_texts(root, hidden_too=True)


@pytest.mark.parametrize("lang", ["sw", "fr", "pt"])
def test_switching_language_retranslates_everything(
    qtbot: QtBot, ctx: AppContext, lang: str
) -> None:
    window = MainWindow(ctx, remember_state=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    for key in AREA_KEYS:
        window.show_area(key)
    ctx.tasks.wait_idle()
    english, foreign = catalogue(lang)
    before = {key: shown_texts(window.area(key)) for key in AREA_KEYS}
    menus_before = [a.text() for a in window.menuBar().actions()]
    # every area shows at least one translatable string, or this test proves nothing
    for key in AREA_KEYS:
        assert any(t in english for _n, t in before[key]), key
    try:
        assert apply_language(lang) == lang
        qtbot.waitUntil(lambda: window.file_menu.title() != menus_before[0])
        ctx.tasks.wait_idle()
        stale = []
        for key in AREA_KEYS:
            window.show_area(key)
            stale += [
                f"{key}: {n}: {t!r}" for n, t in shown_texts(window.area(key)) if t in english
            ]
        assert not stale, f"still in English after switching to {lang}:\n" + "\n".join(stale)
        menus = [a.text() for a in window.menuBar().actions()]
        assert all(a != b for a, b in zip(menus, menus_before, strict=True)), menus
        assert window.sidebar.item(0).text() != "Countdown"
    finally:
        apply_language("en")
    qtbot.waitUntil(lambda: window.file_menu.title() == menus_before[0])
    ctx.tasks.wait_idle()
    left = [
        f"{key}: {n}: {t!r}"
        for key in AREA_KEYS
        for n, t in shown_texts(window.area(key))
        if t in foreign
    ]
    assert not left, f"still in {lang} after switching back to English:\n" + "\n".join(left)
    assert [a.text() for a in window.menuBar().actions()] == menus_before


def test_settings_language_applies_at_once_and_cancel_undoes_it(
    qtbot: QtBot, ctx: AppContext
) -> None:
    from companion.ui.settings_dialog import GeneralPage, SettingsDialog

    window = MainWindow(ctx, remember_state=False)
    qtbot.addWidget(window)
    dialog = SettingsDialog(ctx.core.settings, window)
    qtbot.addWidget(dialog)
    page = dialog.pages[0]
    assert isinstance(page, GeneralPage)
    title, menu = dialog.windowTitle(), window.file_menu.title()
    try:
        page.language.setCurrentIndex(page.language.findData("sw"))
        # Qt posts LanguageChange: widgets retranslate on the next pass of the event loop
        qtbot.waitUntil(lambda: dialog.windowTitle() != title)
        assert window.file_menu.title() != menu
        assert dialog.tabs.tabText(0) != "General"
        english, _foreign = catalogue("sw")
        stale = [
            f"{page.title()}: {n}: {t!r}"
            for page in dialog.pages
            for n, t in all_texts(page)  # type: ignore[arg-type]
            if t in english
        ]
        assert not stale, "settings pages still in English:\n" + "\n".join(stale)
        dialog.reject()
        qtbot.waitUntil(lambda: dialog.windowTitle() == title)
        assert window.file_menu.title() == menu
        assert ctx.core.settings.general.language != "sw"
        # OK keeps it
        again = SettingsDialog(ctx.core.settings, window)
        qtbot.addWidget(again)
        general = again.pages[0]
        assert isinstance(general, GeneralPage)
        general.language.setCurrentIndex(general.language.findData("fr"))
        again.accept()
        again.apply()
        assert ctx.core.settings.general.language == "fr"
        qtbot.waitUntil(lambda: window.file_menu.title() == "&Fichier")
    finally:
        apply_language("en")
