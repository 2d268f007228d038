"""Issue 14: hostile and odd inputs never crash the app or reach the wrong place.

Each test builds its hostile input itself; the numbered sections follow the issue.
"""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import threading
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from companion.cli import main
from companion.core.clock import Clock
from companion.core.errors import KnownError
from companion.core.event.model import EventFileError
from companion.core.event.parse import parse_event, parse_event_bytes
from companion.core.event.store import EventStore
from companion.core.library.manifest import PackError, check_relative_path, parse_manifest
from companion.core.library.service import drain
from companion.core.library.sideload import import_pack, verify_pack
from companion.core.library.store import PackStore
from companion.core.library.sync import sync_pack
from companion.core.net import HttpClient
from companion.core.paths import Paths
from tests.core.event.helpers import event_bytes, event_dict
from tests.core.library.packs import PackServer, photobook_raw, write_pack
from tests.support.httpserver import LoopbackServer, Reply, Request

POSIX = pytest.mark.skipif(os.name == "nt", reason="FIFOs and /dev/zero are POSIX")
FILES = {"en/p1.jpg": b"page one", "en/p2.jpg": b"page two" * 10}


def cli(tmp_path: Path, *args: str) -> int:
    return main(["--data-dir", str(tmp_path / "data"), *args])


def one_line_error(capsys: pytest.CaptureFixture[str]) -> str:
    err = capsys.readouterr().err.strip()
    assert err and "\n" not in err and "Traceback" not in err, err
    return err


def manifest_text(**replace: str) -> bytes:
    """A valid manifest as text, with some values swapped for raw JSON text."""
    text = json.dumps(photobook_raw(FILES))
    for key, raw in replace.items():
        old = {"format": '"format": 1', "size": f'"size": {len(FILES["en/p1.jpg"])}'}[key]
        assert old in text
        text = text.replace(old, f'"{key}": {raw}', 1)
    return text.encode()


# --------------------------------------------------------------------- 1. long integers
HUGE = "9" * 5000  # Python refuses to convert more than 4,300 digits (ValueError)


@pytest.mark.parametrize(
    ("key", "raw"),
    [("format", HUGE), ("format", "-" + HUGE), ("size", HUGE), ("size", "1e999"),
     ("size", "NaN"), ("format", "Infinity"), ("format", "1" + "0" * 60)],
)  # fmt: skip
def test_a_manifest_with_an_absurd_number_is_a_pack_error(key: str, raw: str) -> None:
    with pytest.raises(PackError, match="pack manifest") as info:
        parse_manifest(manifest_text(**{key: raw}))
    assert "\n" not in info.value.message


def test_pack_verify_and_import_refuse_a_huge_format_number(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = write_pack(tmp_path / "usb", photobook_raw(FILES), FILES)
    (src / "manifest.json").write_bytes(manifest_text(format=HUGE))
    archive = tmp_path / "pack.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for p in src.rglob("*"):
            if p.is_file():
                zf.write(p, p.relative_to(src).as_posix())
    for command, path in (("verify", src), ("import", src), ("verify", archive)):
        assert cli(tmp_path, "pack", command, str(path)) == 2
        assert "5000 digits" in one_line_error(capsys)


def test_an_event_file_with_a_huge_number_is_an_event_error() -> None:
    text = event_bytes().replace(b'"version": 1', b'"version": ' + HUGE.encode())
    with pytest.raises(EventFileError, match="5000 digits"):
        parse_event_bytes(text)


def test_a_server_reply_with_a_huge_number_is_a_known_error(loopback: LoopbackServer) -> None:
    """Server replies go through the same loader (a real HTTP reply, read as the app does)."""
    from companion.core.jsonsafe import JsonInputError, response_json

    body = b'[{"id": "1", "replies_count": ' + HUGE.encode() + b"}]"
    loopback.route("GET", "/api/v1/timelines/tag/x", lambda r: Reply(200, body))
    resp = HttpClient(now=Clock().now).get(loopback.url("/api/v1/timelines/tag/x"))
    with pytest.raises(JsonInputError, match="5000 digits"):
        response_json(resp)


# --------------------------------------------------------------------- 2. lone surrogates
SURROGATES = ["\\ud800", "\\udfff", "a\\udc80b", "\\ude00\\ud83d"]  # the last: pair reversed


@pytest.mark.parametrize("escape", SURROGATES)
def test_an_event_file_with_a_lone_surrogate_is_refused(escape: str) -> None:
    data = event_bytes(name="NAME").replace(b"NAME", escape.encode())
    with pytest.raises(EventFileError, match="not valid Unicode"):
        parse_event_bytes(data)
    with pytest.raises(EventFileError, match="not valid Unicode"):
        parse_event(json.loads(data))  # a value decoded by someone else


def test_a_real_surrogate_pair_is_fine() -> None:
    data = event_bytes(name="NAME").replace(b"NAME", b"Day \\ud83d\\ude00")
    assert parse_event_bytes(data).name == "Day \U0001f600"


def test_event_import_of_a_lone_surrogate_keeps_countdown_and_ics_working(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_bytes(event_bytes(name="NAME").replace(b"NAME", b"\\ud800"))
    assert cli(tmp_path, "event-check", str(bad)) == 2
    assert "not valid Unicode" in one_line_error(capsys)
    assert cli(tmp_path, "event-import", str(bad)) == 2
    one_line_error(capsys)
    assert cli(tmp_path, "countdown") == 0
    assert cli(tmp_path, "countdown", "--json") == 0
    assert cli(tmp_path, "event-ics", str(tmp_path / "day.ics"), "--all") == 0


@pytest.mark.parametrize("where", ["title", "caption", "version"])
def test_a_manifest_with_a_lone_surrogate_is_refused(where: str) -> None:
    raw = photobook_raw(FILES)
    if where == "title":
        raw["items"][0]["title"]["en"] = "MARK"
    elif where == "caption":
        raw["items"][0]["editions"]["en"]["captions"][0] = "MARK"
    else:
        raw["version"] = "MARK"
    data = json.dumps(raw).replace("MARK", "\\udbff").encode()
    with pytest.raises(PackError, match="not valid Unicode"):
        parse_manifest(data)


# --------------------------------------------------------------------- 3. integers that are floats
@pytest.mark.parametrize("value", ["45.0", "8.0", "true", "8e0"])
def test_a_manifest_size_must_be_a_real_integer(value: str) -> None:
    with pytest.raises(PackError, match="items/0/editions/en/files/0/size"):
        parse_manifest(manifest_text(size=value))


@pytest.mark.parametrize("value", ["1.0", "true"])
def test_manifest_format_and_event_version_must_be_real_integers(value: str) -> None:
    with pytest.raises(PackError):
        parse_manifest(manifest_text(format=value))
    with pytest.raises(EventFileError):
        parse_event_bytes(event_bytes().replace(b'"version": 1', b'"version": ' + value.encode()))


def test_sync_of_a_float_size_is_refused_before_any_download(
    loopback: LoopbackServer, tmp_path: Path
) -> None:
    """The reported crash: a server sending more than a declared ``45.0`` bytes."""
    files = {"en/p1.jpg": b"x" * 45}
    server = PackServer(loopback)
    server.publish(photobook_raw(files), files)
    server.manifest = server.manifest.replace(b'"size": 45', b'"size": 45.0')
    server.extra["en/p1.jpg"] = b"more than declared"
    with pytest.raises(PackError, match="size"):
        drain(
            sync_pack(
                HttpClient(now=Clock().now, timeout=(5, 5)), PackStore(tmp_path / "lib"), server.url
            )
        )
    assert "en/p1.jpg" not in server.sent


# --------------------------------------------------------------------- 4. files that are not files
def _finishes(fn: Callable[[], object], timeout: float = 10.0) -> BaseException | None:
    """Run ``fn`` in a thread; fail when it does not finish (a FIFO hang)."""
    outcome: list[BaseException | None] = []

    def run() -> None:
        try:
            fn()
            outcome.append(None)
        except BaseException as exc:
            outcome.append(exc)

    t = threading.Thread(target=run, daemon=True)
    t.start()
    t.join(timeout)
    return outcome[0] if outcome else TimeoutError("still blocked")


@pytest.fixture
def fifo(tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "event.json"
    os.mkfifo(path)
    yield path
    # a reader still blocked in open() (the bug) is released by a writer coming and going
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_NONBLOCK))
    except OSError:
        pass


@POSIX
@pytest.mark.parametrize("command", ["event-check", "event-import"])
def test_event_commands_refuse_a_fifo_without_hanging(
    tmp_path: Path, fifo: Path, command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    codes: list[int] = []
    problem = _finishes(lambda: codes.append(cli(tmp_path, command, str(fifo))))
    assert problem is None, problem
    assert codes == [2]
    assert "not an ordinary file" in one_line_error(capsys)


@POSIX
def test_event_store_refuses_a_fifo_and_a_folder(tmp_path: Path, fifo: Path) -> None:
    store = EventStore(Paths.resolve(tmp_path / "data"))
    problem = _finishes(lambda: store.import_file(fifo, now=Clock().now()))
    assert isinstance(problem, EventFileError), problem
    with pytest.raises(EventFileError, match="folder"):
        store.import_file(tmp_path, now=Clock().now())


@POSIX
@pytest.mark.parametrize("command", ["event-check", "event-import"])
def test_event_commands_refuse_dev_zero_without_reading_it(tmp_path: Path, command: str) -> None:
    """In a child with 1.5 GB of address space: reading /dev/zero whole would fail there."""
    code = (
        "import resource, sys\n"
        "resource.setrlimit(resource.RLIMIT_AS, (1_500_000_000, 1_500_000_000))\n"
        "from companion.cli import main\n"
        f"sys.exit(main(['--data-dir', {str(tmp_path / 'data')!r}, {command!r}, '/dev/zero']))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 2, done.stderr[-2000:]
    assert "not an ordinary file" in done.stderr and "Traceback" not in done.stderr


@POSIX
def test_packs_with_a_fifo_for_a_file_or_an_archive_do_not_hang(tmp_path: Path) -> None:
    src = write_pack(tmp_path / "usb", photobook_raw(FILES), FILES)
    (src / "en/p2.jpg").unlink()
    os.mkfifo(src / "en/p2.jpg")
    os.mkfifo(tmp_path / "pack.zip")
    store = PackStore(tmp_path / "lib")
    for fn in (
        lambda: drain(verify_pack(src)),
        lambda: drain(import_pack(src, store)),
        lambda: drain(import_pack(tmp_path / "pack.zip", store)),
    ):
        problem = _finishes(fn)
        assert problem is None or isinstance(problem, KnownError), problem
    report = drain(verify_pack(src))
    assert any("not a regular file" in p for p in report.problems)
    for p in (src / "en/p2.jpg", tmp_path / "pack.zip"):
        try:
            os.close(os.open(p, os.O_WRONLY | os.O_NONBLOCK))
        except OSError:
            pass


def test_the_file_reader_reads_at_most_the_cap(tmp_path: Path) -> None:
    from companion.core.userfile import UserFileError, read_capped

    big = tmp_path / "big.bin"
    big.write_bytes(b"x" * 1000)
    assert read_capped(big, 1000) == b"x" * 1000
    with pytest.raises(UserFileError, match="too large"):
        read_capped(big, 999)
    with pytest.raises(UserFileError, match="folder"):
        read_capped(tmp_path, 10)
    with pytest.raises(OSError):
        read_capped(tmp_path / "missing", 10)
    if os.name != "nt":
        sock = tmp_path / "s"
        import socket

        with socket.socket(socket.AF_UNIX) as s:
            s.bind(str(sock))
            assert stat.S_ISSOCK(sock.stat().st_mode)
            with pytest.raises((UserFileError, OSError)):  # Linux: ENXIO on open
                read_capped(sock, 10)


# --------------------------------------------------------------------- 5. Windows device names
RESERVED = ["CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"] + [
    f"{p}{n}" for p in ("COM", "LPT") for n in [*"0123456789", "¹", "²", "³"]
]


def _spellings(name: str) -> Iterator[str]:
    for cased in (name, name.lower(), name.capitalize()):
        for tail in ("", ".pdf", ".tar.gz", ".", " ", " .txt", "..", ". "):
            yield cased + tail


@pytest.mark.parametrize("name", RESERVED)
def test_every_windows_device_name_is_refused_in_any_spelling(name: str) -> None:
    for spelled in _spellings(name):
        for path in (f"pub/{spelled}", f"{spelled}/page.jpg"):
            with pytest.raises(PackError, match="Windows cannot store"):
                check_relative_path(path)


@pytest.mark.parametrize("name", ["COM10.pdf", "CONSOLE.pdf", "LPT.pdf", "CONIN.pdf", "nul_.txt"])
def test_near_misses_are_ordinary_names(name: str) -> None:
    check_relative_path(f"pub/{name}")


@pytest.mark.parametrize("name", ["COM0.pdf", "CONIN$", "conout$.txt", "lpt¹.pdf"])
def test_packs_naming_a_device_fail_verify_and_import(
    tmp_path: Path, name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    files = {f"pub/{name}": b"%PDF-1.4 not really"}
    src = tmp_path / "usb"
    src.mkdir()
    (src / "manifest.json").write_text(json.dumps(photobook_raw(files)), "utf-8")
    for command in ("verify", "import"):
        assert cli(tmp_path, "pack", command, str(src)) == 2
        assert "Windows cannot store" in one_line_error(capsys)


# --------------------------------------------------------------------- 6. pack addresses
@pytest.mark.parametrize(
    "url",
    ["http://packs.example.org/pack/", "http://8.8.8.8/manifest.json", "HTTP://Packs.Example.org",
     "http://100.64.0.1/p/", "ftp://packs.example.org/", "file:///etc/passwd", "https://:443/"],
)  # fmt: skip
def test_insecure_or_odd_pack_addresses_are_refused_before_any_request(
    url: str, tmp_path: Path, loopback: LoopbackServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    # were a request made, it would reach this loopback "proxy", never the internet
    for name in ("http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY"):
        monkeypatch.setenv(name, loopback.base_url)
    for name in ("no_proxy", "NO_PROXY"):
        monkeypatch.delenv(name, raising=False)
    with pytest.raises(KnownError, match=r"not secure|not a web address"):
        drain(
            sync_pack(HttpClient(now=Clock().now, timeout=(2, 2)), PackStore(tmp_path / "lib"), url)
        )
    assert loopback.requests == []


@pytest.mark.parametrize(
    "host", ["127.0.0.1", "localhost", "[::1]", "192.168.1.20", "10.1.2.3", "172.16.0.9"]
)
def test_plain_http_is_fine_on_this_computer_and_the_lan(host: str) -> None:
    from companion.core.library.sync import manifest_url

    assert manifest_url(f"http://{host}:8080/pack/").endswith("/pack/manifest.json")


def _redirect(to: str) -> Callable[[Request], Reply]:
    return lambda r: Reply(302, b"", {"Location": to})


@pytest.fixture
def other() -> Iterator[LoopbackServer]:
    """A second server, reached by another host name (``localhost``, not ``127.0.0.1``)."""
    with LoopbackServer() as srv:
        yield srv


def _other_url(srv: LoopbackServer, path: str) -> str:
    return f"http://localhost:{srv.port}{path}"


def test_a_manifest_redirected_to_another_host_is_refused(
    loopback: LoopbackServer, other: LoopbackServer, tmp_path: Path
) -> None:
    PackServer(other).publish(photobook_raw(FILES), FILES)
    loopback.route(
        "GET", "/pack/manifest.json", _redirect(_other_url(other, "/pack/manifest.json"))
    )
    with pytest.raises(KnownError, match="another server") as info:
        drain(
            sync_pack(
                HttpClient(now=Clock().now, timeout=(5, 5)),
                PackStore(tmp_path / "lib"),
                loopback.url("/pack/"),
            )
        )
    assert other.requests == []
    assert "Wi-Fi" in info.value.user_text()  # a captive portal is the usual reason


def test_a_manifest_redirected_within_its_server_is_followed(
    loopback: LoopbackServer, tmp_path: Path
) -> None:
    PackServer(loopback).publish(photobook_raw(FILES), FILES)
    loopback.route("GET", "/old/manifest.json", _redirect("/pack/manifest.json"))
    store = PackStore(tmp_path / "lib")
    drain(sync_pack(HttpClient(now=Clock().now, timeout=(5, 5)), store, loopback.url("/old/")))
    assert store.get("test-pack") is not None  # files fetched relative to /pack/


def _pack_with_redirected_file(
    loopback: LoopbackServer, other: LoopbackServer, hosts: list[str] | None
) -> None:
    raw = photobook_raw(FILES)
    if hosts is not None:
        raw["download_hosts"] = hosts
    PackServer(other).publish(raw, FILES)
    server = PackServer(loopback)
    server.publish(raw, FILES)
    loopback.route("GET", "/pack/en/p2.jpg", _redirect(_other_url(other, "/pack/en/p2.jpg")))


@pytest.mark.parametrize("hosts", [None, ["cdn.example.org"]])
def test_a_file_redirected_to_a_host_the_manifest_does_not_name_is_refused(
    loopback: LoopbackServer, other: LoopbackServer, tmp_path: Path, hosts: list[str] | None
) -> None:
    _pack_with_redirected_file(loopback, other, hosts)
    store = PackStore(tmp_path / "lib")
    with pytest.raises(KnownError, match="another server"):
        drain(
            sync_pack(
                HttpClient(now=Clock().now, timeout=(5, 5)),
                store,
                loopback.url("/pack/"),
                sleep=lambda s: None,
            )
        )
    assert other.requests == [] and store.get("test-pack") is None


def test_a_file_redirected_to_a_download_host_is_followed(
    loopback: LoopbackServer, other: LoopbackServer, tmp_path: Path
) -> None:
    _pack_with_redirected_file(loopback, other, ["localhost"])
    store = PackStore(tmp_path / "lib")
    drain(sync_pack(HttpClient(now=Clock().now, timeout=(5, 5)), store, loopback.url("/pack/")))
    assert store.get("test-pack") is not None
    assert [r.path for r in other.requests] == ["/pack/en/p2.jpg"]


def test_download_hosts_are_checked_like_names() -> None:
    raw: dict[str, Any] = photobook_raw(FILES)
    for bad in (["CDN.example.org"], ["cdn.example.org\n"], ["https://cdn.example.org"], [""]):
        raw["download_hosts"] = bad
        with pytest.raises(PackError):
            parse_manifest(json.dumps(raw).encode())
    raw["download_hosts"] = ["cdn.example.org", "192.168.1.5"]
    assert parse_manifest(json.dumps(raw).encode()).download_hosts == (
        "cdn.example.org",
        "192.168.1.5",
    )


# --------------------------------------------------------------------- 7. time zones
NOT_ZONES = [
    *("localtime", "posixrules", "Factory", "right/UTC", "posix/Europe/Paris"),
    *("right/Africa/Nairobi", "zone.tab", "leapseconds", "tzdata.zi", "Europe/Nowhere"),
]


@pytest.mark.parametrize("name", NOT_ZONES)
def test_event_time_zones_must_be_iana_zones(name: str) -> None:
    with pytest.raises(EventFileError, match=r"Unknown time zone|invalid at timezone"):
        parse_event_bytes(event_bytes(timezone=name))


@pytest.mark.parametrize(
    "name", ["Africa/Nairobi", "UTC", "America/Sao_Paulo", "US/Eastern", "Asia/Calcutta"]
)
def test_iana_zones_and_their_aliases_are_accepted(name: str) -> None:
    assert parse_event_bytes(event_bytes(timezone=name)).timezone == name


def test_countdown_tz_option_refuses_localtime(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli(tmp_path, "countdown", "--tz", "localtime") == 2
    assert "Unknown time zone" in one_line_error(capsys)


def test_every_listed_zone_loads() -> None:
    from zoneinfo import ZoneInfo

    from companion.core.event.zones import iana_zone_names

    names = iana_zone_names()
    assert len(names) > 400 and not names & {"localtime", "posixrules", "Factory"}
    for name in sorted(names):
        ZoneInfo(name)
    assert event_dict()["timezone"] in names


# --------------------------------------------------------------------- numbers written as text
ODD_DIGITS = ["²", "٣", "１２", "9" * 5000, " 12 ", "", "1e3", "-5", "0x10"]


def test_digits_from_outside_are_read_safely() -> None:
    from companion.core.jsonsafe import parse_digits

    assert [parse_digits(t) for t in ODD_DIGITS] == [None, None, None, None, 12] + [None] * 4
    assert parse_digits("0042") == 42


#: what an HTTP header can carry (Latin-1)
HEADER_DIGITS = [v for v in ODD_DIGITS if v.encode("latin-1", "ignore").decode("latin-1") == v]


@pytest.mark.parametrize("value", HEADER_DIGITS)
def test_a_429_with_an_odd_retry_after_is_still_a_rate_limit(
    loopback: LoopbackServer, value: str
) -> None:
    from companion.core.errors import RateLimitedError

    loopback.route("GET", "/slow", lambda r: Reply(429, b"", {"Retry-After": value}))
    http = HttpClient(now=Clock().now, timeout=(5, 5))
    with pytest.raises(RateLimitedError):
        http.raise_for_status(http.get(loopback.url("/slow")))


@pytest.mark.parametrize("value", ODD_DIGITS)
def test_instance_limits_written_as_odd_digits_are_ignored(value: str) -> None:
    from companion.core.accounts.mastodon import parse_instance

    raw = {"max_toot_chars": value, "configuration": {"statuses": {"max_characters": value}}}
    assert parse_instance(raw, v2=True)["max_characters"] in (500, 12)


@pytest.mark.parametrize("value", ODD_DIGITS)
def test_an_sse_retry_line_with_odd_digits_is_ignored(value: str) -> None:
    from companion.core.live.sse import SseParser

    parser = SseParser()
    frames = parser.feed(f"retry: {value}\nevent: delete\ndata: 1\n\n".encode())
    assert [f.data for f in frames] == ["1"]


@POSIX
def test_a_picture_that_is_a_fifo_or_a_device_is_refused_without_hanging(tmp_path: Path) -> None:
    from companion.core.compose.images import prepare_image

    pipe = tmp_path / "photo.jpg"
    os.mkfifo(pipe)
    for source in (pipe, Path("/dev/zero")):
        problem = _finishes(lambda s=source: prepare_image(s, 1_000_000))
        assert isinstance(problem, KnownError) and "not an ordinary file" in str(problem)
    try:
        os.close(os.open(pipe, os.O_WRONLY | os.O_NONBLOCK))
    except OSError:
        pass


@pytest.mark.parametrize(
    "bad",
    [
        b'"name": "\\ud800"',
        b'"timezone": "localtime"',
        b'"version": 1.0',
        b'"version": ' + HUGE.encode(),
    ],
)
def test_a_bad_event_file_saved_by_an_older_app_falls_back_to_the_shipped_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], bad: bytes
) -> None:
    """Installed before the checks existed: countdown and event-ics keep working."""
    key = bad.split(b":")[0]
    raw = event_dict(name="Old", timezone="Europe/London")
    text = json.dumps(raw).encode()
    old = next(p for p in text.split(b", ") if p.startswith(key))
    saved = EventStore(Paths.resolve(tmp_path / "data")).current_file
    saved.parent.mkdir(parents=True)
    saved.write_bytes(text.replace(old, bad, 1))
    assert cli(tmp_path, "countdown", "--json") == 0
    assert "details shipped with the app are used" in capsys.readouterr().err
    assert cli(tmp_path, "event-ics", str(tmp_path / "day.ics")) == 0


@pytest.mark.parametrize(
    "text",
    ['{"version": ' + HUGE + "}", '{"library": {"pack_url": "\\ud800"}}', '{"a": NaN}', "[" * 5000],
)
@pytest.mark.allow_warnings  # the app logs the unreadable file
def test_a_hostile_settings_file_gives_defaults_not_a_crash(tmp_path: Path, text: str) -> None:
    from companion.core.settings import SettingsStore

    path = tmp_path / "settings.json"
    path.write_text(text, "utf-8")
    result = SettingsStore(path).load()
    assert "could not be read" in result.problem


# found by the property-based test: a line break in the event name broke event-ics
@pytest.mark.parametrize(
    ("changes", "where"),
    [({"name": "Day\n"}, "name"), ({"id": "day\n"}, "id"), ({"name": "a\x00b"}, "name"),
     ({"organiser": {"name": "IIED\r\nX-EVIL: 1"}}, "organiser/name"),
     ({"description": "line\x1bone"}, "description")],
)  # fmt: skip
def test_control_characters_in_one_line_texts_are_refused(
    changes: dict[str, Any], where: str
) -> None:
    with pytest.raises(EventFileError, match=f"invalid at {where}: it contains a control"):
        parse_event_bytes(event_bytes(**changes))


def test_descriptions_may_have_line_breaks_and_export_to_ics() -> None:
    from companion.core.event.ics import build_calendar

    event = parse_event_bytes(event_bytes(description="one\ntwo\r\n\tthree", notes=["a\nb"]))
    build_calendar(event, list(event.sessions), now=event.start, reminder_minutes=15)
