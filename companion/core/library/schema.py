"""SQL for the library feature. Shipped migrations are never edited: add V2, V3, ..."""

from __future__ import annotations

V1 = """
CREATE TABLE library_placeholder (id INTEGER PRIMARY KEY);
"""
