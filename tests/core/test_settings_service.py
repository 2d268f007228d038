from __future__ import annotations

from companion.core.changes import Changes
from companion.core.paths import Paths
from companion.core.settings import SettingsStore
from companion.core.settings_service import SettingsService


def _service(paths: Paths) -> tuple[SettingsService, SettingsStore]:
    store = SettingsStore(paths.settings_file)
    return SettingsService(store, store.load().settings), store


def test_update_saves_and_names_the_changed_keys(paths: Paths) -> None:
    service, store = _service(paths)
    live_before = service.current.live
    outcome = service.update(lambda s: setattr(s.live, "data_saver", True))
    assert outcome.changes == Changes(settings=frozenset({"live.data_saver"}))
    assert outcome.changes.settings_changed("live.")
    assert not outcome.changes.settings_changed("event.")
    assert service.current.live.data_saver is True
    assert live_before.data_saver is False  # readers holding the old section see it whole
    assert store.load().settings.live.data_saver is True


def test_nothing_changed_nothing_saved_or_announced(paths: Paths) -> None:
    service, _store = _service(paths)
    outcome = service.update(lambda s: setattr(s.live, "data_saver", False))
    assert not outcome.changes
    assert not paths.settings_file.exists()


def test_replace_takes_an_edited_snapshot(paths: Paths) -> None:
    service, _store = _service(paths)
    edited = service.snapshot()
    edited.event.reminder_minutes = 30
    edited.compose.default_language = "sw"
    assert service.current.event.reminder_minutes == 15  # the snapshot is a copy
    outcome = service.replace(edited)
    assert outcome.changes.settings == {"event.reminder_minutes", "compose.default_language"}
    assert service.current.compose.default_language == "sw"
