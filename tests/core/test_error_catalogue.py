"""Every message a user can see is a translatable template with matching arguments.

Walks the source of ``companion/``: each construction of a ``KnownError`` subclass (or
of a ``Message``, a notice shown without being raised) must
pass as its message a ``QT_TRANSLATE_NOOP("Errors", "…")`` call, or a name bound to
one (``companion/core/messages.py`` holds those shared by several places), or the
``.template`` of another ``KnownError`` it re-raises. Hints likewise. Where the
template and the ``args`` tuple are both written out, the ``%1`` … ``%N`` in the
template are exactly as many as the arguments. The command line keeps the English
text (``tests/test_cli.py``); the UI translates (``tests/ui/test_error_language.py``).
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

import companion
from companion.core.errors import KnownError, Phrase, fill

# the package under test, where it is installed (a source tree, or site-packages when
# scripts/check_pythons.sh runs the core tests against a plain install)
PACKAGE = Path(companion.__file__).resolve().parent
ROOT = PACKAGE.parent
PLACEHOLDER = re.compile(r"%(\d+)")
NOOP = "QT_TRANSLATE_NOOP"


@dataclass(frozen=True)
class Site:
    path: str
    where: str
    call: ast.Call
    enclosing_params: frozenset[str]


def _sources() -> dict[str, ast.Module]:
    return {
        p.relative_to(ROOT).as_posix(): ast.parse(p.read_text(encoding="utf-8"), str(p))
        for p in sorted(PACKAGE.rglob("*.py"))
    }


SOURCES = _sources()


def _name(node: ast.expr) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return None


def _known_classes() -> set[str]:
    bases: dict[str, set[str]] = {}
    for tree in SOURCES.values():
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                bases.setdefault(node.name, set()).update(
                    n for b in node.bases if (n := _name(b)) is not None
                )
    known = {"KnownError"}
    grown = True
    while grown:
        grown = False
        for cls, parents in bases.items():
            if cls not in known and parents & known:
                known.add(cls)
                grown = True
    return known


KNOWN = _known_classes()


def _self_worded() -> set[str]:
    """Error classes whose ``__init__`` takes no message but words it itself (their
    ``super().__init__`` call is the site checked): ``AccountInactiveError(label, status)``."""
    worded = set()
    for tree in SOURCES.values():
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef) and node.name in KNOWN:
                for stmt in node.body:
                    if isinstance(stmt, ast.FunctionDef) and stmt.name == "__init__":
                        a = stmt.args
                        names = {x.arg for x in (*a.posonlyargs, *a.args, *a.kwonlyargs)}
                        if "message" not in names:
                            worded.add(node.name)
    return worded


SELF_WORDED = _self_worded()
#: what is checked: every KnownError, and the notices shown at start (``Message``)
CHECKED = KNOWN | {"Message"}


def _noop_text(node: ast.expr) -> str | None:
    """The template of a ``QT_TRANSLATE_NOOP("Errors", "…")`` call, else None."""
    if (
        isinstance(node, ast.Call)
        and _name(node.func) == NOOP
        and len(node.args) == 2
        and all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in node.args)
        and node.args[0].value == "Errors"  # type: ignore[attr-defined]
    ):
        text = node.args[1].value  # type: ignore[attr-defined]
        assert isinstance(text, str)
        return text
    return None


def _bound_templates(
    tree: ast.Module, *, top_level_only: bool, known: dict[str, set[str]]
) -> dict[str, set[str]]:
    """Names assigned a ``QT_TRANSLATE_NOOP("Errors", …)`` (or a choice of two) in ``tree``."""
    names: dict[str, set[str]] = {}
    nodes = tree.body if top_level_only else list(ast.walk(tree))
    for node in nodes:
        if isinstance(node, ast.Assign | ast.AnnAssign) and node.value is not None:
            templates = _templates_of(node.value, known)
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            for target in targets:
                name = _name(target)
                if name is not None and templates:
                    names.setdefault(name, set()).update(templates)
    return names


def _templates_of(node: ast.expr, bound: dict[str, set[str]]) -> set[str] | None:
    """The templates ``node`` can evaluate to, or None if it is not a marked template."""
    text = _noop_text(node)
    if text is not None:
        return {text}
    if isinstance(node, ast.IfExp):
        a, b = _templates_of(node.body, bound), _templates_of(node.orelse, bound)
        return a | b if a is not None and b is not None else None
    name = _name(node)
    if name is not None and name in bound:
        return bound[name]
    return None


#: module-level constants (``companion/core/messages.py`` and the like) can be imported
CONSTANTS: dict[str, set[str]] = {}
for _tree in SOURCES.values():
    for _key, _value in _bound_templates(_tree, top_level_only=True, known={}).items():
        CONSTANTS.setdefault(_key, set()).update(_value)
#: per module: its own names (local ones included) and the constants
BOUND = {
    path: CONSTANTS | _bound_templates(tree, top_level_only=False, known=CONSTANTS)
    for path, tree in SOURCES.items()
}


def _sites() -> Iterator[Site]:
    for path, tree in SOURCES.items():
        yield from _walk(path, tree, frozenset(), in_error_class=False)


def _walk(
    path: str, node: ast.AST, params: frozenset[str], *, in_error_class: bool
) -> Iterator[Site]:
    for child in ast.iter_child_nodes(node):
        child_params, child_in_class = params, in_error_class
        if isinstance(child, ast.ClassDef):
            child_in_class = child.name in KNOWN - {"KnownError"}  # not Exception's init
        elif isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef):
            a = child.args
            child_params = (
                frozenset(x.arg for x in (*a.posonlyargs, *a.args, *a.kwonlyargs))
                if in_error_class
                else frozenset()
            )
        if isinstance(child, ast.Call):
            func = child.func
            is_super_init = (
                in_error_class
                and isinstance(func, ast.Attribute)
                and func.attr == "__init__"
                and isinstance(func.value, ast.Call)
                and _name(func.value.func) == "super"
            )
            if _name(func) in CHECKED or is_super_init:
                yield Site(path, f"{path}:{child.lineno}", child, params)
        yield from _walk(path, child, child_params, in_error_class=child_in_class)


SITES = list(_sites())


def _message(call: ast.Call) -> ast.expr | None:
    if call.args:
        return call.args[0]
    return next((k.value for k in call.keywords if k.arg == "message"), None)


def _keyword(call: ast.Call, name: str) -> ast.expr | None:
    return next((k.value for k in call.keywords if k.arg == name), None)


def _is_pass_through(node: ast.expr, params: frozenset[str], attr: str) -> bool:
    """``exc.template`` / ``exc.hint`` of an error being re-raised, or, inside an error
    class's ``__init__``, the parameter its callers filled (checked at their site)."""
    if isinstance(node, ast.Attribute) and node.attr == attr:
        return True
    return isinstance(node, ast.Name) and node.id in params


def test_the_walk_finds_the_raise_sites() -> None:
    assert len(SITES) > 250, len(SITES)
    assert {"PackError", "EventFileError", "StorageError", "ParseError"} <= KNOWN
    assert "AccountInactiveError" in SELF_WORDED
    assert not {"KnownError", "ServerError", "InvalidInputError"} & SELF_WORDED


def test_every_message_is_a_translatable_template() -> None:
    bad = []
    for site in SITES:
        if _name(site.call.func) in SELF_WORDED:
            continue
        message = _message(site.call)
        if message is None:
            bad.append(f"{site.where}: no message")
            continue
        if _templates_of(message, BOUND[site.path]) is None and not _is_pass_through(
            message, site.enclosing_params, "template"
        ):
            bad.append(f"{site.where}: {ast.unparse(message)[:90]}")
    assert not bad, f"{len(bad)} messages are not QT_TRANSLATE_NOOP('Errors', …):\n" + "\n".join(
        bad
    )


def test_every_hint_is_a_translatable_template() -> None:
    bad = []
    for site in SITES:
        hint = _keyword(site.call, "hint")
        if hint is None:
            continue
        if _templates_of(hint, BOUND[site.path]) is None and not _is_pass_through(
            hint, site.enclosing_params, "hint"
        ):
            bad.append(f"{site.where}: {ast.unparse(hint)[:90]}")
    for path, tree in SOURCES.items():
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef) and node.name in KNOWN:
                for stmt in node.body:
                    if (
                        isinstance(stmt, ast.Assign | ast.AnnAssign)
                        and stmt.value is not None
                        and any(
                            _name(t) == "hint"
                            for t in (
                                stmt.targets if isinstance(stmt, ast.Assign) else [stmt.target]
                            )
                        )
                        and not (_noop_text(stmt.value) or _is_empty(stmt.value))
                    ):
                        bad.append(f"{path}:{stmt.lineno}: class {node.name} hint")
    assert not bad, "hints that are not QT_TRANSLATE_NOOP('Errors', …):\n" + "\n".join(bad)


def _is_empty(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and node.value == ""


def _numbers(template: str) -> set[int]:
    return {int(n) for n in PLACEHOLDER.findall(template)}


def test_placeholders_match_the_arguments() -> None:
    bad = []
    for site in SITES:
        message = _message(site.call)
        templates = _templates_of(message, BOUND[site.path]) if message is not None else None
        if not templates:
            continue
        args = _keyword(site.call, "args")
        if args is None:
            count: int | None = 0
        elif isinstance(args, ast.Tuple | ast.List) and not any(
            isinstance(e, ast.Starred) for e in args.elts
        ):
            count = len(args.elts)
        else:
            count = None  # built at run time: filled by fill(), which the UI test covers
        for template in templates:
            if count is not None and _numbers(template) != set(range(1, count + 1)):
                bad.append(f"{site.where}: {count} args for {template!r}")
        hint = _keyword(site.call, "hint")
        for template in _templates_of(hint, BOUND[site.path]) or () if hint is not None else ():
            if _numbers(template):
                bad.append(f"{site.where}: a hint has a placeholder: {template!r}")
    assert not bad, "\n".join(bad)


def _all_templates() -> set[str]:
    return {
        text
        for tree in SOURCES.values()
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and (text := _noop_text(node)) is not None
    }


def test_the_catalogue_has_no_near_duplicates() -> None:
    seen: dict[str, str] = {}
    clashes = []
    for template in sorted(_all_templates()):
        key = re.sub(r"[^a-z0-9%]+", " ", template.lower()).strip()
        if key in seen:
            clashes.append(f"{seen[key]!r} ~ {template!r}")
        seen[key] = template
    assert not clashes, "\n".join(clashes)


def test_no_template_has_an_f_string_or_gap() -> None:
    """Placeholders run %1 … %N without a gap (a translator cannot see a missing one)."""
    bad = [t for t in _all_templates() if (n := _numbers(t)) and n != set(range(1, max(n) + 1))]
    assert not bad, bad


@pytest.mark.parametrize("arg", ["x", Phrase("The event file")])
def test_fill_is_english_for_logs_and_the_command_line(arg: str) -> None:
    inner = KnownError("%1 is bad.", args=(arg,))
    outer = KnownError("Could not use it: %1", args=(inner,))
    assert outer.message == f"Could not use it: {arg} is bad."
    assert str(outer) == outer.message
    assert fill("%1 and %10", ["a"] * 10) == "a and a"
