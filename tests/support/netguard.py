"""No test sends anything off the machine: only loopback and AF_UNIX sockets connect.

Installed for the whole session by ``tests/conftest.py`` (like ``pytest-socket
--allow-hosts=127.0.0.1,::1 --allow-unix-socket``, plus name lookups: a lookup of a
real host is refused too, since the lookup itself leaves the machine). A refused
attempt raises ``OSError`` (so the app under test takes its offline path) and is
recorded: the test that made it fails.
"""

from __future__ import annotations

import ipaddress
import socket
import threading
from typing import Any

_LOCAL_NAMES = {"localhost", "localhost.localdomain", "ip6-localhost", ""}

#: attempts refused since the last ``take()``
_refused: list[str] = []
_lock = threading.Lock()
_installed = False


class OffMachineError(ConnectionRefusedError):
    pass


def _is_local_host(host: object) -> bool:
    if isinstance(host, bytes):
        host = host.decode("ascii", "replace")
    if not isinstance(host, str):
        return False
    name = host.strip("[]").split("%")[0].lower()
    if name in _LOCAL_NAMES or name.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def _refuse(what: str) -> OffMachineError:
    with _lock:
        _refused.append(what)
    return OffMachineError(f"tests may not reach {what} (only loopback)")


def install() -> None:
    global _installed
    if _installed:
        return
    _installed = True
    real_connect = socket.socket.connect
    real_connect_ex = socket.socket.connect_ex
    real_getaddrinfo = socket.getaddrinfo

    def _allowed(sock: socket.socket, address: Any) -> bool:
        if sock.family == getattr(socket, "AF_UNIX", None):
            return True
        host = address[0] if isinstance(address, tuple) and address else address
        return _is_local_host(host)

    def connect(self: socket.socket, address: Any) -> None:
        if not _allowed(self, address):
            raise _refuse(repr(address))
        return real_connect(self, address)

    def connect_ex(self: socket.socket, address: Any) -> int:
        if not _allowed(self, address):
            raise _refuse(repr(address))
        return real_connect_ex(self, address)

    def getaddrinfo(host: Any, *args: Any, **kwargs: Any) -> Any:
        if host is not None and not _is_local_host(host):
            raise _refuse(f"name lookup of {host!r}")
        return real_getaddrinfo(host, *args, **kwargs)

    socket.socket.connect = connect  # type: ignore[method-assign]
    socket.socket.connect_ex = connect_ex  # type: ignore[method-assign]
    socket.getaddrinfo = getaddrinfo


def take() -> list[str]:
    """The refused attempts since the last call (and forget them)."""
    with _lock:
        out = list(_refused)
        _refused.clear()
    return out
