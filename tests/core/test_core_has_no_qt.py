"""Every module under companion.core imports with PySide6 made unimportable."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import companion.core


def core_modules() -> list[str]:
    return sorted(
        m.name for m in pkgutil.walk_packages(companion.core.__path__, prefix="companion.core.")
    )


def test_core_modules_found() -> None:
    mods = core_modules()
    assert "companion.core.storage" in mods and "companion.core.net" in mods


def test_core_imports_without_pyside6() -> None:
    mods = core_modules()
    code = (
        "import sys\n"
        "class Block:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name == 'PySide6' or name.startswith(('PySide6.', 'shiboken6')):\n"
        "            raise ImportError('PySide6 is blocked in core')\n"
        "        return None\n"
        "sys.meta_path.insert(0, Block())\n"
        "import importlib\n"
        f"for name in {mods!r}:\n"
        "    importlib.import_module(name)\n"
        "assert not any(m.startswith('PySide6') for m in sys.modules), 'PySide6 loaded'\n"
        "print('ok', len(" + repr(mods) + "))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("ok")


def test_blocker_really_blocks() -> None:
    """The check above would catch a core module that imports Qt."""
    code = (
        "import sys\n"
        "class Block:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name == 'PySide6' or name.startswith('PySide6.'):\n"
        "            raise ImportError('blocked')\n"
        "sys.meta_path.insert(0, Block())\n"
        "import companion.ui.tasks\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode != 0 and "blocked" in result.stderr
