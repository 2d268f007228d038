"""The headless ``countdown`` and ``event-*`` subcommands, through the real CLI entry."""

from __future__ import annotations

import json
from pathlib import Path

import icalendar
import pytest

from companion.cli import main
from tests.core.event.helpers import event_bytes


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.mark.parametrize(
    ("now", "state", "to_start", "to_end"),
    [
        ("2018-03-14T23:59:59Z", "upcoming", 1, 86401),
        ("2018-03-15T00:00:00Z", "live", 0, 86400),
        ("2018-03-15T15:00:00+03:00", "live", 0, 43200),
        ("2018-03-16T00:00:00Z", "ended", 0, 0),
    ],
)
def test_countdown_json(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    now: str,
    state: str,
    to_start: int,
    to_end: int,
) -> None:
    code, out, _ = _run(
        capsys,
        "--data-dir",
        str(tmp_path),
        "countdown",
        "--now",
        now,
        "--json",
        "--tz",
        "Africa/Accra",
    )
    assert code == 0
    info = json.loads(out)
    assert info["state"] == state
    assert info["seconds_to_start"] == to_start
    assert info["seconds_to_end"] == to_end
    assert info["start_utc"] == "2018-03-15T00:00:00+00:00"
    assert info["start_event_time"] == "2018-03-15T00:00:00+00:00"
    assert info["start_local"] == "2018-03-15T00:00:00+00:00"


def test_countdown_text_with_global_now(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, out, _ = _run(
        capsys,
        "--data-dir",
        str(tmp_path),
        "--now",
        "2018-03-13T00:00:00Z",
        "countdown",
        "--tz",
        "Pacific/Kiritimati",
    )
    assert code == 0
    assert "state: upcoming" in out
    assert "seconds to start: 172800" in out
    assert "2018-03-15T14:00:00+14:00" in out


@pytest.mark.parametrize(
    "argv",
    [
        ["countdown", "--now", "yesterday"],
        ["countdown", "--now", "2018-03-15T00:00:00"],
        ["countdown", "--tz", "Nowhere/City"],
    ],
)
def test_bad_input_is_one_line_and_exit_2(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, argv: list[str]
) -> None:
    code, out, err = _run(capsys, "--data-dir", str(tmp_path), *argv)
    assert code == 2
    assert out == ""
    assert len(err.strip().splitlines()) == 1


def test_check_import_ics_and_reset(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    data_dir = str(tmp_path / "d")
    good = tmp_path / "good.json"
    good.write_bytes(event_bytes())
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "shareasm-event"}')
    assert _run(capsys, "--data-dir", data_dir, "event-check", str(good))[0] == 0
    code, _, err = _run(capsys, "--data-dir", data_dir, "event-check", str(bad))
    assert code == 2 and "invalid" in err
    assert _run(capsys, "--data-dir", data_dir, "event-import", str(good))[0] == 0
    ics = tmp_path / "out.ics"
    code, out, _ = _run(capsys, "--data-dir", data_dir, "event-ics", str(ics), "--all")
    assert code == 0 and "2 sessions" in out
    cal = icalendar.Calendar.from_ical(ics.read_bytes())
    assert len(cal.walk("VEVENT")) == 3
    code, out, _ = _run(capsys, "--data-dir", data_dir, "event-reset")
    assert code == 0 and "#shareASM digital day 2018" in out


def test_fetch_without_url_is_an_error(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = _run(capsys, "--data-dir", str(tmp_path), "event-fetch")
    assert code == 2 and "No event address" in err


def test_fetch_then_countdown_uses_the_fetched_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    from tests.support.httpserver import LoopbackServer, Reply

    with LoopbackServer() as srv:
        srv.route("GET", "/e.json", lambda r: Reply(200, event_bytes(), {"ETag": '"1"'}))
        url = srv.url("/e.json")
        code, out, _ = _run(capsys, "--data-dir", str(tmp_path), "event-fetch", url)
        assert code == 0 and out.startswith("updated")
        code, out, _ = _run(capsys, "--data-dir", str(tmp_path), "event-fetch")
        # the route ignores validators: the same file comes again, and is found unchanged
        assert code == 0 and out.startswith("unchanged")
        assert srv.requests[1].header("If-None-Match") == '"1"'
    code, out, _ = _run(capsys, "--data-dir", str(tmp_path), "countdown", "--json")
    info = json.loads(out)
    assert info["event_id"] == "test-event" and info["source"] == "url"
