"""Merge the Live area's translations into the app's ``companion/i18n/companion_<lang>.ts``.

The Live feature was built on a branch before the shared translation files existed;
its Swahili, French and Portuguese strings live here. Run once after merging, then
``python packaging/build_translations.py``::

    python companion/ui/live/i18n/merge_into_app.py

Messages already translated in the app's file are kept; missing ones are added.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
APP_I18N = HERE.parents[2] / "i18n"


def merge(lang: str) -> int:
    target = APP_I18N / f"companion_{lang}.ts"
    if not target.is_file():
        sys.stderr.write(f"{target} not found\n")
        return 0
    app = ET.parse(target)  # noqa: S314 - the project's own files
    root = app.getroot()
    contexts = {c.findtext("name"): c for c in root.iter("context")}
    added = 0
    ours = ET.parse(HERE / f"live_{lang}.ts")  # noqa: S314 - the project's own files
    for ctx in ours.getroot().iter("context"):
        name = ctx.findtext("name") or ""
        dest = contexts.get(name)
        if dest is None:
            dest = ET.SubElement(root, "context")
            ET.SubElement(dest, "name").text = name
            contexts[name] = dest
        have = {m.findtext("source"): m for m in dest.iter("message")}
        for msg in ctx.iter("message"):
            source = msg.findtext("source")
            old = have.get(source)
            if old is not None:
                tr = old.find("translation")
                if tr is not None and (tr.text or "") and tr.get("type") not in ("unfinished",):
                    continue
                dest.remove(old)
            dest.append(msg)
            added += 1
    ET.indent(app)
    app.write(target, encoding="utf-8", xml_declaration=True)
    return added


def main() -> None:
    for lang in ("sw", "fr", "pt"):
        sys.stdout.write(f"{lang}: {merge(lang)} messages merged\n")


if __name__ == "__main__":
    main()
