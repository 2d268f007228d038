"""Making a content pack from a plain folder (``pack build``).

An organiser puts a photobook's pages (``01.jpg``, ``02.jpg`` …, JPEG or PNG), one
caption file per language (``captions.en.txt``, ``captions.sw.txt``: one line per
page) and any PDFs and videos in a folder; :func:`build_pack` checks the folder,
writes ``manifest.json`` (hashes and sizes from the files themselves, the manifest
checked by the same code that reads packs) and a zip archive, and can sign it.

Anything doubtful is refused with a message naming the file: a missing page number,
a caption file with more or fewer lines than there are pages (captions shifted by one
page are worse than none), a file the format does not carry, an image that is not a
JPEG/PNG or has an absurd number of pixels. See ``docs/pack-format.md``.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import unicodedata
import warnings
import zipfile
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from companion.core.errors import QT_TRANSLATE_NOOP
from companion.core.library.manifest import (
    FORMAT_VERSION,
    MANIFEST_NAME,
    Manifest,
    PackError,
    dump_manifest,
    is_windows_reserved,
    parse_manifest,
)
from companion.core.library.sideload import MAX_IMAGE_PIXELS
from companion.core.library.signing import SigningKey, sign_manifest
from companion.core.userfile import UserFileError, open_regular, read_capped

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


class PackBuildError(PackError):
    """A folder that cannot become a pack; the message names the file and the fix."""


@dataclass(frozen=True)
class BuildResult:
    manifest: Manifest
    out: Path
    pages: int
    languages: tuple[str, ...]
    #: things worth knowing that did not stop the build (large pages)
    warnings: tuple[str, ...] = ()


@dataclass
class _Plan:
    pages: list[Path] = field(default_factory=list)
    captions: dict[str, list[str]] = field(default_factory=dict)
    titles: dict[str, str] = field(default_factory=dict)
    #: stem -> {lang or "": path}
    publications: dict[str, dict[str, Path]] = field(default_factory=dict)
    videos: dict[str, dict[str, Path]] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)


def slug(text: str) -> str:
    """An id from a title: ASCII lower case, ``-`` between words, at most 64 characters."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    out = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return out[:64].strip("-")


def default_version(now: datetime) -> str:
    """``2026.12.04.1744``: sorts by time, a new value every minute."""
    return now.strftime("%Y.%m.%d.%H%M")


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


def _caption_lines(path: Path) -> list[str]:
    lines = _read_text(path).splitlines()
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


def _plan(folder: Path) -> _Plan:
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
            first = next((ln.strip() for ln in _read_text(entry).splitlines() if ln.strip()), "")
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
                raise PackBuildError(
                    QT_TRANSLATE_NOOP("Errors", "%1 and %2 are the same edition."),
                    args=(editions[lang].name, name),
                )
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


def _file_entry(path: Path, arcname: str) -> dict[str, Any]:
    h = hashlib.sha256()
    size = 0
    with open_regular(path) as fh:
        while block := fh.read(1024 * 1024):
            h.update(block)
            size += len(block)
    return {"path": arcname, "size": size, "sha256": h.hexdigest()}


def _title(base: str) -> str:
    return re.sub(r"[_-]+", " ", base).strip() or base


def _item_id(base: str, used: set[str], prefix: str) -> str:
    candidate = (slug(base) or prefix)[:70]
    item_id, n = candidate, 2
    while item_id in used:
        item_id, n = f"{candidate}-{n}", n + 1
    used.add(item_id)
    return item_id


def _media_items(
    kind: str,
    folder: str,
    groups: dict[str, dict[str, Path]],
    langs: tuple[str, ...],
    used: set[str],
    entries: dict[str, Path],
) -> list[dict[str, Any]]:
    items = []
    for base, editions in sorted(groups.items()):
        item_id = _item_id(base, used, kind)
        eds: dict[str, Any] = {}
        for lang, path in sorted(editions.items()):
            arc = f"{folder}/{path.name}"
            entries[arc] = path
            # a file without a language mark is the default language's edition
            eds[lang or (langs[0] if langs else "en")] = {"files": [_file_entry(path, arc)]}
        items.append({"id": item_id, "kind": kind, "title": {"en": _title(base)}, "editions": eds})
    return items


def build_pack(
    folder: Path,
    out: Path,
    *,
    title: str,
    now: datetime,
    pack_id: str = "",
    version: str = "",
    key: SigningKey | None = None,
) -> BuildResult:
    """Check ``folder``, write the pack archive ``out`` (replaced atomically) and return
    what was built; raise :class:`PackBuildError` naming the first problem."""
    title = title.strip()
    if not title:
        raise PackBuildError(QT_TRANSLATE_NOOP("Errors", "Give the pack a title (--title)."))
    folder = folder.expanduser()
    out = out.expanduser()
    if out.suffix.lower() != ".zip":
        raise PackBuildError(
            QT_TRANSLATE_NOOP("Errors", "%1: the pack file name must end in .zip."),
            args=(out.name,),
        )
    if out.resolve().parent == folder.resolve():
        raise PackBuildError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Write the pack outside the folder it is made from (not %1): a second "
                "build would find the archive among the pages.",
            ),
            args=(out,),
        )
    pack_id = pack_id or slug(title)
    if not pack_id:
        raise PackBuildError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The title gives no usable pack id; add --id with lower-case letters and "
                "digits (e.g. --id shareasm-2026).",
            )
        )
    version = version or default_version(now)
    plan = _plan(folder)
    langs = tuple(sorted(plan.captions, key=lambda lang: (lang != "en", lang)))
    titles = {"en": title, **plan.titles} if "en" not in plan.titles else dict(plan.titles)
    entries: dict[str, Path] = {}
    used: set[str] = set()
    items: list[dict[str, Any]] = []
    if plan.pages:
        files = []
        for page in plan.pages:
            arc = f"photobook/{page.name.lower()}"
            entries[arc] = page
            files.append(_file_entry(page, arc))
        editions = {lang: {"files": files, "captions": plan.captions[lang]} for lang in langs} or {
            "en": {"files": files}
        }
        used.add("photobook")
        items.append(
            {"id": "photobook", "kind": "photobook", "title": titles, "editions": editions}
        )
    items += _media_items("publication", "publications", plan.publications, langs, used, entries)
    items += _media_items("video", "videos", plan.videos, langs, used, entries)
    raw = {
        "format": FORMAT_VERSION,
        "id": pack_id,
        "version": version,
        "title": titles,
        "items": items,
    }
    data = dump_manifest(raw)
    if key is not None:
        data = sign_manifest(data, key)
    try:
        manifest = parse_manifest(data)  # the reader's own checks: ids, paths, schema
    except PackError as exc:
        raise PackBuildError(
            QT_TRANSLATE_NOOP("Errors", "The pack would be invalid: %1"), args=(exc,)
        ) from None
    _write_zip(out, data, entries)
    log.info("built pack %s %s: %d files", pack_id, version, len(entries))
    return BuildResult(manifest, out, len(plan.pages), langs, tuple(plan.warnings))


def _write_zip(out: Path, manifest: bytes, entries: dict[str, Path]) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".part")
    try:
        with zipfile.ZipFile(tmp, "w", allowZip64=True) as zf:
            zf.writestr(MANIFEST_NAME, manifest, compress_type=zipfile.ZIP_DEFLATED)
            for arc, path in entries.items():
                # pages, PDFs and videos are compressed already: stored, fast to read
                with (
                    open_regular(path) as src,
                    zf.open(zipfile.ZipInfo.from_file(path, arc), "w", force_zip64=True) as dst,
                ):
                    while block := src.read(1024 * 1024):
                        dst.write(block)
        os.replace(tmp, out)
    except (OSError, UserFileError):
        tmp.unlink(missing_ok=True)
        raise
