"""The connectivity check against loopback stand-ins: a real answer, a captive portal
that answers every request with its login page, redirects, 511, no name, no server."""

from __future__ import annotations

import socket

import pytest

from companion.core.connectivity import NetState, check, stay_on_this_machine
from companion.core.settings import Settings
from tests.support import netguard
from tests.support.httpserver import LoopbackServer, Reply

LOGIN_PAGE = "<html><body><h1>Welcome to Venue Wi-Fi</h1><form>Room number</form></body></html>"


def captive_portal(srv: LoopbackServer) -> None:
    """Every path, every method: the login page (as hotel Wi-Fi does)."""
    for method in ("GET", "HEAD", "POST"):
        srv.route(
            method,
            "/*",
            lambda _r: Reply(200, LOGIN_PAGE.encode(), {"Content-Type": "text/html"}),
        )


def test_expected_answer_is_online(loopback: LoopbackServer) -> None:
    loopback.route("GET", "/success.txt", lambda _r: Reply.text("success\n"))
    reach = check(loopback.url("/success.txt"), "success")
    assert reach.state is NetState.ONLINE and reach.online


def test_empty_expectation_wants_204(loopback: LoopbackServer) -> None:
    loopback.route("GET", "/generate_204", lambda _r: Reply(204))
    assert check(loopback.url("/generate_204"), "").online


def test_captive_portal_login_page_needs_sign_in(loopback: LoopbackServer) -> None:
    captive_portal(loopback)
    url = loopback.url("/success.txt")
    reach = check(url, "success")
    assert reach.state is NetState.PORTAL and not reach.online
    assert reach.portal_url == url


def test_redirect_to_a_login_page_names_it(loopback: LoopbackServer) -> None:
    loopback.route(
        "GET", "/success.txt", lambda _r: Reply(302, b"", {"Location": "/portal/login?x=1"})
    )
    reach = check(loopback.url("/success.txt"))
    assert reach.state is NetState.PORTAL
    assert reach.portal_url == loopback.url("/portal/login?x=1")
    # the redirect was not followed: the check made one request
    assert [r.path for r in loopback.requests] == ["/success.txt"]


def test_network_authentication_required(loopback: LoopbackServer) -> None:
    loopback.route("GET", "/success.txt", lambda _r: Reply(511, b"sign in"))
    assert check(loopback.url("/success.txt")).state is NetState.PORTAL


def test_server_error_is_not_online(loopback: LoopbackServer) -> None:
    loopback.route("GET", "/success.txt", lambda _r: Reply(503, b""))
    reach = check(loopback.url("/success.txt"))
    assert reach.state is NetState.OFFLINE and "503" in reach.detail


def test_name_that_does_not_resolve_is_offline() -> None:
    def no_dns(*_a: object, **_k: object) -> object:
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    reach = check("http://check.invalid/success.txt", resolve=no_dns)
    assert reach.state is NetState.OFFLINE and "name lookup" in reach.detail


def test_nothing_listening_is_offline() -> None:
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    reach = check(f"http://127.0.0.1:{port}/success.txt", timeout=2)
    assert reach.state is NetState.OFFLINE


def test_not_a_check_address() -> None:
    assert check("ftp://example.org/").state is NetState.OFFLINE


def test_self_test_and_screenshots_stay_on_this_machine() -> None:
    s = Settings()
    s.live.mastodon_instances.append("http://127.0.0.1:8080")
    stay_on_this_machine(s)
    assert s.general.connectivity_check_url == ""
    assert s.live.mastodon_instances == ["http://127.0.0.1:8080"]
    assert s.live.bluesky_enabled is False


def test_the_check_uses_no_tracking_host() -> None:
    # Mozilla's captive-portal address (what Firefox uses): no ads, no profile
    assert Settings().general.connectivity_check_url.startswith("http://detectportal.firefox.com/")


@pytest.mark.allow_off_machine_attempts
def test_the_suite_refuses_to_leave_the_machine() -> None:
    netguard.take()
    with pytest.raises(OSError):
        socket.create_connection(("192.0.2.1", 443), timeout=1)
    with pytest.raises(OSError):
        socket.getaddrinfo("example.org", 443)
    assert len(netguard.take()) == 2
    # loopback and local names still work
    assert socket.getaddrinfo("localhost", 80)
