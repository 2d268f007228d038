"""``count`` and ``outbox`` subcommands, as real subprocesses."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest

from companion.core.accounts.credentials import MemoryCredentialStore
from companion.core.accounts.mastodon import MastodonApi
from companion.core.accounts.model import Account, AccountRepository, AccountState, Network
from companion.core.compose.drafts import Draft, DraftStore
from companion.core.compose.outbox import Outbox, State
from companion.core.net import HttpClient
from companion.core.paths import Paths
from companion.core.services import CoreServices
from tests.support.accounts import add_account
from tests.support.fake_mastodon import FakeMastodon
from tests.support.httpserver import LoopbackServer, Reply, Request


def run(*args: str, data_dir: Path, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [sys.executable, "-m", "companion", "--data-dir", str(data_dir), *args],
        capture_output=True,
        input=stdin if stdin is not None else b"",
        timeout=120,
    )
    return subprocess.CompletedProcess(
        result.args,
        result.returncode,
        result.stdout.decode("utf-8", "replace"),
        result.stderr.decode("utf-8", "replace"),
    )


def test_count_json_bluesky_facets(tmp_path: Path) -> None:
    text = "👩🏽‍🌾 Geita #shareASM https://iied.org/asm."
    result = run("count", "--network", "bluesky", "--json", text, data_dir=tmp_path)
    assert result.returncode == 0, result.stderr
    body = json.loads(result.stdout)
    assert body["network"] == "bluesky" and body["limit"] == 300 and body["fits"] is True
    data = text.encode()
    spans = [data[f["index"]["byteStart"] : f["index"]["byteEnd"]].decode() for f in body["facets"]]
    assert spans == ["#shareASM", "https://iied.org/asm"]


def test_count_exit_codes(tmp_path: Path) -> None:
    assert run("count", "--network", "mastodon", "hi", data_dir=tmp_path).returncode == 0
    long = run("count", "--network", "x", "x" * 281, data_dir=tmp_path)
    assert long.returncode == 1 and "281/280" in long.stdout
    capped = run(
        "count", "--network", "mastodon", "--max", "10", "--json", "https://a.co", data_dir=tmp_path
    )
    assert capped.returncode == 1 and json.loads(capped.stdout)["length"] == 23
    bad = run("count", "--network", "myspace", "hi", data_dir=tmp_path)
    assert bad.returncode == 2
    bad_max = run("count", "--network", "x", "--max", "0", "hi", data_dir=tmp_path)
    assert bad_max.returncode == 2 and len(bad_max.stderr.strip().splitlines()) == 1


def test_outbox_list_and_retry(tmp_path: Path) -> None:
    data = tmp_path / "d"
    paths = Paths.for_data_dir(data)
    core = CoreServices.open(paths, credentials=MemoryCredentialStore())
    account = add_account(
        core.db, core.credentials, Network.MASTODON, "http://127.0.0.1:9", {}, {"id": "1"}
    )  # type: ignore[arg-type]
    outbox = Outbox(core.db, paths.data / "m")
    draft = DraftStore(core.db, core.clock.now).save(Draft.new("Support check"))
    (item_id,) = outbox.enqueue(draft, [account], "shareASM", core.clock.now())
    outbox.finish(item_id, State.FAILED, core.clock.now(), error="server answered 422")
    core.close()
    listed = run("outbox", "list", "--json", data_dir=data)
    assert listed.returncode == 0, listed.stderr
    (row,) = json.loads(listed.stdout)
    assert row["state"] == "failed" and row["error"] == "server answered 422"
    assert "Support check  #shareASM" in row["text"]  # "\n\n" shown on one line
    # no login saved in this process: retrying ends in "needs login", kept
    retried = run("outbox", "retry", str(item_id), data_dir=data)
    assert retried.returncode == 1
    assert "needs_login" in retried.stdout
    missing = run("outbox", "retry", "999", data_dir=data)
    assert missing.returncode == 2 and "no outbox item 999" in missing.stderr


# --------------------------------------------------------------------------- issue 13
def _core(data: Path) -> CoreServices:
    return CoreServices.open(Paths.for_data_dir(data), credentials=MemoryCredentialStore())


def _account(core: CoreServices, network: Network, handle: str, info: dict[str, Any]) -> Account:
    account = add_account(core.db, core.credentials, network, "http://127.0.0.1:9", {}, info)  # type: ignore[arg-type]
    account.handle = handle
    AccountRepository(core.db).save(account)
    return account


def test_count_by_an_accounts_server_rule(tmp_path: Path, loopback: LoopbackServer) -> None:
    # item 5: the account's server (a Takahē-like one, its facts read as at login)
    # counts code points with URLs in full; a Mastodon account weighs a URL 23
    FakeMastodon.takahe(loopback, max_chars=300).install()
    data = tmp_path / "d"
    core = _core(data)
    info = MastodonApi(HttpClient(now=loopback.now), loopback.base_url).instance_info()
    takahe = _account(core, Network.MASTODON, "@me@127.0.0.1:8123", info)
    _account(core, Network.MASTODON, "@me@masto.example", {"version": "4.3.2"})
    core.close()
    url = "https://www.iied.org/" + "a" * 100
    by_handle = run("count", "--account", "@me@127.0.0.1:8123", "--json", url, data_dir=data)
    assert by_handle.returncode == 0, by_handle.stderr
    body = json.loads(by_handle.stdout)
    assert body["length"] == len(url) and body["limit"] == 300 and body["rule"] == "codepoints"
    by_id = run("count", "--account", takahe.id, "x" * 301, data_dir=data)
    assert by_id.returncode == 1 and "301/300" in by_id.stdout
    masto = run("count", "--account", "me@masto.example", url, data_dir=data)
    assert masto.returncode == 0 and "mastodon: 23/500" in masto.stdout
    missing = run("count", "--account", "@nobody@x.org", "hi", data_dir=data)
    assert missing.returncode == 2 and len(missing.stderr.strip().splitlines()) == 1
    neither = run("count", "hi", data_dir=data)
    assert neither.returncode == 2


def test_count_of_blank_text_says_so(tmp_path: Path) -> None:
    for text in ("", "   \n\t"):
        result = run("count", "--network", "mastodon", text, data_dir=tmp_path)
        assert result.returncode == 2, result.stdout
        assert "empty" in result.stderr and len(result.stderr.strip().splitlines()) == 1
        assert "fits" not in result.stdout


def test_outbox_add_queues_as_the_composer_does(tmp_path: Path) -> None:
    data = tmp_path / "d"
    core = _core(data)
    masto = _account(core, Network.MASTODON, "@amina@masto.example", {"version": "4.3.2"})
    sky = _account(core, Network.BLUESKY, "@amina.bsky.social", {})
    _account(core, Network.X, "@amina", {})  # cannot post through the API: not a default
    away = _account(core, Network.MASTODON, "@old@masto.example", {"version": "4.3.2"})
    AccountRepository(core.db).set_state(away.id, AccountState.NEEDS_LOGIN)
    takahe = _account(
        core,
        Network.MASTODON,
        "@me@127.0.0.1:8123",
        {"version": "takahe/0.11.0", "scheduled_statuses": False},
    )
    core.close()
    added = run("outbox", "add", "Habari kutoka Geita", data_dir=data)
    assert added.returncode == 0, added.stderr
    lines = added.stdout.strip().splitlines()
    assert len(lines) == 3 and all(": queued" in line for line in lines)
    handles = {"@amina@masto.example", "@amina.bsky.social", "@me@127.0.0.1:8123"}
    assert {line.split(" — ")[1].split(" (")[0] for line in lines} == handles
    core = _core(data)
    outbox = Outbox(core.db, data / "m")
    items = outbox.items()
    assert {i.account_id for i in items} == {masto.id, sky.id, takahe.id}
    assert [f"{i.id}: queued" for i in items] == [line.split(" —")[0] for line in lines]
    # the one hashtag rule (core/compose/hashtag.py), as the composer's Send
    assert all(i.parts[0].text == "Habari kutoka Geita\n\n#shareASM" for i in items)
    drafts = DraftStore(core.db, core.clock.now).list(include_sent=True)
    assert len(drafts) == 1 and drafts[0].text == "Habari kutoka Geita\n\n#shareASM"
    assert drafts[0].status == "outbox"
    assert set(drafts[0].targets) == {masto.id, sky.id, takahe.id}
    core.close()
    # stdin as UTF-8, chosen accounts, a time: the Takahē account cannot schedule
    later = run(
        "outbox", "add", "--account", "@me@127.0.0.1:8123", "--account", masto.id,
        "--at", "2099-11-27T14:00:00+03:00", "-",
        data_dir=data, stdin="Karibu 👩🏽‍🌾 #shareASM\n".encode(),
    )  # fmt: skip
    assert later.returncode == 0, later.stderr
    first, second = later.stdout.strip().splitlines()
    assert "@me@127.0.0.1:8123" in first
    assert "will be sent by this computer at 2099-11-27 11:00 UTC" in first
    assert "will be sent by this computer" not in second and "2099-11-27 11:00 UTC" in second
    core = _core(data)
    queued = Outbox(core.db, data / "m").items()[3:]
    assert [i.account_id for i in queued] == [takahe.id, masto.id]
    assert queued[0].parts[0].text == "Karibu 👩🏽‍🌾 #shareASM"
    core.close()


def test_outbox_add_bad_input_is_one_line_exit_2(tmp_path: Path) -> None:
    data = tmp_path / "d"
    core = _core(data)
    _account(core, Network.MASTODON, "@amina@masto.example", {"version": "4.3.2"})
    core.close()
    photo = tmp_path / "p.jpg"
    photo.write_bytes(b"not really")
    cases = [
        ["   "],
        ["--image", str(photo), "hi"],  # no --alt
        ["--account", "@nobody@x.org", "hi"],
        ["--at", "2099-11-27T14:00", "hi"],  # no time zone
        ["--at", "2001-01-01T00:00Z", "hi"],  # passed
        ["--image", str(tmp_path / "gone.jpg"), "--alt", "a field", "hi"],
        ["--image", str(photo), "--alt", "  ", "hi"],
    ]
    for args in cases:
        result = run("outbox", "add", *args, data_dir=data)
        assert result.returncode == 2, (args, result.stdout, result.stderr)
        assert len(result.stderr.strip().splitlines()) == 1, (args, result.stderr)
    bad_utf8 = run("outbox", "add", "-", data_dir=data, stdin=b"\xff\xfe caf\xe9")
    assert bad_utf8.returncode == 2 and "UTF-8" in bad_utf8.stderr
    core = _core(data)
    assert Outbox(core.db, data / "m").items() == []
    core.close()
    empty = tmp_path / "e"
    _core(empty).close()
    none = run("outbox", "add", "hi", data_dir=empty)
    assert none.returncode == 2 and "No connected account" in none.stderr


def test_outbox_send_finds_item_being_sent_by_another(tmp_path: Path) -> None:
    # item 20: another "outbox send" (here: this test process, alive) holds the item
    data = tmp_path / "d"
    core = _core(data)
    account = _account(core, Network.MASTODON, "@amina@masto.example", {"version": "4.3.2"})
    outbox = Outbox(core.db, data / "m")
    draft = DraftStore(core.db, core.clock.now).save(Draft.new("Being sent"))
    (item_id,) = outbox.enqueue(draft, [account], "shareASM", core.clock.now())
    assert outbox.claim(item_id, core.clock.now(), pid=os.getpid())
    core.close()
    for args in (["outbox", "send"], ["outbox", "send", str(item_id)]):
        result = run(*args, data_dir=data)
        assert result.returncode == 0, (args, result.stdout, result.stderr)
        assert f"{item_id}: being sent by another process (pid {os.getpid()})" in result.stdout


def test_outbox_add_with_pictures_and_alt_text(tmp_path: Path) -> None:
    from PIL import Image

    data = tmp_path / "d"
    core = _core(data)
    masto = _account(core, Network.MASTODON, "@amina@masto.example", {"version": "4.3.2"})
    core.close()
    photos = []
    for n, colour in enumerate(("green", "blue")):
        photo = tmp_path / f"p{n}.jpg"
        Image.new("RGB", (64, 48), colour).save(photo, "JPEG")
        photos.append(photo)
    added = run(
        "outbox", "add", "--account", masto.id,
        "--image", str(photos[0]), "--alt", "Green field at the site",
        "--image", str(photos[1]), "--alt", "Blue tarpaulin over the washing pit",
        "Site visit",
        data_dir=data,
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    (line,) = added.stdout.strip().splitlines()
    core = _core(data)
    (item,) = Outbox(core.db, data / "m").items()
    assert line == f"{item.id}: queued — @amina@masto.example (mastodon)"
    assert [m.alt for m in item.media] == [
        "Green field at the site",
        "Blue tarpaulin over the washing pit",
    ]
    assert all(Path(m.path).is_file() for m in item.media)
    core.close()


@pytest.mark.keyring
def test_two_outbox_sends_at_once(tmp_path: Path, loopback: LoopbackServer) -> None:
    # item 20: a second "outbox send" while the first is still posting (slow server).
    # The server answers the first post only once the second command is done: a fixed
    # delay was shorter than a start under Wine or on a loaded machine.
    fake = FakeMastodon.takahe(loopback)
    fake.install()
    second_done = threading.Event()
    plain_post = loopback.routes[("POST", "/api/v1/statuses")]

    def slow_post(req: Request) -> Reply:
        second_done.wait(120)
        return plain_post(req)

    loopback.route("POST", "/api/v1/statuses", slow_post)
    data = tmp_path / "d"
    added = run(
        "account", "add-mastodon", "--instance", loopback.base_url, "--token-stdin",
        data_dir=data, stdin=b"tok\n",
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    queued = run("outbox", "add", "Both at once", data_dir=data)
    assert queued.returncode == 0, queued.stderr
    item_id = queued.stdout.split(":")[0]
    cmd = [sys.executable, "-m", "companion", "--data-dir", str(data), "outbox", "send"]
    first = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 30  # a timeout: not a date, so not the app's clock
        while not any(r.method == "POST" for r in fake.srv.requests):
            assert time.monotonic() < deadline and first.poll() is None
            time.sleep(0.05)
        second = run("outbox", "send", data_dir=data)
        second_done.set()
        out, err = first.communicate(timeout=60)
    finally:
        second_done.set()
        if first.poll() is None:
            first.kill()
    assert second.returncode == 0, (second.stdout, second.stderr)
    assert f"{item_id}: being sent by another process" in second.stdout
    assert first.returncode == 0, (out, err)
    assert f"{item_id}: sent" in out
    assert len(fake.statuses) == 1


def test_outbox_send_to_x_is_a_hand_off_not_a_failure(tmp_path: Path) -> None:
    """Issue 15: an X post is ready for the user on the X website: exit 0, no "failed"."""
    data = tmp_path / "d"
    core = _core(data)
    account = _account(core, Network.X, "@amina", {})
    outbox = Outbox(core.db, data / "m")
    draft = DraftStore(core.db, core.clock.now).save(Draft.new("Habari kutoka Geita"))
    (item_id,) = outbox.enqueue(draft, [account], "shareASM", core.clock.now())
    core.close()
    result = run("outbox", "send", str(item_id), data_dir=data)
    assert result.returncode == 0, (result.stdout, result.stderr)
    assert f"{item_id}: ready: post it on the X website https://x.com/intent/post?text=" in (
        result.stdout
    )
    assert "failed" not in result.stdout
