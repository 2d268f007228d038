"""The ordered list of database migrations. ``PRAGMA user_version`` = how many ran.

Each feature keeps its SQL in its own ``schema`` module; this list fixes the order
forever. Never edit a migration that has shipped: append a new one.
"""

from __future__ import annotations

from companion.core.accounts import schema as accounts_schema
from companion.core.compose import schema as compose_schema
from companion.core.event import schema as event_schema
from companion.core.library import schema as library_schema
from companion.core.live import schema as live_schema

CORE_V1 = """
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
"""

MIGRATIONS: tuple[str, ...] = (
    CORE_V1,  # 1
    accounts_schema.V1,  # 2
    live_schema.V1,  # 3
    compose_schema.V1,  # 4
    library_schema.V1,  # 5
    event_schema.V1,  # 6
    compose_schema.V2,  # 7
    compose_schema.V3,  # 8
    compose_schema.V4,  # 9
    live_schema.V2,  # 10
)
