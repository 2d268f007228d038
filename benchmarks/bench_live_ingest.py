"""Ingest 10,000 posts into the Live model and view, against the same count of bare
dicts in a plain ``QStringListModel``, measured in the same run.

Each side runs in a fresh subprocess (so memory growth is not shared) and reports
wall time to parse, sanitize, store (the SQLite post cache) and show the posts (model,
layout, scrolling through 20 screens), and RSS growth. Every post has its own text (as
on the day; three texts repeated would flatter any cache), 300 authors.

    python -m benchmarks.bench_live_ingest [--posts N] [--quick] [--json FILE] [--before DIR]

``--before DIR``: also measure another source tree (``git archive`` of an older commit)
in the same run.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
#: the source tree measured (``--before`` runs the phase against another one)
sys.path.insert(0, os.environ.get("BENCH_TREE") or str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _payloads(n: int) -> list[dict]:
    from tests.core.live.fakes import status

    texts = ["<p>Women miners in Geita share mercury-free processing #shareASM</p>",
             "<p>مرحبا من المؤتمر 👩🏽‍🔧 #shareASM <a href='https://iied.org/asm'>iied.org/asm</a></p>",
             "<p>Orpaillage à Madagascar : les coopératives #shareASM #ASM</p>"]  # fmt: skip
    return [
        status(
            f"{i:06d}",
            minutes=i,
            content=texts[i % 3].replace("#shareASM", f"day {i} #shareASM", 1),
            acct=f"u{i % 300}@x.example",
        )
        for i in range(n)
    ]


def run_phase(phase: str, n: int) -> dict[str, float]:
    import psutil
    from PySide6.QtCore import QStringListModel
    from PySide6.QtWidgets import QApplication, QListView

    app = QApplication.instance() or QApplication([])
    proc = psutil.Process()
    payloads = _payloads(n)
    view = QListView()
    view.resize(900, 700)
    view.show()
    app.processEvents()
    store_s = 0.0
    if phase != "baseline":
        import tempfile
        from datetime import UTC, datetime

        from companion.core.accounts.credentials import MemoryCredentialStore
        from companion.core.live.store import PostStore
        from companion.core.paths import Paths
        from companion.core.services import CoreServices

        core = CoreServices.open(
            Paths.for_data_dir(Path(tempfile.mkdtemp(prefix="bench-live-"))),
            credentials=MemoryCredentialStore(),
        )
        store = PostStore(core.db)
        now = datetime(2026, 12, 4, tzinfo=UTC)
        # imports are not the figure
        import companion.core.live.mastodon
        import companion.ui.live.delegate  # noqa: F401
    rss0 = proc.memory_info().rss
    rss_window = rss0 / 2**20
    t0 = time.perf_counter()
    parse_s = 0.0
    if phase == "baseline":
        model = QStringListModel(
            [f"{d['account']['display_name']}: {d['content']}" for d in payloads]
        )
        view.setModel(model)
    else:
        from PySide6.QtWidgets import QAbstractItemView
        from PySide6.QtWidgets import QListView as LV

        from companion.core.live.mastodon import parse_statuses
        from companion.ui.live.delegate import PostDelegate
        from companion.ui.live.post_model import PostListModel

        posts = parse_statuses(payloads, "mastodon:https://x.example")  # sanitize + normalise
        parse_s = time.perf_counter() - t0
        t_store = time.perf_counter()
        store.save(posts, now)
        store_s = time.perf_counter() - t_store
        model = PostListModel(view)
        view.setModel(model)
        view.setItemDelegate(PostDelegate(lambda url: None, model.expanded, model.revealed, view))
        view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        view.setLayoutMode(LV.LayoutMode.Batched)
        model.set_posts(posts)
    t_fill = time.perf_counter() - t0
    view.doItemsLayout()
    app.processEvents()
    bar = view.verticalScrollBar()
    for step in range(20):  # scroll through the list
        bar.setValue(bar.maximum() * step // 19)
        view.viewport().repaint()
    app.processEvents()
    t_total = time.perf_counter() - t0
    rss1 = proc.memory_info().rss
    return {
        "parse_s": parse_s,
        "store_s": store_s,
        "fill_s": t_fill,
        "total_s": t_total,
        "rss_mb": (rss1 - rss0) / 2**20,
        "rss_window_mb": rss_window,
        "rss_after_mb": rss1 / 2**20,
        "rows": model.rowCount(),
    }


def main() -> int:
    if len(sys.argv) > 2 and sys.argv[1] == "--phase":
        n = int(sys.argv[3])
        sys.stdout.write(json.dumps(run_phase(sys.argv[2], n)) + "\n")
        return 0
    from benchmarks.common import Result, child_env, emit, median, parser

    p = parser(__doc__ or "")
    p.add_argument("--posts", type=int, default=10_000)
    p.add_argument("--before", type=Path, help="another source tree to measure in the same run")
    args = p.parse_args()
    runs = 1 if args.quick else max(1, min(args.runs, 3))
    n = args.posts
    trees = {"live": ROOT}
    if args.before:
        trees["before"] = args.before.resolve()
    samples: dict[str, list[dict[str, float]]] = {"baseline": [], **{k: [] for k in trees}}
    for _ in range(runs):
        for phase in ("baseline", *trees):
            tree = trees.get(phase, ROOT)
            kind = "baseline" if phase == "baseline" else "live"
            out = subprocess.run(
                [sys.executable, __file__, "--phase", kind, str(n)],
                capture_output=True, text=True, check=True, cwd=ROOT,
                env=child_env(BENCH_TREE=str(tree)),
            )  # fmt: skip
            samples[phase].append(json.loads(out.stdout.strip().splitlines()[-1]))

    def med(phase: str, key: str) -> float:
        return median([s[key] for s in samples[phase]])

    results = []
    for tree in trees:
        label = "" if tree == "live" else f" ({tree})"
        results += [
            Result(
                f"{n} posts parsed, sanitized, stored and shown{label}",
                "s",
                med(tree, "total_s"),
                med("baseline", "total_s"),
                "same count of dicts in a QStringListModel",
                "≤ 0.5 s",
                runs,
                f"parse+sanitize {med(tree, 'parse_s'):.2f} s, store {med(tree, 'store_s'):.2f} s",
            ),
            Result(
                f"memory growth for {n} posts{label}",
                "MB",
                med(tree, "rss_mb"),
                med("baseline", "rss_mb"),
                "same count of dicts in a QStringListModel",
                "≤ 20 MB",
                runs,
            ),
        ]
    results += [
        Result(
            f"RSS with {n} posts loaded",
            "MB",
            med("live", "rss_after_mb"),
            med("baseline", "rss_window_mb"),
            "bare list window before any posts",
            "",
            runs,
        ),
    ]
    emit(results, args.json, "Live: ingesting posts")
    return 0


if __name__ == "__main__":
    sys.exit(main())
