"""Where a pack is read from: a folder or a zip archive, never trusted.

Entry names with ``..``, absolute paths, drive letters or backslashes, and symbolic
links make the whole archive refused; a folder's files are opened without following
links or blocking on a FIFO. Split from :mod:`companion.core.library.sideload`.
"""

from __future__ import annotations

import stat
import unicodedata
import zipfile
import zlib
from pathlib import Path
from typing import IO

from companion.core.errors import QT_TRANSLATE_NOOP, InvalidInputError
from companion.core.library.manifest import (
    MANIFEST_NAME,
    MAX_MANIFEST_BYTES,
    Manifest,
    PackError,
    check_relative_path,
    parse_manifest,
)
from companion.core.messages import (
    COULD_NOT_READ,
    LINK_IN_PACK,
    MANIFEST_TOO_LARGE,
    NO_MANIFEST,
    PACK_FILE_UNREADABLE,
)
from companion.core.userfile import UserFileError, open_regular

#: an archive whose entries claim more than this in total is refused outright
MAX_ARCHIVE_BYTES = 64 * 1024**3


class PackSource:
    def read_manifest(self) -> Manifest:
        raise NotImplementedError

    def open(self, path: str) -> IO[bytes] | None:
        raise NotImplementedError

    def close(self) -> None:
        pass


class _FolderSource(PackSource):
    def __init__(self, root: Path) -> None:
        if not (root / MANIFEST_NAME).is_file():
            subs = (
                [p for p in root.iterdir() if (p / MANIFEST_NAME).is_file()]
                if root.is_dir()
                else []
            )
            if len(subs) != 1:
                raise PackError(NO_MANIFEST, args=(MANIFEST_NAME, root))
            root = subs[0]
        self.root = root
        self.real_root = root.resolve()

    def read_manifest(self) -> Manifest:
        data = self._read_capped(self.root / MANIFEST_NAME, MAX_MANIFEST_BYTES)
        return parse_manifest(data)

    @staticmethod
    def _read_capped(path: Path, cap: int) -> bytes:
        if path.is_symlink():
            raise PackError(LINK_IN_PACK, args=(path.name,))
        try:
            fh = open_regular(path)  # a FIFO named manifest.json must not hang the app
        except OSError as exc:
            raise PackError(PACK_FILE_UNREADABLE, args=(path.name, exc.strerror or exc)) from exc
        with fh:
            data = fh.read(cap + 1)
        if len(data) > cap:
            raise PackError(MANIFEST_TOO_LARGE)
        return data

    def open(self, path: str) -> IO[bytes] | None:
        check_relative_path(path)
        current = self.root
        for part in path.split("/"):
            current = current / part
            try:
                st = current.lstat()
            except FileNotFoundError:
                return None
            if stat.S_ISLNK(st.st_mode):
                raise PackError(LINK_IN_PACK, args=(repr(path),))
        if not stat.S_ISREG(st.st_mode):  # a FIFO or device: a problem with this file
            raise Damaged(_NOT_REGULAR, args=(path,))
        real = current.resolve()
        if not real.is_relative_to(self.real_root):
            raise PackError(
                QT_TRANSLATE_NOOP("Errors", "%1 points outside the pack."), args=(repr(path),)
            )
        try:
            return open_regular(real)  # swapped for a FIFO since the check: no hang
        except UserFileError as exc:
            raise Damaged(_NOT_REGULAR, args=(path,)) from exc


class _ZipSource(PackSource):
    def __init__(self, path: Path) -> None:
        try:
            fh = open_regular(path)
        except OSError as exc:
            raise PackError(PACK_FILE_UNREADABLE, args=(path.name, exc.strerror or exc)) from exc
        try:
            self.zf = zipfile.ZipFile(fh)
        except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
            fh.close()
            raise PackError(
                QT_TRANSLATE_NOOP("Errors", "%1 is not a readable zip archive (%2)."),
                args=(path.name, exc),
            ) from exc
        self.fh = fh
        self._nfc: dict[str, zipfile.ZipInfo] | None = None
        try:
            self.names, self.prefix = self._scan(path)
        except BaseException:
            self.close()
            raise

    def _scan(self, path: Path) -> tuple[dict[str, zipfile.ZipInfo], str]:
        prefix = ""
        total = 0
        names: dict[str, zipfile.ZipInfo] = {}
        for info in self.zf.infolist():
            name = info.filename
            if info.is_dir():
                continue
            if name.startswith("/") or "\\" in name or (len(name) > 1 and name[1] == ":"):
                raise PackError(
                    QT_TRANSLATE_NOOP(
                        "Errors", "The archive contains an absolute path: %1. Refused."
                    ),
                    args=(repr(name),),
                )
            if ".." in name.split("/"):
                raise PackError(
                    QT_TRANSLATE_NOOP(
                        "Errors", "The archive contains a path leaving the pack: %1. Refused."
                    ),
                    args=(repr(name),),
                )
            mode = info.external_attr >> 16
            if stat.S_ISLNK(mode):
                raise PackError(
                    QT_TRANSLATE_NOOP("Errors", "The archive contains a link: %1. Refused."),
                    args=(repr(name),),
                )
            total += info.file_size
            if total > MAX_ARCHIVE_BYTES:
                raise PackError(
                    QT_TRANSLATE_NOOP("Errors", "The archive declares an absurd size. Refused.")
                )
            if name in names:
                # tools disagree on which copy counts: an archive built to fool one
                raise PackError(
                    QT_TRANSLATE_NOOP("Errors", "The archive contains %1 twice. Refused."),
                    args=(repr(name),),
                )
            names[name] = info
        if MANIFEST_NAME not in names:
            tops = [n for n in names if n.endswith("/" + MANIFEST_NAME) and n.count("/") == 1]
            if len(tops) != 1:
                raise PackError(NO_MANIFEST, args=(MANIFEST_NAME, path.name))
            prefix = tops[0][: -len(MANIFEST_NAME)]
        return names, prefix

    def read_manifest(self) -> Manifest:
        info = self.names[self.prefix + MANIFEST_NAME]
        with self.zf.open(info) as fh:
            data = fh.read(MAX_MANIFEST_BYTES + 1)
        if len(data) > MAX_MANIFEST_BYTES:
            raise PackError(MANIFEST_TOO_LARGE)
        return parse_manifest(data)

    def open(self, path: str) -> IO[bytes] | None:
        info = self.names.get(self.prefix + path)
        if info is None:  # "é" written as "e" + accent (a Mac's zip) names the same file
            info = self._nfc_names().get(unicodedata.normalize("NFC", self.prefix + path))
        if info is None:
            return None
        try:
            return self.zf.open(info)
        except NotImplementedError as exc:  # before RuntimeError: it is one
            raise Damaged(
                QT_TRANSLATE_NOOP("Errors", "%1 uses a compression the app cannot read"),
                args=(path,),
            ) from exc
        except RuntimeError as exc:  # zipfile's "is encrypted, password required"
            raise Damaged(
                QT_TRANSLATE_NOOP("Errors", "%1 is encrypted in the archive"), args=(path,)
            ) from exc
        except (zipfile.BadZipFile, zlib.error, EOFError, ValueError) as exc:
            raise Damaged(DAMAGED_IN_ARCHIVE, args=(path, exc)) from exc

    def _nfc_names(self) -> dict[str, zipfile.ZipInfo]:
        if self._nfc is None:
            self._nfc = {}
            for name, info in self.names.items():
                self._nfc.setdefault(unicodedata.normalize("NFC", name), info)
        return self._nfc

    def close(self) -> None:
        self.zf.close()
        self.fh.close()


def open_source(path: Path) -> PackSource:
    path = Path(path)
    if path.is_dir():
        return _FolderSource(path)
    if path.is_file():
        return _ZipSource(path)  # opened without blocking: swapped for a FIFO is refused
    try:
        path.stat()
    except OSError as exc:  # missing, or a drive that is gone: say so
        raise InvalidInputError(COULD_NOT_READ, args=(path, exc.strerror or exc)) from exc
    raise InvalidInputError(
        QT_TRANSLATE_NOOP("Errors", "%1 is neither a folder nor an archive."), args=(path,)
    )


#: the problems with one file of a pack (no full stop: they are parts of a sentence)
_NOT_REGULAR = QT_TRANSLATE_NOOP("Errors", "%1 is not a regular file")
DAMAGED_IN_ARCHIVE = QT_TRANSLATE_NOOP("Errors", "%1 is damaged in the archive (%2)")


class Damaged(PackError):
    """An archive entry that cannot be read (damaged, encrypted, odd compression)."""
