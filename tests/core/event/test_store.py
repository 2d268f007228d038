from __future__ import annotations

import json
from pathlib import Path

import pytest

from companion.core.clock import Clock
from companion.core.errors import InvalidInputError, OfflineError, ServerError
from companion.core.event.model import EventFileError
from companion.core.event.store import EventStore, changed_sessions
from companion.core.net import HttpClient
from companion.core.paths import Paths
from tests.core.event.helpers import event_bytes, event_dict
from tests.support.httpserver import LoopbackServer, Reply, Request


@pytest.fixture
def store(paths: Paths) -> EventStore:
    return EventStore(paths)


@pytest.fixture
def http() -> HttpClient:
    return HttpClient(timeout=(5.0, 5.0), now=Clock().now)


def _conditional(body: bytes, etag: str = '"v1"') -> object:
    def handler(req: Request) -> Reply:
        if req.header("If-None-Match") == etag:
            return Reply(304, b"", {"ETag": etag})
        return Reply(
            200,
            body,
            {
                "Content-Type": "application/json",
                "ETag": etag,
                "Last-Modified": "Thu, 01 Mar 2018 10:00:00 GMT",
            },
        )

    return handler


def test_shipped_edition_when_nothing_saved(store: EventStore) -> None:
    loaded = store.load()
    assert loaded.source == "shipped"
    assert loaded.event.id == "shareasm-2018"


def test_fetch_200_then_304_with_validators(
    store: EventStore, http: HttpClient, loopback: LoopbackServer
) -> None:
    loopback.route("GET", "/event.json", _conditional(event_bytes()))  # type: ignore[arg-type]
    url = loopback.url("/event.json")
    first = store.fetch(http, url)
    assert first.status == "updated"
    assert first.loaded.event.id == "test-event"
    assert loopback.requests[0].header("If-None-Match") is None
    second = store.fetch(http, url)
    assert second.status == "unchanged"
    assert loopback.requests[1].header("If-None-Match") == '"v1"'
    assert loopback.requests[1].header("If-Modified-Since") == "Thu, 01 Mar 2018 10:00:00 GMT"
    # cached for offline use: a new store on the same folder reads it without the network
    again = EventStore(Paths.for_data_dir(store.dir.parent.parent)).load()
    assert again.event.id == "test-event"
    assert again.source == "url" and again.origin == url


def test_validators_not_sent_to_another_url(
    store: EventStore, http: HttpClient, loopback: LoopbackServer
) -> None:
    loopback.route("GET", "/a.json", _conditional(event_bytes()))  # type: ignore[arg-type]
    loopback.route("GET", "/b.json", _conditional(event_bytes(name="B")))  # type: ignore[arg-type]
    store.fetch(http, loopback.url("/a.json"))
    outcome = store.fetch(http, loopback.url("/b.json"))
    assert loopback.requests[1].header("If-None-Match") is None
    assert outcome.loaded.event.name == "B"


def _good_first(store: EventStore, http: HttpClient, loopback: LoopbackServer) -> str:
    loopback.route("GET", "/good.json", lambda r: Reply(200, event_bytes(name="Good")))
    store.fetch(http, loopback.url("/good.json"))
    return loopback.url("/bad.json")


@pytest.mark.parametrize(
    ("reply", "error"),
    [
        (Reply(500, b"oops"), ServerError),
        (Reply(200, b"{not json"), EventFileError),
        (
            Reply(200, json.dumps({"format": "shareasm-event", "version": 1, "id": 5}).encode()),
            EventFileError,
        ),
        (Reply(200, json.dumps(event_dict(sessions="lots")).encode()), EventFileError),
        (Reply(200, b"<html><script>alert(1)</script></html>"), EventFileError),
        (Reply(200, b" " * (600 * 1024)), EventFileError),
        (Reply(200, event_bytes(), truncate_at=40), OfflineError),
    ],
)
def test_bad_replies_keep_the_last_good_file(
    store: EventStore,
    http: HttpClient,
    loopback: LoopbackServer,
    reply: Reply,
    error: type[Exception],
) -> None:
    url = _good_first(store, http, loopback)
    loopback.route("GET", "/bad.json", lambda r: reply)
    with pytest.raises(error):
        store.fetch(http, url)
    assert store.load().event.name == "Good"


def test_huge_streamed_file_without_length_is_cut_off(
    store: EventStore, http: HttpClient, loopback: LoopbackServer
) -> None:
    url = _good_first(store, http, loopback)

    def endless() -> object:
        chunk = b"x" * 65536
        for _ in range(10_000):  # 640 MB if nobody stopped reading
            yield chunk

    loopback.route("GET", "/bad.json", lambda r: Reply(200, stream=endless()))  # type: ignore[arg-type]
    with pytest.raises(EventFileError, match="too large"):
        store.fetch(http, url)
    assert loopback.bytes_sent < 50 * 1024 * 1024
    assert store.load().event.name == "Good"


def test_offline_keeps_the_saved_file(
    store: EventStore, http: HttpClient, loopback: LoopbackServer
) -> None:
    _good_first(store, http, loopback)
    loopback.route("GET", "/gone.json", lambda r: Reply(drop=True))
    with pytest.raises(OfflineError):
        store.fetch(http, loopback.url("/gone.json"))
    assert store.load().event.name == "Good"


def test_non_http_url_refused(store: EventStore, http: HttpClient) -> None:
    with pytest.raises(Exception, match="https://"):
        store.fetch(http, "file:///etc/passwd")


@pytest.mark.parametrize(
    "url",
    [
        "http://iied.example/event.json",  # plain http across the internet: changeable
        "https://iied.org@evil.example/event.json",  # shows one host, asks another
        "https://evil.example\\@iied.org/event.json",
        "https:///event.json",
    ],
)
def test_unsafe_event_addresses_are_refused_before_any_request(
    store: EventStore, http: HttpClient, url: str
) -> None:
    with pytest.raises(InvalidInputError, match="https://"):
        store.fetch(http, url)


def test_import_file_and_changed_sessions(store: EventStore, tmp_path: Path) -> None:
    first = tmp_path / "v1.json"
    first.write_bytes(event_bytes())
    assert store.import_file(first, now=Clock().now()).changed == frozenset()
    raw = event_dict()
    raw["sessions"][1]["start"] = "2018-03-15T10:30"
    raw["sessions"].append(
        {"id": "c", "start": "2018-03-15T12:00", "end": "2018-03-15T13:00", "title": "C"}
    )
    second = tmp_path / "v2.json"
    second.write_text(json.dumps(raw))
    loaded = store.import_file(second, now=Clock().now())
    assert loaded.changed == {"b", "c"}
    assert store.load().changed == {"b", "c"}


def test_import_refuses_bad_and_missing_files(store: EventStore, tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{}")
    with pytest.raises(EventFileError):
        store.import_file(bad, now=Clock().now())
    with pytest.raises(Exception, match="Could not read"):
        store.import_file(tmp_path / "missing.json", now=Clock().now())
    big = tmp_path / "big.json"
    big.write_bytes(b" " * (2 * 1024 * 1024))
    with pytest.raises(EventFileError, match="too large"):
        store.import_file(big, now=Clock().now())
    assert store.load().source == "shipped"


def test_damaged_saved_file_falls_back_to_shipped(store: EventStore, tmp_path: Path) -> None:
    good = tmp_path / "v1.json"
    good.write_bytes(event_bytes())
    store.import_file(good, now=Clock().now())
    store.current_file.write_text("{broken")
    loaded = store.load()
    assert loaded.source == "shipped" and loaded.problem


def test_forget_goes_back_to_shipped(store: EventStore, tmp_path: Path) -> None:
    good = tmp_path / "v1.json"
    good.write_bytes(event_bytes())
    store.import_file(good, now=Clock().now())
    store.forget()
    assert store.load().source == "shipped"


def test_changed_sessions_only_within_the_same_event() -> None:
    from companion.core.event.parse import parse_event

    a = parse_event(event_dict())
    b = parse_event(event_dict(id="other"))
    assert changed_sessions(a, b) == set()
    assert changed_sessions(None, a) == set()
    assert changed_sessions(a, a) == set()


def test_shipped_hash_is_of_a_file_that_passes_the_schema() -> None:
    """The shipped file is checked here, once, not on every start (issue 19): its hash in
    SHIPPED_CHECKED must be the file's, and the file must pass the full check."""
    import hashlib

    from companion.core.event.parse import parse_event_bytes
    from companion.core.event.store import SHIPPED_CHECKED, shipped_event_path

    data = shipped_event_path().read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    assert digest in SHIPPED_CHECKED, (
        f"put the shipped file's new hash in SHIPPED_CHECKED: {digest}"
    )
    assert parse_event_bytes(data).id  # full check, schema included


def test_a_file_is_schema_checked_once_then_by_its_hash(
    store: EventStore, paths: Paths, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from companion.core.event import parse

    calls: list[object] = []
    real = parse._schema_error
    monkeypatch.setattr(parse, "_schema_error", lambda raw: calls.append(raw) or real(raw))
    good = tmp_path / "v1.json"
    good.write_bytes(event_bytes())
    store.import_file(good, now=Clock().now())
    assert len(calls) == 1
    assert store.load().source == "file"
    assert EventStore(paths).load().source == "file"
    assert len(calls) == 1  # accepted once: later starts go by the stored hash
    store.current_file.write_bytes(event_bytes().replace(b"}", b" }", 1))  # other bytes
    store.load()
    assert len(calls) == 2


def test_a_changed_schema_checks_again(
    store: EventStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from companion.core.event import parse
    from companion.core.event import store as store_module

    good = tmp_path / "v1.json"
    good.write_bytes(event_bytes())
    store.import_file(good, now=Clock().now())
    calls: list[object] = []
    real = parse._schema_error
    monkeypatch.setattr(parse, "_schema_error", lambda raw: calls.append(raw) or real(raw))
    monkeypatch.setattr(store_module, "_schema_key", lambda: "another schema")
    store.load()
    assert len(calls) == 1


def test_a_tampered_checked_list_does_not_skip_the_check(store: EventStore) -> None:
    """Rubbish in checked.json is ignored; a file that fails the schema still fails."""
    store.checked_file.parent.mkdir(parents=True, exist_ok=True)
    store.checked_file.write_text('{"schema": 1, "sha256": "x"}')
    assert store.load().source == "shipped"
    store.current_file.write_bytes(json.dumps({"format": "shareasm-event"}).encode())
    loaded = store.load()
    assert loaded.source == "shipped" and loaded.problem


def _moved_a() -> bytes:
    raw = event_dict()
    raw["sessions"][0]["start"] = "2018-03-15T08:30"
    return json.dumps(raw).encode()


def test_the_same_file_again_keeps_the_changed_marks(
    store: EventStore, http: HttpClient, loopback: LoopbackServer, tmp_path: Path
) -> None:
    """A server without validators sends the same file on every fetch: the second is
    "unchanged" and session "a" stays marked (it used to be compared with itself)."""
    first = tmp_path / "v1.json"
    first.write_bytes(event_bytes())
    store.import_file(first, now=Clock().now())
    loopback.route("GET", "/e.json", lambda r: Reply(200, _moved_a()))
    url = loopback.url("/e.json")
    assert store.fetch(http, url).loaded.changed == {"a"}
    again = store.fetch(http, url)
    assert again.status == "unchanged" and again.loaded.changed == {"a"}
    assert store.load().changed == {"a"}


def test_a_new_file_that_changes_no_session_keeps_the_marks(
    store: EventStore, tmp_path: Path
) -> None:
    first, second, third = (tmp_path / f"v{n}.json" for n in (1, 2, 3))
    first.write_bytes(event_bytes())
    second.write_bytes(_moved_a())
    store.import_file(first, now=Clock().now())
    assert store.import_file(second, now=Clock().now()).changed == {"a"}
    # the same sessions in other bytes (another writer, notes edited): nothing new
    third.write_text(json.dumps({**json.loads(_moved_a()), "notes": ["Bring water"]}))
    assert store.import_file(third, now=Clock().now()).changed == {"a"}
    # another event: no marks carried over
    fourth = tmp_path / "v4.json"
    fourth.write_text(json.dumps({**json.loads(_moved_a()), "id": "another-event"}))
    assert store.import_file(fourth, now=Clock().now()).changed == frozenset()


def test_a_download_is_not_installed_over_a_file_opened_meanwhile(
    store: EventStore, http: HttpClient, loopback: LoopbackServer, tmp_path: Path
) -> None:
    """Downloaded (the network lane), then the user opens a file, then the download is
    settled (the database lane): the user's file stays, with its own label; a "not
    modified" answer does not write the address's state over it either."""
    loopback.route("GET", "/e.json", _conditional(event_bytes(name="Fetched")))  # type: ignore[arg-type]
    url = loopback.url("/e.json")
    store.fetch(http, url)
    mine = tmp_path / "mine.json"
    mine.write_bytes(event_bytes(name="Mine"))
    for _ in range(2):  # a 304; then, the file on the server having a new ETag, a 200
        download = store.download(http, url)
        store.import_file(mine, now=Clock().now())
        outcome = store.settle(download)
        assert outcome.status == "dropped"
        loaded = store.load()
        assert (loaded.event.name, loaded.source, loaded.origin) == ("Mine", "file", "mine.json")
        assert store.validators_for(url).headers() == {}
        store.fetch(http, url)  # back to the address's file for the next round
        loopback.route("GET", "/e.json", _conditional(event_bytes(name="Fetched"), '"v2"'))  # type: ignore[arg-type]
    assert [r.header("If-None-Match") for r in loopback.requests] == [
        None,
        '"v1"',
        None,
        '"v1"',
        None,
    ]


def test_a_download_from_an_address_no_longer_wanted_is_dropped(
    store: EventStore, http: HttpClient, loopback: LoopbackServer
) -> None:
    loopback.route("GET", "/e.json", lambda r: Reply(200, event_bytes(name="Old address")))
    download = store.download(http, loopback.url("/e.json"))
    assert store.settle(download, wanted=False).status == "dropped"
    assert store.load().source == "shipped"


def test_a_download_writes_nothing_until_it_is_settled(
    store: EventStore, http: HttpClient, loopback: LoopbackServer
) -> None:
    """The network pool only fetches and checks; every write to the event folder
    (the file, its state, the hashes known to pass the schema) happens in settle(),
    on the database lane."""
    from companion.core.event.store import sha256_hex

    loopback.route("GET", "/e.json", lambda r: Reply(200, event_bytes(name="New")))
    download = store.download(http, loopback.url("/e.json"))
    assert not store.dir.exists() or not any(store.dir.iterdir())
    assert store.settle(download).status == "updated"
    assert store.load().event.name == "New"
    assert sha256_hex(event_bytes(name="New")) in store._checked()  # not checked again
