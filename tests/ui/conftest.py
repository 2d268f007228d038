"""UI tests run with the app's English translation installed, as the app always does at
start (``apply_language``): English plural forms ("1 day", "2 days") come from it."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from companion.ui.i18n import apply_language


@pytest.fixture(autouse=True)
def english_ui(qapp: QApplication) -> None:
    apply_language("en")  # tests that switch language switch back themselves
