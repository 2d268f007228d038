"""Server addresses typed by people: normalised, checked, never sent in the clear."""

from __future__ import annotations

import ipaddress
from urllib.parse import urlsplit

from companion.core.errors import InvalidInputError

_LOCAL_SUFFIXES = (".local", ".localhost", ".internal", ".test", ".lan", ".home.arpa")


def _is_local_host(host: str) -> bool:
    if host in ("localhost",) or "." not in host or host.endswith(_LOCAL_SUFFIXES):
        return True
    try:
        addr = ipaddress.ip_address(host)
    except ValueError:
        return False
    return addr.is_loopback or addr.is_private or addr.is_link_local


def normalise_server(text: str, *, what: str = "server") -> str:
    """``mastodon.social`` → ``https://mastodon.social``.

    Plain ``http://`` is accepted only for this computer or the local network (a
    test server in the office); anything on the internet must use HTTPS so tokens
    never travel in the clear.
    """
    raw = text.strip().rstrip("/")
    if raw.startswith("@") and raw.count("@") >= 2:  # "@alice@example.org"
        raw = raw.rsplit("@", 1)[1]
    if not raw:
        raise InvalidInputError(f"Enter the address of the {what}, e.g. mastodon.social.")
    if "://" not in raw:
        raw = "https://" + raw
    parts = urlsplit(raw)
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    if scheme not in ("http", "https") or not host or " " in raw:
        raise InvalidInputError(f"{text.strip()!r} is not a {what} address.")
    if scheme == "http" and not _is_local_host(host):
        raise InvalidInputError(
            f"{host} must be reached with https:// so your login is not sent in the clear."
        )
    try:
        port = parts.port
    except ValueError:
        raise InvalidInputError(f"{text.strip()!r} has an invalid port number.") from None
    netloc = f"[{host}]" if ":" in host else host
    if port is not None:
        netloc += f":{port}"
    path = parts.path.rstrip("/")
    return f"{scheme}://{netloc}{path}"


def host_of(url: str) -> str:
    return urlsplit(url).hostname or url
