from __future__ import annotations

import threading

import pytest
import requests
from hypothesis import given
from hypothesis import strategies as st

from companion.core.accounts.mastodon import app_key, parse_instance
from companion.core.accounts.model import AccountState, Network
from companion.core.accounts.oauth import OOB_REDIRECT, LoginRefused, LoopbackRedirect
from companion.core.accounts.service import AccountService
from companion.core.accounts.urls import normalise_server
from companion.core.errors import InvalidInputError, NeedsLoginError
from tests.support.fake_mastodon import FakeMastodon
from tests.support.httpserver import Request


def browser(url: str) -> requests.Response:
    """What the user's browser does: open the authorize page, follow the redirect."""
    return requests.get(url, timeout=10, allow_redirects=True)


def test_add_with_personal_token_reads_limits(
    service: AccountService, mastodon: FakeMastodon
) -> None:
    token = mastodon.personal_token()
    account = service.store(service.connect_mastodon_token(mastodon.srv.base_url, token))
    assert account.network is Network.MASTODON
    assert account.handle == f"@amina@127.0.0.1:{mastodon.srv.port}"  # keeps the port
    assert account.display_name == "Amina K."
    info = account.info
    assert info["max_characters"] == 1000
    assert info["max_media_attachments"] == 6
    assert info["characters_reserved_per_url"] == 23
    assert info["image_size_limit"] == 16777216
    assert info["video_size_limit"] == 103809024
    assert info["description_limit"] == 1500
    assert info["supported_mime_types"] == ["image/jpeg", "image/png"]
    assert info["streaming_url"] == mastodon.srv.base_url.replace("http", "ws", 1)
    assert info["version"] == "4.5.0"
    assert service.sessions.auth_headers(account) == {"Authorization": f"Bearer {token}"}
    stored = service.repo.get(account.id)
    assert stored is not None and stored.info == info
    assert token not in repr(stored)


def test_v1_instance_fallback_when_v2_is_missing(service: AccountService) -> None:
    from tests.support.httpserver import LoopbackServer

    with LoopbackServer() as srv:
        fake = FakeMastodon(srv, v2=False).install()
        account = service.connect_mastodon_token(srv.base_url, fake.personal_token()).account
    assert account.info["max_characters"] == 5000
    assert account.info["limits_from"] == "v1"
    assert account.info["max_media_attachments"] == 4  # default kept when missing
    assert account.info["streaming_url"] == "wss://127.0.0.1"


def test_missing_fields_keep_defaults() -> None:
    info = parse_instance({"configuration": {"statuses": {"max_characters": "x"}}}, v2=True)
    assert info["max_characters"] == 500
    assert info["characters_reserved_per_url"] == 23
    assert info["version"] == ""


def test_rejected_token_needs_login(service: AccountService, mastodon: FakeMastodon) -> None:
    with pytest.raises(NeedsLoginError, match="did not accept"):
        service.connect_mastodon_token(mastodon.srv.base_url, "not-a-real-token")
    assert service.list() == []


def test_oauth_loopback_flow_end_to_end(service: AccountService, mastodon: FakeMastodon) -> None:
    listener = LoopbackRedirect()
    login = service.begin_mastodon_login(mastodon.srv.base_url, listener.redirect_uri)
    assert "code_challenge_method=S256" in login.authorize_url
    assert "state=" in login.authorize_url
    assert "scope=read%3Astatuses+write%3Astatuses+write%3Amedia+profile" in login.authorize_url

    pages: list[requests.Response] = []
    t = threading.Thread(target=lambda: pages.append(browser(login.authorize_url)))
    t.start()
    code = listener.wait(login.state, timeout=10)
    t.join(10)
    assert pages and pages[0].status_code == 200
    assert "close this tab" in pages[0].text

    account = service.store(service.finish_mastodon_login(login, code))
    assert account.handle == f"@amina@127.0.0.1:{mastodon.srv.port}"  # keeps the port
    secret = service.sessions.secret(account)
    assert secret["access_token"] in mastodon.tokens
    assert secret["client_id"] in mastodon.apps
    # the app was registered once and is cached (as a secret) for the instance
    assert len(mastodon.apps) == 1
    assert service.credentials.get(app_key(account.server)) is not None


def test_oauth_oob_code_paste_and_app_cached(
    service: AccountService, mastodon: FakeMastodon
) -> None:
    for _ in range(2):
        login = service.begin_mastodon_login(mastodon.srv.base_url, OOB_REDIRECT)
        code = browser(login.authorize_url).text  # the page shows the code to paste
        connected = service.finish_mastodon_login(login, "  " + code + "\n")
        service.store(connected)
    assert len(mastodon.apps) == 1
    assert len(service.list()) == 1  # the same account logging in again is updated


def test_login_code_works_once(service: AccountService, mastodon: FakeMastodon) -> None:
    login = service.begin_mastodon_login(mastodon.srv.base_url, OOB_REDIRECT)
    code = browser(login.authorize_url).text
    service.finish_mastodon_login(login, code)
    with pytest.raises(NeedsLoginError, match="login code"):
        service.finish_mastodon_login(login, code)


def test_redirect_with_wrong_state_is_refused(
    service: AccountService, mastodon: FakeMastodon
) -> None:
    listener = LoopbackRedirect()
    login = service.begin_mastodon_login(mastodon.srv.base_url, listener.redirect_uri)
    pages: list[requests.Response] = []
    t = threading.Thread(target=lambda: pages.append(browser(login.authorize_url)))
    t.start()
    with pytest.raises(LoginRefused, match="did not match"):
        listener.wait("some-other-state", timeout=10)
    t.join(10)
    assert pages[0].status_code == 400


def test_denied_in_browser(service: AccountService) -> None:
    listener = LoopbackRedirect()
    state = "s1"
    t = threading.Thread(
        target=lambda: requests.get(
            listener.redirect_uri + "?error=access_denied&state=s1", timeout=10
        )
    )
    t.start()
    with pytest.raises(LoginRefused, match="access_denied"):
        listener.wait(state, timeout=10)
    t.join(10)


def test_cancelled_wait() -> None:
    from companion.core.accounts.oauth import LoginCancelled

    cancel = threading.Event()
    cancel.set()
    with pytest.raises(LoginCancelled):
        LoopbackRedirect().wait("s", timeout=10, cancel=cancel)


def test_older_server_gets_read_accounts_scope(service: AccountService) -> None:
    from tests.support.httpserver import LoopbackServer

    with LoopbackServer() as srv:
        fake = FakeMastodon(
            srv, accepted_scopes={"read:statuses", "write:statuses", "write:media", "read:accounts"}
        ).install()
        app = service.app_for(srv.base_url)
        assert app.scopes == "read:statuses write:statuses write:media read:accounts"
        assert len(fake.apps) == 1


def test_remove_revokes_and_deletes_every_secret(
    service: AccountService, mastodon: FakeMastodon
) -> None:
    login = service.begin_mastodon_login(mastodon.srv.base_url, OOB_REDIRECT)
    account = service.store(service.finish_mastodon_login(login, browser(login.authorize_url).text))
    token = service.sessions.secret(account)["access_token"]
    result = service.remove(account)
    assert result.revoked
    assert mastodon.revoked == [token]
    assert service.list() == []
    assert service.credentials.get(account.id) is None
    assert service.credentials.get(app_key(account.server)) is None
    assert repr(service.credentials) == "<MemoryCredentialStore with 0 entries>"


def test_remove_offline_still_forgets(service: AccountService, mastodon: FakeMastodon) -> None:
    login = service.begin_mastodon_login(mastodon.srv.base_url, OOB_REDIRECT)
    account = service.store(service.finish_mastodon_login(login, browser(login.authorize_url).text))
    mastodon.srv.stop()
    service.http.session.close()  # drop kept-alive connections to the old server
    result = service.remove(account)
    assert not result.revoked
    assert "could not be reached" in result.note
    assert service.list() == [] and service.credentials.get(account.id) is None


def test_personal_token_is_not_revocable_by_the_app(
    service: AccountService, mastodon: FakeMastodon
) -> None:
    account = service.store(
        service.connect_mastodon_token(mastodon.srv.base_url, mastodon.personal_token())
    )
    result = service.remove(account)
    assert not result.revoked and "Development" in result.note


def test_401_marks_needs_login(service: AccountService, mastodon: FakeMastodon) -> None:
    token = mastodon.personal_token()
    account = service.store(service.connect_mastodon_token(mastodon.srv.base_url, token))
    del mastodon.tokens[token]  # revoked on the server
    with pytest.raises(NeedsLoginError):
        service.sessions.request(
            account, "GET", mastodon.srv.url("/api/v1/accounts/verify_credentials")
        )
    stored = service.repo.get(account.id)
    assert stored is not None and stored.state is AccountState.NEEDS_LOGIN
    # logging in again makes it connected, same id
    again = service.store(
        service.connect_mastodon_token(mastodon.srv.base_url, mastodon.personal_token())
    )
    assert again.id == account.id and again.state is AccountState.CONNECTED


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("mastodon.social", "https://mastodon.social"),
        ("https://Mastodon.Social/", "https://mastodon.social"),
        ("@amina@mastodon.social", "https://mastodon.social"),
        ("http://localhost:8080", "http://localhost:8080"),
        ("http://127.0.0.1:3000/", "http://127.0.0.1:3000"),
        ("https://mastodon.social/@amina", "https://mastodon.social"),
        ("  gts.example.org:8443 ", "https://gts.example.org:8443"),
    ],
)
def test_normalise_server(typed: str, expected: str) -> None:
    assert normalise_server(typed) == expected


@pytest.mark.parametrize("typed", ["", "http://mastodon.social", "ftp://x.org", "a b.org"])
def test_normalise_server_refuses(typed: str) -> None:
    with pytest.raises(InvalidInputError):
        normalise_server(typed)


def test_server_with_one_redirect_uri_gets_the_code_login(service: AccountService) -> None:
    from companion.core.errors import KnownError
    from tests.support.fake_mastodon import form
    from tests.support.httpserver import LoopbackServer, Reply

    with LoopbackServer() as srv:
        fake = FakeMastodon(srv).install()

        def one_redirect_only(req: Request) -> Reply:
            if "\n" in form(req).get("redirect_uris", ""):
                return Reply.json({"error": "redirect_uris: only one allowed"}, 400)
            return fake.apps_create(req)

        srv.route("POST", "/api/v1/apps", one_redirect_only)
        listener = LoopbackRedirect()
        with pytest.raises(KnownError, match="receive the login by itself") as info:
            service.begin_mastodon_login(srv.base_url, listener.redirect_uri)
        assert "Paste a code" in info.value.hint
        listener.close()
        login = service.begin_mastodon_login(srv.base_url, OOB_REDIRECT)
        account = service.finish_mastodon_login(login, browser(login.authorize_url).text).account
        assert account.handle == f"@amina@127.0.0.1:{srv.port}"  # keeps the port
        assert len(fake.apps) == 1


def test_silent_preconnection_does_not_block_the_redirect() -> None:
    """Browsers open spare connections that never send anything."""
    import socket

    listener = LoopbackRedirect()
    idle = socket.create_connection(("127.0.0.1", listener.port), timeout=10)
    try:
        t = threading.Thread(
            target=lambda: requests.get(listener.redirect_uri + "?code=c1&state=s1", timeout=10)
        )
        t.start()
        assert listener.wait("s1", timeout=10) == "c1"
        t.join(10)
    finally:
        idle.close()


def test_not_a_mastodon_server(service: AccountService) -> None:
    from tests.support.httpserver import LoopbackServer

    with LoopbackServer() as srv, pytest.raises(InvalidInputError, match="Mastodon-compatible"):
        service.connect_mastodon_token(srv.base_url, "some-token")


@given(st.text(max_size=60))
def test_normalise_server_property(text: str) -> None:
    """Any text: a clean origin or InvalidInputError, and normalising is idempotent."""
    from urllib.parse import urlsplit

    try:
        url = normalise_server(text)
    except InvalidInputError:
        return
    assert normalise_server(url) == url
    parts = urlsplit(url)
    assert parts.scheme in ("https", "http") and parts.hostname
    assert not parts.path and not parts.query and not any(c.isspace() for c in url)
    if parts.scheme == "http":
        assert normalise_server("https://" + url.split("://", 1)[1]).startswith("https://")


@pytest.mark.parametrize("host", ["example.org", "8.8.8.8", "mastodon.social:8080"])
def test_plain_http_refused_on_the_internet(host: str) -> None:
    with pytest.raises(InvalidInputError, match="https"):
        normalise_server("http://" + host)


def test_pleroma_and_akkoma_count_in_full(service: AccountService) -> None:
    # Pleroma/Akkoma measure String.trim(status <> spoiler_text) in full: their v2
    # instance reports characters_reserved_per_url: 0, their v1 a Pleroma version
    from companion.core.accounts.model import Network
    from companion.core.compose.counting import Limits, count
    from tests.support.httpserver import LoopbackServer

    assert parse_instance({"configuration": {"statuses": {"max_characters": 5000,
        "characters_reserved_per_url": 0}}}, v2=True)["length_rule"] == "plain"  # fmt: skip
    assert parse_instance({"version": "4.3.2"}, v2=True)["length_rule"] == "mastodon"
    with LoopbackServer() as srv:
        fake = FakeMastodon(srv, v2=False).install()
        account = service.connect_mastodon_token(srv.base_url, fake.personal_token()).account
    assert account.info["length_rule"] == "plain"
    limits = Limits.for_network(Network.MASTODON, account.info)
    text = "@amina@mining.example.org see https://iied.org/" + "x" * 100
    assert count(Network.MASTODON, text, limits=limits).length == len(text)
    assert count(Network.MASTODON, " hi ", spoiler="CW", limits=limits).length == len("hiCW")
