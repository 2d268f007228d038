"""Qt widgets. They stay thin and call into :mod:`companion.core`.

Importing this package imports ``PySide6.QtCore`` and makes PySide's import hook cheap
(:func:`lighten_feature_probe`) before any of the app's widget modules are imported."""

from __future__ import annotations

import linecache
import logging
import sys
from types import ModuleType

import PySide6.QtCore  # noqa: F401  (installs the import hook made cheap below)

log = logging.getLogger(__name__)

_MARK = "_companion_light_probe"


def lighten_feature_probe() -> bool:
    """Answer PySide's per-import question without ``inspect.getsource``.

    Once ``PySide6.QtCore`` is imported, shiboken calls ``_mod_uses_pyside(module)``
    after *every* import (for its opt-in ``from __feature__ import snake_case``):
    ``"PySide6" in inspect.getsource(module)``, which reads, decodes and splits each
    module's source and keeps it in ``linecache`` for the life of the process
    (issue 19: ~20–40 ms and ~4 MB of a start, for ~150 modules). The answer stays the
    same; only the reading changes: the module's ``.py`` file is searched as bytes and
    nothing is kept. Modules without a ``.py`` file (extensions, a bundle's compiled
    modules) still get the original probe. Returns whether the probe is in place (False
    when a PySide6 release no longer has it, which is then left alone)."""
    feature = sys.modules.get("shibokensupport.feature") or sys.modules.get(
        "PySide6.support.feature"
    )
    original = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or not callable(original):
        return False
    if getattr(original, _MARK, False):
        return True

    def uses_pyside(module: ModuleType) -> bool:
        origin = getattr(getattr(module, "__spec__", None), "origin", None)
        if not (isinstance(origin, str) and origin.endswith(".py")):
            origin = getattr(module, "__file__", None)  # a frozen module (os, abc…)
        if isinstance(origin, str) and origin.endswith(".py"):
            try:
                with open(origin, "rb") as source:
                    return b"PySide6" in source.read()
            except OSError:
                pass
        return bool(original(module))

    setattr(uses_pyside, _MARK, True)
    setattr(feature, "_mod_uses_pyside", uses_pyside)  # noqa: B010
    # what the original probe read before now (the modules imported before PySide):
    # sources of files on disk, read again if a traceback ever needs them
    for name, entry in list(linecache.cache.items()):
        if len(entry) == 4:
            linecache.cache.pop(name, None)
    return True


if not lighten_feature_probe():
    log.debug("PySide6 has no _mod_uses_pyside: import hook left as it is")
