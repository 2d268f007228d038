"""The one helper for background work (after Anki's ``aqt/taskman.py``).

* ``run_db`` — the database lane (:class:`~companion.core.lane.DbLane`), a single
  worker thread: everything touching SQLite is serialised there.
* ``run_net`` — a small pool for network work.
* ``submit_decode`` — a small pool for decoding pictures and pages (CPU work that
  touches neither the database nor the network), with a separate worker for
  thumbnails so they never delay the page being looked at.
* ``hub`` — the :class:`~companion.ui.ops.ChangeHub` on which operations announce
  what they changed (typed operations: :mod:`companion.ui.ops`).

Results, failures and progress come back on the GUI thread through a queued
signal. A function that returns a generator is a long job: each yielded value is
reported as progress and the generator's return value is the result.
Expected trouble (:class:`KnownError`) goes to ``on_failure`` or the default
handler; anything else is a bug, logged with its traceback.
"""

from __future__ import annotations

import inspect
import logging
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import wait as wait_for_futures
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal, Slot

from companion.core.diskerrors import known_disk_error
from companion.core.errors import KnownError
from companion.core.lane import DbLane

log = logging.getLogger(__name__)

T = TypeVar("T")
Callback = Callable[[Any], None]
FailureHandler = Callable[[BaseException], None]

#: how long quitting waits for network and decoding jobs already running (those not
#: started are dropped); then the app ends without them
NET_DEADLINE_S = 5.0
#: the database lane runs every write queued on it before the app ends: past this
#: the log says it is slow...
LANE_SLOW_S = 10.0
#: ...and past this the app ends anyway (the next start checks the database)
LANE_BOUND_S = 120.0


class TaskManager(QObject):
    """Runs work off the GUI thread and hands results back to it.

    Signals:
        _closure: internal; carries a callable to run on the GUI thread.
        known_error(object): a KnownError nobody handled (shown by the main window).
        bug(object): an unexpected exception (shown with a copyable report).
    """

    _closure = Signal(object)
    known_error = Signal(object)
    bug = Signal(object)

    def __init__(
        self, parent: QObject | None = None, *, net_workers: int = 4, lane: DbLane | None = None
    ) -> None:
        super().__init__(parent)
        from companion.ui.ops import ChangeHub

        #: the database lane (shared with the services bound to it)
        self.lane = lane or DbLane()
        #: where operations announce what they changed
        self.hub = ChangeHub(self)
        self._net = ThreadPoolExecutor(max_workers=net_workers, thread_name_prefix="net")
        self._decode: ThreadPoolExecutor | None = None
        self._thumbs: ThreadPoolExecutor | None = None
        self._closing = False
        self._shut_down = False
        #: network and decoding jobs submitted and not finished (quitting waits for them)
        self._workers: set[Future[Any]] = set()
        self._workers_lock = threading.Lock()
        #: jobs submitted whose results have not reached the GUI thread yet
        self._pending = 0
        self._next_id = 0
        #: job id -> (fn, on_success, on_failure, on_progress), owned by the GUI thread
        self._jobs: dict[int, tuple[Any, Any, Any, Any]] = {}
        self._closure.connect(self._on_closure)

    # -- public ----------------------------------------------------------
    def run_db(
        self,
        fn: Callable[[], Any],
        on_success: Callback | None = None,
        on_failure: FailureHandler | None = None,
        on_progress: Callback | None = None,
    ) -> Future[Any]:
        return self._submit(self.lane.submit, fn, on_success, on_failure, on_progress)

    def run_net(
        self,
        fn: Callable[[], Any],
        on_success: Callback | None = None,
        on_failure: FailureHandler | None = None,
        on_progress: Callback | None = None,
    ) -> Future[Any]:
        return self._watch(self._submit(self._net.submit, fn, on_success, on_failure, on_progress))

    def submit_decode(self, fn: Callable[[], T], *, thumbnail: bool = False) -> Future[T]:
        """Decode off the GUI thread; the caller takes the result from the future (a
        signal of its own brings it to the GUI thread). Made on first use."""
        if thumbnail:
            if self._thumbs is None:
                self._thumbs = ThreadPoolExecutor(max_workers=1, thread_name_prefix="thumbs")
            return self._watch(self._thumbs.submit(fn))
        if self._decode is None:
            self._decode = ThreadPoolExecutor(max_workers=2, thread_name_prefix="decode")
        return self._watch(self._decode.submit(fn))

    def run_on_main(self, closure: Callable[[], None]) -> None:
        """Call ``closure`` on the GUI thread (safe from any thread)."""
        if not self._closing:
            self._closure.emit(closure)

    @property
    def pending(self) -> int:
        """Jobs whose results have not been delivered yet (GUI thread's view)."""
        return self._pending

    def wait_idle(self, timeout_s: float = 5.0) -> bool:
        """Process events until every job's result was delivered, or ``timeout_s``.
        For the offscreen screenshot and self-test; the app itself never waits."""
        from PySide6.QtCore import QEventLoop

        loop = QEventLoop()
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            loop.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
            if self._pending == 0:
                loop.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
                if self._pending == 0:
                    return True
            time.sleep(0.01)
        return False

    def drain_lane(self, timeout_s: float) -> bool:
        """Wait (at most ``timeout_s``) until every job queued on the database lane so
        far has run; True when they have (or the lane is closed). Nothing is stopped."""
        try:
            marker = self.lane.submit(lambda: None)  # the lane runs its jobs in order
        except RuntimeError:  # already shut down
            return True
        return _wait_for(marker, timeout_s)

    def shutdown(
        self,
        *,
        wait: bool = True,
        net_deadline_s: float = NET_DEADLINE_S,
        lane_bound_s: float = LANE_BOUND_S,
    ) -> bool:
        """Stop the background work: the app is quitting. Returns True when every
        database write queued has landed (``wait``), so the database may be closed.

        Network and decoding jobs not started yet are dropped; those running get
        ``net_deadline_s`` in all, then the app goes on without them (what they would
        write after that is refused: the lane is closed). The database lane then runs
        every job queued on it (writes must land) before it stops; the log says so
        when that takes long, and after ``lane_bound_s`` the app ends anyway. Calling
        it again does nothing."""
        if self._shut_down:
            return True
        self._shut_down = True
        self._closing = True
        pools = [p for p in (self._net, self._decode, self._thumbs) if p is not None]
        for pool in pools:
            pool.shutdown(wait=False, cancel_futures=True)
        if not wait:
            self.lane.shutdown(wait=False)
            return False
        with self._workers_lock:
            running = set(self._workers)
        _done, late = wait_for_futures(running, timeout=max(0.0, net_deadline_s))
        if late:
            log.info(
                "quitting without %d background job(s) still running after %.0f s",
                len(late),
                net_deadline_s,
            )
        # after the jobs that were given their time: what they wrote is queued before it
        try:
            marker = self.lane.submit(lambda: None)  # the lane runs its jobs in order
        except RuntimeError:  # the lane was shut down by its owner
            return True
        self.lane.shutdown(wait=False, cancel_futures=False)
        return self._wait_for_lane(marker, lane_bound_s)

    # -- internals -------------------------------------------------------
    def _watch(self, future: Future[T]) -> Future[T]:
        """Remember a network or decoding job until it ends (quitting waits for it)."""
        with self._workers_lock:
            self._workers.add(future)
        future.add_done_callback(self._forget)
        return future

    def _forget(self, future: Future[Any]) -> None:
        with self._workers_lock:
            self._workers.discard(future)

    @staticmethod
    def _wait_for_lane(marker: Future[None], bound_s: float) -> bool:
        started = time.monotonic()
        slow = min(LANE_SLOW_S, bound_s)
        if _wait_for(marker, slow):
            return True
        log.warning("quitting: the database is still writing after %.0f s; waiting", slow)
        if _wait_for(marker, bound_s - (time.monotonic() - started)):
            log.info(
                "quitting: the database writes landed after %.1f s", time.monotonic() - started
            )
            return True
        log.error("quitting: the database was still writing after %.0f s; ending anyway", bound_s)
        return False

    def _submit(
        self,
        submit: Callable[[Callable[[], Any]], Future[Any]],
        fn: Callable[[], Any],
        on_success: Callback | None,
        on_failure: FailureHandler | None,
        on_progress: Callback | None,
    ) -> Future[Any]:
        # The GUI thread keeps the only lasting references to ``fn`` and the callbacks
        # until the result is delivered, so a widget (or any QObject) they hold is
        # never destroyed on a worker thread ("Timers cannot be stopped from another
        # thread").
        if self._closing:
            # a late timer or announcement after the window closed: nothing to run
            log.debug("not started after shutdown: %r", fn)
            skipped: Future[Any] = Future()
            skipped.cancel()
            return skipped
        job_id = self._next_id
        self._next_id += 1
        self._jobs[job_id] = (fn, on_success, on_failure, on_progress)
        box: list[Callable[[], Any]] = [fn]
        self._pending += 1

        def job() -> Any:
            f = box.pop()
            try:
                result = f()
                if inspect.isgenerator(result):
                    result = self._drain(result, job_id)
            except BaseException as exc:
                del f
                self._post(job_id, exc, failed=True)
                return None
            del f
            self._post(job_id, result, failed=False)
            return result

        return submit(job)

    def _post(self, job_id: int, value: Any, *, failed: bool) -> None:
        self.run_on_main(lambda: self._deliver(job_id, value, failed))

    def _deliver(self, job_id: int, value: Any, failed: bool) -> None:
        entry = self._jobs.pop(job_id, None)
        self._pending = max(0, self._pending - 1)
        if entry is None:
            return
        _fn, on_success, on_failure, _on_progress = entry
        if failed:
            self._fail(value, on_failure)
        elif on_success is not None:
            on_success(value)

    def _drain(self, gen: Any, job_id: int) -> Any:
        while True:
            try:
                value = next(gen)
            except StopIteration as stop:
                return stop.value
            self._post_progress(job_id, value)

    def _post_progress(self, job_id: int, value: Any) -> None:
        self.run_on_main(lambda: self._progress(job_id, value))

    def _progress(self, job_id: int, value: Any) -> None:
        entry = self._jobs.get(job_id)
        if entry is not None and entry[3] is not None:
            entry[3](value)

    def _fail(self, exc: BaseException, on_failure: FailureHandler | None) -> None:
        exc = known_disk_error(exc) or exc  # a full or read-only disk is not a bug
        if isinstance(exc, KnownError):
            log.info("task failed: %s", exc)
            if on_failure is not None:
                on_failure(exc)
            else:
                self.known_error.emit(exc)
            return
        log.error("bug in background task", exc_info=exc)
        if on_failure is not None:
            on_failure(exc)
        self.bug.emit(exc)

    @Slot(object)
    def _on_closure(self, closure: Callable[[], None]) -> None:
        try:
            closure()
        except RuntimeError as exc:
            # the receiving widget may have been deleted while the job ran
            if "already deleted" in str(exc):
                log.debug("dropped a result for a deleted widget: %s", exc)
                return
            log.exception("bug in a task callback")
            self.bug.emit(exc)
        except Exception as exc:
            log.exception("bug in a task callback")
            self.bug.emit(exc)


def _wait_for(future: Future[Any], timeout_s: float) -> bool:
    """True when ``future`` ended within ``timeout_s`` (however it ended)."""
    done, _ = wait_for_futures({future}, timeout=max(0.0, timeout_s))
    return bool(done)
