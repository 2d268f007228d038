"""Portable mode as the frozen app sees it: a ``portable`` file beside the executable."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from companion.core.paths import PORTABLE_MARKER, Paths, executable_dir, portable_root


@pytest.fixture
def frozen_app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Pretend to be the PyInstaller executable at ``<tmp>/app/shareasm-companion``."""
    app = tmp_path / "app"
    app.mkdir()
    exe = app / "shareasm-companion"
    exe.write_bytes(b"")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(exe))
    monkeypatch.delenv("SHAREASM_DATA_DIR", raising=False)
    return app


def test_marker_puts_all_data_beside_the_app(frozen_app: Path) -> None:
    (frozen_app / PORTABLE_MARKER).write_text("", encoding="utf-8")
    assert executable_dir() == frozen_app.resolve()
    assert portable_root() == frozen_app.resolve()
    paths = Paths.resolve(None)
    base = frozen_app.resolve() / "shareasm-data"
    assert (paths.config, paths.data, paths.cache, paths.logs) == (
        base / "config",
        base / "data",
        base / "cache",
        base / "logs",
    )
    assert paths.settings_file.is_relative_to(base)
    assert paths.database_file.is_relative_to(base)


def test_without_marker_the_usual_folders(frozen_app: Path) -> None:
    assert portable_root() is None
    paths = Paths.resolve(None)
    assert paths == Paths.platform_default()
    assert not paths.data.is_relative_to(frozen_app)


def test_a_folder_named_portable_is_not_the_marker(frozen_app: Path) -> None:
    (frozen_app / PORTABLE_MARKER).mkdir()
    assert portable_root() is None


def test_data_dir_option_beats_the_marker(frozen_app: Path, tmp_path: Path) -> None:
    (frozen_app / PORTABLE_MARKER).write_text("", encoding="utf-8")
    chosen = tmp_path / "elsewhere"
    assert Paths.resolve(str(chosen)).data == chosen / "data"


def test_source_tree_is_never_portable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delattr(sys, "frozen", raising=False)
    assert not (executable_dir() / PORTABLE_MARKER).exists()
    assert portable_root() is None
