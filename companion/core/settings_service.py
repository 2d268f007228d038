"""The one place settings are changed: every change is saved and announced.

Readers keep using ``service.current`` (the typed :class:`Settings`); writers call
:meth:`SettingsService.update`, which returns the dotted keys that changed so the
screens that depend on them refresh (after qutebrowser's ``config.changed``)."""

from __future__ import annotations

import copy
import dataclasses
import logging
import threading
from collections.abc import Callable
from typing import Any

from companion.core.changes import Changes, Outcome
from companion.core.settings import Settings, SettingsStore

log = logging.getLogger(__name__)

SECTIONS = ("general", "event", "live", "compose", "library")


def _flat(settings: Settings) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for section in SECTIONS:
        for key, value in dataclasses.asdict(getattr(settings, section)).items():
            out[f"{section}.{key}"] = value
    return out


class SettingsService:
    """Holds the settings in use; :meth:`update` changes, saves and reports them."""

    def __init__(self, store: SettingsStore, settings: Settings) -> None:
        self._store = store
        self._settings = settings
        self._lock = threading.Lock()

    @property
    def current(self) -> Settings:
        """The settings in use. Read them; change them only through :meth:`update`."""
        return self._settings

    def snapshot(self) -> Settings:
        """A copy to edit (a settings dialog), handed back with :meth:`replace`."""
        return copy.deepcopy(self._settings)

    def update(self, change: Callable[[Settings], None]) -> Outcome[None]:
        """Apply ``change`` to a copy, swap the changed sections in, save when
        something changed. The returned changes name every changed key."""
        with self._lock:
            edited = copy.deepcopy(self._settings)
            change(edited)
            return self._swap(edited)

    def replace(self, edited: Settings) -> Outcome[None]:
        """Take every section of ``edited`` (from :meth:`snapshot`)."""
        with self._lock:
            return self._swap(copy.deepcopy(edited))

    def _swap(self, edited: Settings) -> Outcome[None]:
        before, after = _flat(self._settings), _flat(edited)
        keys = frozenset(k for k in after if before.get(k) != after[k])
        if not keys:
            return Outcome(None)
        for section in {k.partition(".")[0] for k in keys}:
            # one reference swap per section: readers on other threads see the old
            # section or the new one, never half of each
            setattr(self._settings, section, getattr(edited, section))
        self._store.save(self._settings)
        log.info("settings changed: %s", ", ".join(sorted(keys)))
        return Outcome(None, Changes.of_settings(keys))
