"""Run by test_crash.py in a child process: send the outbox of DATA_DIR, then exit.

The token comes from the environment (test only); the parent kills this process
with SIGKILL while the server is still answering."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from companion.core.accounts.credentials import MemoryCredentialStore
from companion.core.accounts.model import AccountRepository
from companion.core.accounts.session import SessionManager
from companion.core.compose.outbox import Outbox
from companion.core.compose.sender import Sender
from companion.core.paths import Paths
from companion.core.services import CoreServices


def main() -> int:
    paths = Paths.for_data_dir(Path(sys.argv[1]))
    creds = MemoryCredentialStore()
    core = CoreServices.open(paths, credentials=creds)
    repo = AccountRepository(core.db)
    for account in repo.list():
        creds.set(account.id, json.dumps({"access_token": os.environ["CHILD_TOKEN"]}))
    outbox = Outbox(core.db, paths.data / "outbox-media")
    sender = Sender(
        outbox, repo, SessionManager(repo, creds, core.http), core.http, now=core.clock.now
    )
    sys.stdout.write("started\n")
    sys.stdout.flush()
    for item_id in sender.run_all():
        sys.stdout.write(f"done {item_id}\n")
        sys.stdout.flush()
    core.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
