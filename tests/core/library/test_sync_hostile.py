"""Misbehaving pack servers and odd pack addresses (issue 14, second check).

Real loopback servers: endless and gzip-bomb bodies, error pages that never end,
replies cut short, a 206 to a plain request, redirects to addresses that are not
addresses. Each must end in a one-line KnownError (or a good install), with memory
bounded: the server counts what it sent, and an app that reads on would drain it.
"""

from __future__ import annotations

import gzip
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from companion.core.clock import Clock
from companion.core.errors import KnownError
from companion.core.jsonsafe import MAX_REPLY_BYTES
from companion.core.library.address import AddressError, check_pack_address
from companion.core.library.service import drain
from companion.core.library.store import PackStore
from companion.core.library.sync import sync_pack
from companion.core.net import HttpClient
from tests.core.library.packs import PackServer, installed_problems, photobook_raw
from tests.support.httpserver import LoopbackServer, Reply

FILES = {"en/p1.jpg": b"page one" * 100, "en/p2.jpg": b"page two" * 200}
#: what an endless body may send at most: four times the app's cap
ENDLESS_LIMIT = 4 * MAX_REPLY_BYTES


def _endless(counter: list[int], byte: bytes = b" ") -> Iterator[bytes]:
    block = byte * (256 * 1024)
    while counter[0] < ENDLESS_LIMIT:
        counter[0] += len(block)
        yield block


def _sync(store: PackStore, url: str) -> None:
    http = HttpClient(now=Clock().now, timeout=(5, 5))
    drain(sync_pack(http, store, url, sleep=lambda _s: None))


@pytest.mark.parametrize("status", [200, 503])
def test_an_endless_manifest_reply_is_refused_without_reading_it_all(
    loopback: LoopbackServer, tmp_path: Path, status: int
) -> None:
    sent = [0]
    loopback.route(
        "GET",
        "/pack/manifest.json",
        lambda r: Reply(
            status, stream=_endless(sent), headers={"Content-Type": "application/json"}
        ),
    )
    with pytest.raises(KnownError, match="too large"):
        _sync(PackStore(tmp_path / "lib"), loopback.url("/pack/"))
    assert sent[0] < 2 * MAX_REPLY_BYTES


def test_a_gzip_bomb_manifest_is_refused(loopback: LoopbackServer, tmp_path: Path) -> None:
    body = gzip.compress(b" " * (2 * MAX_REPLY_BYTES))  # about 100 KB on the wire
    loopback.route(
        "GET",
        "/pack/manifest.json",
        lambda r: Reply(200, body, {"Content-Encoding": "gzip", "Content-Type": "text/json"}),
    )
    with pytest.raises(KnownError, match=r"reply from .* too large"):
        _sync(PackStore(tmp_path / "lib"), loopback.url("/pack/"))


def test_an_endless_error_page_for_a_file_is_read_only_for_its_message(
    loopback: LoopbackServer, tmp_path: Path
) -> None:
    PackServer(loopback).publish(photobook_raw(FILES), FILES)
    sent = [0]
    loopback.route(
        "GET",
        "/pack/en/p1.jpg",
        lambda r: Reply(500, stream=_endless(sent, b"x"), headers={"Content-Type": "text/plain"}),
    )
    with pytest.raises(KnownError, match="answered 500"):
        _sync(PackStore(tmp_path / "lib"), loopback.url("/pack/"))
    assert sent[0] < MAX_REPLY_BYTES


def test_a_manifest_reply_cut_short_is_an_offline_error(
    loopback: LoopbackServer, tmp_path: Path
) -> None:
    server = PackServer(loopback)
    server.publish(photobook_raw(FILES), FILES)
    loopback.route(
        "GET", "/pack/manifest.json", lambda r: Reply(200, server.manifest, truncate_at=9)
    )
    with pytest.raises(KnownError, match="cut off"):
        _sync(PackStore(tmp_path / "lib"), loopback.url("/pack/"))


def test_a_206_with_the_whole_file_to_a_plain_request_installs(
    loopback: LoopbackServer, tmp_path: Path
) -> None:
    """No Range was asked; a server answering 206 "bytes 0-…" still sent the file."""
    PackServer(loopback).publish(photobook_raw(FILES), FILES)
    body = FILES["en/p1.jpg"]
    loopback.route(
        "GET",
        "/pack/en/p1.jpg",
        lambda r: Reply(206, body, {"Content-Range": f"bytes 0-{len(body) - 1}/{len(body)}"}),
    )
    store = PackStore(tmp_path / "lib")
    _sync(store, loopback.url("/pack/"))
    assert installed_problems(store, "test-pack") == []


@pytest.mark.parametrize(
    "location", ["http://[::1/x", "http://127.0.0.1:99999/x", "https://" + "a" * 70 + ".org/"]
)
def test_a_redirect_to_a_broken_address_is_refused(
    loopback: LoopbackServer, tmp_path: Path, location: str
) -> None:
    loopback.route(
        "GET", "/pack/manifest.json", lambda r: Reply(302, headers={"Location": location})
    )
    with pytest.raises(KnownError) as caught:
        _sync(PackStore(tmp_path / "lib"), loopback.url("/pack/"))
    assert "\n" not in str(caught.value)


@pytest.mark.parametrize(
    "url",
    [
        "http://[::1/x",  # no closing bracket
        "https://" + "a" * 64 + ".org/pack/",  # a label DNS cannot hold
        "https://exa mple.org/pack/",
        "https://a..org/pack/",
        "https://packs.example.org\\@evil.example/pack/",  # browsers: packs.example.org
        "https://packs.example.org@evil.example/pack/",
        "https://user:secret@packs.example.org/pack/",
    ],
)
def test_odd_pack_addresses_are_refused_before_any_request(url: str) -> None:
    with pytest.raises(AddressError) as caught:
        check_pack_address(url)
    assert "\n" not in str(caught.value)


@pytest.mark.parametrize(
    "url",
    [
        "https://packs.example.org/pack/",
        "https://xn--80ak6aa92e.com/p/",
        "https://\u0430\u0440\u0440\u04cf\u0435.com/p/",  # shown as xn-- by the errors
        "https://[2001:db8::1]:8443/p/",
        "http://[fe80::1%eth0]/p/",
        "http://192.168.1.5:8080/p/",
        "https://my_host.example.org/p/",
    ],
)
def test_ordinary_pack_addresses_pass(url: str) -> None:
    check_pack_address(url)


def test_a_missing_pack_is_named_as_missing(tmp_path: Path) -> None:
    """Before: "… is neither a folder nor an archive", which sends people looking for
    a format problem."""
    from companion.core.library.sideload import verify_pack

    with pytest.raises(KnownError, match="Could not read"):
        drain(verify_pack(tmp_path / "usb" / "pack.zip"))


@pytest.mark.parametrize(
    "typed", ["192.168.1.20:99999", "[::1", "http://192.168.1.20:abc/", "192.168.1.20:-1"]
)
def test_a_typed_share_address_that_cannot_be_parsed_is_a_one_line_error(
    tmp_path: Path, typed: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """Before: a ValueError traceback from urlsplit's port."""
    from companion.cli import main

    assert main(["--data-dir", str(tmp_path / "d"), "pack", "peers", "--address", typed]) == 2
    err = capsys.readouterr().err.strip()
    assert "not the address of a share" in err and "\n" not in err


def test_a_file_that_dribbles_in_ends_the_sync_and_keeps_what_arrived(
    loopback: LoopbackServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A byte now and then never trips the read timeout: a night's automatic sync
    waited forever. Now the download counts as cut, and resumes next time."""
    import time

    from companion.core import net
    from companion.core.errors import OfflineError
    from companion.core.library.download import partial_size
    from companion.core.library.manifest import parse_manifest

    monkeypatch.setattr(net, "BODY_GRACE", 0.5)
    server = PackServer(loopback)
    server.publish(photobook_raw(FILES), FILES)
    body = FILES["en/p2.jpg"]

    def dribble() -> Iterator[bytes]:
        for i in range(len(body)):
            time.sleep(0.05)
            yield body[i : i + 1]

    loopback.route("GET", "/pack/en/p2.jpg", lambda r: Reply(200, stream=dribble()))
    store = PackStore(tmp_path / "lib")
    started = time.monotonic()
    with pytest.raises(OfflineError):
        _sync(store, loopback.url("/pack/"))
    assert time.monotonic() - started < 30
    assert store.get("test-pack") is None  # not installed; what arrived is kept
    f = next(f for f in parse_manifest(server.manifest).files() if f.path == "en/p2.jpg")
    assert partial_size(store, f) > 0


def test_a_pack_from_the_internet_cannot_send_downloads_to_the_local_network() -> None:
    """``download_hosts`` naming a router or this computer: every reader's laptop would
    call it. A pack on the local network may name other local hosts."""
    from companion.core.library.address import pack_hosts

    extra = ("192.168.1.1", "localhost", "127.0.0.1", "cdn.example.org")
    remote = pack_hosts("https://packs.example.org/p/", extra)
    assert remote("packs.example.org") and remote("cdn.example.org")
    assert not any(remote(h) for h in ("192.168.1.1", "localhost", "127.0.0.1"))
    local = pack_hosts("http://192.168.1.20:8737/p/", extra)
    assert all(local(h) for h in extra)


# ------------------------------------------------------- addresses, generated
_PIECES = st.sampled_from(
    ["http://", "https://", "file://", "data:", "javascript:", "//", "[", "]", "::1", "@",
     ":", "%", "\\", "/", "?", "#", " ", "\n", "\x00", "user:pw", "127.0.0.1", "192.168.1.5",
     "xn--", "\u0430\u0440\u0440", "a" * 70, "example.org", ".", "..", "99999", "-1", "0x7f"]
)  # fmt: skip


@settings(max_examples=400, deadline=None, derandomize=True, database=None)
@given(st.lists(_PIECES, max_size=8).map("".join))
def test_generated_pack_addresses_pass_or_are_refused_in_one_line(url: str) -> None:
    """400 addresses built from the pieces that broke the parsers (an open bracket
    raised UnboundLocalError, a 70-letter label a urllib3 error)."""
    from companion.core.library.peers import base_url
    from companion.core.library.sync import manifest_url

    for check in (check_pack_address, manifest_url, base_url):
        try:
            check(url)
        except KnownError as exc:
            assert "\n" not in str(exc)


def test_names_in_a_share_list_are_one_line(loopback: LoopbackServer) -> None:
    """Another laptop's list is printed by ``pack peers``: a name with line breaks
    printed lines of its own ("signer trusted")."""
    from companion.core.library.peers import list_packs

    evil = "IIED\n    shareasm\t1\t0.1 MB\tsigner trusted\u2028\u202e"
    index = {
        "app": "shareasm-companion",
        "name": evil,
        "packs": [{"id": evil, "version": evil, "title": {"en": evil}, "signer_name": evil}],
    }
    loopback.route("GET", "/index.json", lambda r: Reply.json(index))
    peer = list_packs(HttpClient(now=Clock().now, timeout=(5, 5)), loopback.url("/"))
    pack = peer.packs[0]
    for text in (peer.name, pack.id, pack.version, pack.title["en"], pack.signer_name):
        assert text.isprintable() and "IIED" in text
