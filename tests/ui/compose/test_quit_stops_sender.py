"""Quitting while the outbox sends: the post on its way finishes, the rest waits.

The sender used to go on through every queued post of the account after the window
closed (it looked at no stop flag), and quitting waited for it with no deadline:
the process lived on, invisible, for as long as the uploads took, and posts went
out after the user quit. Now the compose area's shutdown stops the sender between
posts and before each upload; what is left is sent at the next start, once."""

from __future__ import annotations

import time

from pytestqt.qtbot import QtBot

from companion.core.accounts.model import Account, Network
from companion.core.compose.drafts import Draft
from companion.core.compose.outbox import State
from companion.core.services import CoreServices
from companion.ui.app import build_context, gui_services, shutdown_context
from companion.ui.main_window import MainWindow
from companion.ui.tasks import TaskManager
from tests.support.accounts import add_account
from tests.support.fake_mastodon import FakeMastodon
from tests.support.httpserver import LoopbackServer

POSTS = [f"Post {n} from the field #shareASM" for n in range(4)]
#: how long the server takes to answer each post (a slow link)
POST_S = 1.0


def _queue(core: CoreServices, account: Account) -> None:
    tasks = TaskManager()
    try:
        services = gui_services(core, tasks)
        drafts, outbox = services.drafts(), services.outbox()
        for text in POSTS:
            draft = tasks.lane.call(lambda text=text: drafts.save(Draft.new(text)))  # type: ignore[misc]
            tasks.lane.call(
                lambda draft=draft: outbox.enqueue(  # type: ignore[misc]
                    draft, [account], "shareASM", core.clock.now()
                )
            )
    finally:
        tasks.shutdown()


def _texts(masto: FakeMastodon) -> list[str]:
    return [str(s["content"]).removeprefix("<p>").removesuffix("</p>") for s in masto.statuses]


def _states(core: CoreServices) -> list[State]:
    tasks = TaskManager()
    try:
        outbox = gui_services(core, tasks).outbox()
        return [i.state for i in tasks.lane.call(outbox.items)]
    finally:
        tasks.shutdown()


def test_quitting_stops_the_sender_after_the_post_on_its_way(
    qtbot: QtBot, core: CoreServices, loopback: LoopbackServer
) -> None:
    masto = FakeMastodon(loopback, post_delay=POST_S).install()
    account = add_account(
        core.db,
        core.credentials,
        Network.MASTODON,
        loopback.base_url,
        {"access_token": "tok"},
        {"id": "1"},
    )
    _queue(core, account)
    ctx = build_context(core)
    window = MainWindow(ctx, remember_state=False)
    qtbot.addWidget(window)
    window.show()
    window.show_area("compose")  # its first load starts the sender
    qtbot.waitUntil(lambda: len(masto.statuses) == 1, timeout=10000)  # first post on its way
    window.close()
    t0 = time.monotonic()
    drained = shutdown_context(ctx)
    took = time.monotonic() - t0
    assert _texts(masto) == [POSTS[0]]  # nothing after the quit
    assert took < POST_S * 2.5, f"quitting took {took:.1f} s"
    assert drained  # every write landed: the database may close
    # the post on its way was recorded; the others wait, none is left "sending"
    assert _states(core) == [State.SENT, State.QUEUED, State.QUEUED, State.QUEUED]

    # the next start sends the rest, each once
    masto.post_delay = 0.0
    tasks = TaskManager()
    try:
        sender = gui_services(core, tasks).sender()
        done = tasks.run_net(lambda: list(sender.run_account(account.id)))
        done.result(20)
    finally:
        tasks.shutdown()
    assert _texts(masto) == POSTS
    assert _states(core) == [State.SENT] * 4
