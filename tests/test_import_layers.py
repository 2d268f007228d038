"""The import graph keeps its layers: headless commands and the Qt adapters never
import the UI (not even lazily, inside a function), and core imports neither.

Read from the source (every ``import`` statement, also those inside functions), so a
lazy import that a test run never reaches is caught too. Its sibling,
tests/core/test_core_has_no_qt.py, imports every core module with PySide6 blocked.
"""

from __future__ import annotations

import ast
from pathlib import Path

import companion

ROOT = Path(companion.__file__).parent

#: commands whose job is to start the window: they hand over to the UI by design
GUI_COMMANDS = {"companion.commands.app"}


def module_name(path: Path, root: Path = ROOT) -> str:
    parts = path.relative_to(root.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports_of(path: Path, root: Path = ROOT) -> set[str]:
    """Every module an ``import`` / ``from ... import`` in ``path`` names."""
    names: set[str] = set()
    package = module_name(path, root).rsplit(".", 1)[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:  # relative: resolve against the package
                anchor = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                base = f"{anchor}.{base}" if base else anchor
            names.add(base)
            names.update(f"{base}.{alias.name}" for alias in node.names)
    return names


def offenders(package: str, forbidden: tuple[str, ...], root: Path = ROOT) -> dict[str, list[str]]:
    """Modules under ``package`` importing anything under ``forbidden``, with what."""
    found: dict[str, list[str]] = {}
    for path in sorted((root / package.split(".", 1)[1].replace(".", "/")).rglob("*.py")):
        bad = sorted(
            n
            for n in imports_of(path, root)
            if any(n == f or n.startswith(f + ".") for f in forbidden)
        )
        if bad:
            found[module_name(path, root)] = bad
    return found


def test_commands_do_not_import_the_ui() -> None:
    found = offenders("companion.commands", ("companion.ui",))
    for name in GUI_COMMANDS:
        found.pop(name, None)
    assert found == {}, f"headless commands importing the UI: {found}"


def test_adapters_and_core_do_not_import_the_ui_or_commands() -> None:
    assert offenders("companion.adapters", ("companion.ui", "companion.commands")) == {}
    banned = ("companion.ui", "companion.commands", "companion.adapters", "PySide6")
    assert offenders("companion.core", banned) == {}


def test_the_check_sees_lazy_imports(tmp_path: Path) -> None:
    """A lazy import inside a function (how pack commands used to reach ui/library),
    absolute or relative, is found."""
    root = tmp_path / "companion"
    (root / "commands").mkdir(parents=True)
    (root / "commands" / "pack.py").write_text(
        "import json\n\ndef f():\n    from companion.ui.library import pdf_text\n"
        "    from ..ui import tasks\n",
        encoding="utf-8",
    )
    assert offenders("companion.commands", ("companion.ui",), root) == {
        "companion.commands.pack": [
            "companion.ui",
            "companion.ui.library",
            "companion.ui.library.pdf_text",
            "companion.ui.tasks",
        ]
    }
