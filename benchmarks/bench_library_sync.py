"""Download throughput of ``pack sync`` vs a plain ``requests`` download, same loopback server.

Serves one large file (default 200 MB) from the tests' loopback HTTP server and
downloads it twice in the same run: with ``sync_pack`` (Range-capable, hashing,
fsync every 4 MB, verified install) and with a plain ``requests`` stream to disk.

    python benchmarks/bench_library_sync.py [--mb 200]
"""

from __future__ import annotations

import argparse
import hashlib
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mb", type=int, default=200)
    args = parser.parse_args()
    import requests

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

        t = time.perf_counter()
        h = hashlib.sha256()
        with (
            requests.get(url, stream=True, timeout=30) as resp,
            open(Path(tmp) / "plain", "wb") as fh,
        ):
            for block in resp.iter_content(64 * 1024):
                fh.write(block)
                h.update(block)
        plain = time.perf_counter() - t
        assert h.digest() == hashlib.sha256(data).digest()

        store = PackStore(Path(tmp) / "lib")
        t = time.perf_counter()
        drain(sync_pack(HttpClient(), store, server.url))
        synced = time.perf_counter() - t
        assert store.get("test-pack") is not None
    mb = len(data) / 1e6
    sys.stdout.write(f"plain requests (+sha256): {mb / plain:8.1f} MB/s ({plain:.2f} s)\n")
    sys.stdout.write(f"pack sync:                {mb / synced:8.1f} MB/s ({synced:.2f} s)\n")
    sys.stdout.write(f"pack sync / plain:        {plain / synced:8.2f}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
