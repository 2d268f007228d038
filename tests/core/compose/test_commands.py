"""``count`` and ``outbox`` subcommands, as real subprocesses."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from companion.core.accounts.credentials import MemoryCredentialStore
from companion.core.accounts.model import Network
from companion.core.compose.drafts import Draft, DraftStore
from companion.core.compose.outbox import Outbox, State
from companion.core.paths import Paths
from companion.core.services import CoreServices
from tests.core.compose.fakes import add_account


def run(*args: str, data_dir: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "companion", "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        timeout=120,
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
    assert "Support check #shareASM" in row["text"]
    # no login saved in this process: retrying ends in "needs login", kept
    retried = run("outbox", "retry", str(item_id), data_dir=data)
    assert retried.returncode == 1
    assert "needs_login" in retried.stdout
    missing = run("outbox", "retry", "999", data_dir=data)
    assert missing.returncode == 2 and "no outbox item 999" in missing.stderr
