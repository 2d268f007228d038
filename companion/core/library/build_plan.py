"""Reading a pack folder for ``pack build``: which files are pages, captions, titles,
PDFs and videos, and every check that refuses a doubtful folder with a message naming
the file (see :mod:`companion.core.library.build`, which writes the pack from the plan).
"""

from __future__ import annotations

import logging
import re
import warnings
from dataclasses import dataclass, field
from pathlib import Path

from companion.core.errors import QT_TRANSLATE_NOOP
from companion.core.library.manifest import PackError, is_windows_reserved
from companion.core.library.sideload import MAX_IMAGE_PIXELS
from companion.core.userfile import open_regular, read_capped

log = logging.getLogger(__name__)

PAGE_SUFFIXES = (".jpg", ".jpeg", ".png")
PDF_SUFFIXES = (".pdf",)
VIDEO_SUFFIXES = (".mp4", ".m4v", ".webm", ".mkv", ".mov", ".ogv")
#: files an operating system or editor leaves in folders; skipped without a word
JUNK_NAMES = frozenset({"thumbs.db", "desktop.ini", ".ds_store"})
#: a caption or title file larger than this is not a caption file
MAX_TEXT_BYTES = 1024 * 1024
#: the schema's limit for one caption
MAX_CAPTION_CHARS = 5000
#: a page whose longer side exceeds this is fine but heavy to download: a warning
LARGE_PAGE_SIDE = 4000
_PAGE = re.compile(r"^(\d{1,4})$")
_LANG = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$")
_CAPTIONS = re.compile(r"^captions\.([^.]+)\.txt$", re.IGNORECASE)
_TITLE = re.compile(r"^title\.([^.]+)\.txt$", re.IGNORECASE)
#: ``brief.sw.pdf``: the Swahili edition of the publication ``brief``
_EDITION = re.compile(r"^(.+)\.([a-z]{2,3}(?:-[A-Za-z0-9]{2,8})?)$")
_IMAGE_FORMATS = {"JPEG": (".jpg", ".jpeg"), "PNG": (".png",)}


#: %1 and %2: two files that are the same edition of one publication or video
SAME_EDITION = QT_TRANSLATE_NOOP("Errors", "%1 and %2 are the same edition.")


class PackBuildError(PackError):
    """A folder that cannot become a pack; the message names the file and the fix."""


@dataclass
class _Plan:
    pages: list[Path] = field(default_factory=list)
    captions: dict[str, list[str]] = field(default_factory=dict)
    titles: dict[str, str] = field(default_factory=dict)
    #: stem -> {lang or "": path}
    publications: dict[str, dict[str, Path]] = field(default_factory=dict)
    videos: dict[str, dict[str, Path]] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)


def _read_text(path: Path) -> str:
    data = read_capped(path, MAX_TEXT_BYTES)
    if data.startswith(b"\xef\xbb\xbf"):  # Notepad's byte-order mark
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise PackBuildError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "%1 is not UTF-8 text. Save it as UTF-8 (in Notepad: Save as → "
                "Encoding: UTF-8) and build again.",
            ),
            args=(path.name,),
        ) from None


def _lines(text: str) -> list[str]:
    """Lines as a text editor shows them: ``str.splitlines`` also breaks at U+2028,
    U+0085 and the ASCII separators 28-30, which would shift every caption after them."""
    return re.split(r"\r\n|\r|\n", text.removesuffix("\n").removesuffix("\r")) if text else []


def _caption_lines(path: Path) -> list[str]:
    lines = _lines(_read_text(path))
    while lines and not lines[-1].strip():
        lines.pop()  # a trailing empty line is not a page
    out = [line.strip() for line in lines]
    for number, line in enumerate(out, 1):
        if len(line) > MAX_CAPTION_CHARS:
            raise PackBuildError(
                QT_TRANSLATE_NOOP("Errors", "%1, line %2: a caption of %3 characters; at most %4."),
                args=(path.name, number, len(line), MAX_CAPTION_CHARS),
            )
    return out


def _check_image(path: Path, warnings_out: list[str]) -> None:
    from PIL import Image, UnidentifiedImageError

    try:
        with open_regular(path) as fh, warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            with Image.open(fh) as im:
                fmt, (w, h) = im.format or "", im.size
    except Image.DecompressionBombError:
        raise PackBuildError(
            QT_TRANSLATE_NOOP(
                "Errors", "%1 is an image with an absurd number of pixels; make it smaller."
            ),
            args=(path.name,),
        ) from None
    except (UnidentifiedImageError, OSError, ValueError):
        raise PackBuildError(
            QT_TRANSLATE_NOOP("Errors", "%1 is not a JPEG or PNG image."), args=(path.name,)
        ) from None
    if path.suffix.lower() not in _IMAGE_FORMATS.get(fmt, ()):
        kind = fmt or "unknown"
        raise PackBuildError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "%1 is not a JPEG or PNG image (it holds %2 data); save it as JPEG or PNG.",
            ),
            args=(path.name, kind),
        )
    if w * h > MAX_IMAGE_PIXELS:
        raise PackBuildError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "%1 is %2×%3 pixels, too large for a page (at most %4 megapixels); "
                "make it smaller.",
            ),
            args=(path.name, w, h, MAX_IMAGE_PIXELS // 1_000_000),
        )
    if max(w, h) > LARGE_PAGE_SIDE:
        warnings_out.append(
            f"{path.name} is {w}×{h} pixels: 2000 pixels on the longer side is enough "
            "on a laptop and makes the pack much smaller to download."
        )


def plan_build(folder: Path) -> _Plan:
    if not folder.is_dir():
        raise PackBuildError(
            QT_TRANSLATE_NOOP(
                "Errors", "%1 is not a folder. Give the folder that holds the pages."
            ),
            args=(folder,),
        )
    plan = _Plan()
    numbered: dict[int, Path] = {}
    strangers: list[str] = []
    for entry in sorted(folder.iterdir(), key=lambda p: p.name):
        name = entry.name
        if name.startswith(".") or name.lower() in JUNK_NAMES or name.startswith("~$"):
            continue
        if entry.is_dir():
            strangers.append(name + "/")
            continue
        if is_windows_reserved(name) or name[-1] in ". ":
            raise PackBuildError(
                QT_TRANSLATE_NOOP(
                    "Errors", "%1: Windows cannot store a file of that name; rename it."
                ),
                args=(name,),
            )
        suffix, stem = entry.suffix.lower(), entry.stem
        if m := _CAPTIONS.match(name):
            lang = m.group(1)
            if not _LANG.match(lang):
                raise PackBuildError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "%1: %2 is not a language code; use two or three lower-case "
                        "letters (captions.en.txt, captions.sw.txt, captions.pt-BR.txt).",
                    ),
                    args=(name, repr(lang)),
                )
            plan.captions[lang] = _caption_lines(entry)
        elif m := _TITLE.match(name):
            lang = m.group(1)
            if not _LANG.match(lang):
                raise PackBuildError(
                    QT_TRANSLATE_NOOP("Errors", "%1: %2 is not a language code."),
                    args=(name, repr(lang)),
                )
            first = next((ln.strip() for ln in _lines(_read_text(entry)) if ln.strip()), "")
            if first:
                plan.titles[lang] = first[:200]
        elif suffix in PAGE_SUFFIXES:
            number_match = _PAGE.match(stem)
            if number_match is None:
                raise PackBuildError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "%1 is an image without a page number; name the pages 01%2, "
                        "02%2 … (or move %1 out of the folder).",
                    ),
                    args=(name, suffix),
                )
            number = int(number_match.group(1))
            if number in numbered:
                raise PackBuildError(
                    QT_TRANSLATE_NOOP("Errors", "%1 and %2 are both page %3; keep one."),
                    args=(numbered[number].name, name, number),
                )
            numbered[number] = entry
        elif suffix in PDF_SUFFIXES or suffix in VIDEO_SUFFIXES:
            target = plan.publications if suffix in PDF_SUFFIXES else plan.videos
            m = _EDITION.match(stem)
            base, lang = (m.group(1), m.group(2)) if m else (stem, "")
            editions = target.setdefault(base, {})
            if lang in editions:
                raise PackBuildError(SAME_EDITION, args=(editions[lang].name, name))
            editions[lang] = entry
        else:
            strangers.append(name)
    if strangers:
        shown = ", ".join(strangers[:5]) + (" …" if len(strangers) > 5 else "")
        raise PackBuildError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The folder holds files a pack does not carry: %1. A pack takes numbered "
                "JPEG/PNG pages, captions.LANG.txt, title.LANG.txt, PDFs and videos "
                "(.mp4, .webm …); move the others out.",
            ),
            args=(shown,),
        )
    if numbered:
        start = 0 if 0 in numbered else 1
        missing = [n for n in range(start, max(numbered) + 1) if n not in numbered]
        if missing:
            raise PackBuildError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Page %1 is missing: there are %2 page files numbered up to %3. "
                    "Number them 01, 02, 03 … without gaps.",
                ),
                args=(missing[0], len(numbered), max(numbered)),
            )
        plan.pages = [numbered[n] for n in range(start, max(numbered) + 1)]
    for lang, lines in sorted(plan.captions.items()):
        if not plan.pages:
            raise PackBuildError(
                QT_TRANSLATE_NOOP(
                    "Errors", "%1 has captions but the folder has no numbered pages."
                ),
                args=(f"captions.{lang}.txt",),
            )
        if len(lines) != len(plan.pages):
            raise PackBuildError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "%1 has %2 lines for %3 pages: write one line per page, in page order "
                    "(an empty line for a page without a caption).",
                ),
                args=(f"captions.{lang}.txt", len(lines), len(plan.pages)),
            )
    if not (plan.pages or plan.publications or plan.videos):
        raise PackBuildError(
            QT_TRANSLATE_NOOP(
                "Errors", "%1 holds nothing to pack: no numbered pages (01.jpg …), PDFs or videos."
            ),
            args=(folder,),
        )
    for page in plan.pages:
        _check_image(page, plan.warnings)
    return plan
