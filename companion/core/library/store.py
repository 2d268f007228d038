"""Installed packs on disk: content-addressed files plus one pointer per pack.

Layout under ``<data>/library/``::

    objects/ab/ab12…ef.jpg      every verified file, named by its SHA-256 (+ extension)
    partial/<sha256>.part       a download in progress, kept across crashes and reboots
    partial/<sha256>.json       its URL, ETag and expected size (for ``If-Range``)
    manifests/<id>-<version>.json
    manifests/wanted-<id>-<version>.json   a version being downloaded, not installed yet
    installed.json              {pack id: manifest file name}  (written atomically)
    wanted.json                 {pack id: wanted manifest file name}

A new version is installed by putting every file into ``objects/`` (verified), then
replacing ``installed.json`` in one atomic rename. Files shared between versions
are stored once, so only changed files are ever fetched, and the previous version
stays complete: a viewer holding it keeps working. Files that no installed,
previous or wanted manifest names are pruned later: the files of a download that
was stopped stay for when it resumes.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import logging
import os
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from companion.core.atomic import atomic_write_text
from companion.core.errors import QT_TRANSLATE_NOOP, StorageError
from companion.core.library.manifest import Manifest, PackError, PackFile, parse_manifest
from companion.core.library.writer import WriterTurn, turn_for

log = logging.getLogger(__name__)

CHUNK = 256 * 1024


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        while block := fh.read(CHUNK):
            h.update(block)
    return h.hexdigest()


@functools.lru_cache(maxsize=4)
def _parse_stored(data: bytes) -> Manifest:
    """An installed manifest, checked once per content: every ``installed()`` checked
    each one against the schema again (30 s for a pack of 20,000 items)."""
    return parse_manifest(data)


def _wanted_name(manifest: Manifest) -> str:
    return f"wanted-{manifest.id}-{manifest.version}.json"


@dataclass(frozen=True)
class InstalledPack:
    manifest: Manifest
    manifest_file: Path


class PackStore:
    """The installed packs. Thread-safe for readers; one writing job at a time: each
    job (a sync, a copy, an import, a download) holds :attr:`turn` to its end."""

    def __init__(self, root: Path) -> None:
        self.root = root
        #: the writing turn, shared by every store on this folder
        self.turn: WriterTurn = turn_for(root)
        self.objects = root / "objects"
        self.partial = root / "partial"
        self.manifests = root / "manifests"
        self.pointer = root / "installed.json"

    def ensure(self) -> None:
        for d in (self.objects, self.partial, self.manifests):
            d.mkdir(parents=True, exist_ok=True)

    # -- objects ---------------------------------------------------------
    def object_path(self, f: PackFile) -> Path:
        return self.objects / f.sha256[:2] / (f.sha256 + f.suffix)

    def has(self, f: PackFile) -> bool:
        p = self.object_path(f)
        try:
            return p.stat().st_size == f.size
        except OSError:
            return False

    def missing(self, manifest: Manifest, *, include_on_demand: bool = False) -> list[PackFile]:
        return [f for f in manifest.files(include_on_demand=include_on_demand) if not self.has(f)]

    def add_verified(
        self, src: Path, f: PackFile, *, move: bool = False, sha256: str | None = None
    ) -> Path:
        """Check ``src`` against ``f`` and store it. Raises PackError naming the file.

        ``sha256`` is the file's hash when the caller computed it while writing it."""
        size = src.stat().st_size
        if size != f.size:
            raise PackError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The file %1 has %2 bytes, the pack says %3: it is truncated or was changed.",
                ),
                args=(repr(f.path), size, f.size),
            )
        if (sha256 or sha256_file(src)) != f.sha256:
            raise PackError(
                QT_TRANSLATE_NOOP(
                    "Errors", "The file %1 is damaged or was changed (checksum differs)."
                ),
                args=(repr(f.path),),
            )
        target = self.object_path(f)
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_name(target.name + ".tmp")
        try:
            if move:
                os.replace(src, tmp)
                # opened for writing: Windows refuses to fsync a read-only handle
                with tmp.open("r+b") as fh:
                    os.fsync(fh.fileno())
            else:
                with src.open("rb") as fin, tmp.open("wb") as fout:
                    shutil.copyfileobj(fin, fout, CHUNK)
                    fout.flush()
                    os.fsync(fout.fileno())
            # every handle on tmp is closed here: Windows cannot rename an open file
            os.replace(tmp, target)
        except OSError as exc:
            with contextlib.suppress(OSError):
                tmp.unlink()
            raise StorageError(
                QT_TRANSLATE_NOOP("Errors", "Could not store %1: %2."),
                args=(repr(f.path), exc.strerror or exc),
            ) from exc
        return target

    # -- manifests and the pointer --------------------------------------
    def _read_pointer(self) -> dict[str, str]:
        try:
            data = json.loads(self.pointer.read_text("utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError) as exc:
            log.warning("library pointer unreadable, starting empty: %s", exc)
            return {}
        if not isinstance(data, dict):
            return {}
        return {str(k): str(v) for k, v in data.items() if isinstance(v, str)}

    def installed(self) -> list[InstalledPack]:
        out: list[InstalledPack] = []
        for pack_id, name in sorted(self._read_pointer().items()):
            path = self.manifests / name
            try:
                out.append(InstalledPack(_parse_stored(path.read_bytes()), path))
            except (OSError, PackError) as exc:
                log.warning("installed pack %s cannot be read: %s", pack_id, exc)
        return out

    def get(self, pack_id: str) -> InstalledPack | None:
        return next((p for p in self.installed() if p.manifest.id == pack_id), None)

    def install(self, manifest: Manifest) -> InstalledPack:
        """Make ``manifest`` the installed version of its pack, atomically.

        Every non-on-demand file must already be in the store."""
        missing = self.missing(manifest)
        if missing:
            raise PackError(
                QT_TRANSLATE_NOOP(
                    "Errors", "The pack is incomplete: %1 files are missing, first %2."
                ),
                args=(len(missing), repr(missing[0].path)),
            )
        self.ensure()
        name = f"{manifest.id}-{manifest.version}.json"
        mpath = self.manifests / name
        tmp = mpath.with_name(name + ".tmp")
        tmp.write_bytes(manifest.raw)
        os.replace(tmp, mpath)
        pointer = self._read_pointer()
        previous = pointer.get(manifest.id)
        pointer[manifest.id] = name
        if previous and previous != name:
            pointer_prev = self._read_previous()
            pointer_prev[manifest.id] = previous
            atomic_write_text(self.root / "previous.json", json.dumps(pointer_prev))
        atomic_write_text(self.pointer, json.dumps(pointer, indent=1))
        wanted = self._read_json("wanted.json")
        if wanted.get(manifest.id) == _wanted_name(manifest):
            del wanted[manifest.id]  # its manifest file goes with the next prune
            atomic_write_text(self.root / "wanted.json", json.dumps(wanted, indent=1))
        log.info("installed pack %s version %s", manifest.id, manifest.version)
        return InstalledPack(manifest, mpath)

    def want(self, manifest: Manifest) -> None:
        """Keep the files of ``manifest`` through prunes until it is installed: its
        download is under way, or was stopped and resumes later (another pack's sync
        must not delete what it already fetched). One wanted version per pack."""
        self.ensure()
        name = _wanted_name(manifest)
        mpath = self.manifests / name
        tmp = mpath.with_name(name + ".tmp")
        tmp.write_bytes(manifest.raw)
        os.replace(tmp, mpath)
        wanted = self._read_json("wanted.json")
        if wanted.get(manifest.id) != name:
            wanted[manifest.id] = name
            atomic_write_text(self.root / "wanted.json", json.dumps(wanted, indent=1))

    def _read_previous(self) -> dict[str, str]:
        return self._read_json("previous.json")

    def prune(self) -> int:
        """Delete objects and manifests no installed, previous or wanted version names.

        Run by a job holding the store's writing turn (no other job adds files
        meanwhile)."""
        keep_names = (
            set(self._read_pointer().values())
            | set(self._read_previous().values())
            | set(self._read_json("wanted.json").values())
        )
        keep: set[str] = set()
        for name in keep_names:
            try:
                m = _parse_stored((self.manifests / name).read_bytes())
            except (OSError, PackError):
                continue
            keep.update(self.object_path(f).name for f in m.files())
        removed = 0
        for path in self._walk_objects():
            if path.name not in keep:
                with contextlib.suppress(OSError):
                    path.unlink()
                    removed += 1
        if self.manifests.is_dir():
            for mfile in self.manifests.glob("*.json"):
                if mfile.name not in keep_names:
                    with contextlib.suppress(OSError):
                        mfile.unlink()
        # staging folders of imports a crash or a kill cut off (an import holds the
        # writing turn too, so none is in use now); they can hold a whole pack
        if self.partial.is_dir():
            for staging in self.partial.glob("import-*"):
                if staging.is_dir():
                    log.info("removing %s, left by an import that was cut off", staging.name)
                    shutil.rmtree(staging, ignore_errors=True)
        return removed

    def _walk_objects(self) -> Iterator[Path]:
        if not self.objects.is_dir():
            return
        for sub in self.objects.iterdir():
            if sub.is_dir():
                yield from (p for p in sub.iterdir() if p.is_file())

    # -- where each pack came from (for on-demand files) -------------------
    def set_source(self, pack_id: str, url: str) -> None:
        sources = self._read_json("sources.json")
        if sources.get(pack_id) != url:
            sources[pack_id] = url
            atomic_write_text(self.root / "sources.json", json.dumps(sources, indent=1))

    def source(self, pack_id: str) -> str:
        return self._read_json("sources.json").get(pack_id, "")

    def _read_json(self, name: str) -> dict[str, str]:
        try:
            data = json.loads((self.root / name).read_text("utf-8"))
            return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}
        except (OSError, ValueError):
            return {}
