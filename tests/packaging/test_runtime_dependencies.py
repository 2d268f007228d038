"""Modules the app imports at run time are declared as runtime dependencies."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _names(specs: list[str]) -> set[str]:
    return {
        s.split(";")[0].split("[")[0].split("=")[0].split(">")[0].split("<")[0].strip().lower()
        for s in specs
    }


def test_psutil_is_a_runtime_dependency() -> None:
    """The outbox lease asks psutil whether the process that claimed an item is alive;
    without it every process id counts as alive and a crashed sender's post waits
    the whole lease."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert "psutil" in _names(project["dependencies"])
    assert "psutil" not in _names(project["optional-dependencies"]["test"])
