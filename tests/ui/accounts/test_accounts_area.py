"""The Accounts area as the window builds it (``area.create``), with the app's own
credential store: the keyring is worked out off the GUI thread, and when none works
the widget says so (it used to get a lazy proxy that never looked session-only)."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import keyring
import pytest
from keyring.backends import fail
from pytestqt.qtbot import QtBot

from companion.core.accounts import keyring_store
from companion.core.paths import Paths
from companion.core.services import CoreServices
from companion.ui.accounts.accounts_widget import AccountsWidget
from companion.ui.accounts.area import create
from companion.ui.app import build_context, shutdown_context
from companion.ui.async_area import AsyncArea
from companion.ui.context import AppContext
from tests.core.accounts.test_keyring_store import DictBackend

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def backend_swap() -> Iterator[None]:
    before = keyring.get_keyring()
    yield
    keyring.set_keyring(before)


@pytest.fixture
def app_ctx(paths: Paths) -> Iterator[AppContext]:
    core = CoreServices.open(paths)  # the app's default store: the keyring, opened lazily
    ctx = build_context(core)
    yield ctx
    shutdown_context(ctx)
    core.close()


def _built(qtbot: QtBot, ctx: AppContext, keep: list[object]) -> AccountsWidget:
    area = create(ctx)
    keep.append(area)
    qtbot.addWidget(area)
    area.resize(900, 600)
    area.show()
    inner: object = area
    if isinstance(area, AsyncArea):
        qtbot.waitUntil(lambda: area.inner is not None, timeout=5000)
        inner = area.inner
    assert isinstance(inner, AccountsWidget)
    return inner


def test_no_keyring_shows_the_warning_and_blocks_adding(
    qtbot: QtBot, backend_swap: None, app_ctx: AppContext
) -> None:
    keyring.set_keyring(fail.Keyring())
    keep: list[object] = []
    widget = _built(qtbot, app_ctx, keep)
    notice = widget.view.notice
    qtbot.waitUntil(notice.isVisible, timeout=2000)
    assert "No keyring" in notice.title.text()
    assert notice.session_button.isVisible()
    # nothing is kept for this session only until the user agrees
    assert not widget.view.add_mastodon.isEnabled()
    notice.session_button.click()
    assert widget.view.add_mastodon.isEnabled()
    assert "this session only" in notice.title.text()


def test_keyring_probe_runs_off_the_gui_thread(
    qtbot: QtBot, backend_swap: None, app_ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    keyring.set_keyring(DictBackend())
    probed_on: list[threading.Thread] = []
    real_probe = keyring_store.KeyringCredentialStore.probe

    def probe(self: keyring_store.KeyringCredentialStore) -> None:
        probed_on.append(threading.current_thread())
        real_probe(self)

    monkeypatch.setattr(keyring_store.KeyringCredentialStore, "probe", probe)
    keep: list[object] = []
    widget = _built(qtbot, app_ctx, keep)
    assert len(probed_on) == 1
    assert probed_on[0] is not threading.main_thread()
    assert not widget.view.notice.isVisible()
    assert widget.view.add_mastodon.isEnabled()
