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


def test_apply_edits_takes_an_edited_snapshot(paths: Paths) -> None:
    service, _store = _service(paths)
    edited = service.snapshot()
    edited.event.reminder_minutes = 30
    edited.compose.default_language = "sw"
    assert service.current.event.reminder_minutes == 15  # the snapshot is a copy
    outcome = service.apply_edits(service.snapshot(), edited)
    assert outcome.changes.settings == {"event.reminder_minutes", "compose.default_language"}
    assert service.current.compose.default_language == "sw"


def test_edits_apply_on_top_of_a_change_made_meanwhile(paths: Paths) -> None:
    """A dialog's snapshot is taken, then a mute lands, then the dialog is applied:
    only the fields the user changed are written, so the mute survives."""
    service, store = _service(paths)
    snapshot = service.snapshot()
    edited = service.snapshot()
    edited.live.data_saver = True
    service.update(lambda s: s.live.muted_accounts.append("troll@example.org"))
    outcome = service.apply_edits(snapshot, edited)
    assert outcome.changes.settings == {"live.data_saver"}
    assert service.current.live.muted_accounts == ["troll@example.org"]
    assert service.current.live.data_saver is True
    saved = store.load().settings.live
    assert saved.muted_accounts == ["troll@example.org"] and saved.data_saver is True


def test_list_edits_merge_with_a_change_made_meanwhile(paths: Paths) -> None:
    """The user took one account off the muted list in the dialog while another was
    muted from the live view: both happen."""
    service, _store = _service(paths)
    service.update(lambda s: setattr(s.live, "muted_accounts", ["a@x", "b@x"]))
    snapshot = service.snapshot()
    edited = service.snapshot()
    edited.live.muted_accounts = ["b@x"]
    service.update(lambda s: s.live.muted_accounts.append("c@x"))
    service.apply_edits(snapshot, edited)
    assert service.current.live.muted_accounts == ["b@x", "c@x"]


def test_unchanged_dialog_changes_nothing(paths: Paths) -> None:
    service, _store = _service(paths)
    snapshot, edited = service.snapshot(), service.snapshot()
    service.update(lambda s: setattr(s.event, "show_event_time", True))
    outcome = service.apply_edits(snapshot, edited)  # OK without touching anything
    assert not outcome.changes
    assert service.current.event.show_event_time is True
