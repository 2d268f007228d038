"""Every UI string is translated in every shipped language, with the same placeholders."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "companion" / "i18n"
SHIPPED = ("sw", "fr", "pt")
PLURAL_ONLY = ("en",)  # English source text; its .ts holds only plural forms
PLACEHOLDER = re.compile(r"%(?:\d+|n|Ln|L\d+)")


def tool(name: str) -> str:
    here = Path(sys.executable).parent
    for folder in (here, here / "Scripts"):  # a virtual environment; a Windows install
        found = shutil.which(name, path=str(folder))
        if found:
            return found
    return str(here / name)


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    tree = ET.parse(ts)  # noqa: S314 - our own committed .ts files
    out: dict[tuple[str, str], ET.Element] = {}
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            out[(name, msg.findtext("source") or "")] = msg
    return out


@pytest.fixture(scope="module")
def current_sources(tmp_path_factory: pytest.TempPathFactory) -> set[tuple[str, str]]:
    """What the code asks to translate today (pyside6-lupdate over the UI sources)."""
    sys.path.insert(0, str(ROOT / "packaging"))
    from build_translations import sources

    out = tmp_path_factory.mktemp("ts") / "current.ts"
    subprocess.run(
        [tool("pyside6-lupdate"), *sources(), "-ts", str(out)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    found = set(messages(out))
    assert len(found) > 50, "lupdate found suspiciously few strings"
    return found


def translations(msg: ET.Element) -> list[str]:
    t = msg.find("translation")
    if t is None:
        return []
    forms = t.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [t.text or ""]


@pytest.mark.parametrize("lang", SHIPPED)
def test_every_string_is_translated(lang: str, current_sources: set[tuple[str, str]]) -> None:
    ts = I18N / f"companion_{lang}.ts"
    shipped = messages(ts)
    missing = []
    for key in sorted(current_sources):
        msg = shipped.get(key)
        t = msg.find("translation") if msg is not None else None
        if (
            msg is None
            or t is None
            or t.get("type") in ("unfinished", "obsolete", "vanished")
            or not all(s.strip() for s in translations(msg))
        ):
            missing.append(f"{key[0]}: {key[1][:70]!r}")
    assert not missing, f"{len(missing)} untranslated in {lang}:\n" + "\n".join(missing[:40])


@pytest.mark.parametrize("lang", SHIPPED + PLURAL_ONLY)
def test_placeholders_are_kept(lang: str) -> None:
    bad = []
    for (ctx, source), msg in messages(I18N / f"companion_{lang}.ts").items():
        want = sorted(set(PLACEHOLDER.findall(source)))
        for text in translations(msg):
            if text and sorted(set(PLACEHOLDER.findall(text))) != want:
                bad.append(f"{ctx}: {source[:50]!r} -> {text[:50]!r}")
    assert not bad, "placeholders differ:\n" + "\n".join(bad)


@pytest.mark.parametrize("lang", SHIPPED)
def test_compiled_translation_loads(lang: str, qapp: object) -> None:
    from PySide6.QtCore import QCoreApplication

    from companion.ui.i18n import apply_language

    assert (I18N / f"companion_{lang}.qm").is_file(), "run packaging/build_translations.py"
    try:
        assert apply_language(lang) == lang
        assert QCoreApplication.translate("Areas", "Library") != "Library"
    finally:
        apply_language("en")


def test_english_has_every_plural_form(current_sources: set[tuple[str, str]]) -> None:
    """English is the source language, but "%n new posts" needs "1 new post" too."""
    shipped = messages(I18N / "companion_en.ts")
    plural = {k for k in current_sources if "%n" in k[1] or "%Ln" in k[1]}
    assert plural, "no plural strings found"
    missing = [
        f"{k[0]}: {k[1][:60]!r}"
        for k in sorted(plural)
        if k not in shipped
        or shipped[k].get("numerus") != "yes"
        or len(translations(shipped[k])) != 2
        or not all(t.strip() for t in translations(shipped[k]))
    ]
    assert not missing, "English plural forms missing:\n" + "\n".join(missing)


@pytest.mark.parametrize("lang", SHIPPED)
def test_counted_strings_are_plural_messages(
    lang: str, current_sources: set[tuple[str, str]]
) -> None:
    """A string with %n must be a numerus message, or Qt never picks a plural form."""
    shipped = messages(I18N / f"companion_{lang}.ts")
    flat = [
        f"{k[0]}: {k[1][:60]!r}"
        for k in sorted(current_sources)
        if ("%n" in k[1] or "%Ln" in k[1]) and shipped[k].get("numerus") != "yes"
    ]
    assert not flat, "counted strings without plural forms:\n" + "\n".join(flat)


PLURALS = {
    # lang: (0, 1, 2) new posts, as the Live area says them
    "en": ("0 new posts — show", "1 new post — show", "2 new posts — show"),
    "sw": (
        "Machapisho 0 mapya — onyesha",
        "Chapisho 1 jipya — onyesha",
        "Machapisho 2 mapya — onyesha",
    ),
    "fr": (
        "0 nouvelle publication — afficher",
        "1 nouvelle publication — afficher",
        "2 nouvelles publications — afficher",
    ),
    "pt": (
        "0 nova publicação — mostrar",  # Qt (and CLDR) count 0 as singular in Portuguese
        "1 nova publicação — mostrar",
        "2 novas publicações — mostrar",
    ),
}


@pytest.mark.parametrize("lang", sorted(PLURALS))
def test_plural_forms_at_runtime(lang: str, qapp: object) -> None:
    from PySide6.QtCore import QCoreApplication, QLocale

    from companion.ui.countdown.text import Countdown
    from companion.ui.i18n import apply_language

    try:
        apply_language(lang)
        got = tuple(
            QCoreApplication.translate("LiveArea", "%Ln new posts — show", "", n) for n in (0, 1, 2)
        )
        assert got == PLURALS[lang]
        one, many = Countdown().days(1), Countdown().days(1500)
        assert one != many and "1" in one
        assert QLocale().toString(1500) in many  # %Ln groups digits as the language does
    finally:
        apply_language("en")


def literal_calls() -> list[tuple[str, int, str, str]]:
    """(file, line, context or "", text) of every tr()/translate() with literal text."""
    import ast

    found = []
    for path in sorted((ROOT / "companion").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute):
                continue
            args = node.args
            if node.func.attr == "tr" and args and isinstance(args[0], ast.Constant):
                found.append((path.name, node.lineno, "", str(args[0].value)))
            elif (
                node.func.attr == "translate"
                and len(args) >= 2
                and isinstance(args[0], ast.Constant)
                and isinstance(args[1], ast.Constant)
            ):
                found.append((path.name, node.lineno, str(args[0].value), str(args[1].value)))
    return found


def test_lupdate_sees_every_literal_string(current_sources: set[tuple[str, str]]) -> None:
    """A string lupdate cannot see (quoted oddly, inside an f-string) is never translated,
    and the completeness test above would not notice."""
    texts = {text for _ctx, text in current_sources}
    calls = literal_calls()
    assert len(calls) > 300
    unseen = [
        f"{f}:{line}: {text[:60]!r}"
        for f, line, ctx, text in calls
        if (ctx, text) not in current_sources and (ctx or text not in texts)
    ]
    assert not unseen, "strings pyside6-lupdate does not extract:\n" + "\n".join(unseen)
