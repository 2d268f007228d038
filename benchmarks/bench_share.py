"""Transfer speed of a venue share vs a plain HTTP download of the same file, same run.

One installed pack with one large file (default 200 MB) is shared on loopback with
``PackShare`` and synced by a second store with ``sync_from_peer`` (manifest, trust
check, Range-capable download hashing as it goes, fsync, verified atomic install).
The baseline is Python's plain ``http.server`` serving the same stored file, fetched
with a plain ``requests`` stream to disk (no hash, no verification). A third figure is
the share server with that same plain client, to tell server from client cost.

    python -m benchmarks.bench_share [--mb 200] [--runs N] [--quick] [--json FILE]

``--quick`` moves 50 MB once. Loopback only: nothing leaves the machine.
"""

from __future__ import annotations

import functools
import os
import shutil
import sys
import tempfile
import threading
import time
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.common import Result, emit, median, parser


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


def _plain_get(url: str, target: Path) -> float:
    import requests

    t = time.perf_counter()
    with requests.get(url, stream=True, timeout=30) as resp, open(target, "wb") as fh:
        resp.raise_for_status()
        for block in resp.iter_content(256 * 1024):
            fh.write(block)
    took = time.perf_counter() - t
    target.unlink()
    return took


def main() -> int:
    p = parser(__doc__ or "")
    p.add_argument("--mb", type=int, default=200)
    p.set_defaults(runs=3)
    args = p.parse_args()
    if args.quick:
        args.mb = min(args.mb, 50)
    runs = 1 if args.quick else max(1, args.runs)

    from companion.core.clock import Clock
    from companion.core.library.peers import list_packs, peer_http, sync_from_peer
    from companion.core.library.service import drain
    from companion.core.library.share import PackShare
    from companion.core.library.signing import generate_key
    from companion.core.library.store import PackStore
    from tests.core.library.packs import installed_problems
    from tests.core.library.venue import install_into, make_signed_pack, policy_of, store_of

    key = generate_key("Benchmark publisher")
    data = os.urandom(args.mb * 1_000_000)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        install_into(root / "a", make_signed_pack(root / "src", key, {"v/big.bin": data}))
        shutil.rmtree(root / "src")
        store_a = store_of(root / "a")
        pack = store_a.get("venue-pack")
        assert pack is not None
        f = pack.manifest.files()[0]
        obj = store_a.object_path(f)

        share = PackShare(store_a, addresses=["127.0.0.1"], port=0, announce=False)
        share.start()
        handler = functools.partial(_Quiet, directory=str(obj.parent))
        plain_srv = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=plain_srv.serve_forever, daemon=True).start()
        plain_url = f"http://127.0.0.1:{plain_srv.server_address[1]}/{obj.name}"
        share_url = f"{share.urls[0]}packs/venue-pack/v/big.bin"

        plain: list[float] = []
        share_plain: list[float] = []
        synced: list[float] = []
        try:
            for n in range(runs):
                plain.append(_plain_get(plain_url, root / "plain.bin"))
                share_plain.append(_plain_get(share_url, root / "plain.bin"))
                http = peer_http(Clock().now)
                peer = list_packs(http, share.urls[0])
                store = PackStore(root / f"b{n}")
                t = time.perf_counter()
                drain(sync_from_peer(http, store, peer, "venue-pack", policy_of(key)))
                synced.append(time.perf_counter() - t)
                http.close()
                assert installed_problems(store, "venue-pack") == []
                shutil.rmtree(root / f"b{n}")
        finally:
            share.stop()
            plain_srv.shutdown()
            plain_srv.server_close()
    mb = len(data) / 1e6
    baseline = median([mb / s for s in plain])
    results = [
        Result(
            "peer sync from a share (verified install)",
            "MB/s",
            median([mb / s for s in synced]),
            baseline,
            "plain http.server + requests to disk",
            "≥ 0.25× on loopback; a venue Wi-Fi moves 5–50 MB/s",
            runs,
            f"{mb:g} MB file, loopback; ratio > 1 is faster than plain",
            samples=[mb / s for s in synced],
        ),
        Result(
            "share server, plain client",
            "MB/s",
            median([mb / s for s in share_plain]),
            baseline,
            "plain http.server + requests to disk",
            "≥ 1×",
            runs,
            "same client as the baseline: the server's own speed (sendfile)",
            samples=[mb / s for s in share_plain],
        ),
    ]
    emit(results, args.json, "Venue share")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
