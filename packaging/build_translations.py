"""Update the translation sources and compile them.

    python packaging/build_translations.py            # compile .ts -> .qm
    python packaging/build_translations.py --update   # also refresh .ts from the code

Sources: ``companion/i18n/companion_<lang>.ts`` (English is the source language).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "companion" / "i18n"
LANGS = ("sw", "fr", "pt")


def tool(name: str) -> str:
    """The pyside6 tool next to this Python, or on PATH."""
    for candidate in (name, f"{name}.exe"):  # Windows venvs: Scripts\pyside6-lrelease.exe
        here = Path(sys.executable).parent / candidate
        if here.exists():
            return str(here)
    found = shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6 in this environment")
    return found


def sources() -> list[str]:
    # core modules only mark strings with QT_TRANSLATE_NOOP (no Qt import there)
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "companion").rglob("*.py"))


def update() -> None:
    for lang in LANGS:
        ts = I18N / f"companion_{lang}.ts"
        subprocess.run(
            [tool("pyside6-lupdate"), *sources(), "-no-obsolete", "-ts", str(ts.relative_to(ROOT))],
            cwd=ROOT,
            check=True,
        )
    # English is the source language, but "%n new posts" needs its singular form too:
    # companion_en.ts holds only the plural messages ("1 new post", "2 new posts").
    en = I18N / "companion_en.ts"
    subprocess.run(
        [
            tool("pyside6-lupdate"),
            *sources(),
            "-no-obsolete",
            "-pluralonly",
            "-source-language",
            "en",
            "-target-language",
            "en",
            "-ts",
            str(en.relative_to(ROOT)),
        ],
        cwd=ROOT,
        check=True,
    )


def release() -> int:
    count = 0
    for ts in sorted(I18N.glob("companion_*.ts")):
        qm = ts.with_suffix(".qm")
        subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
        count += 1
    return count


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--update", action="store_true", help="refresh .ts files from the code")
    args = parser.parse_args()
    I18N.mkdir(parents=True, exist_ok=True)
    if args.update:
        update()
    n = release()
    sys.stdout.write(f"compiled {n} translation file(s) in {I18N.relative_to(ROOT)}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
