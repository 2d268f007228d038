"""The headless ``account`` commands as real subprocesses against loopback servers
and the real keyring, then a scan for secrets in every file and log they left."""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest
import requests
from keyring.backend import KeyringBackend

from companion.core.accounts.model import AccountRepository
from companion.core.accounts.oauth import OOB_REDIRECT
from companion.core.accounts.service import AccountService
from companion.core.logsetup import setup_logging
from companion.core.paths import Paths
from companion.core.services import CoreServices
from tests.support.fake_bluesky import FakeBluesky
from tests.support.fake_mastodon import FakeMastodon


def cli(
    *args: str,
    data_dir: Path,
    stdin: str = "",
    env: dict[str, str] | None = None,
    verbose: bool = False,
) -> subprocess.CompletedProcess[str]:
    flags = ["-v"] if verbose else []
    return subprocess.run(
        [sys.executable, "-m", "companion", "--data-dir", str(data_dir), *flags, *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, **(env or {})},
        check=False,
    )


def scan(root: Path, secrets: list[str]) -> list[str]:
    found = []
    for path in root.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            found += [f"{path}: {s[:6]}…" for s in secrets if s.encode() in data]
    return found


@pytest.mark.keyring
def test_add_use_remove_cycle_leaves_no_secret_anywhere(
    real_backend: KeyringBackend,
    mastodon: FakeMastodon,
    bsky: FakeBluesky,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    data_dir = tmp_path / "portable"
    outputs: list[str] = []
    secrets: list[str] = [bsky.app_password]

    # headless: add a Mastodon token and a Bluesky app password, list, remove
    token = mastodon.personal_token()
    secrets.append(token)
    r = cli(
        "account",
        "add-mastodon",
        "--instance",
        mastodon.srv.base_url,
        "--token-stdin",
        data_dir=data_dir,
        stdin=token + "\n",
        verbose=True,
    )
    outputs += [r.stdout, r.stderr]
    assert r.returncode == 0, r.stderr
    mastodon_id = r.stdout.split()[1]
    r = cli(
        "account",
        "add-bluesky",
        "--handle",
        bsky.handle,
        "--app-password-stdin",
        "--service",
        bsky.entryway.base_url,
        data_dir=data_dir,
        stdin=bsky.app_password,
        verbose=True,
    )
    outputs += [r.stdout, r.stderr]
    assert r.returncode == 0, r.stderr
    bluesky_id = r.stdout.split()[1]
    secrets += list(bsky.valid_access | bsky.valid_refresh)
    r = cli("account", "list", "--json", data_dir=data_dir)
    outputs += [r.stdout, r.stderr]
    listed = {a["id"]: a for a in json.loads(r.stdout)}
    assert listed[mastodon_id]["info"]["max_characters"] == 1000
    assert listed[mastodon_id]["state"] == "connected"
    assert listed[bluesky_id]["info"]["did"] == bsky.did
    assert listed[bluesky_id]["server"] == bsky.pds.base_url
    # the secrets are in the real keyring, not in the app's files
    assert real_backend.get_password("shareasm-companion", mastodon_id) is not None

    # in the app: an OAuth login, a Bluesky refresh, then removal of everything
    paths = Paths.for_data_dir(data_dir)
    setup_logging(paths.log_file, verbose=True)
    from companion.core.accounts.keyring_store import KeyringCredentialStore

    core = CoreServices.open(paths, credentials=KeyringCredentialStore(real_backend))
    try:
        service = AccountService(AccountRepository(core.db), core.credentials, core.http)
        login = service.begin_mastodon_login(mastodon.srv.base_url, OOB_REDIRECT)
        code = requests.get(login.authorize_url, timeout=10).text
        secrets.append(code)
        oauth_account = service.store(service.finish_mastodon_login(login, code))
        assert oauth_account.id == mastodon_id  # the same account: its login is replaced
        secret = service.sessions.secret(oauth_account)
        secrets += [secret["access_token"], secret["client_secret"], login.pkce.verifier]
        bsky_account = service.get(bluesky_id)
        bsky.expire_access()
        resp = service.sessions.request(
            bsky_account, "GET", bsky.pds.url("/xrpc/app.bsky.actor.getPreferences")
        )
        assert resp.ok
        secrets += list(bsky.valid_access | bsky.valid_refresh | bsky.spent_refresh)
        service.remove(oauth_account)
        assert mastodon.revoked == [secret["access_token"]]
    finally:
        core.close()
        for handler in list(logging.getLogger().handlers):
            if getattr(handler, "_companion", False):
                logging.getLogger().removeHandler(handler)
                handler.close()
    r = cli("account", "remove", mastodon_id, data_dir=data_dir)
    assert r.returncode == 2 and "No account" in r.stderr  # already removed in the app
    for account_id in (bluesky_id,):
        r = cli("account", "remove", account_id, data_dir=data_dir, verbose=True)
        outputs += [r.stdout, r.stderr]
        assert r.returncode == 0, r.stderr
    r = cli("account", "list", data_dir=data_dir)
    assert r.stdout.strip() == "no accounts"
    for account_id in (mastodon_id, bluesky_id):
        assert real_backend.get_password("shareasm-companion", account_id) is None
    assert (
        real_backend.get_password("shareasm-companion", f"mastodon-app:{mastodon.srv.base_url}")
        is None
    )

    assert paths.log_file.exists() and paths.log_file.stat().st_size > 0
    assert scan(data_dir, secrets) == []
    logged = caplog.text + "".join(outputs)
    assert [s[:6] for s in secrets if s in logged] == []


def test_add_without_keyring_refuses_with_help(mastodon: FakeMastodon, tmp_path: Path) -> None:
    r = cli(
        "account",
        "add-mastodon",
        "--instance",
        mastodon.srv.base_url,
        "--token-stdin",
        data_dir=tmp_path,
        stdin=mastodon.personal_token(),
        env={"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"},
    )
    assert r.returncode == 2
    assert "gnome-keyring" in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1
    assert not list(tmp_path.rglob("*.json")) or "token" not in (
        tmp_path / "config" / "settings.json"
    ).read_text(encoding="utf-8")


def test_bad_input_is_one_line_and_exit_2(tmp_path: Path) -> None:
    r = cli(
        "account",
        "add-bluesky",
        "--handle",
        "amina",
        "--app-password-stdin",
        data_dir=tmp_path,
        stdin="my real password\n",
    )
    assert r.returncode == 2
    assert "app password" in r.stderr and len(r.stderr.strip().splitlines()) == 1
    r = cli("account", "remove", "nope", data_dir=tmp_path)
    assert r.returncode == 2 and "No account" in r.stderr
    r = cli("account", "add-mastodon", "--instance", "x.org", "--token", "abc", data_dir=tmp_path)
    assert r.returncode == 2  # no way to give a secret on the command line
