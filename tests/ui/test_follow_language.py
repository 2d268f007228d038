"""Widgets retranslate through ``follow_language`` (issue 19: no Python ``changeEvent``
on the start path). A change is said once the event loop runs, once for several
changes in a row, and never to a widget already deleted."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from companion.ui.i18n import apply_language, current_language, follow_language


class Greeting(QLabel):
    def __init__(self) -> None:
        super().__init__()
        self.calls = 0
        self.retranslate()
        follow_language(self.retranslate)

    def retranslate(self) -> None:
        self.calls += 1
        self.setText(QCoreApplication.translate("MessageBar", "Dismiss"))


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    before = current_language()
    yield
    apply_language(before)
    QCoreApplication.processEvents()


def test_a_language_change_retranslates_once_the_loop_runs(qtbot: QtBot, english: None) -> None:
    label = Greeting()
    qtbot.addWidget(label)
    assert label.text() == "Dismiss" and label.calls == 1
    apply_language("sw")
    apply_language("fr")  # two changes before the loop runs: one retranslation
    assert label.calls == 1  # as Qt's posted LanguageChange: not inside apply_language
    qtbot.waitUntil(lambda: label.calls == 2)
    QCoreApplication.processEvents()
    assert label.calls == 2
    assert label.text() not in ("", "Dismiss")  # French


def test_a_deleted_widget_is_not_told(qtbot: QtBot, english: None) -> None:
    gone = Greeting()
    kept = Greeting()
    qtbot.addWidget(kept)
    gone.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not shiboken6.isValid(gone)  # its C++ object is gone, the wrapper is not
    apply_language("sw")
    qtbot.waitUntil(lambda: kept.calls == 2)  # no "already deleted" error on the way
