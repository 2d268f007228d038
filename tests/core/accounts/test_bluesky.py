from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable

import pytest
import requests
from hypothesis import given
from hypothesis import strategies as st

from companion.core.accounts.bluesky import (
    APP_PASSWORD_RE,
    check_app_password,
    normalise_handle,
    pds_from_did_doc,
)
from companion.core.accounts.model import Account, AccountState
from companion.core.accounts.service import AccountService
from companion.core.errors import InvalidInputError, NeedsLoginError
from tests.support.fake_bluesky import FakeBluesky


def wait_for(cond: Callable[[], bool], timeout: float = 10.0) -> None:
    """Wait for another (non-Qt) thread to reach a point."""
    deadline = time.monotonic() + timeout
    while not cond():
        if time.monotonic() > deadline:
            raise AssertionError("condition not reached in time")
        time.sleep(0.005)


def add(service: AccountService, bsky: FakeBluesky) -> Account:
    return service.store(
        service.connect_bluesky(bsky.handle, bsky.app_password, bsky.entryway.base_url)
    )


def test_create_session_at_entryway_then_uses_the_pds(
    service: AccountService, bsky: FakeBluesky
) -> None:
    account = add(service, bsky)
    assert account.server == bsky.pds.base_url
    assert account.info["did"] == bsky.did
    assert account.info["pds"] == bsky.pds.base_url
    assert account.handle == "@amina.bsky.social"
    secret = service.sessions.secret(account)
    assert secret["accessJwt"] in bsky.valid_access
    assert secret["refreshJwt"] in bsky.valid_refresh
    assert secret["did"] == bsky.did
    assert [r.path for r in bsky.entryway.requests] == ["/xrpc/com.atproto.server.createSession"]
    resp = service.sessions.request(
        account, "GET", bsky.pds.url("/xrpc/app.bsky.actor.getPreferences")
    )
    assert resp.status_code == 200


def test_wrong_app_password_needs_login(service: AccountService, bsky: FakeBluesky) -> None:
    with pytest.raises(NeedsLoginError, match="did not accept"):
        service.connect_bluesky(bsky.handle, "zzzz-zzzz-zzzz-zzzz", bsky.entryway.base_url)


@pytest.mark.parametrize("typed", ["my main password", "abcd-efgh-ijkl", "abcdefghijklmnop", ""])
def test_refuses_what_is_not_an_app_password(typed: str) -> None:
    with pytest.raises(InvalidInputError, match="app password") as info:
        check_app_password(typed)
    assert "main password" in info.value.hint


@given(st.text(max_size=30))
def test_app_password_check_property(text: str) -> None:
    if APP_PASSWORD_RE.match(text.strip().lower()):
        assert check_app_password(text) == text.strip().lower()
    else:
        with pytest.raises(InvalidInputError):
            check_app_password(text)


@given(
    st.from_regex(r"[a-zA-Z0-9]{4}-[a-zA-Z0-9]{4}-[a-zA-Z0-9]{4}-[a-zA-Z0-9]{4}", fullmatch=True)
)
def test_app_passwords_are_accepted(text: str) -> None:
    assert check_app_password(f" {text} ") == text.lower()


def test_handles() -> None:
    assert normalise_handle("@Amina") == "amina.bsky.social"
    assert normalise_handle(" amina.example.org ") == "amina.example.org"
    with pytest.raises(InvalidInputError):
        normalise_handle("  ")


def test_pds_from_did_doc_tolerates_junk() -> None:
    assert pds_from_did_doc(None) is None
    assert pds_from_did_doc({"service": "x"}) is None
    assert pds_from_did_doc({"service": [{"id": "#atproto_pds"}]}) is None
    doc = {"service": [{"id": "did:plc:x#atproto_pds", "serviceEndpoint": "https://pds.example/"}]}
    assert pds_from_did_doc(doc) == "https://pds.example"


def test_expired_token_refreshed_once_while_two_requests_race(
    service: AccountService, bsky: FakeBluesky
) -> None:
    # two features share the app's one manager (see tests/core/test_app.py)
    sessions = [service.sessions] * 2
    account = add(service, bsky)
    old_refresh = service.sessions.secret(account)["refreshJwt"]
    bsky.expire_access()
    bsky.refresh_gate = threading.Event()
    url = bsky.pds.url("/xrpc/app.bsky.actor.getPreferences")
    results: list[int] = []
    errors: list[BaseException] = []

    def call(i: int) -> None:
        try:
            # each thread sees the account as loaded from the database
            mine = service.repo.get(account.id)
            assert mine is not None
            results.append(sessions[i].request(mine, "GET", url).status_code)
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=call, args=(i,)) for i in range(2)]
    for t in threads:
        t.start()
    # both requests were refused as expired, and one refresh reached the server
    wait_for(lambda: sum(r.path.endswith("getPreferences") for r in bsky.pds.requests) >= 2)
    wait_for(lambda: any(r.path.endswith("refreshSession") for r in bsky.pds.requests))
    bsky.refresh_gate.set()
    for t in threads:
        t.join(10)
    assert errors == []
    assert results == [200, 200]
    assert bsky.refresh_calls == 1
    assert sum({id(m): m.refresh_calls for m in sessions}.values()) == 1
    secret = service.sessions.secret(account)
    assert secret["refreshJwt"] != old_refresh
    assert secret["refreshJwt"] in bsky.valid_refresh  # the new pair was saved
    assert old_refresh in bsky.spent_refresh


def test_spent_refresh_token_needs_login(service: AccountService, bsky: FakeBluesky) -> None:
    account = add(service, bsky)
    secret = service.sessions.secret(account)
    bsky.valid_refresh.discard(secret["refreshJwt"])  # e.g. used by another copy of the app
    bsky.expire_access()
    with pytest.raises(NeedsLoginError):
        service.sessions.request(
            account, "GET", bsky.pds.url("/xrpc/app.bsky.actor.getPreferences")
        )
    stored = service.repo.get(account.id)
    assert stored is not None and stored.state is AccountState.NEEDS_LOGIN
    # a second caller right after gets the same answer without another refresh
    with pytest.raises(NeedsLoginError):
        service.sessions.refresh(stored)
    assert bsky.refresh_calls == 1
    # logging in again clears it
    again = add(service, bsky)
    assert again.id == account.id and again.state is AccountState.CONNECTED
    assert service.sessions.request(
        again, "GET", bsky.pds.url("/xrpc/app.bsky.actor.getPreferences")
    ).ok


def test_offline_refresh_is_not_a_logout(service: AccountService, bsky: FakeBluesky) -> None:
    from companion.core.errors import OfflineError

    account = add(service, bsky)
    before = service.credentials.get(account.id)
    bsky.pds.stop()
    service.http.session.close()
    with pytest.raises(OfflineError):
        service.sessions.refresh(account)
    stored = service.repo.get(account.id)
    assert stored is not None and stored.state is AccountState.CONNECTED
    assert service.credentials.get(account.id) == before


def test_remove_ends_the_session_and_deletes_secrets(
    service: AccountService, bsky: FakeBluesky
) -> None:
    account = add(service, bsky)
    refresh_jwt = json.loads(service.credentials.get(account.id) or "{}")["refreshJwt"]
    result = service.remove(account)
    assert result.revoked and "app password" in result.note
    assert refresh_jwt not in bsky.valid_refresh
    assert service.credentials.get(account.id) is None
    assert service.list() == []
    assert (
        requests.post(
            bsky.pds.url("/xrpc/com.atproto.server.refreshSession"),
            headers={"Authorization": f"Bearer {refresh_jwt}"},
            timeout=10,
        ).status_code
        == 400
    )


@pytest.mark.parametrize(
    ("status", "said"), [("deactivated", "deactivated"), ("takendown", "suspended")]
)
def test_inactive_account_is_explained(
    service: AccountService, bsky: FakeBluesky, status: str, said: str
) -> None:
    # createSession output: "active": false with "status" (createSession.json lexicon)
    bsky.inactive_status = status
    with pytest.raises(NeedsLoginError, match=said):
        service.connect_bluesky(bsky.handle, bsky.app_password, bsky.entryway.base_url)
