"""The settings dialog against changes still queued on the database lane."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from companion.core.services import CoreServices
from companion.core.settings import Settings, SettingsStore
from companion.ui.app import build_context, shutdown_context
from companion.ui.context import AppContext
from companion.ui.main_window import MainWindow
from companion.ui.ops import ChangeOp


@pytest.fixture
def ctx(core: CoreServices) -> Iterator[AppContext]:
    context = build_context(core)
    yield context
    shutdown_context(context)


def test_the_dialog_does_not_undo_a_mute_still_queued(
    qtbot: QtBot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The live view mutes an author (an update queued on the database lane, behind a
    slow job); the user opens Settings before it ran, switches the data saver on and
    presses OK. Both changes stay: the dialog writes only what the user changed
    (it used to write back its whole snapshot, taken before the mute, and unmute)."""
    from companion.ui.live.settings_page import LiveSettingsPage
    from companion.ui.settings_dialog import SettingsDialog

    settings = ctx.services.settings
    window = MainWindow(ctx, remember_state=False)
    qtbot.addWidget(window)
    gate = threading.Event()
    ctx.tasks.lane.submit(lambda: gate.wait(10))  # the lane is busy for a while

    def mute(s: Settings) -> None:  # as companion/ui/live/post_actions.py mutes
        s.live.muted_accounts.append("troll@example.org")

    heard: list[object] = []
    ctx.hub.subscribe(window, heard.append, settings=("live.",))
    ChangeOp(ctx.tasks, lambda: settings.update(mute)).run()

    def accept(dialog: SettingsDialog) -> int:
        (page,) = [p for p in dialog.pages if isinstance(p, LiveSettingsPage)]
        assert page.muted_accounts.toPlainText() == ""  # the mute has not run yet
        page.data_saver.setChecked(True)
        return 1

    monkeypatch.setattr(SettingsDialog, "exec", accept)
    window.settings_action.trigger()
    gate.set()
    qtbot.waitUntil(lambda: len(heard) == 2 and ctx.tasks.pending == 0, timeout=5000)
    assert settings.current.live.muted_accounts == ["troll@example.org"]
    assert settings.current.live.data_saver is True
    saved = SettingsStore(ctx.core.paths.settings_file).load().settings.live
    assert saved.muted_accounts == ["troll@example.org"]
    assert saved.data_saver is True


def test_the_dialog_keeps_a_countdown_toggle_still_queued(
    qtbot: QtBot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same in one section: the countdown's "event time" toggle (queued) and a new
    reminder time from the dialog are both in ``event``; neither undoes the other."""
    from companion.ui.countdown.settings_page import EventSettingsPage
    from companion.ui.settings_dialog import SettingsDialog

    settings = ctx.services.settings
    window = MainWindow(ctx, remember_state=False)
    qtbot.addWidget(window)
    gate = threading.Event()
    ctx.tasks.lane.submit(lambda: gate.wait(10))
    ChangeOp(
        ctx.tasks,
        lambda: settings.update(lambda s: setattr(s.event, "show_event_time", True)),
    ).run()
    minutes = settings.current.event.reminder_minutes + 15

    def accept(dialog: SettingsDialog) -> int:
        (page,) = [p for p in dialog.pages if isinstance(p, EventSettingsPage)]
        page.minutes.setValue(minutes)
        return 1

    monkeypatch.setattr(SettingsDialog, "exec", accept)
    window.settings_action.trigger()
    gate.set()
    qtbot.waitUntil(lambda: ctx.tasks.pending == 0, timeout=5000)
    assert settings.current.event.show_event_time is True
    assert settings.current.event.reminder_minutes == minutes
