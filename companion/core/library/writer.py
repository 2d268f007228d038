"""One writing job at a time on a pack store: a whole sync, copy from another laptop,
import or on-demand download, not only each of its writes.

Two jobs writing the store together broke each other: a sync's prune deleted the
files a copy from a neighbour had stored but not installed yet ("The pack is
incomplete: N files are missing"), and two downloads of the same file appended to
the same ``partial/<sha>.part`` (checksum failures, the download restarted). A job
waits for its turn (:meth:`WriterTurn.wait`, which says whom it waits for and can be
stopped meanwhile), holds it to its end, and gives it back.

Every :class:`~companion.core.library.store.PackStore` on the same folder shares the
one turn of that folder (the app binds a copy of its store to a lane).
"""

from __future__ import annotations

import logging
import os
import threading
import weakref
from collections.abc import Callable, Generator
from pathlib import Path

log = logging.getLogger(__name__)

#: what holds the turn; the UI names each ("Waiting for the pack update to finish…")
SYNC, COPY, IMPORT, DOWNLOAD, SAMPLE = "sync", "copy", "import", "download", "sample"

#: how often a waiting job looks whether it was stopped (seconds)
POLL_S = 0.2


class WriterTurn:
    """The writing turn of one pack store folder. Thread-safe."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._holder = ""

    @property
    def holder(self) -> str:
        """The job holding the turn now ("sync", "copy", …), or "" when free."""
        with self._cond:
            return self._holder

    def try_take(self, job: str) -> bool:
        """Take the turn if free; whether it was taken."""
        with self._cond:
            if self._holder:
                return False
            self._holder = job
            return True

    def wait(
        self, job: str, *, stopped: Callable[[], bool] = lambda: False, poll_s: float = POLL_S
    ) -> Generator[str, None, bool]:
        """Take the turn for ``job``, waiting for it when another job holds it.

        Yields the name of the job waited for, when waiting starts and whenever another
        job takes its place. Returns True with the turn taken, or False (not taken)
        once ``stopped()`` says the job was stopped while waiting."""
        told = ""
        while True:
            with self._cond:
                if not self._holder:
                    self._holder = job
                    if told:
                        log.info("%s: the %s finished; starting", job, told)
                    return True
                if self._holder == told:
                    self._cond.wait(poll_s)
                    if not self._holder:
                        continue
                holder = self._holder
            if stopped():
                return False
            if holder != told:
                log.info("%s waits for the %s to finish", job, holder)
                told = holder
                yield holder

    def give_back(self) -> None:
        with self._cond:
            self._holder = ""
            self._cond.notify_all()


_turns: weakref.WeakValueDictionary[str, WriterTurn] = weakref.WeakValueDictionary()
_turns_lock = threading.Lock()


def turn_for(root: Path) -> WriterTurn:
    """The one writing turn of the pack store at ``root``."""
    key = os.path.normcase(os.path.abspath(root))
    with _turns_lock:
        turn = _turns.get(key)
        if turn is None:
            turn = _turns[key] = WriterTurn()
        return turn
