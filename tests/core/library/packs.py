"""Build small packs and serve them from a loopback server, for the library tests."""

from __future__ import annotations

import hashlib
import json
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from companion.core.library.store import PackStore, sha256_file
from tests.support.httpserver import LoopbackServer, Reply, Request


def file_entry(path: str, data: bytes, **extra: Any) -> dict[str, Any]:
    return {"path": path, "size": len(data), "sha256": hashlib.sha256(data).hexdigest(), **extra}


def photobook_raw(
    files: dict[str, bytes], *, version: str = "1", pack_id: str = "test-pack"
) -> dict[str, Any]:
    """A manifest with one photobook whose EN edition is ``files`` (pages in order)."""
    return {
        "format": 1,
        "id": pack_id,
        "version": version,
        "title": {"en": "Test pack", "sw": "Kifurushi cha majaribio"},
        "items": [
            {
                "id": "book",
                "kind": "photobook",
                "title": {"en": "A book", "sw": "Kitabu"},
                "description": {"en": "Pictures", "sw": "Picha"},
                "editions": {
                    "en": {
                        "files": [file_entry(p, d) for p, d in files.items()],
                        "captions": [f"Caption {i}" for i in range(len(files))],
                    }
                },
            }
        ],
    }


def write_pack(root: Path, raw: dict[str, Any], files: dict[str, bytes]) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    (root / "manifest.json").write_text(json.dumps(raw), "utf-8")
    for rel, data in files.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_bytes(data)
    return root


@dataclass
class PackServer:
    """Serves a manifest and its files with Range/If-Range support, and misbehaves on demand."""

    srv: LoopbackServer
    files: dict[str, bytes] = field(default_factory=dict)
    manifest: bytes = b""
    etag: str = '"v1"'
    ranges: bool = True
    #: per path: how many more replies to cut after this many bytes
    cut_after: dict[str, int] = field(default_factory=dict)
    cuts_left: dict[str, int] = field(default_factory=dict)
    #: per path: bytes to append (a server that sends more than declared)
    extra: dict[str, bytes] = field(default_factory=dict)
    #: per path: replace the body (tampered or wrong files)
    replace: dict[str, bytes] = field(default_factory=dict)
    #: compress every file reply (a server or proxy ignoring Accept-Encoding: identity)
    gzip: bool = False
    #: answer ranges from this offset instead of the one asked (a confused server)
    wrong_range_start: int | None = None
    #: body bytes sent per path, and the Range/If-Range headers seen
    sent: dict[str, int] = field(default_factory=dict)
    seen: list[tuple[str, str | None, str | None]] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def publish(self, raw: dict[str, Any], files: dict[str, bytes]) -> None:
        self.manifest = json.dumps(raw).encode()
        self.files = dict(files)
        self.srv.route("GET", "/pack/manifest.json", self._manifest)
        self.srv.route("GET", "/pack/*", self._file)

    @property
    def url(self) -> str:
        return self.srv.url("/pack/manifest.json")

    def _manifest(self, req: Request) -> Reply:
        return Reply(200, self.manifest, {"Content-Type": "application/json"})

    def _file(self, req: Request) -> Reply:
        path = req.path[len("/pack/") :]
        from urllib.parse import unquote

        path = unquote(path)
        body = self.replace.get(path, self.files.get(path))
        if body is None:
            return Reply(404, b"missing")
        body = body + self.extra.get(path, b"")
        rng, if_range = req.header("Range"), req.header("If-Range")
        with self.lock:
            self.seen.append((path, rng, if_range))
        status, headers, start = 200, {"ETag": self.etag, "Accept-Ranges": "bytes"}, 0
        if not self.ranges:
            headers.pop("Accept-Ranges")
        elif rng and (if_range is None or if_range == self.etag):
            start = int(rng.split("=")[1].split("-")[0])
            if self.wrong_range_start is not None:
                start = self.wrong_range_start
            if start >= len(body):
                return Reply(416, b"", {"Content-Range": f"bytes */{len(body)}"})
            status = 206
            headers["Content-Range"] = f"bytes {start}-{len(body) - 1}/{len(body)}"
        if self.gzip:
            import gzip

            encoded = gzip.compress(body)
            with self.lock:
                self.sent[path] = self.sent.get(path, 0) + len(encoded)
            return Reply(200, encoded, {"Content-Encoding": "gzip", "ETag": self.etag})
        chunk = body[start:]
        cut = None
        with self.lock:
            if self.cuts_left.get(path, 0) > 0:
                self.cuts_left[path] -= 1
                cut = self.cut_after[path]
            self.sent[path] = self.sent.get(path, 0) + (
                len(chunk) if cut is None else min(cut, len(chunk))
            )
        return Reply(status, chunk, headers, truncate_at=cut)

    def cut(self, path: str, after: int, times: int = 1) -> None:
        self.cut_after[path] = after
        self.cuts_left[path] = times


#: how long a gated reply waits at most for its gate (a failed test must not hang)
GATE_WAIT_S = 15.0


@dataclass
class Gate:
    """Serves one file's first half, then holds the rest until :meth:`open`."""

    data: bytes
    sent_half: threading.Event = field(default_factory=threading.Event)
    opened: threading.Event = field(default_factory=threading.Event)
    sent: int = 0

    def open(self) -> None:
        self.opened.set()

    def reply(self, req: Request) -> Reply:
        start = 0
        rng = req.header("Range")
        headers = {"ETag": '"gated"', "Accept-Ranges": "bytes"}
        status = 200
        if rng:
            start = int(rng.split("=")[1].split("-")[0])
            status = 206
            headers["Content-Range"] = f"bytes {start}-{len(self.data) - 1}/{len(self.data)}"
        body = self.data[start:]
        return Reply(status, headers=headers, stream=self._stream(body))

    def _stream(self, body: bytes) -> Iterator[bytes]:
        half = len(body) // 2
        self.sent += half
        yield body[:half]
        self.sent_half.set()
        self.opened.wait(GATE_WAIT_S)
        self.sent += len(body) - half
        yield body[half:]


def installed_problems(store: PackStore, pack_id: str) -> list[str]:
    """Re-hash every stored file of ``pack_id``; the problems, naming items."""
    pack = store.get(pack_id)
    if pack is None:
        return [f"The pack {pack_id!r} is not installed."]
    problems: list[str] = []
    for item in pack.manifest.items:
        for f in item.files():
            p = store.object_path(f)
            if not p.exists():
                if not f.on_demand:
                    problems.append(f"{item.id}: {f.path} is missing")
            elif sha256_file(p) != f.sha256:
                problems.append(f"{item.id}: {f.path} is damaged")
    return problems
