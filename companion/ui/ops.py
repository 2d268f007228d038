"""Typed background operations and the one hub that announces what changed
(after Anki's ``QueryOp``/``CollectionOp`` and ``operation_did_execute``).

* :class:`QueryOp` reads: runs ``fn`` on a lane, hands its typed result back on the
  GUI thread.
* :class:`ChangeOp` changes: ``fn`` returns an :class:`~companion.core.changes.Outcome`;
  its value goes to the success handler and its changes to :class:`ChangeHub`.
* Widgets subscribe to the kinds they show (``hub.subscribe(self, self._on_changes,
  accounts=True)``, or ``settings=("live.",)``, like qutebrowser's change filters)
  and refresh only then. Nothing polls.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Generator, Iterable
from concurrent.futures import Future
from typing import TYPE_CHECKING, Any, Generic, Literal, Self, TypeVar, overload

from PySide6.QtCore import QObject, Signal, Slot

from companion.core.changes import Changes, Outcome

if TYPE_CHECKING:
    from companion.ui.tasks import TaskManager

log = logging.getLogger(__name__)

T = TypeVar("T")
Lane = Literal["db", "net"]


class ChangeHub(QObject):
    """One signal for every change any operation made.

    Signals:
        changed(object): a :class:`Changes` (emitted on the GUI thread).
    """

    changed = Signal(object)

    def announce(self, changes: Changes) -> None:
        if changes:
            log.debug("changes: %s", changes)
            self.changed.emit(changes)

    def subscribe(
        self,
        owner: QObject,
        callback: Callable[[Changes], None],
        *,
        accounts: bool = False,
        drafts: bool = False,
        outbox: bool = False,
        packs: bool = False,
        event: bool = False,
        settings: Iterable[str] = (),
    ) -> None:
        """Call ``callback(changes)`` when a change of these kinds is announced; the
        subscription ends with ``owner``. Settings keys: exact, or a section ending
        in "." (``"live."``)."""
        wanted = _Filter(accounts, drafts, outbox, packs, event, tuple(settings))
        sub = _Subscription(owner, callback, wanted)
        self.changed.connect(sub.on_changed)


class _Filter:
    def __init__(
        self,
        accounts: bool,
        drafts: bool,
        outbox: bool,
        packs: bool,
        event: bool,
        settings: tuple[str, ...],
    ) -> None:
        self.kinds = (accounts, drafts, outbox, packs, event)
        self.settings = settings

    def matches(self, c: Changes) -> bool:
        flags = (c.accounts, c.drafts, c.outbox, c.packs, c.event)
        if any(want and got for want, got in zip(self.kinds, flags, strict=True)):
            return True
        return bool(self.settings) and c.settings_changed(*self.settings)


class _Subscription(QObject):
    """A child of the subscriber: dies with it, and its connection with it."""

    def __init__(
        self, owner: QObject, callback: Callable[[Changes], None], wanted: _Filter
    ) -> None:
        super().__init__(owner)
        self._callback = callback
        self._wanted = wanted

    @Slot(object)
    def on_changed(self, changes: Changes) -> None:
        if self._wanted.matches(changes):
            self._callback(changes)


class _Op(Generic[T]):
    def __init__(self, tasks: TaskManager, *, lane: Lane = "db") -> None:
        self._tasks = tasks
        self._lane = lane
        self._on_success: Callable[[T], None] | None = None
        self._on_failure: Callable[[BaseException], None] | None = None
        self._on_progress: Callable[[Any], None] | None = None

    def success(self, handler: Callable[[T], None]) -> Self:
        self._on_success = handler
        return self

    def failure(self, handler: Callable[[BaseException], None]) -> Self:
        """Known errors and bugs come here instead of the window's message bar
        (bugs are still reported there too)."""
        self._on_failure = handler
        return self

    def progress(self, handler: Callable[[Any], None]) -> Self:
        """For a job that yields progress (a generator function)."""
        self._on_progress = handler
        return self

    def _submit(self, fn: Callable[[], Any], done: Callable[[Any], None]) -> Future[Any]:
        run = self._tasks.run_db if self._lane == "db" else self._tasks.run_net
        return run(fn, done, self._on_failure, self._on_progress)


class QueryOp(_Op[T]):
    """Read something in the background: ``QueryOp(tasks, fn).success(show).run()``.
    ``fn`` may be a long job: a generator whose yields are progress and whose return
    value is the result."""

    @overload
    def __init__(
        self, tasks: TaskManager, fn: Callable[[], Generator[Any, None, T]], *, lane: Lane = "db"
    ) -> None: ...

    @overload
    def __init__(self, tasks: TaskManager, fn: Callable[[], T], *, lane: Lane = "db") -> None: ...

    def __init__(self, tasks: TaskManager, fn: Callable[[], Any], *, lane: Lane = "db") -> None:
        super().__init__(tasks, lane=lane)
        self._fn = fn

    def run(self) -> Future[Any]:
        return self._submit(self._fn, self._done)

    def _done(self, value: Any) -> None:
        if self._on_success is not None:
            self._on_success(value)


class ChangeOp(_Op[T]):
    """Change something in the background; the changes it reports are announced on
    the hub after the success handler ran."""

    @overload
    def __init__(
        self,
        tasks: TaskManager,
        fn: Callable[[], Generator[Any, None, Outcome[T]]],
        *,
        lane: Lane = "db",
    ) -> None: ...

    @overload
    def __init__(
        self, tasks: TaskManager, fn: Callable[[], Outcome[T]], *, lane: Lane = "db"
    ) -> None: ...

    def __init__(self, tasks: TaskManager, fn: Callable[[], Any], *, lane: Lane = "db") -> None:
        super().__init__(tasks, lane=lane)
        self._fn = fn

    def run(self) -> Future[Any]:
        return self._submit(self._fn, self._done)

    def _done(self, outcome: Any) -> None:
        assert isinstance(outcome, Outcome), f"{self._fn!r} must return an Outcome"
        if self._on_success is not None:
            self._on_success(outcome.value)
        self._tasks.hub.announce(outcome.changes)
