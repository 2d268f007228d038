"""``Sender.run_account``'s stop flag (the app is quitting): checked between posts and
before each upload and post; what was on its way finishes, nothing is sent twice."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PIL import Image

from companion.core.accounts.credentials import MemoryCredentialStore
from companion.core.accounts.model import Account, AccountRepository, Network
from companion.core.accounts.session import SessionManager
from companion.core.compose.drafts import Draft, DraftImage, DraftStore
from companion.core.compose.outbox import Outbox, State
from companion.core.compose.sender import Sender
from companion.core.net import HttpClient
from companion.core.storage import Database
from tests.support.accounts import add_account
from tests.support.fake_mastodon import FakeMastodon
from tests.support.httpserver import LoopbackServer, Reply, Request

NOW = datetime(2026, 11, 27, 9, 0, tzinfo=UTC)


class Env:
    def __init__(self, tmp: Path, srv: LoopbackServer) -> None:
        self.tmp = tmp
        self.db = Database(":memory:")
        self.creds = MemoryCredentialStore()
        self.repo = AccountRepository(self.db)
        self.http = HttpClient(timeout=(2.0, 5.0), now=lambda: NOW)
        self.outbox = Outbox(self.db, tmp / "media")
        self.drafts = DraftStore(self.db, lambda: NOW)
        self.sender = Sender(
            self.outbox,
            self.repo,
            SessionManager(self.repo, self.creds, self.http),
            self.http,
            now=lambda: NOW,
            sleep=lambda _s: None,
        )
        self.account: Account = add_account(
            self.db,
            self.creds,
            Network.MASTODON,
            srv.base_url,
            {"access_token": "tok"},
            {"id": "1"},
        )

    def queue(self, text: str, *, picture: bool = False) -> int:
        draft = Draft.new(text)
        if picture:
            path = self.tmp / f"{len(text)}.jpg"
            Image.new("RGB", (64, 48), "green").save(path, "JPEG")
            draft.images = [DraftImage(str(path), "A green field")]
        draft = self.drafts.save(draft)
        return self.outbox.enqueue(draft, [self.account], "shareASM", NOW)[0]

    def states(self) -> list[State]:
        return [i.state for i in self.outbox.items()]


@pytest.fixture
def env(tmp_path: Path, loopback: LoopbackServer) -> Iterator[Env]:
    loopback.clock = lambda: NOW
    e = Env(tmp_path, loopback)
    yield e
    e.db.close()


def _texts(masto: FakeMastodon) -> list[str]:
    return [str(s["content"]).removeprefix("<p>").removesuffix("</p>") for s in masto.statuses]


def test_stop_during_a_post_lets_it_finish_and_begins_no_other(
    env: Env, loopback: LoopbackServer
) -> None:
    masto = FakeMastodon(loopback).install()
    stop = threading.Event()

    def post_then_quit(req: Request) -> Reply:
        stop.set()  # the user quits while this post is on its way
        return masto._post(req)

    loopback.route("POST", "/api/v1/statuses", post_then_quit)
    for n in range(3):
        env.queue(f"Post {n} #shareASM")
    list(env.sender.run_account(env.account.id, stop))
    assert _texts(masto) == ["Post 0 #shareASM"]
    assert env.states() == [State.SENT, State.QUEUED, State.QUEUED]

    masto.install()
    list(env.sender.run_account(env.account.id, threading.Event()))  # the next start
    assert _texts(masto) == [f"Post {n} #shareASM" for n in range(3)]


def test_stop_during_an_upload_posts_nothing_of_that_item(
    env: Env, loopback: LoopbackServer
) -> None:
    """The picture on its way finishes; the post it belongs to does not leave, and
    the item is queued again (not left "sending"), then sent once at the next start."""
    masto = FakeMastodon(loopback).install()
    stop = threading.Event()

    def upload_then_quit(req: Request) -> Reply:
        stop.set()
        return masto._media(req)

    loopback.route("POST", "/api/v2/media", upload_then_quit)
    env.queue("A picture from the site #shareASM", picture=True)
    env.queue("Later #shareASM")
    list(env.sender.run_account(env.account.id, stop))
    assert masto.statuses == []
    assert len(masto.media) == 1
    assert env.states() == [State.QUEUED, State.QUEUED]
    item = env.outbox.items()[0]
    assert all(p.first_attempt_at is None for p in item.parts)  # nothing may be on the server

    masto.install()
    list(env.sender.run_account(env.account.id))
    assert _texts(masto) == ["A picture from the site #shareASM", "Later #shareASM"]
    assert env.states() == [State.SENT, State.SENT]


def test_a_stop_set_before_the_run_sends_nothing(env: Env, loopback: LoopbackServer) -> None:
    masto = FakeMastodon(loopback).install()
    env.queue("Not now #shareASM")
    stop = threading.Event()
    stop.set()
    assert list(env.sender.run_account(env.account.id, stop)) == []
    assert masto.statuses == [] and env.states() == [State.QUEUED]
