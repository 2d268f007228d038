"""Download throughput of ``pack sync`` vs a plain ``requests`` download, same loopback server.

Serves one large file (default 200 MB) from the tests' loopback HTTP server and
downloads it twice in the same run: with ``sync_pack`` (Range-capable, hashing,
fsync every 4 MB, verified install) and with a plain ``requests`` stream to disk.

    python -m benchmarks.bench_library_sync [--mb 200] [--runs N] [--quick] [--json FILE]

``--quick`` serves 50 MB once. With ``--runs N`` both downloads alternate N times and
the medians are quoted.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.common import Result, emit, median, parser


def main() -> int:
    p = parser(__doc__ or "")
    p.add_argument("--mb", type=int, default=200)
    p.set_defaults(runs=3)
    args = p.parse_args()
    if args.quick:
        args.mb = min(args.mb, 50)
    runs = 1 if args.quick else max(1, args.runs)
    import requests

    from companion.core.clock import Clock
    from companion.core.library.service import drain
    from companion.core.library.store import PackStore
    from companion.core.library.sync import sync_pack
    from companion.core.net import HttpClient
    from tests.core.library.packs import PackServer, photobook_raw
    from tests.support.httpserver import LoopbackServer

    data = os.urandom(args.mb * 1_000_000)
    files = {"v/big.bin": data}
    with LoopbackServer() as srv, tempfile.TemporaryDirectory() as tmp:
        server = PackServer(srv)
        server.publish(photobook_raw(files), files)
        url = srv.url("/pack/v/big.bin")

        plain: list[float] = []
        synced: list[float] = []
        for n in range(runs):
            target = Path(tmp) / "plain"
            t = time.perf_counter()
            h = hashlib.sha256()
            with (
                requests.get(url, stream=True, timeout=30) as resp,
                open(target, "wb") as fh,
            ):
                for block in resp.iter_content(64 * 1024):
                    fh.write(block)
                    h.update(block)
            plain.append(time.perf_counter() - t)
            assert h.digest() == hashlib.sha256(data).digest()
            target.unlink()

            store = PackStore(Path(tmp) / f"lib{n}")
            t = time.perf_counter()
            drain(sync_pack(HttpClient(now=Clock().now), store, server.url))
            synced.append(time.perf_counter() - t)
            assert store.get("test-pack") is not None
            shutil.rmtree(Path(tmp) / f"lib{n}")
    mb = len(data) / 1e6
    results = [
        Result(
            "pack sync throughput",
            "MB/s",
            median([mb / s for s in synced]),
            median([mb / s for s in plain]),
            "plain requests stream + sha256",
            "—",
            runs,
            f"{mb:g} MB file, loopback; ratio > 1 is faster than plain",
            samples=[mb / s for s in synced],
        )
    ]
    emit(results, args.json, "Pack sync")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
