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
import zipfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from companion.core.errors import QT_TRANSLATE_NOOP, StorageError
from companion.core.library.build_plan import SAME_EDITION, PackBuildError, plan_build
from companion.core.library.manifest import (
    FORMAT_VERSION,
    MANIFEST_NAME,
    Manifest,
    PackError,
    dump_manifest,
    parse_manifest,
)
from companion.core.library.signing import SigningKey, sign_manifest
from companion.core.messages import COULD_NOT_WRITE
from companion.core.userfile import UserFileError, open_regular

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class BuildResult:
    manifest: Manifest
    out: Path
    pages: int
    languages: tuple[str, ...]
    #: things worth knowing that did not stop the build (large pages)
    warnings: tuple[str, ...] = ()


def slug(text: str) -> str:
    """An id from a title: ASCII lower case, ``-`` between words, at most 64 characters."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    out = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return out[:64].strip("-")


def default_version(now: datetime) -> str:
    """``2026.12.04.1744``: sorts by time, a new value every minute."""
    return now.strftime("%Y.%m.%d.%H%M")


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
        named: dict[str, Path] = {}
        for lang, path in sorted(editions.items()):
            # a file without a language mark is the default language's edition
            edition_lang = lang or (langs[0] if langs else "en")
            if edition_lang in named:  # brief.pdf beside brief.en.pdf
                raise PackBuildError(SAME_EDITION, args=(named[edition_lang].name, path.name))
            named[edition_lang] = path
            arc = f"{folder}/{path.name}"
            entries[arc] = path
            eds[edition_lang] = {"files": [_file_entry(path, arc)]}
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
    plan = plan_build(folder)
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
    tmp = out.with_name(out.name + ".part")
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:  # a read-only stick, a "folder" that is a file
        raise StorageError(COULD_NOT_WRITE, args=(out, exc.strerror or exc)) from None
    try:
        tmp.unlink(missing_ok=True)  # left over, or a planted link: never write through it
        with zipfile.ZipFile(tmp, "w", allowZip64=True) as zf:
            zf.writestr(MANIFEST_NAME, manifest, compress_type=zipfile.ZIP_DEFLATED)
            for arc, path in entries.items():
                # pages, PDFs and videos are compressed already: stored, fast to read
                with (
                    open_regular(path) as src,
                    # a file dated before 1980 (a camera without a clock) is stored as
                    # 1980: zip has no earlier date
                    zf.open(
                        zipfile.ZipInfo.from_file(path, arc, strict_timestamps=False),
                        "w",
                        force_zip64=True,
                    ) as dst,
                ):
                    while block := src.read(1024 * 1024):
                        dst.write(block)
        os.replace(tmp, out)
    except UserFileError:
        tmp.unlink(missing_ok=True)
        raise
    except OSError as exc:  # the disk is full, the place is read-only
        tmp.unlink(missing_ok=True)
        raise StorageError(COULD_NOT_WRITE, args=(out, exc.strerror or exc)) from None
