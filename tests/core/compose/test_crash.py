"""Kill the app while it autosaves and while it sends; restart; nothing lost or doubled.

``Popen.kill`` is SIGKILL on POSIX and TerminateProcess on Windows: no handler runs
either way."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

from companion.core.accounts.credentials import MemoryCredentialStore
from companion.core.accounts.model import AccountRepository, Network
from companion.core.accounts.session import SessionManager
from companion.core.clock import Clock
from companion.core.compose.drafts import Draft, DraftStore
from companion.core.compose.outbox import Outbox, State
from companion.core.compose.sender import Sender
from companion.core.paths import Paths
from companion.core.services import CoreServices
from companion.core.storage import Database
from tests.support.accounts import add_account
from tests.support.fake_mastodon import FakeMastodon
from tests.support.httpserver import LoopbackServer, Reply, Request

ROOT = Path(__file__).resolve().parents[3]


def _spawn(module: str, data_dir: Path, env: dict[str, str] | None = None) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", module, str(data_dir)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})},
    )


def test_sigkill_while_autosaving_keeps_last_save(tmp_path: Path) -> None:
    data = tmp_path / "data"
    proc = _spawn("tests.ui.compose.child_autosave", data)
    assert proc.stdout is not None
    last_len, draft_id, saves = 0, "", 0
    try:
        for line in proc.stdout:
            if line.startswith("saved "):
                _, length, draft_id = line.split()
                last_len = int(length)
                saves += 1
                if saves >= 5 and last_len > 0:
                    break
    finally:
        proc.kill()
        proc.wait(timeout=30)
    assert proc.returncode == (1 if os.name == "nt" else -signal.SIGKILL)
    db = Database(Paths.for_data_dir(data).database_file)
    try:
        db.check_integrity()
        draft = DraftStore(db, Clock().now).get(draft_id)
        assert draft is not None and draft.source == "crash-test"
        # everything acknowledged as saved survived (later saves may have landed too)
        assert len(draft.text) >= last_len
        assert draft.text.startswith("Habari 👩🏽‍🌾 ")
    finally:
        db.close()


def test_sigkill_while_sending_posts_once(tmp_path: Path) -> None:
    created = threading.Event()
    release = threading.Event()
    with LoopbackServer() as srv:
        fake = FakeMastodon(srv, honour_idempotency=False)
        fake.install()
        plain_post = srv.routes[("POST", "/api/v1/statuses")]

        def slow_post(req: Request) -> Reply:
            reply = plain_post(req)
            created.set()
            release.wait(30)  # the client is killed while waiting for this answer
            return reply

        srv.route("POST", "/api/v1/statuses", slow_post)
        data = tmp_path / "data"
        paths = Paths.for_data_dir(data)
        core = CoreServices.open(paths, credentials=MemoryCredentialStore())
        account = add_account(
            core.db,
            core.credentials,
            Network.MASTODON,
            srv.base_url,  # type: ignore[arg-type]
            {"access_token": "tok"},
            {"id": "1"},
        )
        outbox = Outbox(core.db, paths.data / "outbox-media")
        draft = DraftStore(core.db, core.clock.now).save(Draft.new("Killed mid-send, posted once"))
        (item_id,) = outbox.enqueue(draft, [account], "shareASM", core.clock.now())
        core.close()

        proc = _spawn("tests.core.compose.child_send", data, {"CHILD_TOKEN": "tok"})
        try:
            assert created.wait(60), "the child never reached the server"
        finally:
            proc.kill()
            proc.wait(timeout=30)
            release.set()
        assert len(fake.statuses) == 1

        # restart: the item is still "sending" under a dead pid; it is taken over
        srv.route("POST", "/api/v1/statuses", plain_post)
        core = CoreServices.open(paths, credentials=MemoryCredentialStore())
        try:
            core.credentials.set(account.id, '{"access_token": "tok"}')
            repo = AccountRepository(core.db)
            outbox = Outbox(core.db, paths.data / "outbox-media")
            before = outbox.get(item_id)
            assert before is not None and before.state is State.SENDING
            sender = Sender(
                outbox,
                repo,
                SessionManager(repo, core.credentials, core.http),
                core.http,
                now=core.clock.now,
            )
            list(sender.run_all())
            after = outbox.get(item_id)
            assert after is not None and after.state is State.SENT
            assert len(fake.statuses) == 1
            assert after.link == fake.statuses[0]["url"]
        finally:
            core.close()
