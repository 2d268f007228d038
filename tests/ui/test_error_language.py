"""Errors reach the user in the user's language, with the values filled in.

A real ``KnownError`` raised by the core (an event file the user opens) is shown in
Swahili after switching the interface to Swahili; a bug shows the one "something went
wrong" text with a copyable report. The command line keeps English (``tests/test_cli.py``).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from companion.core.accounts.credentials import MemoryCredentialStore
from companion.core.connectivity import stay_on_this_machine
from companion.core.errors import QT_TRANSLATE_NOOP, KnownError, Phrase
from companion.core.event.format import FORMAT_NAME, FORMAT_VERSION
from companion.core.paths import Paths
from companion.core.services import CoreServices
from companion.ui.app import build_context, shutdown_context
from companion.ui.async_area import AsyncArea
from companion.ui.context import AppContext
from companion.ui.countdown.area import CountdownArea
from companion.ui.errors import error_text, something_went_wrong, translated_text
from companion.ui.i18n import apply_language
from companion.ui.main_window import MainWindow


@pytest.fixture
def ctx(core: CoreServices) -> Iterator[AppContext]:
    context = build_context(core)
    yield context
    shutdown_context(context)


@pytest.fixture
def swahili() -> Iterator[None]:
    apply_language("sw")
    yield
    apply_language("en")


def _countdown(qtbot: QtBot, window: MainWindow) -> CountdownArea:
    area = window.area("countdown")
    if isinstance(area, AsyncArea):  # built in the background
        qtbot.waitUntil(lambda: area.inner is not None, timeout=10_000)
        area = area.inner
    assert isinstance(area, CountdownArea)
    return area


def _open_event_file(qtbot: QtBot, ctx: AppContext, window: MainWindow, path: Path) -> str:
    countdown = _countdown(qtbot, window)
    with qtbot.waitSignal(ctx.tasks.known_error, timeout=10_000):
        countdown.files.open_file(path)
    qtbot.waitUntil(window.message_bar.isVisible, timeout=5000)
    return window.message_bar.label.text()


def test_a_newer_event_file_is_refused_in_swahili(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path, swahili: None
) -> None:
    window = MainWindow(ctx, remember_state=False)
    qtbot.addWidget(window)
    window.show()
    newer = tmp_path / "tukio.json"
    newer.write_text(json.dumps({"format": FORMAT_NAME, "version": FORMAT_VERSION + 98}))
    shown = _open_event_file(qtbot, ctx, window, newer)
    assert shown == (
        f"Faili ya tukio inatumia toleo la muundo {FORMAT_VERSION + 98}; programu hii "
        f"inasoma toleo {FORMAT_VERSION}.\n"
        "Sasisha programu ili kuisoma. Maelezo ya tukio yaliyopo tayari bado yanatumika."
    )


def test_a_word_given_as_a_value_is_translated_too(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path, swahili: None
) -> None:
    """ "The event file" is a Phrase: in "%1 is not valid JSON" it is Swahili as well."""
    window = MainWindow(ctx, remember_state=False)
    qtbot.addWidget(window)
    window.show()
    broken = tmp_path / "tukio.json"
    broken.write_text('{"format": ')
    shown = _open_event_file(qtbot, ctx, window, broken)
    assert shown.startswith("Faili ya tukio si JSON halali (mstari 1, safu 12: "), shown
    assert "The event file" not in shown


def test_english_stays_for_logs_and_the_command_line(swahili: None) -> None:
    inner = KnownError(
        QT_TRANSLATE_NOOP("Errors", "%1 is too large (%2 KB; at most %3 KB is accepted)."),
        args=(Phrase(QT_TRANSLATE_NOOP("Errors", "The event file")), 600, 512),
    )
    assert inner.message == "The event file is too large (600 KB; at most 512 KB is accepted)."
    assert translated_text(inner) == (
        "Faili ya tukio ni kubwa mno (KB 600; zisizozidi KB 512 zinakubaliwa)."
    )


@pytest.mark.allow_warnings
def test_a_bug_shows_the_one_text_with_a_report(
    qtbot: QtBot, ctx: AppContext, swahili: None
) -> None:
    window = MainWindow(ctx, remember_state=False)
    qtbot.addWidget(window)
    window.show()

    def job() -> None:
        raise ZeroDivisionError("a bug")

    with qtbot.waitSignal(ctx.tasks.bug, timeout=5000):
        ctx.tasks.run_db(job)
    assert window.message_bar.label.text() == something_went_wrong()
    assert something_went_wrong() == QCoreApplication.translate(
        "Errors", "Something went wrong. Your data is safe; the details are in the log."
    )
    assert something_went_wrong().startswith("Hitilafu imetokea")
    assert window.message_bar.copy_button.isVisible()
    assert "ZeroDivisionError" in window.message_bar._report
    assert error_text(ZeroDivisionError()) == something_went_wrong()


@pytest.mark.allow_warnings  # the broken settings file is logged
def test_a_problem_found_at_start_is_shown_in_swahili(
    qtbot: QtBot, paths: Paths, swahili: None
) -> None:
    """A notice that is not raised (settings reset at start) is a Message: English on
    the command line, translated in the window."""
    paths.ensure()
    paths.settings_file.write_text("{ this is broken", encoding="utf-8")
    core = CoreServices.open(paths, credentials=MemoryCredentialStore())
    stay_on_this_machine(core.settings)
    assert core.problems[0].startswith("The settings file could not be read (JsonInputError).")
    context = build_context(core)
    try:
        window = MainWindow(context, remember_state=False)
        qtbot.addWidget(window)
        assert window.message_bar.label.text() == (
            "Faili ya mipangilio haikuweza kusomwa (JsonInputError). Mipangilio ya msingi "
            "inatumika; faili la zamani limehifadhiwa kama settings.json.broken."
        )
    finally:
        shutdown_context(context)
