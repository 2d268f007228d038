"""SQL for the event feature. Shipped migrations are never edited: add V2, V3, ..."""

from __future__ import annotations

V1 = """
CREATE TABLE event_placeholder (id INTEGER PRIMARY KEY);
"""
