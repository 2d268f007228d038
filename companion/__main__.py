"""``python -m companion`` is the same as the ``shareasm-companion`` command."""

from __future__ import annotations

import sys

from companion.cli import main

if __name__ == "__main__":
    sys.exit(main())
