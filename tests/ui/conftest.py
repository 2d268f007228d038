"""UI tests run with the app's English translation installed, as the app always does at
start (``apply_language``): English plural forms ("1 day", "2 days") come from it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from companion.ui.i18n import apply_language
from tests.support.dblane import LaneWatch, watch_lane


@pytest.fixture(autouse=True)
def english_ui(qapp: QApplication) -> None:
    apply_language("en")  # tests that switch language switch back themselves


@pytest.fixture(autouse=True)
def sqlite_only_on_the_database_lane() -> Iterator[LaneWatch]:
    """Every UI test fails if the app touched SQLite anywhere but on the database lane
    (see tests/support/dblane.py): not from the GUI thread, not from the network pool."""
    with watch_lane() as watch:
        yield watch
    if watch.violations:
        lines = "\n".join(dict.fromkeys(watch.violations))
        pytest.fail(f"SQLite was used off the database lane:\n{lines}")
