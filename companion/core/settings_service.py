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


def _merged(base: Any, mine: Any, theirs: Any) -> Any:
    """One field edited in a dialog (``base`` -> ``mine``) that another change may
    have set to ``theirs`` meanwhile: the dialog's value, a list merged item by item."""
    if theirs == base or not (
        isinstance(base, list) and isinstance(mine, list) and isinstance(theirs, list)
    ):
        return copy.deepcopy(mine)
    removed = [x for x in base if x not in theirs]
    added = [x for x in theirs if x not in base and x not in mine]
    return [x for x in copy.deepcopy(mine) if x not in removed] + added


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
        """A copy to edit (a settings dialog); the edits go back with :meth:`apply_edits`."""
        return copy.deepcopy(self._settings)

    def update(self, change: Callable[[Settings], None]) -> Outcome[None]:
        """Apply ``change`` to a copy, swap the changed sections in, save when
        something changed. The returned changes name every changed key."""
        with self._lock:
            edited = copy.deepcopy(self._settings)
            change(edited)
            return self._swap(edited)

    def apply_edits(self, snapshot: Settings, edited: Settings) -> Outcome[None]:
        """Apply what changed from ``snapshot`` to ``edited`` (a settings dialog's
        copy, from :meth:`snapshot`) on top of the settings in use, not the whole copy:
        an update that ran after the snapshot was taken (a mute from the live view,
        still queued on the database lane while the dialog was open) is kept. A list
        changed both ways keeps both: the user's list, plus what the other change added,
        minus what it removed."""
        before, after = _flat(snapshot), _flat(edited)
        edits = {key: after[key] for key in after if before.get(key) != after[key]}

        def change(settings: Settings) -> None:
            for key, mine in edits.items():
                section, _, name = key.partition(".")
                part = getattr(settings, section)
                setattr(part, name, _merged(before.get(key), mine, getattr(part, name)))

        return self.update(change)

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
