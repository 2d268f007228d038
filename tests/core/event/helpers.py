"""Small builders for event files used by the event tests."""

from __future__ import annotations

import copy
import json
from typing import Any

BASE: dict[str, Any] = {
    "format": "shareasm-event",
    "version": 1,
    "id": "test-event",
    "name": "Test day",
    "hashtag": "shareASM",
    "timezone": "Europe/London",
    "start": "2018-03-15T00:00:00",
    "end": "2018-03-16T00:00:00",
    "all_day": True,
    "sessions": [
        {"id": "a", "start": "2018-03-15T08:00", "end": "2018-03-15T09:00", "title": "A"},
        {"id": "b", "start": "2018-03-15T10:00", "end": "2018-03-15T11:00", "title": "B"},
    ],
}


def event_dict(**changes: Any) -> dict[str, Any]:
    raw = copy.deepcopy(BASE)
    for key, value in changes.items():
        if value is None:
            raw.pop(key, None)
        else:
            raw[key] = value
    return raw


def event_bytes(**changes: Any) -> bytes:
    return json.dumps(event_dict(**changes)).encode()
