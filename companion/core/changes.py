"""What an operation changed, so the screens that show it refresh (after Anki's
``OpChanges``): services return an :class:`Outcome` — the value plus a small
:class:`Changes` — and the UI re-announces the changes on one hub. Nothing polls."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Generic, NamedTuple, TypeVar

T = TypeVar("T")


class Changes(NamedTuple):
    """Which kinds of data an operation changed."""

    accounts: bool = False
    drafts: bool = False
    outbox: bool = False
    packs: bool = False
    #: the event file in use (name, hashtag, sessions, templates)
    event: bool = False
    #: dotted settings keys that changed, e.g. ``"live.muted_words"``
    settings: frozenset[str] = frozenset()

    def __bool__(self) -> bool:
        return any((self.accounts, self.drafts, self.outbox, self.packs, self.event, self.settings))

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            accounts=self.accounts or other.accounts,
            drafts=self.drafts or other.drafts,
            outbox=self.outbox or other.outbox,
            packs=self.packs or other.packs,
            event=self.event or other.event,
            settings=self.settings | other.settings,
        )

    def settings_changed(self, *keys: str) -> bool:
        """True when any of ``keys`` changed; a key ending in "." is a section
        (``"live."`` matches every live setting)."""
        return any(
            changed == key or (key.endswith(".") and changed.startswith(key))
            for key in keys
            for changed in self.settings
        )

    @classmethod
    def of_settings(cls, keys: Iterable[str]) -> Changes:
        return cls(settings=frozenset(keys))


NOTHING = Changes()
ACCOUNTS = Changes(accounts=True)
DRAFTS = Changes(drafts=True)
OUTBOX = Changes(outbox=True)
PACKS = Changes(packs=True)
EVENT = Changes(event=True)


class Outcome(NamedTuple, Generic[T]):
    """The result of an operation and what it changed."""

    value: T
    changes: Changes = NOTHING
