"""Every UI string is translated in every shipped language, with the same placeholders."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "companion" / "i18n"
SHIPPED = ("sw", "fr", "pt")
PLACEHOLDER = re.compile(r"%(?:\d+|n|L\d+)")


def tool(name: str) -> str:
    return str(Path(sys.executable).parent / name)


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    tree = ET.parse(ts)  # noqa: S314 - the project's own files
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


@pytest.mark.parametrize("lang", SHIPPED)
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
