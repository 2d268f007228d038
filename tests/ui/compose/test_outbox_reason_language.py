"""Issue 18: the outbox shows why a post failed in the user's language.

The outbox keeps the error's template and arguments beside the English text (which
logs and the command line use); a row saved before that shows the English text."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from pytestqt.qtbot import QtBot

from companion.core.accounts.model import AccountRepository, Network
from companion.core.accounts.session import SessionManager
from companion.core.compose.drafts import Draft, DraftStore
from companion.core.compose.outbox import Outbox, State
from companion.core.compose.sender import Sender
from companion.core.errors import KnownError
from companion.core.net import HttpClient
from companion.core.services import CoreServices
from companion.ui.compose.outbox_controller import OutboxController
from companion.ui.compose.outbox_view import OutboxView
from companion.ui.i18n import apply_language
from companion.ui.tasks import TaskManager
from tests.support.accounts import add_account
from tests.support.fake_mastodon import FakeMastodon
from tests.support.httpserver import LoopbackServer

NOW = datetime(2026, 11, 27, 9, 0, tzinfo=UTC)


@pytest.fixture
def swahili() -> Iterator[None]:
    apply_language("sw")
    yield
    apply_language("en")


def _rows(view: OutboxView) -> dict[int, str]:
    tree = view.tree
    return {
        int(tree.topLevelItem(i).data(0, 256)): tree.topLevelItem(i).text(4)
        for i in range(tree.topLevelItemCount())
    }


def test_a_failed_item_is_shown_in_swahili(
    qtbot: QtBot, core: CoreServices, loopback: LoopbackServer, swahili: None
) -> None:
    loopback.clock = lambda: NOW
    masto = FakeMastodon(loopback, post_faults=["500", "401"]).install()
    account, other = (
        add_account(
            core.db, core.credentials, Network.MASTODON, loopback.base_url,
            {"access_token": "tok"}, {"id": "1"},
        )  # type: ignore[arg-type]
        for _ in range(2)
    )  # fmt: skip
    repo = AccountRepository(core.db)
    http = HttpClient(timeout=(2.0, 5.0), now=lambda: NOW)
    outbox = Outbox(core.db, core.paths.data / "m")
    sender = Sender(
        outbox, repo, SessionManager(repo, core.credentials, http), http, now=lambda: NOW
    )
    drafts = DraftStore(core.db, lambda: NOW)
    # a server error while posting: it waits for another try; the subject is words too
    (busy,) = outbox.enqueue(drafts.save(Draft.new("Four #shareASM")), [other], "x", NOW)
    list(sender.run_account(other.id))
    waiting = outbox.get(busy)
    assert waiting is not None and waiting.state is State.QUEUED
    assert waiting.error.startswith(f"{other.label}: posting: the server answered 500")
    # the server refuses the login: needs login
    (refused,) = outbox.enqueue(drafts.save(Draft.new("One #shareASM")), [account], "x", NOW)
    list(sender.run_account(account.id))
    stored = outbox.get(refused)
    assert stored is not None and stored.state is State.NEEDS_LOGIN and not masto.statuses
    assert stored.error.startswith(f"{account.label}: the server no longer accepts the login.")
    # a row from before the reason was kept as a template: English, as stored
    (old,) = outbox.enqueue(drafts.save(Draft.new("Two #shareASM")), [account], "x", NOW)
    outbox.finish(old, State.FAILED, NOW, error="server answered 422")
    # the account is gone: the sender's own reason
    (removed,) = outbox.enqueue(drafts.save(Draft.new("Three")), [account], "x", NOW)
    repo.delete(account.id)
    list(sender.run_account(account.id))

    tasks = TaskManager()
    view = OutboxView()
    qtbot.addWidget(view)
    ctl = OutboxController(view, outbox, tasks, lambda: NOW)
    try:
        ctl.refresh()
        qtbot.waitUntil(lambda: len(_rows(view)) == 4, timeout=10_000)
        rows = _rows(view)
        assert rows[refused] == (
            f"{account.label}: seva haikubali tena kuingia.\n"
            "Fungua Akaunti na uingie tena. Hakuna kilicho kwenye foleni kitakachopotea."
        )
        assert rows[busy].startswith(f"{other.label}: kuchapisha: seva ilijibu 500")
        assert rows[old] == "server answered 422"
        assert rows[removed] == "Akaunti hii iliondolewa kwenye programu."
    finally:
        tasks.shutdown()


def test_the_reason_keeps_words_and_inner_errors() -> None:
    from companion.core.compose.outbox_items import reason_from_json, reason_json
    from companion.core.errors import Phrase

    inner = KnownError("%1 is bad.", args=(Phrase("The event file"),))
    outer = KnownError("Could not use it: %1 (%2)", hint="Try again.", args=(inner, 3))
    back = reason_from_json(reason_json(outer, with_hint=True))
    assert back is not None and back.user_text() == outer.user_text()
    (word,) = back.args_for_message[0].args_for_message  # type: ignore[union-attr]
    assert isinstance(word, Phrase)
    assert reason_from_json("") is None and reason_from_json("{not json") is None
    assert reason_from_json('{"t": 3}') is None
