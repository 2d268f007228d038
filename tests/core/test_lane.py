from __future__ import annotations

import threading

from companion.core.lane import DbLane, bind_to_lane, on_a_lane


class Repo:
    def __init__(self) -> None:
        self.threads: list[threading.Thread] = []

    def touch(self, value: int) -> int:
        self.threads.append(threading.current_thread())
        assert on_a_lane()
        return self._twice(value)

    def _twice(self, value: int) -> int:
        return value * 2

    def both(self) -> int:
        return self.touch(1) + self.touch(2)  # a bound method calling another one


def test_bound_methods_run_on_the_lane_from_any_thread() -> None:
    lane = DbLane()
    try:
        repo = bind_to_lane(Repo(), lane)
        assert isinstance(repo, Repo)
        assert repo.touch(2) == 4  # from the main thread
        out: list[int] = []
        worker = threading.Thread(target=lambda: out.append(repo.both()))
        worker.start()
        worker.join(5)
        assert out == [6]
        lane_thread = lane.submit(threading.current_thread).result()
        assert repo.threads == [lane_thread] * 3
        assert not on_a_lane()
    finally:
        lane.shutdown()


def test_without_a_lane_the_object_is_returned_as_it_is() -> None:
    repo = Repo()
    assert bind_to_lane(repo, None) is repo
