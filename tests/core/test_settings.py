from __future__ import annotations

import json
from pathlib import Path

import pytest

from companion.core.settings import Settings, SettingsStore


def test_missing_file_gives_defaults(tmp_path: Path) -> None:
    result = SettingsStore(tmp_path / "settings.json").load()
    assert result.settings == Settings()
    assert result.problem == ""


def test_round_trip(tmp_path: Path) -> None:
    store = SettingsStore(tmp_path / "settings.json")
    s = Settings()
    s.general.language = "sw"
    s.live.mastodon_instances = ["https://example.social"]
    s.event.reminder_minutes = 5
    store.save(s)
    assert store.load().settings == s


@pytest.mark.allow_warnings
def test_corrupt_file_is_kept_aside(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_bytes(b"{not json\xff")
    result = SettingsStore(path).load()
    assert result.settings == Settings()
    assert "could not be read" in result.problem
    assert result.kept_as is not None and result.kept_as.read_bytes() == b"{not json\xff"
    assert not path.exists()


@pytest.mark.allow_warnings
def test_partial_file_keeps_good_values(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(
        json.dumps(
            {
                "general": {"language": "fr", "connectivity_interval_s": "often"},
                "live": {"data_saver": True, "mastodon_instances": [1, 2]},
                "event": "oops",
                "unknown": 1,
            }
        )
    )
    result = SettingsStore(path).load()
    s = result.settings
    assert s.general.language == "fr"
    assert s.general.connectivity_interval_s == Settings().general.connectivity_interval_s
    assert s.live.data_saver is True
    assert s.live.mastodon_instances == Settings().live.mastodon_instances
    assert s.event == Settings().event
    assert "connectivity_interval_s" in result.problem
    assert result.kept_as is not None and result.kept_as.exists()
    assert path.exists()  # the partly good file stays in place


@pytest.mark.allow_warnings
def test_bool_is_not_an_int(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"event": {"reminder_minutes": True}}))
    assert SettingsStore(path).load().settings.event.reminder_minutes == 15
