"""Ingest 10,000 posts into the Live model and view, against the same count of bare
dicts in a plain ``QStringListModel``, measured in the same run.

Each side runs in a fresh subprocess (so memory growth is not shared) and reports
wall time to fill the model and lay the view out, and RSS growth.

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_live_ingest.py [N]
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _payloads(n: int) -> list[dict]:
    from tests.core.live.fakes import status

    texts = ["<p>Women miners in Geita share mercury-free processing #shareASM</p>",
             "<p>مرحبا من المؤتمر 👩🏽‍🔧 #shareASM <a href='https://iied.org/asm'>iied.org/asm</a></p>",
             "<p>Orpaillage à Madagascar : les coopératives #shareASM #ASM</p>"]  # fmt: skip
    return [
        status(f"{i:06d}", minutes=i, content=texts[i % 3], acct=f"u{i % 300}@x.example")
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
    rss0 = proc.memory_info().rss
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
        "fill_s": t_fill,
        "total_s": t_total,
        "rss_mb": (rss1 - rss0) / 2**20,
        "rows": model.rowCount(),
    }


def main() -> None:
    if len(sys.argv) > 2 and sys.argv[1] == "--phase":
        n = int(sys.argv[3])
        sys.stdout.write(json.dumps(run_phase(sys.argv[2], n)) + "\n")
        return
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    results = {}
    for phase in ("baseline", "live"):
        out = subprocess.run(
            [sys.executable, __file__, "--phase", phase, str(n)],
            capture_output=True, text=True, check=True, cwd=ROOT,
        )  # fmt: skip
        results[phase] = json.loads(out.stdout.strip().splitlines()[-1])
    b, live = results["baseline"], results["live"]
    print(
        f"{n} posts; fill = (parse +) build the model; total = fill + layout + scrolling 20 screens"
    )
    for name, r in (("QStringListModel of dicts", b), ("Live model + delegate", live)):
        print(
            f"  {name:28s} parse+sanitize {r['parse_s']:.3f} s  fill {r['fill_s']:.3f} s  "
            f"total {r['total_s']:.3f} s  RSS +{r['rss_mb']:.1f} MB  rows {r['rows']}"
        )
    print(f"  ratio live/baseline: total time {live['total_s'] / b['total_s']:.1f}x, "
          f"memory {live['rss_mb'] / max(0.1, b['rss_mb']):.1f}x")  # fmt: skip


if __name__ == "__main__":
    main()
