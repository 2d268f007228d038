"""Where a pack may come from: the address rule and the redirects the app follows.

* A pack address must be ``https://``. Plain ``http://`` is accepted only for this
  computer and the local network (``localhost``, ``127.0.0.1``, ``192.168.x.x``,
  ``10.x.x.x``, ``fd00::/8`` …): a laptop syncing from a colleague's machine or a
  Raspberry Pi in the venue. On the internet a network in between could swap the
  manifest (its hashes then vouch for the swapped files).
* The manifest is fetched from the address's own server: a redirect to another
  server is refused (a captive portal, a hijacked address). Redirects within the
  server are followed.
* A file may be redirected to the pack's server or to a server the manifest names
  in ``download_hosts`` (a CDN), nowhere else. Every hop obeys the https rule.
"""

from __future__ import annotations

import ipaddress
import logging
import re
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING
from urllib.parse import urljoin, urlsplit

from companion.core.errors import QT_TRANSLATE_NOOP, InvalidInputError
from companion.core.net import HttpClient

if TYPE_CHECKING:
    import requests

log = logging.getLogger(__name__)

MAX_REDIRECTS = 5
_REDIRECTS = frozenset({301, 302, 303, 307, 308})


class AddressError(InvalidInputError):
    """A pack address, or a redirect, the app refuses to use."""


def host_of(url: str) -> str:
    """The host name of ``url``, lower case, without brackets or port ("" if none)."""
    try:
        return (urlsplit(url).hostname or "").rstrip(".").lower()
    except ValueError:
        return ""


def is_local_host(host: str) -> bool:
    """This computer or a private network: a loopback or private IP literal, or
    ``localhost`` (and ``*.localhost``, RFC 6761). Other names are not resolved:
    a name's address can change between the check and the connection."""
    host = host.rstrip(".").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        ip = ipaddress.ip_address(host.split("%", 1)[0])  # fe80::1%eth0
    except ValueError:
        return False
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_loopback or ip.is_private or ip.is_link_local


def check_pack_address(url: str) -> None:
    """Raise :class:`AddressError` unless ``url`` is https, or http to a local host."""
    try:
        parts = urlsplit(url)
        scheme = parts.scheme
        host = host_of(url)
        _ = parts.port  # a port out of range or not a number: ValueError
    except ValueError:  # "http://[::1/x"
        scheme, host = "", ""
    # a backslash: browsers read "https://a.org\@b.org/" as a.org, Python as b.org
    if scheme not in ("http", "https") or not _valid_host(host) or "\\" in url:
        raise AddressError(
            QT_TRANSLATE_NOOP(
                "Errors", "The pack address %1 is not a web address (it must start with https://)."
            ),
            args=(repr(url[:200]),),
        )
    if parts.username is not None or parts.password is not None:
        raise AddressError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The pack address %1 contains a user name or password before the server "
                "name; leave it out.",
            ),
            args=(repr(url[:200]),),
        )
    if scheme == "http" and not is_local_host(host):
        raise AddressError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The pack address %1 is not secure: use https:// (plain http:// is only "
                "accepted on this computer or the local network).",
            ),
            args=(repr(url[:200]),),
        )


_LABEL = re.compile(r"^[a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?$")


def _valid_host(host: str) -> bool:
    """An IP literal, or a name whose labels DNS can hold (``xn--`` for other scripts):
    no spaces, no empty label, none over 63 characters, at most 253 in all."""
    if not host:
        return False
    try:
        ipaddress.ip_address(host.split("%", 1)[0])
        return True
    except ValueError:
        pass
    try:
        ascii_host = host.encode("idna").decode("ascii")
    except (UnicodeError, ValueError):
        return False
    return len(ascii_host) <= 253 and all(_LABEL.match(p) for p in ascii_host.split("."))


def get_following(
    http: HttpClient,
    url: str,
    *,
    allowed: Callable[[str], bool],
    what: str,
    headers: Mapping[str, str] | None = None,
    stream: bool = False,
) -> requests.Response:
    """GET ``url``, following at most :data:`MAX_REDIRECTS` redirects to hosts for which
    ``allowed(host)`` is true, every hop checked by :func:`check_pack_address`."""
    current = url
    for _ in range(MAX_REDIRECTS + 1):
        check_pack_address(current)
        resp = http.get(current, headers=dict(headers or {}), stream=stream, allow_redirects=False)
        location = resp.headers.get("Location") if resp.status_code in _REDIRECTS else None
        if not location:
            return resp
        resp.close()
        try:
            target = urljoin(current, location.strip())
        except ValueError:  # "http://[::1/x": not an address at all
            target = location.strip()
        host = host_of(target)
        if not allowed(host):
            raise AddressError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "%1: the server sent the app on to another server (%2); "
                    "for safety it was not followed.",
                ),
                args=(what, host or repr(target[:80])),
                hint=QT_TRANSLATE_NOOP(
                    "Errors",
                    "On hotel or venue Wi-Fi, open any web page to log in first, then try "
                    "again. Otherwise check the pack address.",
                ),
            )
        log.info("%s redirected to %s", what, target)
        current = target
    raise AddressError(
        QT_TRANSLATE_NOOP("Errors", "%1: the server redirected too many times."), args=(what,)
    )


def same_host(url: str) -> Callable[[str], bool]:
    """``allowed`` for :func:`get_following`: only the host of ``url``."""
    own = host_of(url)
    return lambda host: host == own


def pack_hosts(url: str, extra: tuple[str, ...]) -> Callable[[str], bool]:
    """``allowed`` for file downloads: the pack's host and the manifest's ``download_hosts``.

    A pack from the internet may not send the app to this computer or the local network
    (``download_hosts: ["192.168.1.1"]`` would make every reader's laptop call its router)."""
    own = host_of(url)
    local_ok = is_local_host(own)
    hosts = {own, *(h.lower() for h in extra if local_ok or not is_local_host(h))}
    return lambda host: host in hosts
