"""Bluesky logins against a PDS that counts its live sessions and knows inactive
accounts (issue 13, items 15 and 16)."""

from __future__ import annotations

import pytest

from companion.core.accounts.bluesky import AccountInactiveError
from companion.core.accounts.model import Account, AccountState
from companion.core.accounts.service import AccountService
from companion.core.errors import KnownError
from tests.support.fake_bluesky import FakeBluesky
from tests.support.httpserver import Reply


def add(service: AccountService, bsky: FakeBluesky) -> Account:
    return service.save_login(
        service.connect_bluesky(bsky.handle, bsky.app_password, bsky.entryway.base_url)
    )


def prefs(service: AccountService, account: Account, bsky: FakeBluesky) -> int:
    url = bsky.pds.url("/xrpc/app.bsky.actor.getPreferences")
    return service.sessions.request(account, "GET", url).status_code


def test_adding_the_same_account_again_leaves_one_live_session(
    service: AccountService, bsky: FakeBluesky
) -> None:
    first = add(service, bsky)
    assert bsky.live_sessions == 1
    for _ in range(3):
        again = add(service, bsky)
        assert again.id == first.id
        assert bsky.live_sessions == 1  # was 2, 3, 4: every earlier session stayed alive
    assert len(service.list()) == 1
    # the session kept is the one that works
    assert prefs(service, again, bsky) == 200


def test_adding_again_while_the_pds_is_down_still_logs_in(
    service: AccountService, bsky: FakeBluesky
) -> None:
    first = add(service, bsky)
    bsky.pds.route(
        "POST",
        "/xrpc/com.atproto.server.deleteSession",
        lambda req: Reply(drop=True),
    )
    again = add(service, bsky)
    assert again.id == first.id
    assert prefs(service, again, bsky) == 200


@pytest.mark.parametrize(
    ("became", "said", "hint"),
    [
        ("deactivated", "is deactivated", "Reactivate it"),
        ("takendown", "suspended or taken down", "does not help"),
    ],
)
def test_inactive_account_is_named_without_a_refresh(
    service: AccountService, bsky: FakeBluesky, became: str, said: str, hint: str
) -> None:
    account = add(service, bsky)
    bsky.became = became
    calls = bsky.refresh_calls
    with pytest.raises(AccountInactiveError, match=said) as info:
        prefs(service, account, bsky)
    assert hint in info.value.hint and "log in again\n" not in info.value.user_text()
    assert "Nothing queued is lost" not in info.value.hint  # not the "log in" hint
    assert bsky.refresh_calls == calls  # no needless refreshSession
    stored = service.get(account.id)
    assert stored.state is AccountState.NEEDS_LOGIN


def test_refresh_answering_inactive_saves_the_new_pair_and_names_it(
    service: AccountService, bsky: FakeBluesky
) -> None:
    """refreshSession of a deactivated account: a new pair with ``active: false``
    and ``status`` (the old refresh token is spent: the new one must be kept)."""
    account = add(service, bsky)
    bsky.expire_access()
    bsky.became = "deactivated"
    with pytest.raises(AccountInactiveError, match="deactivated"):
        service.sessions.refresh(account)
    saved = service.sessions.secret(account)["refreshJwt"]
    assert saved in bsky.valid_refresh  # not the spent one


def test_login_of_an_inactive_account_leaves_no_session(
    service: AccountService, bsky: FakeBluesky
) -> None:
    bsky.inactive_status = "deactivated"
    with pytest.raises(KnownError, match="deactivated"):
        service.connect_bluesky(bsky.handle, bsky.app_password, bsky.entryway.base_url)
    assert bsky.live_sessions == 0
