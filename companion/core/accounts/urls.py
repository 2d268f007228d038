"""Server addresses typed by people: normalised, checked, never sent in the clear."""

from __future__ import annotations

import ipaddress
import re
from urllib.parse import urlsplit

from companion.core.errors import InvalidInputError

_HOST_RE = re.compile(r"^[a-z0-9_]([a-z0-9_-]*[a-z0-9_])?(\.[a-z0-9_]([a-z0-9_-]*[a-z0-9_])?)*$")
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
    try:
        parts = urlsplit(raw)
        host = (parts.hostname or "").lower()
    except ValueError:  # e.g. an unbalanced "[" taken for an IPv6 address
        raise InvalidInputError(f"{text.strip()!r} is not a {what} address.") from None
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https") or not host or any(c.isspace() for c in raw):
        raise InvalidInputError(f"{text.strip()!r} is not a {what} address.")
    if ":" not in host:  # a name or IPv4; internationalised names become punycode
        try:
            host = host.encode("idna").decode("ascii").lower()
        except UnicodeError:
            raise InvalidInputError(f"{text.strip()!r} is not a {what} address.") from None
        if not _HOST_RE.match(host):
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
    # servers live at the root: a pasted profile link (".../@amina") keeps its host only
    return f"{scheme}://{netloc}"


def host_of(url: str) -> str:
    return urlsplit(url).hostname or url
