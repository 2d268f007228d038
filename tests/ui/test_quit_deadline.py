"""Quitting does not wait without end for background work, and loses no write.

``TaskManager.shutdown`` used to wait for the network pool with no deadline (a job
going on for minutes kept the process alive, invisible, after its window closed);
now network jobs not started are dropped, running ones get a deadline, and the
database lane still runs every write queued on it before the database closes."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import pytest

from companion.core.lane import DbLane
from companion.ui.tasks import TaskManager


@pytest.fixture
def release() -> Iterator[threading.Event]:
    """Lets the jobs a test blocked end once it is over (no thread left waiting)."""
    event = threading.Event()
    yield event
    event.set()


def test_running_network_jobs_get_a_deadline_and_queued_ones_are_dropped(
    release: threading.Event,
) -> None:
    tasks = TaskManager(net_workers=1)
    started = threading.Event()
    ran: list[str] = []

    def slow() -> None:
        started.set()
        release.wait(30)  # a download on a slow link that takes its time
        ran.append("slow")

    tasks.run_net(slow)
    tasks.run_net(lambda: ran.append("queued"))
    assert started.wait(5)
    t0 = time.monotonic()
    drained = tasks.shutdown(net_deadline_s=0.5)
    took = time.monotonic() - t0
    assert drained  # nothing was queued on the database lane
    assert 0.4 <= took < 3.0, took
    release.set()
    time.sleep(0.2)
    assert "queued" not in ran  # never started


def test_the_database_lane_runs_every_write_queued_before_it_stops() -> None:
    tasks = TaskManager()
    written: list[int] = []

    def write(n: int) -> None:
        time.sleep(0.05)  # a slow disk
        written.append(n)

    for n in range(10):
        tasks.run_db(lambda n=n: write(n))  # type: ignore[misc]
    assert tasks.shutdown(net_deadline_s=0.1) is True
    assert written == list(range(10))


def test_what_a_network_job_writes_within_its_deadline_lands(
    release: threading.Event,
) -> None:
    """The sender records a post that went out while the app quits: its write is
    queued after the quit began, and lands before the database closes."""
    tasks = TaskManager()
    written: list[str] = []
    started = threading.Event()

    def upload() -> None:
        started.set()
        time.sleep(0.3)
        tasks.lane.call(lambda: written.append("sent"))  # as a lane-bound outbox does

    tasks.run_net(upload)
    assert started.wait(5)
    assert tasks.shutdown(net_deadline_s=5.0) is True
    assert written == ["sent"]


def test_a_network_job_past_its_deadline_cannot_write_any_more(
    release: threading.Event,
) -> None:
    """After the deadline the lane is closed: a late write is refused (the database
    is closed next), never run on a closed database."""
    tasks = TaskManager()
    started = threading.Event()
    outcome: list[str] = []

    def late() -> None:
        started.set()
        release.wait(30)
        try:
            tasks.lane.call(lambda: outcome.append("written"))
        except RuntimeError:
            outcome.append("refused")

    done = tasks.run_net(late)
    assert started.wait(5)
    assert tasks.shutdown(net_deadline_s=0.2) is True
    release.set()
    done.result(5)
    assert outcome == ["refused"]


@pytest.mark.allow_warnings
def test_a_database_lane_that_overruns_its_bound_is_logged_and_not_waited_for(
    caplog: pytest.LogCaptureFixture, release: threading.Event
) -> None:
    lane = DbLane()
    tasks = TaskManager(lane=lane)
    tasks.run_db(lambda: release.wait(30))  # a write that never ends
    t0 = time.monotonic()
    assert tasks.shutdown(net_deadline_s=0.1, lane_bound_s=0.5) is False
    assert time.monotonic() - t0 < 3.0
    assert "still writing" in caplog.text
    release.set()
    lane.shutdown(wait=True)


def test_shutting_down_twice_does_nothing_more() -> None:
    tasks = TaskManager()
    assert tasks.shutdown() is True
    assert tasks.shutdown() is True
    assert tasks.drain_lane(1.0) is True  # the lane is closed: nothing queued
