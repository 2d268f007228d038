"""Search latency over a pack of 1,000 documents (titles, descriptions, 10 captions each).

python benchmarks/bench_library_search.py [--docs 1000]
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

WORDS = [
    "mining",
    "miners",
    "gold",
    "mercury",
    "safety",
    "water",
    "dialogue",
    "community",
    "women",
    "youth",
    "licence",
    "cooperative",
    "market",
    "price",
    "health",
    "environment",
    "river",
    "forest",
    "land",
    "rights",
    "training",
    "uchimbaji",
    "wachimbaji",
    "dhahabu",
    "zebaki",
    "usalama",
    "maji",
    "majadiliano",
    "jamii",
    "wanawake",
    "vijana",
    "leseni",
    "ushirika",
    "soko",
    "bei",
    "afya",
    "mazingira",
    "mto",
    "msitu",
    "ardhi",
    "haki",
    "mafunzo",
    "sécurité",
    "garimpo",
    "saúde",
    "região",
    "exploração",
    "coopérative",
    "santé",
    "rivière",
    "forêt",
]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--docs", type=int, default=1000)
    args = parser.parse_args()
    from companion.core.library.index import index_pack, search
    from companion.core.library.manifest import parse_manifest
    from companion.core.storage import Database

    rng = random.Random(7)

    def text(n: int) -> str:
        return " ".join(rng.choice(WORDS) for _ in range(n))

    items = []
    for i in range(args.docs):
        files = [
            {"path": f"d{i}/p{p}.jpg", "size": 1, "sha256": f"{i:032x}{p:032x}"} for p in range(10)
        ]
        items.append(
            {
                "id": f"doc{i}",
                "kind": "photobook",
                "title": {"en": text(6), "sw": text(6)},
                "description": {"en": text(40), "sw": text(40)},
                "editions": {
                    "en": {"files": files, "captions": [text(30) for _ in files]},
                    "sw": {"files": files, "captions": [text(30) for _ in files]},
                },
            }
        )
    raw = {"format": 1, "id": "bench", "version": "1", "title": {"en": "Bench"}, "items": items}
    manifest = parse_manifest(json.dumps(raw).encode())
    with tempfile.TemporaryDirectory() as tmp:
        db = Database(Path(tmp) / "bench.sqlite3")
        t = time.perf_counter()
        rows = index_pack(db, manifest)
        sys.stdout.write(
            f"indexed {args.docs} documents ({rows} rows) in {time.perf_counter() - t:.2f} s\n"
        )
        queries = ["maj", "majadiliano", "securite", "gold mercury", "wanawake maji", "saude", "zz"]
        # as typed: every prefix of a few words
        typed = [
            w[:n] for w in ("dialogue", "uchimbaji", "coopérative") for n in range(2, len(w) + 1)
        ]
        timings = []
        for q in queries + typed:
            for _ in range(5):
                t = time.perf_counter()
                hits = search(db, q, limit=50)
                timings.append(time.perf_counter() - t)
            del hits
        timings.sort()
        sys.stdout.write(
            f"search latency over {len(timings)} queries: median "
            f"{statistics.median(timings) * 1000:.1f} ms, "
            f"p95 {timings[int(len(timings) * 0.95)] * 1000:.1f} ms, "
            f"max {timings[-1] * 1000:.1f} ms\n"
        )
        db.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
