"""AT Protocol record keys: TIDs (13 chars of base32-sortable, microseconds + clock id)."""

from __future__ import annotations

import secrets
import threading
from datetime import datetime

_ALPHABET = "234567abcdefghijklmnopqrstuvwxyz"


def _encode(value: int, length: int) -> str:
    out = []
    for _ in range(length):
        out.append(_ALPHABET[value & 31])
        value >>= 5
    return "".join(reversed(out))


_last_micros = 0
_lock = threading.Lock()


def make_tid(now: datetime, clock_id: int | None = None) -> str:
    """A fresh TID: 53 bits of microseconds since the epoch (``now``, the app's clock),
    10 bits of clock id. TIDs made by this process always increase, even when the clock
    stands still (tests) or was set back, so two parts never share a record key."""
    global _last_micros
    with _lock:
        us = max(int(now.timestamp() * 1_000_000), _last_micros + 1)
        _last_micros = us
    cid = secrets.randbelow(1024) if clock_id is None else clock_id
    return _encode(((us & ((1 << 53) - 1)) << 10) | (cid & 1023), 13)
