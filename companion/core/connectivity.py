"""Is the internet really reachable? A name lookup and one HTTP request that must give
an expected answer.

A TCP connect is not enough: hotel and venue Wi-Fi that wants a login accepts every
connection and answers every request with its own login page (a captive portal). So
the check asks a known address for a known answer:

* the name does not resolve, or the connection fails → **offline**;
* a redirect, an HTTP 511, or a page that is not the expected answer → **sign-in
  needed** (the portal's page is what the user must open);
* the expected answer → **online**.

The address is a setting (``general.connectivity_check_url``): by default Mozilla's
captive-portal address, which Firefox itself uses and which keeps no profile of users;
an organisation may point it at its own server. An empty address turns the check off
(tests, screenshots and ``self-test`` make no request off the machine).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from enum import StrEnum
from typing import TYPE_CHECKING, Any, NamedTuple
from urllib.parse import urljoin, urlsplit

from companion.core.errors import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from companion.core.settings import Settings

log = logging.getLogger(__name__)

#: the default check: Mozilla's captive-portal detection address and its answer
DEFAULT_CHECK_URL = "http://detectportal.firefox.com/success.txt"
DEFAULT_CHECK_EXPECT = "success"
#: read at most this much of the answer (a portal's login page can be large)
MAX_BODY = 64 * 1024

Resolver = Callable[..., Any]


class NetState(StrEnum):
    ONLINE = "online"
    OFFLINE = "offline"
    #: the network answers, but with its own page: the user must sign in first
    PORTAL = "portal"


class Reach(NamedTuple):
    state: NetState
    #: the page to open to sign in (PORTAL only)
    portal_url: str = ""
    #: what was seen, in English, for the log
    detail: str = ""
    #: the same for the tooltip: a ``QT_TRANSLATE_NOOP("Connectivity", …)`` text whose
    #: %1 is ``detail_arg`` (a host, a status code), translated where it is shown
    detail_text: str = ""
    detail_arg: str = ""

    @property
    def online(self) -> bool:
        return self.state is NetState.ONLINE


def _reach(state: NetState, text: str, arg: str = "", portal_url: str = "") -> Reach:
    return Reach(
        state,
        portal_url=portal_url,
        detail=text.replace("%1", arg),
        detail_text=text,
        detail_arg=arg,
    )


def check(
    url: str,
    expect: str = DEFAULT_CHECK_EXPECT,
    *,
    timeout: float = 5.0,
    resolve: Resolver | None = None,
) -> Reach:
    """Look the check address's host up, then GET it without following redirects.

    ``expect``: the text the answer must start with ("" means HTTP 204 or an empty
    200). ``resolve`` is ``socket.getaddrinfo`` unless given. Runs in a background
    thread: it may wait up to about ``2 × timeout``."""
    import socket  # here, like requests: off the start path (issue 19)

    import requests

    parts = urlsplit(url)
    host = parts.hostname or ""
    if parts.scheme not in ("http", "https") or not host:
        return _reach(
            NetState.OFFLINE,
            QT_TRANSLATE_NOOP("Connectivity", "not a check address: %1"),
            repr(url),
        )
    port = parts.port or (443 if parts.scheme == "https" else 80)
    try:
        (resolve or socket.getaddrinfo)(host, port, type=socket.SOCK_STREAM)
    except (OSError, UnicodeError) as exc:
        log.debug("connectivity: %s does not resolve: %s", host, exc)
        return _reach(
            NetState.OFFLINE, QT_TRANSLATE_NOOP("Connectivity", "name lookup failed for %1"), host
        )
    from companion.core.net import user_agent

    try:
        with requests.Session() as session:
            resp = session.get(
                url,
                allow_redirects=False,
                timeout=(timeout, timeout),
                stream=True,
                headers={"User-Agent": user_agent(), "Cache-Control": "no-cache"},
            )
            try:
                body = resp.raw.read(MAX_BODY, decode_content=True) or b""
            finally:
                resp.close()
    except requests.exceptions.SSLError as exc:
        # a portal intercepting TLS shows its own certificate
        log.debug("connectivity: TLS to %s failed: %s", host, exc)
        return _reach(
            NetState.PORTAL,
            QT_TRANSLATE_NOOP("Connectivity", "certificate not accepted"),
            portal_url=url,
        )
    except (requests.RequestException, OSError) as exc:
        log.debug("connectivity: %s could not be reached: %s", host, exc)
        return _reach(
            NetState.OFFLINE, QT_TRANSLATE_NOOP("Connectivity", "%1 could not be reached"), host
        )
    status = resp.status_code
    if status in (301, 302, 303, 307, 308):
        target = urljoin(url, resp.headers.get("Location", "")) or url
        return _reach(
            NetState.PORTAL,
            QT_TRANSLATE_NOOP("Connectivity", "redirected (HTTP %1)"),
            str(status),
            portal_url=target,
        )
    if status == 511:
        return _reach(
            NetState.PORTAL,
            QT_TRANSLATE_NOOP("Connectivity", "sign-in required (HTTP %1)"),
            "511",
            portal_url=url,
        )
    text = body.decode("utf-8", "replace").strip()
    if expect:
        if status == 200 and text.startswith(expect):
            return _reach(NetState.ONLINE, QT_TRANSLATE_NOOP("Connectivity", "expected answer"))
    elif status == 204 or (status == 200 and not text):
        return _reach(NetState.ONLINE, QT_TRANSLATE_NOOP("Connectivity", "expected answer"))
    if 200 <= status < 300:
        # the right address gave another page: a login page in the portal's place
        return _reach(
            NetState.PORTAL,
            QT_TRANSLATE_NOOP("Connectivity", "unexpected page (HTTP %1)"),
            str(status),
            portal_url=url,
        )
    return _reach(
        NetState.OFFLINE,
        QT_TRANSLATE_NOOP("Connectivity", "unexpected answer (HTTP %1)"),
        str(status),
    )


def stay_on_this_machine(settings: Settings) -> None:
    """For ``self-test`` and ``screenshot``: the shipped defaults that point off the
    machine (the connectivity check, the public Mastodon servers, Bluesky) are turned
    off in memory (never saved); what the data folder configured is kept, so a demo
    against a loopback server still shows its posts."""
    from companion.core.settings import Settings as Defaults

    shipped = Defaults()
    general, live = settings.general, settings.live
    if general.connectivity_check_url == shipped.general.connectivity_check_url:
        general.connectivity_check_url = ""
    live.mastodon_instances = [
        u for u in live.mastodon_instances if u not in shipped.live.mastodon_instances
    ]
    if live.bluesky_enabled:
        live.bluesky_enabled = False
