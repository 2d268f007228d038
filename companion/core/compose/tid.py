"""AT Protocol record keys: TIDs (13 chars of base32-sortable, microseconds + clock id)."""

from __future__ import annotations

import secrets
import time

_ALPHABET = "234567abcdefghijklmnopqrstuvwxyz"


def _encode(value: int, length: int) -> str:
    out = []
    for _ in range(length):
        out.append(_ALPHABET[value & 31])
        value >>= 5
    return "".join(reversed(out))


def make_tid(micros: int | None = None, clock_id: int | None = None) -> str:
    """A fresh TID: 53 bits of microseconds since the epoch, 10 bits of clock id."""
    us = int(time.time() * 1_000_000) if micros is None else micros
    cid = secrets.randbelow(1024) if clock_id is None else clock_id
    return _encode(((us & ((1 << 53) - 1)) << 10) | (cid & 1023), 13)
