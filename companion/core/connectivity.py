"""A cheap online/offline check: one TCP connect to any of a few hosts, no HTTP."""

from __future__ import annotations

import logging
import socket
from collections.abc import Sequence

log = logging.getLogger(__name__)


def parse_host(spec: str) -> tuple[str, int]:
    host, _, port = spec.rpartition(":")
    if not host:
        return spec, 443
    try:
        return host.strip("[]"), int(port)
    except ValueError:
        return spec, 443


def is_online(hosts: Sequence[str], timeout: float = 3.0) -> bool:
    """True when a TCP connection to any host succeeds within ``timeout`` seconds.
    Runs in a background thread: it may wait up to ``timeout`` per host."""
    for spec in hosts:
        host, port = parse_host(spec)
        try:
            with socket.create_connection((host, port), timeout=timeout):
                return True
        except OSError as exc:
            log.debug("connectivity probe %s:%d failed: %s", host, port, exc)
    return False
