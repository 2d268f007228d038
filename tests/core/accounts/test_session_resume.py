"""A Bluesky refresh is reused only when the tokens say one happened after the refused
request was made, never because of a time window: ``time.monotonic`` stands still
while a Linux or macOS laptop sleeps, so a refresh made just before the lid was closed
looked "just finished" on waking and its expired token was reused (audit f4)."""

from __future__ import annotations

import pytest
import requests

from companion.core.accounts.bluesky import is_expired_answer
from companion.core.accounts.model import Account, AccountState
from companion.core.accounts.service import AccountService
from companion.core.compose.publish_common import authed
from companion.core.errors import NeedsLoginError
from tests.support.fake_bluesky import FakeBluesky


def add(service: AccountService, bsky: FakeBluesky) -> Account:
    return service.store(
        service.connect_bluesky(bsky.handle, bsky.app_password, bsky.entryway.base_url)
    )


def prefs(bsky: FakeBluesky) -> str:
    return bsky.pds.url("/xrpc/app.bsky.actor.getPreferences")


def test_a_refresh_just_before_a_suspend_is_not_reused_on_waking(
    service: AccountService, bsky: FakeBluesky
) -> None:
    """A refresh, the lid closed seconds later, a sleep longer than the access token
    lives: the first request on waking refreshes again (no clock can tell the sleep)."""
    account = add(service, bsky)
    bsky.expire_access()  # two hours of use
    assert service.sessions.request(account, "GET", prefs(bsky)).ok
    assert bsky.refresh_calls == 1
    bsky.expire_access()  # ... then asleep for five hours, right after that refresh
    assert service.sessions.request(account, "GET", prefs(bsky)).ok
    assert bsky.refresh_calls == 2
    stored = service.repo.get(account.id)
    assert stored is not None and stored.state is AccountState.CONNECTED
    assert service.sessions.secret(account)["refreshJwt"] in bsky.valid_refresh


def test_the_publishers_path_refreshes_again_after_a_suspend(
    service: AccountService, bsky: FakeBluesky
) -> None:
    account = add(service, bsky)
    http = service.http

    def send(headers: dict[str, str]) -> requests.Response:
        return http.request("GET", prefs(bsky), headers=headers)

    bsky.expire_access()
    assert authed(http, service.sessions, account, send, expired=is_expired_answer).ok
    bsky.expire_access()  # asleep right after that refresh
    assert authed(http, service.sessions, account, send, expired=is_expired_answer).ok
    assert bsky.refresh_calls == 2


def test_a_caller_refused_with_the_old_token_uses_the_renewed_login(
    service: AccountService, bsky: FakeBluesky
) -> None:
    """Another feature renewed the login after this caller's request was made (with
    the old token): no second refresh, whatever time passed in between."""
    account = add(service, bsky)
    old = service.sessions.auth_headers(account)
    bsky.expire_access()
    assert service.sessions.request(account, "GET", prefs(bsky)).ok
    assert bsky.refresh_calls == 1
    service.sessions.refresh(account, old)  # refused with the token renewed since
    assert bsky.refresh_calls == 1
    assert service.sessions.request(account, "GET", prefs(bsky)).ok


def test_a_caller_refused_with_the_current_token_refreshes(
    service: AccountService, bsky: FakeBluesky
) -> None:
    account = add(service, bsky)
    bsky.expire_access()
    service.sessions.refresh(account, service.sessions.auth_headers(account))
    current = service.sessions.auth_headers(account)
    bsky.expire_access()
    service.sessions.refresh(account, current)
    assert bsky.refresh_calls == 2
    assert service.sessions.auth_headers(account) != current


def test_a_refused_refresh_token_answers_alike_until_a_new_login(
    service: AccountService, bsky: FakeBluesky
) -> None:
    account = add(service, bsky)
    bsky.valid_refresh.clear()  # used elsewhere
    bsky.expire_access()
    headers = service.sessions.auth_headers(account)
    with pytest.raises(NeedsLoginError):
        service.sessions.refresh(account, headers)
    with pytest.raises(NeedsLoginError):  # however long after: no second request
        service.sessions.refresh(account, headers)
    assert bsky.refresh_calls == 1
    again = add(service, bsky)
    assert service.sessions.request(again, "GET", prefs(bsky)).ok
