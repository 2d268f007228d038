"""The floor for start-up figures: a bare PySide6 window that starts, paints once,
saves a PNG and quits. ``bench_first_screen`` runs it from source; ``bench_bundle``
builds it with PyInstaller the same way as the app (one folder, the same exclusions)
and starts it cold beside the app.

    python benchmarks/bare_window.py OUT.png
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QLabel


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QLabel("bare")
    window.resize(910, 512)
    window.show()
    app.processEvents()
    ok = window.grab().save(sys.argv[1], "PNG")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
