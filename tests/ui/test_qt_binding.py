"""Guards against a Qt binding that corrupts Python's reference counts.

PySide6 6.12.0 drops a reference to ``None`` on each call of a static void method
(``QCoreApplication.processEvents``, ``QLocale.setDefault``…); after a few thousand
calls Python aborts with "none_dealloc". The pinned version must not do that.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

import pytest
from PySide6.QtCore import QCoreApplication, QLocale


@pytest.mark.parametrize(
    "call",
    [
        QCoreApplication.processEvents,
        QCoreApplication.sendPostedEvents,
        lambda: QLocale.setDefault(QLocale("en")),
    ],
    ids=["processEvents", "sendPostedEvents", "QLocale.setDefault"],
)
def test_static_calls_keep_none_alive(qapp: object, call: Callable[[], object]) -> None:
    before = sys.getrefcount(None)
    for _ in range(200):
        call()
    assert sys.getrefcount(None) - before > -50, "the Qt binding leaks references to None"
