"""Venue sharing in the Library, the unknown-publisher choice, and Settings → Publishers.

Shares run on loopback only, without mDNS announcements."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from companion.core.library.service import Library
from companion.core.library.signing import (
    SAMPLE_PUBLIC_KEY,
    Signer,
    SigningKey,
    fingerprint,
    generate_key,
)
from companion.core.library.store import PackStore
from companion.core.library.sync import SyncProgress
from companion.core.services import CoreServices
from companion.core.settings import Settings
from companion.ui.library.share_panel import SharePanel
from companion.ui.library.trust_dialog import TrustGate
from companion.ui.library.trust_page import TrustedKeysSettingsPage
from companion.ui.tasks import TaskManager
from tests.core.library.packs import installed_problems
from tests.core.library.venue import install_into, jpeg_page, make_signed_pack

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def tasks(qtbot: QtBot) -> Iterator[TaskManager]:
    tm = TaskManager()
    yield tm
    tm.shutdown()


@pytest.fixture
def key() -> SigningKey:
    return generate_key("Venue publisher")


class Asked(list[Signer]):
    """The signers the dialog was shown for; it answers ``answer``."""

    answer = True


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> Asked:
    """Replaces the dialog: records the signer asked about and answers from ``answer``."""
    seen = Asked()

    def ask(cls: type[TrustGate], parent: QWidget, signer: Signer) -> bool:
        seen.append(signer)
        return seen.answer

    monkeypatch.setattr(TrustGate, "ask", classmethod(ask))
    return seen


def _panel(
    qtbot: QtBot, tasks: TaskManager, core: CoreServices, root: Path, installed: list[int]
) -> SharePanel:
    host = QWidget()
    qtbot.addWidget(host)
    lib = Library(core.db, PackStore(root / "library"))
    gate = TrustGate(core.settings, host)
    # a pack got from a share is announced on the hub, like any other install
    tasks.hub.subscribe(host, lambda changes: installed.append(1), packs=True)
    panel = SharePanel(
        tasks,
        lib,
        gate,
        now=core.clock.now,
        addresses=["127.0.0.1"],
        announce=False,
        parent=host,
    )
    panel.resize(900, 400)
    host.show()
    panel.header.setChecked(True)
    return panel


def test_share_and_get_a_pack_between_two_panels(
    qtbot: QtBot,
    tasks: TaskManager,
    core: CoreServices,
    tmp_path: Path,
    key: SigningKey,
    asked: Asked,
) -> None:
    installed: list[int] = []
    install_into(tmp_path / "a", make_signed_pack(tmp_path / "src", key, {"p/1.jpg": jpeg_page()}))
    mine = _panel(qtbot, tasks, core, tmp_path / "a" / "data", [])
    # sharing is off until switched on
    assert not mine.toggle.isChecked() and mine.share is None
    mine.toggle.setChecked(True)
    qtbot.waitUntil(lambda: mine.share is not None and mine.share.running, timeout=10000)
    qtbot.waitUntil(lambda: mine.qr.isVisible(), timeout=5000)
    url = mine.share.urls[0]  # type: ignore[union-attr]
    assert url.startswith("http://127.0.0.1:") and url in mine.address.text()
    assert mine.qr.pixmap() is not None and not mine.qr.pixmap().isNull()
    assert url in mine.summary.text()

    theirs = _panel(qtbot, tasks, core, tmp_path / "b", installed)
    theirs.manual.setText(url.removeprefix("http://"))
    theirs.add.click()
    qtbot.waitUntil(lambda: theirs.nearby.count() == 1, timeout=10000)
    text = theirs.nearby.item(0).text()
    assert "Test pack" in text and f"unknown publisher, key {key.fingerprint}" in text
    theirs.nearby.setCurrentRow(0)
    assert theirs.get.isEnabled()
    theirs.get.click()
    qtbot.waitUntil(lambda: "installed" in theirs.status.text(), timeout=15000)
    assert [s.fingerprint for s in asked] == [key.fingerprint]  # asked once, naming the key
    assert theirs.progress.value() == 1000 or not theirs.progress.isVisible()
    assert installed == [1]
    assert installed_problems(theirs.library.store, "venue-pack") == []

    mine.toggle.setChecked(False)
    qtbot.waitUntil(lambda: not mine.qr.isVisible(), timeout=5000)

    def refused() -> bool:
        try:
            requests.get(url + "index.json", timeout=1)
        except requests.ConnectionError:
            return True
        return False

    qtbot.waitUntil(refused, timeout=10000)


def test_declining_an_unknown_publisher_installs_nothing(
    qtbot: QtBot,
    tasks: TaskManager,
    core: CoreServices,
    tmp_path: Path,
    key: SigningKey,
    asked: Asked,
) -> None:
    asked.answer = False
    install_into(tmp_path / "a", make_signed_pack(tmp_path / "src", key, {"p/1.jpg": b"x"}))
    mine = _panel(qtbot, tasks, core, tmp_path / "a" / "data", [])
    mine.toggle.setChecked(True)
    qtbot.waitUntil(lambda: mine.share is not None and mine.share.running, timeout=10000)
    theirs = _panel(qtbot, tasks, core, tmp_path / "b", [])
    theirs.manual.setText(mine.share.urls[0])  # type: ignore[union-attr]
    theirs.add.click()
    qtbot.waitUntil(lambda: theirs.nearby.count() == 1, timeout=10000)
    theirs.nearby.setCurrentRow(0)
    theirs.get.click()
    qtbot.waitUntil(lambda: key.fingerprint in theirs.status.text(), timeout=10000)
    assert theirs.library.store.installed() == []
    mine.shutdown()


def test_a_typed_address_outside_the_lan_is_refused_at_once(
    qtbot: QtBot, tasks: TaskManager, core: CoreServices, tmp_path: Path
) -> None:
    panel = _panel(qtbot, tasks, core, tmp_path, [])
    panel.manual.setText("8.8.8.8:80")
    panel.add.click()
    assert "not the address of a share" in panel.status.text()
    assert panel.manual.text() == "8.8.8.8:80"  # what was typed is kept


def test_progress_shows_the_speed(
    qtbot: QtBot, tasks: TaskManager, core: CoreServices, tmp_path: Path
) -> None:
    panel = _panel(qtbot, tasks, core, tmp_path, [])
    panel._on_progress(SyncProgress(5_000_000, 20_000_000, 2_500_000.0, 6.0, 1, 4, "x"))
    assert panel.progress.value() == 250
    assert "5.0 of 20.0 MB" in panel.status.text() and "2.5 MB/s" in panel.status.text()
    # a busy share: the bar stays, the text says why nothing moves
    panel._on_progress(SyncProgress(5_000_000, 20_000_000, 0.0, None, 1, 4, "x", "waiting"))
    assert panel.progress.value() == 250
    assert "waiting for a turn" in panel.status.text()


def test_library_import_asks_about_an_unknown_publisher_then_installs(
    qtbot: QtBot,
    tasks: TaskManager,
    core: CoreServices,
    tmp_path: Path,
    key: SigningKey,
    asked: Asked,
) -> None:
    from companion.ui.library.library_widget import LibraryWidget

    lib = Library(core.db, PackStore(tmp_path / "library"))
    w = LibraryWidget(tasks, lib, core.http, core.settings, lambda *_: None, tmp_path / "t")
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: w.loaded, timeout=20000)
    assert not w.share_panel.toggle.isChecked()  # off at every start
    folder = make_signed_pack(tmp_path / "usb", key, {"p/1.jpg": jpeg_page()})
    w.start_import(str(folder))
    qtbot.waitUntil(lambda: lib.store.get("venue-pack") is not None, timeout=15000)
    assert [s.fingerprint for s in asked] == [key.fingerprint]
    w.shutdown()


def test_publishers_page_adds_removes_and_keeps_the_sample_key(
    qtbot: QtBot, key: SigningKey
) -> None:
    settings = Settings()
    page = TrustedKeysSettingsPage(settings)
    qtbot.addWidget(page)
    assert page.list.count() == 1 and fingerprint(SAMPLE_PUBLIC_KEY) in page.list.item(0).text()
    assert "sample" in page.list.item(0).text()
    page.key_edit.setText("not a key")
    page.add.click()
    assert "not a publisher's public key" in page.error.text()
    page.key_edit.setText(key.public)
    page.name_edit.setText("IIED")
    page.add.click()
    assert page.error.text() == "" and page.list.count() == 2
    assert key.fingerprint in page.list.item(0).text()
    page.apply(settings)
    assert settings.library.trusted_keys == [f"{key.public} IIED"]
    page.list.setCurrentRow(1)  # the sample key cannot be removed
    assert not page.remove.isEnabled()
    page.list.setCurrentRow(0)
    page.remove.click()
    page.apply(settings)
    assert settings.library.trusted_keys == []


def test_a_share_with_a_garbled_index_is_listed_without_a_bug(
    qtbot: QtBot, tasks: TaskManager, core: CoreServices, tmp_path: Path
) -> None:
    """What a share says about its packs is a claim from another laptop: a signer that
    is no fingerprint must not break the panel (the sync checks the real signature)."""
    from tests.support.httpserver import LoopbackServer, Reply

    bugs: list[BaseException] = []
    tasks.bug.connect(bugs.append)
    index = {
        "app": "shareasm-companion",
        "format": 1,
        "name": "odd laptop",
        "packs": [
            {"id": "odd", "version": "1", "title": {"en": "Odd pack"}, "signer": "not-a-key"},
        ],
    }
    with LoopbackServer() as srv:
        srv.route("GET", "/index.json", lambda _req: Reply.json(index))
        theirs = _panel(qtbot, tasks, core, tmp_path / "b", [])
        theirs.manual.setText(srv.base_url.removeprefix("http://"))
        theirs.add.click()
        qtbot.waitUntil(lambda: not theirs.look.isEnabled(), timeout=2000)
        qtbot.waitUntil(lambda: theirs.look.isEnabled(), timeout=10000)
    assert bugs == []
    assert theirs.nearby.count() == 1
    assert "Odd pack" in theirs.nearby.item(0).text()
    assert "unknown publisher" in theirs.nearby.item(0).text()


def test_the_unknown_publisher_dialog_shows_a_claimed_name_as_plain_text(
    qtbot: QtBot, key: SigningKey
) -> None:
    """The name in a signature is not signed: anyone can write markup there. The dialog
    that names the fingerprint must not render it (a fake "verified" line, a link)."""
    from PySide6.QtCore import Qt

    host = QWidget()
    qtbot.addWidget(host)
    claimed = "IIED<br><br><b>This key was checked: it is the publisher's.</b>"
    box, install = TrustGate.question(host, Signer(key.public, claimed))
    assert box.textFormat() == Qt.TextFormat.PlainText
    assert claimed in box.text()
    assert key.fingerprint in box.informativeText()
    assert key.fingerprint[:9] in install.text()
