"""The database lane: one worker thread that runs every SQLite call (and, the same
way, a lane for other single-writer stores such as the pack store).

SQLite stays serialised when only one thread ever uses the connection. The GUI's
task helper hands its database jobs to this lane; code that runs elsewhere (the
sender on the network pool, a pack download) reaches the database through objects
bound to the lane with :func:`bind_to_lane`, whose public methods run on the lane
and wait for the answer there.
"""

from __future__ import annotations

import functools
import logging
import threading
import types
from collections.abc import Callable, Collection
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, TypeVar, cast

log = logging.getLogger(__name__)

T = TypeVar("T")

_local = threading.local()


class DbLane:
    """A single worker thread for everything that touches the database."""

    def __init__(self, name: str = "db") -> None:
        self._executor = ThreadPoolExecutor(
            max_workers=1, thread_name_prefix=name, initializer=self._enter
        )

    def _enter(self) -> None:
        _local.lane = self

    def on_lane(self) -> bool:
        """True on this lane's own thread."""
        return getattr(_local, "lane", None) is self

    def submit(self, fn: Callable[[], T]) -> Future[T]:
        return self._executor.submit(fn)

    def call(self, fn: Callable[[], T]) -> T:
        """Run ``fn`` on the lane and return its result (at once when already there)."""
        if self.on_lane():
            return fn()
        return self._executor.submit(fn).result()

    def shutdown(self, *, wait: bool = True, cancel_futures: bool = False) -> None:
        self._executor.shutdown(wait=wait, cancel_futures=cancel_futures)


def on_a_lane() -> bool:
    """True on the thread of any database lane."""
    return getattr(_local, "lane", None) is not None


_BOUND_CLASSES: dict[tuple[type, frozenset[str] | None], type] = {}
_BOUND_LOCK = threading.Lock()


def _lane_method(fn: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(fn)
    def on_lane(self: Any, *args: Any, **kwargs: Any) -> Any:
        lane: DbLane = self._lane
        return lane.call(lambda: fn(self, *args, **kwargs))

    return on_lane


def _lane_class(cls: type, only: frozenset[str] | None) -> type:
    with _BOUND_LOCK:
        bound: type | None = _BOUND_CLASSES.get((cls, only))
        if bound is None:
            methods: dict[str, Any] = {}
            for klass in reversed(cls.__mro__[:-1]):  # object's own methods stay as they are
                for name, attr in vars(klass).items():
                    if name.startswith("_") or not isinstance(attr, types.FunctionType):
                        continue
                    if only is None or name in only:
                        methods[name] = _lane_method(attr)
            if only is not None and set(only) - set(methods):
                raise AttributeError(f"{cls.__name__} has no {sorted(set(only) - set(methods))}")
            bound = type(f"{cls.__name__}OnLane", (cls,), methods)
            _BOUND_CLASSES[(cls, only)] = bound
        return bound


def bind_to_lane(obj: T, lane: DbLane | None, *, only: Collection[str] | None = None) -> T:
    """``obj`` (a repository over the database) whose public methods run on ``lane``
    (only the methods named in ``only``, when given: a store's writers).

    The result is an instance of a subclass of ``type(obj)`` with the same state,
    so ``isinstance`` and typing hold. Without a lane (the command line, where one
    thread does everything) ``obj`` is returned as it is."""
    if lane is None:
        return obj
    names = frozenset(only) if only is not None else None
    bound: Any = object.__new__(_lane_class(type(obj), names))
    bound.__dict__.update(vars(obj))
    bound.__dict__["_lane"] = lane
    return cast(T, bound)
