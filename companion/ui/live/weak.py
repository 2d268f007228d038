"""Callbacks for background work that do not keep a Qt object alive.

A worker thread that held the last reference to a widget would destroy it off the GUI
thread (Qt then crashes on its timers). Background jobs therefore get plain functions
and weak callbacks: when the object is gone, the result is dropped.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from typing import Any


def weak(method: Callable[..., Any]) -> Callable[..., None]:
    """``method`` (a bound method) called only while its object is alive."""
    ref = weakref.WeakMethod(method)

    def call(*args: Any) -> None:
        bound = ref()
        if bound is not None:
            bound(*args)

    return call
