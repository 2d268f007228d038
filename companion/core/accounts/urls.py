"""Server addresses typed by people: normalised, checked, never sent in the clear."""

from __future__ import annotations

import ipaddress
import re
from urllib.parse import urlsplit

from companion.core.errors import QT_TRANSLATE_NOOP, InvalidInputError, Phrase

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


SERVER = Phrase(QT_TRANSLATE_NOOP("Errors", "server"))
MASTODON_INSTANCE = Phrase(QT_TRANSLATE_NOOP("Errors", "Mastodon instance"))
BLUESKY_SERVER = Phrase(QT_TRANSLATE_NOOP("Errors", "Bluesky server"))
#: %1 what was typed, %2 what it should be (a :class:`Phrase`: "Mastodon instance")
NOT_AN_ADDRESS = QT_TRANSLATE_NOOP("Errors", "%1 is not a %2 address.")


def normalise_server(text: str, *, what: str = SERVER) -> str:
    """``mastodon.social`` → ``https://mastodon.social``.

    Plain ``http://`` is accepted only for this computer or the local network (a
    test server in the office); anything on the internet must use HTTPS so tokens
    never travel in the clear.
    """
    raw = text.strip().rstrip("/")
    if raw.startswith("@") and raw.count("@") >= 2:  # "@alice@example.org"
        raw = raw.rsplit("@", 1)[1]
    if not raw:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP("Errors", "Enter the address of the %1, e.g. mastodon.social."),
            args=(what,),
        )
    if "://" not in raw:
        raw = "https://" + raw
    try:
        parts = urlsplit(raw)
        host = (parts.hostname or "").lower()
    except ValueError:  # e.g. an unbalanced "[" taken for an IPv6 address
        raise InvalidInputError(NOT_AN_ADDRESS, args=(repr(text.strip()), what)) from None
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https") or not host or any(c.isspace() for c in raw):
        raise InvalidInputError(NOT_AN_ADDRESS, args=(repr(text.strip()), what))
    if ":" not in host:  # a name or IPv4; internationalised names become punycode
        try:
            host = host.encode("idna").decode("ascii").lower()
        except UnicodeError:
            raise InvalidInputError(NOT_AN_ADDRESS, args=(repr(text.strip()), what)) from None
        if not _HOST_RE.match(host):
            raise InvalidInputError(NOT_AN_ADDRESS, args=(repr(text.strip()), what))
    if scheme == "http" and not _is_local_host(host):
        raise InvalidInputError(
            QT_TRANSLATE_NOOP(
                "Errors", "%1 must be reached with https:// so your login is not sent in the clear."
            ),
            args=(host,),
        )
    try:
        port = parts.port
    except ValueError:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP("Errors", "%1 has an invalid port number."),
            args=(repr(text.strip()),),
        ) from None
    netloc = f"[{host}]" if ":" in host else host
    if port is not None:
        netloc += f":{port}"
    # servers live at the root: a pasted profile link (".../@amina") keeps its host only
    return f"{scheme}://{netloc}"


def host_of(url: str) -> str:
    """The server's name for messages and handles: ``host``, or ``host:port`` when
    the port is not the default one (two servers on one machine must not read alike)."""
    return domain_of(url)


#: the port a scheme uses when the URL names none
DEFAULT_PORTS = {"http": 80, "https": 443}


def origin(url: str) -> tuple[str, str, int] | None:
    """``(scheme, host, port)`` of ``url`` (RFC 6454), lower-case, the default port
    filled in; ``None`` for anything that is not a plain http(s) URL (including one
    with ``user@`` in front of the host, the classic way to hide another server)."""
    try:
        parts = urlsplit(url.strip())
        host = (parts.hostname or "").lower().rstrip(".")
        port = parts.port
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    if scheme not in DEFAULT_PORTS or not host or "@" in parts.netloc:
        return None
    if ":" not in host:  # a name: compare in its punycode form, as stored
        try:
            host = host.encode("idna").decode("ascii").lower()
        except UnicodeError:
            return None
    return scheme, host, DEFAULT_PORTS[scheme] if port is None else port


def same_origin(url: str, server: str) -> bool:
    """Whether ``url`` is on exactly ``server``'s origin: same scheme, host and port.
    The one test for "may this request carry the login made on ``server``?"."""
    here = origin(url)
    return here is not None and here == origin(server)


def domain_of(url: str) -> str:
    """The server's domain as handles write it: ``host``, or ``host:port`` when the
    port is not the scheme's default (two servers on one host stay apart)."""
    found = origin(url)
    if found is None:
        try:
            return urlsplit(url).hostname or url
        except ValueError:
            return url
    scheme, host, port = found
    host = f"[{host}]" if ":" in host else host
    return host if DEFAULT_PORTS[scheme] == port else f"{host}:{port}"
