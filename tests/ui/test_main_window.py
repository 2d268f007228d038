from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from companion.core.errors import OfflineError
from companion.core.services import CoreServices
from companion.ui.app import build_context, shutdown_context
from companion.ui.areas import AREA_KEYS
from companion.ui.context import AppContext
from companion.ui.main_window import MainWindow


@pytest.fixture
def ctx(core: CoreServices) -> Iterator[AppContext]:
    context = build_context(core)
    yield context
    shutdown_context(context)


def test_ctrl_numbers_switch_areas(qtbot: QtBot, ctx: AppContext) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    digits = [Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4, Qt.Key.Key_5]
    for digit, key in reversed(list(zip(digits, AREA_KEYS, strict=True))):
        # through the window system, as a real key press: QShortcut sees it
        QTest.keyClick(window.windowHandle(), digit, Qt.KeyboardModifier.ControlModifier)
        assert window.current_area_key() == key
        assert window.stack.currentWidget().objectName() == f"area_{key}"
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert not window.isVisible()


def test_state_is_remembered(qtbot: QtBot, ctx: AppContext) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(700, 500)
    window.show()
    qtbot.waitExposed(window)
    window.show_area("library")
    window.close()
    ini = ctx.core.paths.config / "window.ini"
    assert QSettings(str(ini), QSettings.Format.IniFormat).value("last_area") == "library"
    again = MainWindow(ctx)
    qtbot.addWidget(again)
    assert again.current_area_key() == "library"
    assert again.size().width() == 700


def test_areas_are_built_lazily(qtbot: QtBot, ctx: AppContext) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert set(window._areas) == {"countdown"}
    window.show_area("accounts")
    assert set(window._areas) == {"countdown", "accounts"}


def test_countdown_is_built_even_when_another_area_was_last(qtbot: QtBot, ctx: AppContext) -> None:
    """Reminders live in the countdown area: they must run whatever area is shown."""
    first = MainWindow(ctx)
    qtbot.addWidget(first)
    first.show()
    qtbot.waitExposed(first)
    first.show_area("library")
    first.close()
    again = MainWindow(ctx)
    qtbot.addWidget(again)
    assert again.current_area_key() == "library"
    assert "countdown" in again._areas


def test_network_state_in_status_bar(qtbot: QtBot, ctx: AppContext) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    label = window.findChild(QLabel, "networkState")
    # tests check nothing off the machine: the connectivity check is off
    assert label is not None and label.text() == "Connection check off"
    ctx.connectivity.set_online(False)
    assert "Offline" in label.text()
    ctx.connectivity.set_online(True)
    assert "Online" in label.text()


def test_known_error_from_a_task_is_shown(qtbot: QtBot, ctx: AppContext) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()

    def job() -> None:
        raise OfflineError("mastodon.social could not be reached.")

    with qtbot.waitSignal(ctx.tasks.known_error, timeout=5000):
        ctx.tasks.run_net(job)
    assert window.message_bar.isVisible()
    assert "could not be reached" in window.message_bar.label.text()


@pytest.mark.allow_warnings
def test_bug_in_a_task_offers_a_report(qtbot: QtBot, ctx: AppContext) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()

    def job() -> None:
        raise ZeroDivisionError("token=abc123secret")

    with qtbot.waitSignal(ctx.tasks.bug, timeout=5000):
        ctx.tasks.run_db(job)
    assert window.message_bar.copy_button.isVisible()
    assert "abc123secret" not in window.message_bar._report
    assert "ZeroDivisionError" in window.message_bar._report


def test_countdown_is_on_screen_before_any_other_service_exists(
    qtbot: QtBot, ctx: AppContext
) -> None:
    """The start path builds only what the countdown needs: the event store (and the
    reminders); accounts, the outbox, the live cache and the library come later."""
    from companion.ui.async_area import AsyncArea

    window = MainWindow(ctx, remember_state=False)
    qtbot.addWidget(window)
    window.show()
    area = window.area("countdown")
    assert isinstance(area, AsyncArea)
    qtbot.waitUntil(lambda: area.inner is not None and area.inner.isVisible(), timeout=5000)
    assert ctx.tasks.wait_idle(timeout_s=5.0)
    assert ctx.services.built() <= {"events", "reminders"}
    window.show_area("compose")
    assert {"outbox", "sender", "sessions"} <= ctx.services.built()


def test_settings_dialog_changes_are_saved_and_announced(
    qtbot: QtBot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The dialog edits a copy; OK hands it to the settings service (saved on the
    database lane) and the areas hear which keys changed: the Live area applies the
    data saver at once, without polling the settings."""
    from companion.core.settings import SettingsStore
    from companion.ui.live.settings_page import LiveSettingsPage
    from companion.ui.live.widget import LiveArea
    from companion.ui.settings_dialog import SettingsDialog

    ctx.core.settings.live.mastodon_instances = []
    ctx.core.settings.live.bluesky_enabled = False
    window = MainWindow(ctx, remember_state=False)
    qtbot.addWidget(window)
    window.show_area("live")
    live = window.area("live")
    assert isinstance(live, LiveArea) and not live.delegate.data_saver

    def accept(dialog: SettingsDialog) -> int:
        (page,) = [p for p in dialog.pages if isinstance(p, LiveSettingsPage)]
        page.data_saver.setChecked(True)
        return 1

    monkeypatch.setattr(SettingsDialog, "exec", accept)
    heard: list[object] = []
    ctx.hub.subscribe(window, heard.append, settings=("live.data_saver",))
    window.settings_action.trigger()
    qtbot.waitUntil(lambda: bool(heard), timeout=5000)
    assert live.delegate.data_saver
    saved = SettingsStore(ctx.core.paths.settings_file).load().settings
    assert saved.live.data_saver is True
    live.shutdown()
