"""The addresses packs are shared on at the venue: private LAN (RFC 1918) and
link-local IPv4 addresses, or loopback when asked; never a public address."""

from __future__ import annotations

import ipaddress
import logging
import re
from collections.abc import Iterable

from companion.core.errors import QT_TRANSLATE_NOOP, InvalidInputError

log = logging.getLogger(__name__)

_LAN_NETS = tuple(
    ipaddress.ip_network(n) for n in ("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16")
)
_LINK_LOCAL = ipaddress.ip_network("169.254.0.0/16")
_LOOPBACK = ipaddress.ip_network("127.0.0.0/8")


def is_lan_address(address: str, *, loopback: bool = False) -> bool:
    """An IPv4 address of a private LAN (RFC 1918) or link-local, or loopback if allowed."""
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False
    if not isinstance(ip, ipaddress.IPv4Address):
        return False
    if ip in _LOOPBACK:
        return loopback
    return ip in _LINK_LOCAL or any(ip in n for n in _LAN_NETS)


#: adapters of virtual machines and containers (WSL, Hyper-V, Docker, VirtualBox, VMware)
_VIRTUAL = re.compile(r"docker|veth|virbr|^br-|vethernet|hyper-v|wsl|virtualbox|vmware|vmnet")


def lan_addresses() -> list[str]:
    """This computer's private LAN IPv4 addresses (none when it is not on a LAN), the
    likely venue network first: the QR code and the summary show the first one."""
    import ifaddr

    found = [
        (f"{adapter.name} {adapter.nice_name}", ip.ip)
        for adapter in ifaddr.get_adapters()
        for ip in adapter.ips
        if isinstance(ip.ip, str) and is_lan_address(ip.ip)
    ]
    return rank_addresses(found)


def rank_addresses(found: Iterable[tuple[str, str]]) -> list[str]:
    """(adapter name, address) pairs as addresses, the venue's network first: a real
    adapter before a virtual machine's or container's, a DHCP address before a
    link-local one (169.254.x: no DHCP server answered)."""
    ranked = sorted(
        enumerate(found),
        key=lambda item: (
            bool(_VIRTUAL.search(item[1][0].lower())),
            ipaddress.ip_address(item[1][1]) in _LINK_LOCAL,
            item[0],
        ),
    )
    return list(dict.fromkeys(address for _i, (_name, address) in ranked))


def check_bind_addresses(addresses: Iterable[str]) -> list[str]:
    out = []
    for a in addresses:
        if not is_lan_address(a, loopback=True):
            raise InvalidInputError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "%1 is not a private network address; packs are shared only on a local "
                    "network (10.x, 172.16–31.x, 192.168.x, 169.254.x) or on this computer.",
                ),
                args=(repr(a),),
            )
        out.append(a)
    return out
