"""SQL for the compose feature. Shipped migrations are never edited: add V2, V3, ..."""

from __future__ import annotations

V1 = """
CREATE TABLE compose_placeholder (id INTEGER PRIMARY KEY);
"""
