"""Sharing packs at the venue: the read-only share, nearby peers, trusted sync.

All traffic stays on this machine: loopback, or two network namespaces the test makes
itself (joined by a veth pair with link-local addresses) for the mDNS part.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests

from companion.core.clock import Clock
from companion.core.errors import InvalidInputError, KnownError
from companion.core.library.download import PartialState, partial_paths
from companion.core.library.lan import is_lan_address
from companion.core.library.peers import (
    Browser,
    base_url,
    list_packs,
    peer_http,
    sync_from_peer,
)
from companion.core.library.service import Library, drain, sample_pack_dir
from companion.core.library.share import PackShare
from companion.core.library.signing import (
    SigningKey,
    TrustPolicy,
    UnsignedPackError,
    UntrustedSignerError,
    generate_key,
    write_key_file,
)
from companion.core.library.store import PackStore
from companion.core.library.sync import file_url
from companion.core.paths import Paths
from companion.core.storage import Database
from tests.core.library.packs import installed_problems
from tests.core.library.venue import (
    Namespaces,
    cli_cmd,
    cli_env,
    install_into,
    jpeg_page,
    kill,
    make_signed_pack,
    pages,
    policy_of,
    run_cli,
    sharing,
    store_of,
)

PAGE_PATH = "book/en/page-01.jpg"


@pytest.fixture
def key() -> SigningKey:
    return generate_key("Venue publisher")


@pytest.fixture
def shared(tmp_path: Path, key: SigningKey) -> Iterator[tuple[PackShare, dict[str, bytes]]]:
    files = {PAGE_PATH: jpeg_page(), "book/en/page-02.jpg": os.urandom(300_000)}
    install_into(tmp_path / "a", make_signed_pack(tmp_path / "src", key, files))
    share = PackShare(store_of(tmp_path / "a"), addresses=["127.0.0.1"], port=0, announce=False)
    share.start()
    yield share, files
    share.stop()


# --------------------------------------------------------------------------- the server
def test_share_serves_manifests_and_files_with_ranges(
    shared: tuple[PackShare, dict[str, bytes]],
) -> None:
    share, files = shared
    base = share.urls[0]
    index = requests.get(base + "index.json", timeout=5).json()
    (pack,) = index["packs"]
    assert pack["id"] == "venue-pack" and pack["signer"] is not None
    manifest = store_of_share(share).get("venue-pack")
    assert manifest is not None
    r = requests.get(base + "packs/venue-pack/manifest.json", timeout=5)
    assert r.content == manifest.manifest.raw
    url = base + "packs/venue-pack/book/en/page-02.jpg"
    body = files["book/en/page-02.jpg"]
    r = requests.get(url, timeout=5)
    assert r.status_code == 200 and r.content == body and r.headers["Accept-Ranges"] == "bytes"
    etag = r.headers["ETag"]
    r = requests.get(url, headers={"Range": "bytes=1000-"}, timeout=5)
    assert r.status_code == 206 and r.content == body[1000:]
    assert r.headers["Content-Range"] == f"bytes 1000-{len(body) - 1}/{len(body)}"
    r = requests.get(url, headers={"Range": "bytes=10-19", "If-Range": etag}, timeout=5)
    assert r.status_code == 206 and r.content == body[10:20]
    r = requests.get(url, headers={"Range": "bytes=-5"}, timeout=5)
    assert r.content == body[-5:]
    # a stale validator: the whole file, never a piece of a different version
    r = requests.get(url, headers={"Range": "bytes=10-", "If-Range": '"old"'}, timeout=5)
    assert r.status_code == 200 and r.content == body
    r = requests.get(url, headers={"Range": f"bytes={len(body)}-"}, timeout=5)
    assert r.status_code == 416 and r.headers["Content-Range"] == f"bytes */{len(body)}"
    r = requests.head(url, timeout=5)
    assert r.status_code == 200 and r.headers["Content-Length"] == str(len(body))


def store_of_share(share: PackShare) -> PackStore:
    return share.store


@pytest.mark.parametrize(
    "path",
    [
        "/packs/venue-pack/../installed.json",
        "/packs/venue-pack/%2e%2e/%2e%2e/installed.json",
        "/packs/venue-pack/..%2F..%2Finstalled.json",
        "/packs/..%2Finstalled.json/x",
        "/installed.json",
        "/objects/",
        "/packs/venue-pack/book/en",
        "/packs/venue-pack//etc/passwd",
        "/packs/nope/manifest.json",
        "/etc/passwd",
    ],
)
def test_share_serves_nothing_outside_the_packs(
    shared: tuple[PackShare, dict[str, bytes]], path: str
) -> None:
    share, _ = shared
    url = share.urls[0].rstrip("/")
    # raw request line: no client-side normalisation of ".."
    import socket

    with socket.create_connection(("127.0.0.1", share.port), timeout=5) as s:
        s.sendall(f"GET {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".encode())
        reply = b""
        while chunk := s.recv(65536):
            reply += chunk
    assert reply.startswith(b"HTTP/1.1 404"), (url, path, reply[:100])


def test_share_never_follows_a_link_in_the_packs_folder(
    shared: tuple[PackShare, dict[str, bytes]], tmp_path: Path
) -> None:
    """A link put in the store (by another program, or a copied data folder) in place
    of a pack file, or of a folder of them, is not followed out of the packs."""
    share, _ = shared
    store = share.store
    installed = store.get("venue-pack")
    assert installed is not None
    f = next(x for x in installed.manifest.files() if x.path == PAGE_PATH)
    secret = tmp_path / "secret.txt"
    secret.write_bytes(b"S" * f.size)  # the size the manifest expects
    url = share.urls[0] + "packs/venue-pack/" + PAGE_PATH
    obj = store.object_path(f)
    obj.unlink()
    obj.symlink_to(secret)
    r = requests.get(url, timeout=5)
    assert r.status_code == 404 and b"SSSS" not in r.content
    # the object's folder a link to a folder outside
    obj.unlink()
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / obj.name).write_bytes(b"S" * f.size)
    folder = obj.parent
    for other in folder.iterdir():
        other.rename(outside / other.name)
    folder.rmdir()
    folder.symlink_to(outside, target_is_directory=True)
    r = requests.get(url, timeout=5)
    assert r.status_code == 404 and b"SSSS" not in r.content


def test_share_is_read_only_and_limits_concurrent_downloads(
    shared: tuple[PackShare, dict[str, bytes]],
) -> None:
    share, _ = shared
    base = share.urls[0]
    for method in ("POST", "PUT", "DELETE"):
        assert requests.request(method, base + "index.json", timeout=5).status_code == 405
    url = base + "packs/venue-pack/" + PAGE_PATH
    held = [share.slots.acquire(blocking=False) for _ in range(4)]
    assert all(held)
    r = requests.get(url, timeout=5)
    assert r.status_code == 503 and r.headers["Retry-After"] == "2"
    assert requests.get(base + "index.json", timeout=5).status_code == 200  # lists still work
    share.slots.release()
    assert requests.get(url, timeout=5).status_code == 200


def test_share_binds_only_to_private_or_loopback_addresses(tmp_path: Path) -> None:
    store = PackStore(tmp_path / "lib")
    for address in ("0.0.0.0", "8.8.8.8", "100.64.1.1", "::", "example.org"):
        with pytest.raises(InvalidInputError, match="not a private network address"):
            PackShare(store, addresses=[address], announce=False).start()
    assert is_lan_address("192.168.1.20") and is_lan_address("10.1.2.3")
    assert is_lan_address("172.16.0.9") and is_lan_address("169.254.3.4")
    assert not is_lan_address("172.32.0.1") and not is_lan_address("127.0.0.1")
    assert is_lan_address("127.0.0.1", loopback=True)
    for typed in ("8.8.8.8:80", "example.org:8737", "https://192.168.1.2:8737/", "10.0.0.1"):
        with pytest.raises(InvalidInputError):
            base_url(typed)
    assert base_url("192.168.1.20:8737") == "http://192.168.1.20:8737/"
    assert base_url("http://10.0.0.5:9000/index.json") == "http://10.0.0.5:9000/"


# --------------------------------------------------------------------------- peer sync
def test_peer_sync_needs_a_trusted_signature(
    shared: tuple[PackShare, dict[str, bytes]], key: SigningKey, tmp_path: Path
) -> None:
    share, _files = shared
    http = peer_http(Clock().now)
    peer = list_packs(http, base_url(share.urls[0]))
    assert [p.id for p in peer.packs] == ["venue-pack"]
    store = PackStore(tmp_path / "b")
    with pytest.raises(UntrustedSignerError) as caught:
        drain(sync_from_peer(http, store, peer, "venue-pack", TrustPolicy()))
    assert caught.value.signer.fingerprint == key.fingerprint
    assert store.installed() == [] and not any(store.partial.glob("*.part"))
    allowed = TrustPolicy(allow=frozenset({key.fingerprint}))
    result = drain(sync_from_peer(http, store, peer, "venue-pack", allowed))
    assert result.files_fetched == 2
    assert installed_problems(store, "venue-pack") == []
    store2 = PackStore(tmp_path / "b2")
    drain(sync_from_peer(http, store2, peer, "venue-pack", policy_of(key)))
    assert store2.get("venue-pack") is not None


def test_a_busy_share_makes_the_others_wait_their_turn_not_fail(
    shared: tuple[PackShare, dict[str, bytes]], key: SigningKey, tmp_path: Path
) -> None:
    """A dozen laptops and one share: past its download limit it answers 503 with
    Retry-After, and a laptop waits for a free slot (minutes if need be) instead of
    failing after a few quick tries."""
    share, _files = shared
    held = [share.slots.acquire(blocking=False) for _ in range(4)]  # four others busy
    assert all(held)
    slept: list[float] = []

    def sleep(seconds: float) -> None:  # the time the others take, without waiting it
        slept.append(seconds)
        if sum(slept) >= 90 and held:
            while held:
                held.pop()
                share.slots.release()

    http = peer_http(Clock().now)
    peer = list_packs(http, share.urls[0])
    store = PackStore(tmp_path / "b")
    result = drain(sync_from_peer(http, store, peer, "venue-pack", policy_of(key), sleep=sleep))
    assert result.files_fetched == 2 and installed_problems(store, "venue-pack") == []
    assert sum(slept) >= 90
    assert min(slept) >= 2  # never sooner than the share's Retry-After


def test_stop_works_while_waiting_for_a_busy_share(
    shared: tuple[PackShare, dict[str, bytes]], key: SigningKey, tmp_path: Path
) -> None:
    import threading

    from companion.core.library.download import SyncCancelled

    share, _files = shared
    held = [share.slots.acquire(blocking=False) for _ in range(4)]
    assert all(held)
    cancel = threading.Event()
    slept: list[float] = []
    stages: list[str] = []

    def sleep(seconds: float) -> None:
        slept.append(seconds)
        cancel.set()  # the user presses Stop while waiting

    http = peer_http(Clock().now)
    peer = list_packs(http, share.urls[0])
    gen = sync_from_peer(
        http,
        PackStore(tmp_path / "b"),
        peer,
        "venue-pack",
        policy_of(key),
        sleep=sleep,
        cancel=cancel,
    )
    with pytest.raises(SyncCancelled):
        while True:
            stages.append(next(gen).stage)
    assert len(slept) == 1
    assert "waiting" in stages  # the progress says why nothing moves


def test_a_failed_copy_from_a_share_keeps_the_packs_download_address(
    shared: tuple[PackShare, dict[str, bytes]], key: SigningKey, tmp_path: Path
) -> None:
    """A pack's videos come later from where it was installed: a copy from a laptop
    that was stopped (or refused, or cut) must not make them come from that laptop."""
    import threading

    from companion.core.library.download import SyncCancelled
    from companion.core.library.sync import sync_pack
    from tests.core.library.packs import PackServer, photobook_raw
    from tests.support.httpserver import LoopbackServer

    share, files = shared
    store = PackStore(tmp_path / "b")
    http = peer_http(Clock().now)
    with LoopbackServer() as srv:
        server = PackServer(srv)
        one = {PAGE_PATH: files[PAGE_PATH]}
        raw = photobook_raw(one, pack_id="venue-pack", version="0")
        server.publish(raw, one)
        from companion.core.library.signing import sign_manifest

        server.manifest = sign_manifest(json.dumps(raw).encode(), key)
        drain(sync_pack(http, store, server.url, trust=policy_of(key)))
    address = store.source("venue-pack")
    assert address.startswith("http://127.0.0.1:")
    peer = list_packs(http, share.urls[0])
    cancel = threading.Event()
    cancel.set()  # stopped at once
    with pytest.raises(SyncCancelled):
        drain(sync_from_peer(http, store, peer, "venue-pack", policy_of(key), cancel=cancel))
    assert store.source("venue-pack") == address
    drain(sync_from_peer(http, store, peer, "venue-pack", policy_of(key)))
    assert store.source("venue-pack") == peer.manifest_url("venue-pack")


def test_unsigned_packs_are_not_taken_from_peers(tmp_path: Path) -> None:
    install_into(tmp_path / "a", make_signed_pack(tmp_path / "src", None, {PAGE_PATH: b"x"}))
    share = PackShare(store_of(tmp_path / "a"), addresses=["127.0.0.1"], port=0, announce=False)
    share.start()
    try:
        http = peer_http(Clock().now)
        peer = list_packs(http, share.urls[0])
        with pytest.raises(UnsignedPackError):
            drain(
                sync_from_peer(http, PackStore(tmp_path / "b"), peer, "venue-pack", TrustPolicy())
            )
    finally:
        share.stop()


def test_peer_sync_resumes_a_cut_download_with_range(tmp_path: Path, key: SigningKey) -> None:
    files = pages(2, 3_000_000)
    install_into(tmp_path / "a", make_signed_pack(tmp_path / "src", key, files))
    share = PackShare(store_of(tmp_path / "a"), addresses=["127.0.0.1"], port=0, announce=False)
    share.start()
    try:
        http = peer_http(Clock().now)
        peer = list_packs(http, share.urls[0])
        store = PackStore(tmp_path / "b")
        store.ensure()
        # what a cut download leaves: the first megabyte and its validator
        m = store_of(tmp_path / "a").get("venue-pack")
        assert m is not None
        f = m.manifest.files()[0]
        part, meta = partial_paths(store, f)
        part.write_bytes(files[f.path][:1_000_000])
        url = file_url(peer.manifest_url("venue-pack"), f)
        PartialState(url, f'"{f.sha256}"', "", f.size).save(meta)
        result = drain(sync_from_peer(http, store, peer, "venue-pack", policy_of(key)))
        assert result.bytes_fetched == 6_000_000 - 1_000_000  # the rest only
        assert installed_problems(store, "venue-pack") == []
    finally:
        share.stop()


# --------------------------------------------------------------------------- discovery
def test_zeroconf_round_trip_on_loopback(tmp_path: Path, key: SigningKey) -> None:
    """The announcement and the browser, on the loopback interface only."""
    install_into(tmp_path / "a", make_signed_pack(tmp_path / "src", key, {PAGE_PATH: b"x"}))
    share = PackShare(store_of(tmp_path / "a"), addresses=["127.0.0.1"], port=0, name="loop-test")
    share.start()
    browser = Browser(["127.0.0.1"])
    try:
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            found = [b for b, _ in browser.found() if b == share.urls[0]]
            if found:
                break
            time.sleep(0.1)
        assert found, browser.found()
        assert any("loop-test" in name for _, name in browser.found())
    finally:
        browser.close()
        share.stop()


# --------------------------------------------------------------------------- two apps
def _keyfile(tmp_path: Path, key: SigningKey) -> Path:
    path = tmp_path / "keys" / "publisher.json"
    path.parent.mkdir(exist_ok=True)
    write_key_file(path, key, "a passphrase for tests")
    return path


def _opens_first_page(data_dir: Path) -> None:
    """The library service of the second app finds the photobook and loads page 1."""
    from PIL import Image

    paths = Paths.for_data_dir(data_dir)
    db = Database.open(paths.database_file).db
    try:
        lib = Library(db, PackStore(paths.data / "library"), sample_pack_dir())
        (manifest, item) = next((m, i) for m, i in lib.items() if i.kind == "photobook")
        assert manifest.id == "venue-pack" and manifest.signer is not None
        edition = item.edition("en")
        assert edition is not None
        first = lib.store.object_path(edition.files[0])
        assert first is not None
        with Image.open(first) as im:
            im.load()
            assert im.size == (64, 48)
    finally:
        db.close()


def test_two_apps_share_a_signed_pack_on_loopback(tmp_path: Path, key: SigningKey) -> None:
    a, b = tmp_path / "app-a", tmp_path / "app-b"
    install_into(a, make_signed_pack(tmp_path / "src", key, {PAGE_PATH: jpeg_page()}))
    with sharing(a, "--bind", "127.0.0.1", "--port", "0", "--no-announce") as (url, _proc):
        address = url.removeprefix("http://").rstrip("/")
        listed = run_cli(b, "pack", "peers", "--address", address, "--json")
        assert listed.returncode == 0, listed.stderr
        (peer,) = json.loads(listed.stdout)
        assert [p["id"] for p in peer["packs"]] == ["venue-pack"]
        assert peer["packs"][0]["signer"] == key.fingerprint
        # not trusted yet: refused, naming the fingerprint
        refused = run_cli(b, "pack", "peers", "--address", address, "--sync", "venue-pack")
        assert refused.returncode == 2
        assert f"--trust-signer {key.fingerprint}" in refused.stderr
        pub = str(_keyfile(tmp_path, key))
        assert run_cli(b, "pack", "trust", "add", pub).returncode == 0
        synced = run_cli(b, "pack", "peers", "--address", address, "--sync", "venue-pack")
        assert synced.returncode == 0, synced.stderr
        assert "Installed pack venue-pack version 1" in synced.stdout
        assert "Venue publisher (fingerprint" in synced.stdout
    assert installed_problems(store_of(b), "venue-pack") == []
    _opens_first_page(b)


@pytest.fixture
def namespaces(tmp_path: Path) -> Iterator[Namespaces]:
    ns = Namespaces(str(os.getpid()))
    if not ns.create():
        pytest.skip("network namespaces cannot be made here (the loopback test covers sync)")
    yield ns
    ns.delete()


def test_two_apps_find_each_other_with_mdns_in_a_private_network(
    tmp_path: Path, key: SigningKey, namespaces: Namespaces
) -> None:
    """Each app in its own network namespace, joined by a veth pair: the share binds to
    its private (link-local) address on its own and announces; the other app hears it."""
    a, b = tmp_path / "app-a", tmp_path / "app-b"
    install_into(a, make_signed_pack(tmp_path / "src", key, {PAGE_PATH: jpeg_page()}))
    with sharing(a, "--port", "0", netns=namespaces.a) as (url, _proc):
        assert url.startswith(f"http://{namespaces.addr_a}:")
        listed = run_cli(b, "pack", "peers", "--wait", "4", "--json", netns=namespaces.b)
        assert listed.returncode == 0, listed.stderr
        peers = json.loads(listed.stdout)
        assert [p["address"] for p in peers] == [url]
        synced = run_cli(
            b,
            "pack",
            "peers",
            "--wait",
            "4",
            "--sync",
            "venue-pack",
            "--trust-signer",
            key.fingerprint,
            netns=namespaces.b,
        )
        assert synced.returncode == 0, synced.stderr
    assert installed_problems(store_of(b), "venue-pack") == []
    _opens_first_page(b)


def test_sigkill_during_a_peer_transfer_leaves_the_old_or_the_new_version(
    tmp_path: Path, key: SigningKey
) -> None:
    a, b = tmp_path / "app-a", tmp_path / "app-b"
    old = {PAGE_PATH: jpeg_page()}
    install_into(b, make_signed_pack(tmp_path / "v1", key, old, version="1"))
    new = pages(3, 25_000_000, seed=b"v2")
    install_into(a, make_signed_pack(tmp_path / "v2", key, new, version="2"))
    shutil.rmtree(tmp_path / "v2")  # 75 MB less on disk
    store_b = store_of(b)
    assert run_cli(b, "pack", "trust", "add", str(_keyfile(tmp_path, key))).returncode == 0
    killed_mid_transfer = 0
    with sharing(a, "--bind", "127.0.0.1", "--port", "0", "--no-announce") as (url, _proc):
        address = url.removeprefix("http://").rstrip("/")
        sync = ["pack", "peers", "--address", address, "--sync", "venue-pack"]
        for _attempt in range(2):
            proc = subprocess.Popen(
                cli_cmd(b, *sync),
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                env=cli_env(),
            )
            # wait until 8 MB more of the new version arrived, then kill without warning
            start = _held(store_b)
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline and proc.poll() is None:
                if _held(store_b) > start + 8_000_000:
                    proc.kill()  # SIGKILL; TerminateProcess on Windows
                    killed_mid_transfer += 1
                    break
                time.sleep(0.005)
            kill(proc)
            installed = store_b.get("venue-pack")
            assert installed is not None
            assert installed.manifest.version in ("1", "2")
            assert installed_problems(store_b, "venue-pack") == []  # never a mix
        assert killed_mid_transfer == 2
        assert store_b.get("venue-pack").manifest.version == "1"  # type: ignore[union-attr]
        done = run_cli(b, *sync)
        assert done.returncode == 0, done.stderr
    pack = store_b.get("venue-pack")
    assert pack is not None and pack.manifest.version == "2"
    assert installed_problems(store_b, "venue-pack") == []


def _held(store: PackStore) -> int:
    """Bytes of pack files on disk, complete or partial."""
    return sum(p.stat().st_size for p in store.partial.glob("*.part")) + sum(
        p.stat().st_size for p in store.objects.rglob("*") if p.is_file()
    )


def test_the_bundled_sample_pack_is_not_offered(tmp_path: Path) -> None:
    from companion.core.library.service import sample_pack_dir
    from companion.core.library.sideload import import_pack

    store = PackStore(tmp_path / "lib")
    drain(import_pack(sample_pack_dir(), store))
    share = PackShare(store, addresses=["127.0.0.1"], port=0, announce=False)
    share.start()
    try:
        base = share.urls[0]
        assert requests.get(base + "index.json", timeout=5).json()["packs"] == []
        r = requests.get(base + "packs/shareasm-sample/manifest.json", timeout=5)
        assert r.status_code == 404
    finally:
        share.stop()


def test_what_a_share_says_about_itself_has_no_control_characters(tmp_path: Path) -> None:
    """A share's index is another laptop's claim, printed by ``pack peers``: terminal
    escapes in it must not reach the terminal."""
    from tests.support.httpserver import LoopbackServer, Reply

    esc = "\x1b[2K\r"
    index = {
        "app": "shareasm-companion",
        "name": f"laptop{esc}",
        "packs": [
            {
                "id": f"odd{esc}",
                "version": f"1{esc}",
                "title": {"en": f"Odd{esc} pack"},
                "signer": f"x{esc}",
                "signer_name": f"IIED{esc}",
            }
        ],
    }
    http = peer_http(Clock().now)
    with LoopbackServer() as srv:
        srv.route("GET", "/index.json", lambda _req: Reply.json(index))
        peer = list_packs(http, srv.base_url + "/")
    http.close()
    (pack,) = peer.packs
    texts = [peer.name, pack.id, pack.version, pack.signer or "", pack.signer_name]
    texts += list(pack.title.values())
    assert not any(c in t for t in texts for c in "\x1b\r\n"), texts
    assert pack.title == {"en": "Odd [2K  pack"} and pack.id == "odd [2K "


def test_the_venue_network_comes_first_in_the_shown_address() -> None:
    """The QR code shows the first address: a Windows laptop's WSL or Hyper-V adapter
    (172.x) or a Docker bridge must not come before the venue's Wi-Fi."""
    from companion.core.library.lan import rank_addresses

    found = [
        ("vEthernet (WSL) Hyper-V Virtual Ethernet Adapter", "172.22.16.1"),
        ("docker0 docker0", "172.17.0.1"),
        ("Ethernet 2 Realtek", "169.254.10.2"),
        ("Wi-Fi Intel(R) Wi-Fi 6 AX201", "192.168.8.23"),
        ("Wi-Fi Intel(R) Wi-Fi 6 AX201", "192.168.8.23"),
        ("VirtualBox Host-Only Network", "192.168.56.1"),
    ]
    assert rank_addresses(found) == [
        "192.168.8.23",
        "169.254.10.2",
        "172.22.16.1",
        "172.17.0.1",
        "192.168.56.1",
    ]


def test_a_port_out_of_range_is_a_one_line_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from companion.cli import main

    for port in ("99999", "-1"):
        code = main(
            ["--data-dir", str(tmp_path), "pack", "share", "--port", port, "--bind", "127.0.0.1"]
        )
        err = capsys.readouterr().err.strip()
        assert code == 2 and "Traceback" not in err and "\n" not in err, err
        assert "65535" in err


class _Announced:
    """What zeroconf resolves for an announcement (its ServiceInfo's two fields used)."""

    port = 8737

    def __init__(self, *addresses: str) -> None:
        self.addresses = addresses

    def parsed_addresses(self) -> list[str]:
        return list(self.addresses)

    def get_service_info(self, *_args: object, **_kw: object) -> _Announced:
        return self


def test_an_announcement_on_the_lan_never_points_at_this_computer() -> None:
    """Anyone on the venue's network can announce a share: one that names 127.0.0.1
    would make the app ask a program on this very computer. Loopback shares are heard
    only when listening on loopback (tests)."""
    from companion.core.library.share import SERVICE_TYPE

    name = f"odd (8737).{SERVICE_TYPE}"
    browser = Browser([])  # listens nowhere: the announcement is handed over below
    browser.interfaces = ["192.168.1.5"]
    browser._resolve(_Announced("127.0.0.1"), SERVICE_TYPE, name)
    assert browser.found() == []
    browser._resolve(_Announced("127.0.0.1", "192.168.1.9"), SERVICE_TYPE, name)
    assert browser.found() == [("http://192.168.1.9:8737/", "odd (8737)")]
    browser = Browser([])
    browser.interfaces = ["127.0.0.1"]
    browser._resolve(_Announced("127.0.0.1"), SERVICE_TYPE, name)
    assert browser.found() == [("http://127.0.0.1:8737/", "odd (8737)")]


def test_a_share_cannot_redirect_the_listing_off_the_local_network(tmp_path: Path) -> None:
    """Shares are reached at private or loopback addresses only: a share answering its
    index with a redirect (to a name, a public server) is not followed."""
    from tests.support.httpserver import LoopbackServer, Reply

    with LoopbackServer() as elsewhere, LoopbackServer() as odd:
        elsewhere.route("GET", "/index.json", lambda _r: Reply.json({"app": "shareasm-companion"}))
        target = f"http://localhost:{elsewhere.port}/index.json"  # a name, not a LAN address
        odd.route("GET", "/index.json", lambda _r: Reply(302, b"", {"Location": target}))
        http = peer_http(Clock().now)
        try:
            with pytest.raises(KnownError):
                list_packs(http, odd.base_url + "/")
        finally:
            http.close()
        assert elsewhere.requests == []
