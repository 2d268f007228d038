"""The Library's jobs and a copy from another laptop share the pack store's writing
turn: a sync started during a copy waits for it and says so (real loopback servers,
real worker threads)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from companion.core.library.peers import Peer
from companion.core.library.signing import Signer, generate_key
from companion.core.services import CoreServices
from companion.ui.app import gui_services
from companion.ui.library.library_widget import LibraryWidget
from companion.ui.library.nearby_shares import NearbyShares
from companion.ui.library.trust_dialog import TrustGate
from companion.ui.tasks import TaskManager
from tests.core.library.packs import Gate, PackServer, installed_problems, photobook_raw
from tests.core.library.venue import jpeg_page, make_signed_pack
from tests.support.httpserver import LoopbackServer, Reply, Request

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def tasks(qtbot: QtBot) -> Iterator[TaskManager]:
    tm = TaskManager()
    yield tm
    tm.shutdown()


@pytest.fixture
def widget(
    qtbot: QtBot, core: CoreServices, tasks: TaskManager, tmp_path: Path
) -> Iterator[LibraryWidget]:
    services = gui_services(core, tasks)
    w = LibraryWidget(
        tasks,
        services.library(),
        core.http,
        core.settings,
        lambda text, source: None,
        tmp_path / "thumbs",
    )
    qtbot.addWidget(w)
    w.resize(1000, 700)
    w.show()
    qtbot.waitUntil(lambda: w.loaded, timeout=20000)
    yield w
    w.shutdown()
    services.close()


@pytest.fixture
def accept_publishers(monkeypatch: pytest.MonkeyPatch) -> None:
    """The unknown-publisher dialog, answered "trust it"."""

    def ask(cls: type[TrustGate], parent: QWidget, signer: Signer) -> bool:
        return True

    monkeypatch.setattr(TrustGate, "ask", classmethod(ask))


@pytest.fixture
def neighbour() -> Iterator[LoopbackServer]:
    with LoopbackServer() as srv:
        yield srv


def _serve_share(srv: LoopbackServer, folder: Path, gate: Gate, gated: str) -> Peer:
    """A neighbour's share offering the pack in ``folder``; ``gated`` comes slowly."""

    def reply(req: Request) -> Reply:
        rel = req.path.removeprefix("/packs/venue-pack/")
        if rel == gated:
            return gate.reply(req)
        path = folder / rel
        if not path.is_file():
            return Reply(404, b"missing")
        return Reply(200, path.read_bytes(), {"Content-Type": "application/octet-stream"})

    srv.route("GET", "/packs/venue-pack/*", reply)
    return Peer(srv.base_url + "/", "Neighbour")


@pytest.mark.usefixtures("accept_publishers")
def test_an_update_waits_for_a_copy_from_another_laptop_and_says_so(
    qtbot: QtBot,
    widget: LibraryWidget,
    core: CoreServices,
    loopback: LoopbackServer,
    neighbour: LoopbackServer,
    tmp_path: Path,
) -> None:
    # the neighbour's laptop shares a signed pack; its second page comes slowly
    big = os.urandom(300_000)
    folder = make_signed_pack(
        tmp_path / "theirs", generate_key("Venue"), {"p/1.jpg": jpeg_page(), "p/2.jpg": big}
    )
    gate = Gate(big)
    peer = _serve_share(neighbour, folder, gate, "p/2.jpg")
    # the pack's own server, for the update
    files = {"en/a.jpg": jpeg_page()}
    server = PackServer(loopback)
    server.publish(photobook_raw(files, pack_id="programme"), files)
    widget.settings.library.pack_url = server.url
    widget.jobs.metered = lambda: False
    widget.jobs.is_online = lambda: True

    host = QWidget()
    qtbot.addWidget(host)
    shares = NearbyShares(
        widget.tasks,
        widget.library,
        TrustGate(core.settings, host),
        now=core.clock.now,
        interfaces=[],
        lang=lambda: "en",
        parent=host,
    )
    try:
        shares.start_get(peer, "venue-pack")
        qtbot.waitUntil(gate.sent_half.is_set, timeout=15000)  # page 1 stored, page 2 coming
        # the automatic update does not queue behind the copy: it comes again later
        assert not widget.start_sync(manual=False)
        assert not widget._busy
        # one the user starts waits for the copy, and says so
        assert widget.start_sync(manual=True)
        waiting = "Waiting for the copy from another laptop to finish…"
        qtbot.waitUntil(lambda: widget.view.status.text() == waiting, timeout=15000)
        assert widget.view.progress.isVisible() and widget.view.cancel.isVisible()
        gate.open()
        qtbot.waitUntil(lambda: "installed" in shares.status.text(), timeout=15000)
        qtbot.waitUntil(lambda: not widget._busy, timeout=15000)
    finally:
        gate.open()
        shares.stop()
    assert "installed" in widget.view.status.text(), widget.view.status.text()
    store = widget.library.store
    assert installed_problems(store, "venue-pack") == []
    assert installed_problems(store, "programme") == []
    assert store.turn.holder == ""


def test_a_sync_waiting_for_its_turn_can_be_stopped(
    qtbot: QtBot, widget: LibraryWidget, loopback: LoopbackServer
) -> None:
    files = {"en/a.jpg": jpeg_page()}
    server = PackServer(loopback)
    server.publish(photobook_raw(files, pack_id="programme"), files)
    widget.settings.library.pack_url = server.url
    store = widget.library.store
    assert store.turn.try_take("import")  # an import (of another window, say) writes
    try:
        assert widget.start_sync(manual=True)
        waiting = "Waiting for the pack import to finish…"
        qtbot.waitUntil(lambda: widget.view.status.text() == waiting, timeout=15000)
        widget.view.cancel.click()
        qtbot.waitUntil(lambda: not widget._busy, timeout=15000)
    finally:
        store.turn.give_back()
    assert "stopped" in widget.view.status.text()
    assert store.get("programme") is None
