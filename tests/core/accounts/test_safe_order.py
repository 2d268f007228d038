"""Removing an account and logging in again change this computer and a server; each
runs as one call in the order that is safe when it is cut short (the app quits, the
laptop sleeps): what is kept on this computer first, the server last."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable

import requests

from companion.core.accounts.mastodon import app_key
from companion.core.accounts.model import Account, AccountState
from companion.core.accounts.oauth import OOB_REDIRECT
from companion.core.accounts.service import AccountService, Connected
from tests.support.fake_bluesky import FakeBluesky
from tests.support.fake_mastodon import FakeMastodon
from tests.support.httpserver import LoopbackServer, Reply, Request


class Gate:
    """Holds a server's answer to ``POST path`` (ending a login) until released."""

    def __init__(self, srv: LoopbackServer, path: str) -> None:
        self.reached = threading.Event()
        self.release = threading.Event()
        self._answer = srv.routes[("POST", path)]
        srv.route("POST", path, self._held)

    def _held(self, req: Request) -> Reply:
        self.reached.set()
        self.release.wait(10)
        return self._answer(req)


def oauth_account(service: AccountService, mastodon: FakeMastodon) -> Account:
    login = service.begin_mastodon_login(mastodon.srv.base_url, OOB_REDIRECT)
    code = requests.get(login.authorize_url, timeout=10).text
    return service.store(service.finish_mastodon_login(login, code))


def in_thread(fn: Callable[[], object]) -> tuple[threading.Thread, list[object]]:
    out: list[object] = []
    thread = threading.Thread(target=lambda: out.append(fn()))
    thread.start()
    return thread, out


def token_of(service: AccountService, account_id: str) -> str:
    return str(json.loads(service.credentials.get(account_id) or "{}").get("access_token", ""))


def test_remove_forgets_here_before_the_server_is_told(
    service: AccountService, mastodon: FakeMastodon
) -> None:
    account = oauth_account(service, mastodon)
    token = token_of(service, account.id)
    gate = Gate(mastodon.srv, "/oauth/revoke")
    thread, out = in_thread(lambda: service.remove(account))
    try:
        assert gate.reached.wait(10)
        # the server is being told: nothing of the account is left on this computer
        assert service.list() == []
        assert service.credentials.get(account.id) is None
        assert service.credentials.get(app_key(account.server)) is None
    finally:
        gate.release.set()
        thread.join(10)
    (result,) = out
    assert getattr(result, "revoked", None) is True
    assert mastodon.revoked == [token]


def test_remove_when_the_server_fails_still_forgets_and_says_so(
    service: AccountService, mastodon: FakeMastodon
) -> None:
    account = oauth_account(service, mastodon)
    mastodon.srv.route("POST", "/oauth/revoke", lambda req: Reply.json({"error": "x"}, 503))
    result = service.remove(account)
    assert not result.revoked and "could not be reached" in result.note
    assert service.list() == [] and service.credentials.get(account.id) is None


def test_log_in_again_stores_the_new_login_before_ending_the_old(
    service: AccountService, mastodon: FakeMastodon
) -> None:
    old = oauth_account(service, mastodon)
    old_token = token_of(service, old.id)
    service.repo.set_state(old.id, AccountState.NEEDS_LOGIN)
    new_token = mastodon.personal_token()
    connected = service.connect_mastodon_token(mastodon.srv.base_url, new_token)
    gate = Gate(mastodon.srv, "/oauth/revoke")
    thread, out = in_thread(lambda: service.save_login(connected, replace_id=old.id))
    try:
        assert gate.reached.wait(10)
        # the old login is being ended: the new one is already kept
        assert token_of(service, old.id) == new_token
        stored = service.repo.get(old.id)
        assert stored is not None and stored.state is AccountState.CONNECTED
    finally:
        gate.release.set()
        thread.join(10)
    (account,) = out
    assert isinstance(account, Account) and account.id == old.id
    assert mastodon.revoked == [old_token]
    assert new_token in mastodon.tokens  # the new login still works
    assert [a.id for a in service.list()] == [old.id]


def test_log_in_again_keeps_the_new_login_when_the_old_cannot_be_ended(
    service: AccountService, mastodon: FakeMastodon
) -> None:
    old = oauth_account(service, mastodon)
    new_token = mastodon.personal_token()
    connected = service.connect_mastodon_token(mastodon.srv.base_url, new_token)
    mastodon.srv.route("POST", "/oauth/revoke", lambda req: Reply.json({"error": "x"}, 503))
    account = service.save_login(connected, replace_id=old.id)
    assert account.id == old.id and token_of(service, old.id) == new_token


def test_log_in_again_with_the_same_token_does_not_end_it(
    service: AccountService, mastodon: FakeMastodon
) -> None:
    old = oauth_account(service, mastodon)
    secret = json.loads(service.credentials.get(old.id) or "{}")
    same = Connected(
        Account(Account.new_id(), old.network, old.server, old.handle, info=dict(old.info)),
        secret,
    )
    before = len(mastodon.srv.requests)
    service.save_login(same, replace_id=old.id)
    assert mastodon.revoked == [] and secret["access_token"] in mastodon.tokens
    assert len(mastodon.srv.requests) == before  # the server was not asked


def test_log_in_again_offline_does_not_contact_the_server(
    service: AccountService, mastodon: FakeMastodon
) -> None:
    old = oauth_account(service, mastodon)
    old_token = token_of(service, old.id)
    new_token = mastodon.personal_token()
    connected = service.connect_mastodon_token(mastodon.srv.base_url, new_token)
    before = len(mastodon.srv.requests)
    service.save_login(connected, replace_id=old.id, end_previous=False)
    assert len(mastodon.srv.requests) == before
    assert token_of(service, old.id) == new_token and old_token in mastodon.tokens


def test_bluesky_added_again_stores_the_new_session_before_ending_the_old(
    service: AccountService, bsky: FakeBluesky
) -> None:
    def connect() -> Connected:
        return service.connect_bluesky(bsky.handle, bsky.app_password, bsky.entryway.base_url)

    first = service.save_login(connect())
    old_refresh = refresh_of(service, first.id)
    connected = connect()
    assert bsky.live_sessions == 2  # logging in ends nothing: saving the login does
    gate = Gate(bsky.pds, "/xrpc/com.atproto.server.deleteSession")
    thread, done = in_thread(lambda: service.save_login(connected, replace_id=first.id))
    try:
        assert gate.reached.wait(10)
        assert refresh_of(service, first.id) == connected.secret["refreshJwt"]
    finally:
        gate.release.set()
        thread.join(10)
    assert len(done) == 1
    assert bsky.live_sessions == 1 and old_refresh not in bsky.valid_refresh
    assert refresh_of(service, first.id) in bsky.valid_refresh
    assert [a.id for a in service.list()] == [first.id]


def refresh_of(service: AccountService, account_id: str) -> str:
    return str(json.loads(service.credentials.get(account_id) or "{}").get("refreshJwt", ""))
