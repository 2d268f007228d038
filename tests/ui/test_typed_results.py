"""Background results reach the widgets typed (issue 18): ``QueryOp[T]``/``ChangeOp[T]``
hand each handler the type its job returns, so no ``_on_*`` handler takes ``Any``."""

from __future__ import annotations

import ast
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "companion" / "ui"


def _untyped_handlers() -> list[str]:
    found = []
    for path in sorted(UI.rglob("*.py")):
        tree = ast.parse(path.read_text("utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.FunctionDef) or not node.name.startswith("_on_"):
                continue
            for arg in node.args.args[1:]:
                if arg.annotation is not None and ast.unparse(arg.annotation) == "Any":
                    found.append(f"{path.relative_to(UI)}:{node.lineno} {node.name}({arg.arg})")
    return found


def test_no_result_handler_takes_any() -> None:
    assert _untyped_handlers() == []
