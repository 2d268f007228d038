"""Packs from and to a folder or a zip archive (a USB stick), safely.

Reading never trusts the archive: entry names with ``..``, absolute paths, drive
letters or backslashes, and symbolic links make the whole archive refused; only
files the manifest names are read, each one capped at its declared size while it
is hashed; images are checked for absurd pixel counts (decompression bombs)
before anything decodes them; and every file must match its SHA-256. A bad file
is reported with the item it belongs to.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import tempfile
import threading
import warnings
import zipfile
import zlib
from collections.abc import Generator, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from companion.core.errors import QT_TRANSLATE_NOOP, InvalidInputError, KnownError, StorageError
from companion.core.library.download import in_turn
from companion.core.library.manifest import MANIFEST_NAME, Manifest, PackError, PackFile
from companion.core.library.pack_source import (
    DAMAGED_IN_ARCHIVE,
    Damaged,
    PackSource,
    open_source,
)
from companion.core.library.signing import TrustPolicy
from companion.core.library.store import PackStore
from companion.core.library.writer import IMPORT
from companion.core.messages import COULD_NOT_WRITE, PACK_FILE_UNREADABLE

#: a page image larger than this many pixels is refused (a 12,000 × 8,000 scan is 96 MP)
MAX_IMAGE_PIXELS = 100_000_000
IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png", ".webp", ".gif", ".bmp", ".tif", ".tiff")
CHUNK = 256 * 1024


@dataclass(frozen=True)
class FileProgress:
    done_bytes: int
    total_bytes: int
    files_done: int
    files_total: int
    current: str = ""
    #: "queued" while waiting for another job's writing turn (``current`` names that
    #: job: "sync", "copy", …), else ""
    stage: str = ""


@dataclass
class VerifyReport:
    manifest: Manifest
    problems: list[str] = field(default_factory=list)
    files_checked: int = 0

    @property
    def ok(self) -> bool:
        return not self.problems


#: more problems with one file of a pack (see pack_source)
_MISSING = QT_TRANSLATE_NOOP("Errors", "%1 is missing")
_ABSURD_PIXELS = QT_TRANSLATE_NOOP("Errors", "%1 is an image with an absurd number of pixels")


class CopyStopped(KnownError):
    """An import or export was stopped (the app is closing); what it wrote is removed."""


#: why an import or export ended before its end
COPY_STOPPED = QT_TRANSLATE_NOOP("Errors", "The copy was stopped; nothing was changed.")


def _check_cancel(cancel: threading.Event | None) -> None:
    if cancel is not None and cancel.is_set():
        raise CopyStopped(COPY_STOPPED)


#: what reading a damaged zip entry raises (zipfile checks headers and CRCs lazily)
_READ_ERRORS = (zipfile.BadZipFile, zlib.error, EOFError, Damaged)


def _open(source: PackSource, f: PackFile) -> tuple[IO[bytes] | None, PackError | None]:
    """The file, or the problem that stops it from being read."""
    try:
        return source.open(f.path), None
    except Damaged as exc:
        return None, exc


def _label(manifest: Manifest, f: PackFile) -> str:
    item = manifest.item_of(f.path)
    return f"{item.id} ({item.kind})" if item else f.path


def _copy_checked(
    fh: IO[bytes], f: PackFile, sink: IO[bytes] | None, cancel: threading.Event | None = None
) -> PackError | None:
    """Stream at most ``f.size + 1`` bytes; the problem, or None when size and hash match.
    Raises :class:`CopyStopped` once ``cancel`` is set."""
    h = hashlib.sha256()
    n = 0
    while n <= f.size:
        _check_cancel(cancel)
        try:
            block = fh.read(min(CHUNK, f.size + 1 - n))
        except _READ_ERRORS as exc:
            return Damaged(DAMAGED_IN_ARCHIVE, args=(f.path, exc))
        except OSError as exc:  # a failing USB stick: name the file, check the rest
            return Damaged(PACK_FILE_UNREADABLE, args=(f.path, exc.strerror or exc))
        if not block:
            break
        n += len(block)
        h.update(block)
        if sink is not None and n <= f.size:
            sink.write(block)
    if n > f.size:
        return Damaged(
            QT_TRANSLATE_NOOP("Errors", "%1 is larger than the pack declares"), args=(f.path,)
        )
    if n < f.size:
        return Damaged(
            QT_TRANSLATE_NOOP("Errors", "%1 is truncated (%2 of %3 bytes)"),
            args=(f.path, n, f.size),
        )
    if h.hexdigest() != f.sha256:
        return Damaged(
            QT_TRANSLATE_NOOP("Errors", "%1 is damaged or was changed (checksum differs)"),
            args=(f.path,),
        )
    return None


def _check_image(source: PackSource, f: PackFile) -> PackError | None:
    if f.suffix not in IMAGE_SUFFIXES:
        return None
    from PIL import Image, UnidentifiedImageError

    fh, problem = _open(source, f)
    if fh is None:
        return problem
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            with Image.open(fh) as im:
                w, h = im.size
    except Image.DecompressionBombError:
        return Damaged(_ABSURD_PIXELS, args=(f.path,))
    except (UnidentifiedImageError, OSError, ValueError, *_READ_ERRORS):
        # the checksum decides whether the file is genuine; the viewer copes with
        # a page it cannot decode
        return None
    finally:
        fh.close()
    if w * h > MAX_IMAGE_PIXELS:
        return Damaged(
            QT_TRANSLATE_NOOP("Errors", "%1 is an image with an absurd number of pixels (%2×%3)"),
            args=(f.path, w, h),
        )
    return None


def _walk(
    source: PackSource, manifest: Manifest, staging: Path | None
) -> Iterator[tuple[PackFile, PackError | None, Path | None]]:
    for f in manifest.files():
        problem = _check_image(source, f)
        fh = None
        if problem is None:
            fh, problem = _open(source, f)
        if problem is None and fh is None:
            yield f, (None if f.on_demand else Damaged(_MISSING, args=(f.path,))), None
            continue
        staged: Path | None = None
        if fh is not None:
            with fh:
                if staging is not None:
                    staged = staging / f.sha256
                    with staged.open("wb") as sink:
                        problem = _copy_checked(fh, f, sink)
                else:
                    problem = _copy_checked(fh, f, None)
        yield f, problem, staged


def verify_pack(path: Path) -> Generator[FileProgress, None, VerifyReport]:
    """Check a pack folder or archive without installing it; every problem, item named."""
    source = open_source(path)
    try:
        manifest = source.read_manifest()
        report = VerifyReport(manifest)
        files = manifest.files()
        total = sum(f.size for f in files)
        done = 0
        for i, (f, problem, _) in enumerate(_walk(source, manifest, None)):
            done += f.size
            report.files_checked += 1
            if problem:
                report.problems.append(f"{_label(manifest, f)}: {problem}")
            yield FileProgress(done, total, i + 1, len(files), f.path)
        return report
    finally:
        source.close()


def import_pack(
    path: Path,
    store: PackStore,
    *,
    trust: TrustPolicy | None = None,
    cancel: threading.Event | None = None,
) -> Generator[FileProgress, None, Manifest]:
    """Verify and install a pack from a folder or archive; nothing changes on failure.

    With ``trust``, the manifest's signer is checked before any file is read. Runs in
    the store's writing turn, after any job holding it (``cancel`` stops the wait, and
    the import: :class:`CopyStopped`, nothing installed)."""
    return (
        yield from in_turn(
            store,
            IMPORT,
            lambda: import_pack_in_turn(path, store, trust=trust, cancel=cancel),
            waiting=lambda holder: FileProgress(0, 0, 0, 0, holder, stage="queued"),
            cancel=cancel,
        )
    )


def import_pack_in_turn(
    path: Path,
    store: PackStore,
    *,
    trust: TrustPolicy | None = None,
    cancel: threading.Event | None = None,
) -> Generator[FileProgress, None, Manifest]:
    """:func:`import_pack` for a caller holding the store's writing turn."""
    source = open_source(path)
    store.ensure()
    try:
        manifest = source.read_manifest()
        if trust is not None:
            current = store.get(manifest.id)
            trust.check(manifest.signer, replacing=current.manifest.signer if current else None)
        need = sum(f.size for f in store.missing(manifest, include_on_demand=True))
        free = shutil.disk_usage(store.root).free
        if need > free:
            raise StorageError(
                QT_TRANSLATE_NOOP("Errors", "The pack needs %1 MB but only %2 MB are free."),
                args=(need // 1_000_000, free // 1_000_000),
            )
        files = manifest.files()
        total = sum(f.size for f in files)
        done = 0
        with tempfile.TemporaryDirectory(prefix="import-", dir=store.partial) as tmp:
            staging = Path(tmp)
            for i, f in enumerate(files):
                _check_cancel(cancel)  # the staged copies go with the temporary folder
                if store.has(f):
                    done += f.size
                    continue
                (f2, problem, staged) = next(_walk_one(source, manifest, f, staging, cancel))
                if problem:
                    raise PackError(
                        QT_TRANSLATE_NOOP("Errors", "Item %1: %2. Nothing was installed."),
                        args=(_label(manifest, f2), problem),
                    )
                if staged is not None:
                    store.add_verified(staged, f, move=True, sha256=f.sha256)
                done += f.size
                yield FileProgress(done, total, i + 1, len(files), f.path)
        _check_cancel(cancel)
        store.install(manifest)
        return manifest
    finally:
        source.close()


def _walk_one(
    source: PackSource,
    manifest: Manifest,
    f: PackFile,
    staging: Path,
    cancel: threading.Event | None = None,
) -> Iterator[tuple[PackFile, PackError | None, Path | None]]:
    problem = _check_image(source, f)
    if problem:
        yield f, problem, None
        return
    fh, problem = _open(source, f)
    if problem:
        yield f, problem, None
        return
    if fh is None:
        yield f, (None if f.on_demand else Damaged(_MISSING, args=(f.path,))), None
        return
    staged = staging / f.sha256
    with fh, staged.open("wb") as sink:
        problem = _copy_checked(fh, f, sink, cancel)
    yield f, problem, staged


def _copy_file(src: Path, sink: IO[bytes], cancel: threading.Event | None) -> None:
    with src.open("rb") as fh:
        while block := fh.read(CHUNK):
            _check_cancel(cancel)
            sink.write(block)


def export_pack(
    store: PackStore, pack_id: str, dest: Path, *, cancel: threading.Event | None = None
) -> Generator[FileProgress, None, Path]:
    """Write the installed pack to ``dest``: a ``.zip`` file, or a folder inside ``dest``.
    Once ``cancel`` is set: :class:`CopyStopped`, and what was written is removed."""
    pack = store.get(pack_id)
    if pack is None:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP("Errors", "The pack %1 is not installed."), args=(repr(pack_id),)
        )
    m = pack.manifest
    files = [f for f in m.files() if store.has(f)]
    total = sum(f.size for f in files)
    done = 0
    dest = Path(dest)
    if dest.suffix.lower() == ".zip":
        target = dest
        tmp = dest.with_name(dest.name + ".part")
        try:
            # a ".part" left over, or planted as a link to another file: never write through it
            tmp.unlink(missing_ok=True)
            with zipfile.ZipFile(tmp, "w", allowZip64=True) as zf:
                zf.writestr(MANIFEST_NAME, m.raw, compress_type=zipfile.ZIP_DEFLATED)
                for i, f in enumerate(files):
                    src = store.object_path(f)
                    info = zipfile.ZipInfo.from_file(src, f.path)
                    info.compress_type = zipfile.ZIP_STORED
                    with zf.open(info, "w") as sink:  # Zip64 by the size, as zf.write
                        _copy_file(src, sink, cancel)
                    done += f.size
                    yield FileProgress(done, total, i + 1, len(files), f.path)
            _check_cancel(cancel)
            os.replace(tmp, target)
        except CopyStopped:
            with contextlib.suppress(OSError):
                tmp.unlink()
            raise
        except OSError as exc:
            with contextlib.suppress(OSError):
                tmp.unlink()
            raise StorageError(COULD_NOT_WRITE, args=(dest, exc.strerror or exc)) from exc
        return target
    target = dest / f"{m.id}-{m.version}"
    tmp_dir = dest / f".{m.id}-{m.version}.part"
    try:
        # start afresh: a folder left over may hold other files of the same size, or
        # links planted to make the copy write elsewhere (rmtree does not follow links)
        if tmp_dir.is_symlink() or tmp_dir.is_file():
            tmp_dir.unlink()
        elif tmp_dir.exists():
            shutil.rmtree(tmp_dir)
        tmp_dir.mkdir(parents=True)
        (tmp_dir / MANIFEST_NAME).write_bytes(m.raw)
        for i, f in enumerate(files):
            out = tmp_dir / f.path
            out.parent.mkdir(parents=True, exist_ok=True)
            with out.open("wb") as sink:
                _copy_file(store.object_path(f), sink, cancel)
            done += f.size
            yield FileProgress(done, total, i + 1, len(files), f.path)
        _check_cancel(cancel)
        if target.exists():
            shutil.rmtree(target)
        os.replace(tmp_dir, target)
    except CopyStopped:
        shutil.rmtree(tmp_dir, ignore_errors=True)
        raise
    except OSError as exc:
        raise StorageError(COULD_NOT_WRITE, args=(dest, exc.strerror or exc)) from exc
    return target
