"""Area keys, importable without Qt (the command line needs them for ``--help``)."""

from __future__ import annotations

AREA_KEYS: tuple[str, ...] = ("countdown", "live", "compose", "library", "accounts")
