"""Search latency over a pack of 1,000 documents (titles, descriptions, 10 captions each).

    python -m benchmarks.bench_library_search [--docs 1000] [--runs 5] [--quick] [--json FILE]

The baseline, measured in the same run on the same database, is a naive full scan with
``LIKE '%word%'`` over the same rows, no ranking nor snippets (a search without the FTS5 index).
``--quick`` indexes 300 documents and repeats each query 3 times.
"""

from __future__ import annotations

import json
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.common import Result, emit, median, parser

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
    p = parser(__doc__ or "")
    p.add_argument("--docs", type=int, default=1000)
    args = p.parse_args()
    if args.quick:
        args.docs = min(args.docs, 300)
    repeat = 3 if args.quick else max(1, args.runs)
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
        index_s = time.perf_counter() - t
        queries = ["maj", "majadiliano", "securite", "gold mercury", "wanawake maji", "saude", "zz"]
        # as typed: every prefix of a few words
        typed = [
            w[:n] for w in ("dialogue", "uchimbaji", "coopérative") for n in range(2, len(w) + 1)
        ]
        timings = []
        naive = []
        for q in queries + typed:
            for _ in range(repeat):
                t = time.perf_counter()
                hits = search(db, q, limit=50)
                timings.append(time.perf_counter() - t)
                del hits
                t = time.perf_counter()
                like = [f"%{w}%" for w in q.split()]
                where = " AND ".join(["(title LIKE ? OR body LIKE ?)"] * len(like))
                db.query(
                    f"SELECT id FROM library_docs WHERE {where}",  # noqa: S608 (placeholders only)
                    tuple(x for w in like for x in (w, w)),
                )
                naive.append(time.perf_counter() - t)
        timings.sort()
        db.close()
    ms = [t * 1000 for t in timings]
    notes = (
        f"{args.docs} docs, {rows} rows indexed in {index_s:.2f} s; "
        f"{len(queries + typed)} queries × {repeat}; p95 {ms[int(len(ms) * 0.95)]:.1f} ms, "
        f"max {ms[-1]:.1f} ms"
    )
    results = [
        Result(
            "library search latency",
            "ms",
            median(ms),
            median([t * 1000 for t in naive]),
            "full LIKE scan, same rows, unranked",
            "—",
            len(ms),
            notes,
            samples=ms,
        )
    ]
    emit(results, args.json, "Library search")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
