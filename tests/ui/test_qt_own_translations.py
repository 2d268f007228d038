"""Issue 15: Qt's own texts ("Cancel", "&Yes", "Select All") follow the language too,
also in Swahili, for which Qt ships no translation, and on a live switch."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QMessageBox, QPlainTextEdit
from pytestqt.qtbot import QtBot

from companion.core.services import CoreServices
from companion.ui.accounts.simple_dialogs import XDialog
from companion.ui.app import gui_services
from companion.ui.i18n import apply_language
from companion.ui.tasks import TaskManager

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

EXPECTED = {
    "sw": {
        "ok": "Sawa",
        "cancel": "Ghairi",
        "yes": "&Ndiyo",
        "no": "&Hapana",
        "all": "Chagua zote",
    },
    "fr": {
        "ok": "OK",
        "cancel": "Annuler",
        "yes": "&Oui",
        "no": "&Non",
        "all": "Tout sélectionner",
    },
    "pt": {"ok": "OK", "cancel": "Cancelar", "yes": "&Sim", "no": "&Não", "all": "Selecionar tudo"},
}


@pytest.fixture(autouse=True)
def english_afterwards() -> Iterator[None]:
    yield
    apply_language("en")


def button_texts(box: QDialogButtonBox) -> dict[str, str]:
    ok = box.button(QDialogButtonBox.StandardButton.Ok)
    cancel = box.button(QDialogButtonBox.StandardButton.Cancel)
    return {"ok": ok.text() if ok else "", "cancel": cancel.text() if cancel else ""}


def menu_texts(widget: QLineEdit | QPlainTextEdit) -> list[str]:
    menu = widget.createStandardContextMenu()
    try:
        return [a.text().split("\t")[0] for a in menu.actions()]
    finally:
        menu.deleteLater()


@pytest.mark.parametrize("lang", ["sw", "fr", "pt"])
def test_standard_buttons_and_menus_translated(qtbot: QtBot, lang: str) -> None:
    apply_language(lang)
    want = EXPECTED[lang]
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    qtbot.addWidget(box)
    assert button_texts(box) == {"ok": want["ok"], "cancel": want["cancel"]}
    question = QMessageBox()
    qtbot.addWidget(question)
    question.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    texts = {b.text() for b in question.buttons()}
    assert texts == {want["yes"], want["no"]}
    line, text = QLineEdit(), QPlainTextEdit()
    qtbot.addWidget(line)
    qtbot.addWidget(text)
    assert want["all"] in menu_texts(line)
    assert want["all"] in menu_texts(text)
    assert "Select All" not in menu_texts(line) + menu_texts(text)


def test_an_open_dialog_follows_a_live_switch(qtbot: QtBot, core: CoreServices) -> None:
    """The X dialog of the Accounts area: its Cancel is Qt's, its OK is "&Save"."""
    tasks = TaskManager()
    try:
        dialog = XDialog(gui_services(core, tasks).accounts())
        qtbot.addWidget(dialog)
        dialog.show()
        cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        assert cancel is not None and cancel.text() == "Cancel"
        for lang in ("sw", "fr", "pt"):
            apply_language(lang)
            qtbot.waitUntil(
                lambda lang=lang: cancel.text() == EXPECTED[lang]["cancel"], timeout=2000
            )
        apply_language("en")
        qtbot.waitUntil(lambda: cancel.text() == "Cancel", timeout=2000)
    finally:
        tasks.shutdown()
