"""This computer's clock against the servers' (issue 13 item 12): ClockSkew, the HTTP
client feeding it from ``Date``, and the estimate surviving a restart."""

from __future__ import annotations

import json
import socketserver
import sqlite3
import subprocess
import sys
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from companion.core.accounts.credentials import MemoryCredentialStore
from companion.core.clock import SKEW_THRESHOLD, Clock, ClockSkew
from companion.core.net import HttpClient, trusted_for_time
from companion.core.paths import Paths
from companion.core.services import CLOCK_SKEW_KEY, CoreServices
from tests.support.httpserver import LoopbackServer, Reply

LAPTOP = datetime(2026, 11, 27, 9, 0, tzinfo=UTC)
BEHIND = -timedelta(hours=3, minutes=12)  # laptop minus server


class FakeTime:
    """A wall clock and a since-boot clock the test moves by hand."""

    def __init__(self, at: datetime = LAPTOP) -> None:
        self.wall_s = at.timestamp()
        self.boot_s = 1000.0

    def wall(self) -> float:
        return self.wall_s

    def boot(self) -> float:
        return self.boot_s

    def run(self, seconds: float) -> None:
        self.wall_s += seconds
        self.boot_s += seconds

    def set_wall(self, delta: timedelta) -> None:
        """Somebody sets the computer's clock."""
        self.wall_s += delta.total_seconds()


def make_clock(t: FakeTime) -> Clock:
    return Clock(wall=t.wall, monotonic=t.boot)


def observe(clock: Clock, laptop_minus_server: timedelta) -> None:
    now = clock.now()
    clock.skew.observe(now, now - laptop_minus_server)


def test_a_clock_behind_is_corrected_and_reported() -> None:
    t = FakeTime()
    clock = make_clock(t)
    assert clock.wrong_by() == timedelta(0) and clock.corrected_now() == clock.now()
    observe(clock, BEHIND)
    assert clock.wrong_by() == BEHIND
    assert clock.corrected_now() == LAPTOP + timedelta(hours=3, minutes=12)
    assert clock.corrected_timestamp() == clock.corrected_now().timestamp()
    t.run(60)
    assert clock.corrected_now() == LAPTOP + timedelta(hours=3, minutes=13)


@pytest.mark.parametrize("off", [timedelta(seconds=5), timedelta(seconds=-119), SKEW_THRESHOLD])
def test_two_minutes_or_less_is_noise(off: timedelta) -> None:
    clock = make_clock(FakeTime())
    observe(clock, off)
    assert clock.wrong_by() == timedelta(0)
    assert clock.corrected_now() == clock.now()
    assert clock.skew.offset() == off  # known, but not worth correcting


def test_one_odd_server_cannot_move_the_estimate() -> None:
    clock = make_clock(FakeTime())
    for off in (BEHIND, BEHIND, BEHIND + timedelta(seconds=1), timedelta(days=2), BEHIND):
        observe(clock, off)
    assert abs(clock.wrong_by() - BEHIND) <= timedelta(seconds=1)


def test_setting_the_clock_while_running_drops_the_estimate() -> None:
    """The user reads the notice and fixes the clock while offline: no double correction."""
    t = FakeTime()
    clock = make_clock(t)
    for _ in range(3):
        observe(clock, BEHIND)
    t.run(600)
    assert clock.wrong_by() == BEHIND  # time passing is not a clock change
    t.set_wall(-BEHIND)  # fixed: now right
    assert clock.wrong_by() == timedelta(0)
    assert clock.corrected_now() == clock.now()
    observe(clock, timedelta(0))  # the next reply agrees at once, old samples are gone
    assert clock.skew.offset() == timedelta(0)


def test_a_demonstration_clock_is_never_corrected() -> None:
    t = FakeTime()
    clock = Clock(datetime(2018, 3, 14, 9, tzinfo=UTC), wall=t.wall, monotonic=t.boot)
    clock.skew.observe(LAPTOP, LAPTOP + timedelta(hours=5))
    assert clock.wrong_by() == timedelta(0)
    assert clock.corrected_now() == clock.now()


def test_saved_estimate_is_used_until_the_first_reply() -> None:
    t = FakeTime()
    saved: list[str] = []
    first = ClockSkew(wall=t.wall, reference=t.boot, on_change=saved.append)
    first.observe(LAPTOP, LAPTOP - BEHIND)
    assert saved, "a new estimate is handed over for saving"
    second = ClockSkew(wall=t.wall, reference=t.boot)
    second.restore(saved[-1])
    assert second.wrong_by() == BEHIND
    second.observe(LAPTOP, LAPTOP)  # the first reply of the new session wins
    assert second.wrong_by() == timedelta(0)


@pytest.mark.parametrize("text", ["", "{", "[]", '{"offset_s": "x"}', '{"offset_s": true}'])
def test_unreadable_saved_estimate_is_ignored(text: str) -> None:
    skew = ClockSkew()
    skew.restore(text)
    assert skew.offset() == timedelta(0)


def test_small_moves_are_not_saved_again() -> None:
    saved: list[str] = []
    t = FakeTime()
    skew = ClockSkew(wall=t.wall, reference=t.boot, on_change=saved.append)
    for seconds in (0, 1, 0, 2):
        skew.observe(LAPTOP, LAPTOP - timedelta(seconds=seconds))
    assert len(saved) == 1


# -- fed by the HTTP client --------------------------------------------------------------
def test_one_reply_from_a_server_ahead_tells_the_error() -> None:
    t = FakeTime()
    clock = make_clock(t)
    http = HttpClient(now=clock.now, skew=clock.skew)
    with LoopbackServer() as srv:
        srv.clock = lambda: clock.now() - BEHIND
        srv.route("GET", "/", lambda req: Reply.text("ok"))
        http.get(srv.url("/"))
    assert clock.wrong_by() == BEHIND


class _RawReply(socketserver.StreamRequestHandler):
    """Answers with exactly the bytes given (LoopbackServer always sends a good Date)."""

    answer = b""

    def handle(self) -> None:
        while self.rfile.readline() not in (b"\r\n", b"\n", b""):
            pass
        self.wfile.write(self.answer)


@pytest.mark.parametrize("date", [b"Date: yesterday\r\n", b""])
def test_replies_without_a_usable_date_teach_nothing(date: bytes) -> None:
    clock = make_clock(FakeTime())
    http = HttpClient(now=clock.now, skew=clock.skew)
    handler = type("Raw", (_RawReply,), {"answer": b"HTTP/1.1 200 OK\r\n" + date + RAW_TAIL})
    with socketserver.TCPServer(("127.0.0.1", 0), handler) as srv:
        threading.Thread(target=srv.handle_request, daemon=True).start()
        resp = http.get(f"http://127.0.0.1:{srv.server_address[1]}/")
    assert resp.text == "ok"
    assert clock.skew.offset() == timedelta(0)


RAW_TAIL = b"Content-Length: 2\r\nConnection: close\r\n\r\nok"


def test_an_http_client_without_a_skew_leaves_the_clock_alone() -> None:
    clock = make_clock(FakeTime())
    http = HttpClient(now=clock.now)
    with LoopbackServer() as srv:
        srv.clock = lambda: clock.now() - BEHIND
        srv.route("GET", "/", lambda req: Reply.text("ok"))
        http.get(srv.url("/"))
    assert clock.skew.offset() == timedelta(0)


@pytest.mark.parametrize(
    ("url", "trusted"),
    [
        ("https://mastodon.social/api/v2/instance", True),
        ("http://127.0.0.1:8080/x", True),
        ("http://[::1]:8080/x", True),
        ("http://localhost/x", True),
        ("http://mastodon.social/api/v2/instance", False),  # a captive portal answers this
        ("http://192.168.1.1/", False),
        ("", False),
    ],
)
def test_only_replies_nobody_can_forge_tell_the_time(url: str, trusted: bool) -> None:
    assert trusted_for_time(url) is trusted


# -- wired into the app's services ----------------------------------------------------------
def test_services_feed_save_and_restore_the_estimate(tmp_path: Path) -> None:
    paths = Paths.for_data_dir(tmp_path / "d")
    core = CoreServices.open(paths, credentials=MemoryCredentialStore())
    try:
        assert core.http.skew is core.clock.skew
        with LoopbackServer() as srv:
            srv.clock = lambda: core.clock.now() - BEHIND
            srv.route("GET", "/", lambda req: Reply.text("ok"))
            core.http.get(srv.url("/"))
        assert abs(core.clock.wrong_by() - BEHIND) <= timedelta(seconds=1)
        assert core.db.get_meta(CLOCK_SKEW_KEY)
    finally:
        core.close()
    # a restart, offline: the correction holds
    again = CoreServices.open(paths, credentials=MemoryCredentialStore())
    try:
        assert abs(again.clock.wrong_by() - BEHIND) <= timedelta(seconds=1)
    finally:
        again.close()


def test_demo_services_neither_learn_nor_correct(tmp_path: Path) -> None:
    paths = Paths.for_data_dir(tmp_path / "d")
    core = CoreServices.open(
        paths, now=datetime(2018, 3, 14, 9, tzinfo=UTC), credentials=MemoryCredentialStore()
    )
    try:
        assert core.http.skew is None
        with LoopbackServer() as srv:
            srv.route("GET", "/", lambda req: Reply.text("ok"))
            core.http.get(srv.url("/"))
        assert core.db.get_meta(CLOCK_SKEW_KEY) is None
        assert core.clock.wrong_by() == timedelta(0)
    finally:
        core.close()


def test_a_full_or_closed_database_does_not_break_a_request(tmp_path: Path) -> None:
    paths = Paths.for_data_dir(tmp_path / "d")
    core = CoreServices.open(paths, credentials=MemoryCredentialStore())
    core.db.close()  # e.g. a reply arriving while the app shuts down
    with LoopbackServer() as srv:
        srv.clock = lambda: core.clock.now() - BEHIND
        srv.route("GET", "/", lambda req: Reply.text("ok"))
        assert core.http.get(srv.url("/")).status_code == 200
    assert core.clock.wrong_by() != timedelta(0)
    with pytest.raises(sqlite3.ProgrammingError):
        core.db.get_meta(CLOCK_SKEW_KEY)
    core.http.close()


def test_the_countdown_command_uses_the_saved_correction(tmp_path: Path) -> None:
    """Learnt online by one run, used offline by the next (here the ``countdown`` CLI)."""
    data = tmp_path / "d"
    core = CoreServices.open(Paths.for_data_dir(data), credentials=MemoryCredentialStore())
    try:
        with LoopbackServer() as srv:
            srv.clock = lambda: core.clock.now() - BEHIND
            srv.route("GET", "/", lambda req: Reply.text("ok"))
            core.http.get(srv.url("/"))
    finally:
        core.close()
    result = subprocess.run(
        [sys.executable, "-m", "companion", "--data-dir", str(data), "countdown", "--json"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    info = json.loads(result.stdout)
    assert abs(info["clock_wrong_by_s"] - BEHIND.total_seconds()) <= 2
    shown = datetime.fromisoformat(info["now_utc"])
    assert abs(shown - (Clock().now() - BEHIND)) < timedelta(minutes=1)
