"""Ingest 10,000 posts into the Live model and view, against the same count of bare
dicts in a plain ``QStringListModel``, measured in the same run.

Each side runs in a fresh subprocess (so memory growth is not shared). The live side
starts from the bytes of 250 timeline pages as a Mastodon server sends them (40 full
``Status`` objects each, UTF-8, Mastodon's own markup for hashtags, mentions and
shortened links) and is timed through every stage the app runs: JSON parse (the app's
reader of timeline replies, ``mastodon.load_statuses``; ``jsonsafe.loads`` in a tree
from before it), parse + sanitize, store (the SQLite post cache), and show (the
model filled, the first screen painted, then 20 screens scrolled page by page). Every
post has its own text (as on the day; three texts repeated would flatter any cache),
300 authors. The time to reach the oldest of the 10,000 posts (End) is reported beside.

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
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
#: the source tree measured (``--before`` runs the phase against another one)
sys.path.insert(0, os.environ.get("BENCH_TREE") or str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

#: Mastodon's markup: hashtags and mentions are links with spans, a shared link is cut
#: into invisible / shown parts
_TAG = (
    '<a href="https://x.example/tags/{0}" class="mention hashtag" rel="tag">#<span>{0}</span></a>'
)
_LINK = (
    '<a href="https://iied.org/asm-{0}" target="_blank" rel="nofollow noopener noreferrer" '
    'translate="no"><span class="invisible">https://</span><span class="">iied.org/asm-{0}'
    '</span><span class="invisible"></span></a>'
)
_MENTION = (
    '<span class="h-card" translate="no"><a href="https://x.example/@iied" '
    'class="u-url mention">@<span>iied</span></a></span>'
)


def _content(i: int) -> str:
    tag, ours = _TAG.format, _TAG.format("shareASM")
    if i % 3 == 0:
        return f"<p>Women miners in Geita share mercury-free gold, day {i} {ours} {tag('ASM')}</p>"
    if i % 3 == 1:
        return f"<p>مرحبا من المؤتمر 👩🏽‍🔧 {i} {ours}</p><p>{_LINK.format(i)}</p>"
    return f"<p>{_MENTION} Orpaillage à Madagascar : les coopératives {i} {ours} {tag('or')}</p>"


def _payloads(n: int) -> list[dict[str, Any]]:
    """Full Mastodon ``Status`` objects (the fields a 4.x server sends on a tag timeline)."""
    from tests.support.fake_mastodon import status

    out = []
    for i in range(n):
        s = status(f"{i:06d}", minutes=i, content=_content(i), acct=f"u{i % 300}@x.example")
        s.update(
            in_reply_to_id=None, in_reply_to_account_id=None, replies_count=i % 7,
            reblogs_count=i % 5, favourites_count=i % 11, mentions=[], card=None, poll=None,
            language=("en", "ar", "fr")[i % 3], quote=None, filtered=[],
        )  # fmt: skip
        s["tags"] = [{"name": "shareasm", "url": "https://x.example/tags/shareasm"}]
        s["account"].update(
            id=str(1000 + i % 300), username=f"u{i % 300}", display_name=f"Author {i % 300}",
            locked=False, bot=False, discoverable=True, group=False, indexable=True,
            created_at="2022-11-01T00:00:00.000Z", note="<p>Artisanal mining</p>",
            header="https://x.example/h.png", header_static="https://x.example/h.png",
            followers_count=120 + i % 300, following_count=80, statuses_count=1500,
            last_status_at="2026-12-04", emojis=[], fields=[],
        )  # fmt: skip
        out.append(s)
    return out


def _pages(n: int) -> list[bytes]:
    """The bodies of the timeline pages, as a server sends them (UTF-8, 40 a page)."""
    payloads = _payloads(n)
    return [
        json.dumps(payloads[i : i + 40], ensure_ascii=False).encode()
        for i in range(0, len(payloads), 40)
    ]


def run_phase(phase: str, n: int) -> dict[str, float]:
    import psutil
    from PySide6.QtCore import QStringListModel
    from PySide6.QtWidgets import QAbstractItemView, QApplication, QListView

    app = QApplication.instance() or QApplication([])
    proc = psutil.Process()
    pages = _pages(n)
    view = QListView()
    view.resize(900, 700)
    view.show()
    app.processEvents()
    stages = {"json_s": 0.0, "parse_s": 0.0, "store_s": 0.0}
    painted = [0]
    if phase != "baseline":
        import tempfile
        from datetime import UTC, datetime

        from companion.core.accounts.credentials import MemoryCredentialStore
        from companion.core.jsonsafe import loads
        from companion.core.live.mastodon import parse_statuses

        try:  # the reader MastodonClient uses (a tree from before it: jsonsafe's)
            from companion.core.live.mastodon import load_statuses as read_reply
        except ImportError:

            def read_reply(data: bytes, what: str = "") -> Any:
                return loads(data, what=what)

        from companion.core.live.store import PostStore
        from companion.core.paths import Paths
        from companion.core.services import CoreServices
        from companion.ui.live.delegate import PostDelegate
        from companion.ui.live.post_model import PostListModel

        core = CoreServices.open(
            Paths.for_data_dir(Path(tempfile.mkdtemp(prefix="bench-live-"))),
            credentials=MemoryCredentialStore(),
        )
        store = PostStore(core.db)
        now = datetime(2026, 12, 4, tzinfo=UTC)
    rss0 = proc.memory_info().rss
    rss_window = rss0 / 2**20
    t0 = time.perf_counter()
    if phase == "baseline":
        model: Any = QStringListModel(
            [
                f"{d['account']['display_name']}: {d['content']}"
                for page in pages
                for d in json.loads(page)
            ]
        )
        view.setModel(model)
    else:
        # the stages as the app runs them: each page read and parsed as it comes (the
        # statuses of a page are dropped once parsed), then the batch stored and shown
        posts: list[Any] = []
        json_s = parse_s = 0.0
        for page in pages:
            ta = time.perf_counter()
            statuses = read_reply(page, what="The server's reply")
            tb = time.perf_counter()
            posts += parse_statuses(statuses, "mastodon:https://x.example")  # sanitize + normalise
            json_s += tb - ta
            parse_s += time.perf_counter() - tb
        del statuses
        # stored, then shown: the app stores on the database lane while the GUI shows
        # them (companion/ui/live/controller.py), so one after the other is the most
        # it can take
        t2 = time.perf_counter()
        store.save(posts, now)
        t3 = time.perf_counter()
        stages = {"json_s": json_s, "parse_s": parse_s, "store_s": t3 - t2}
        # the view as companion/ui/live/view.py sets it up
        view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        view.setWordWrap(True)
        view.setLayoutMode(QListView.LayoutMode.Batched)
        view.setBatchSize(200)
        model = PostListModel(view)
        view.setModel(model)

        class Counted(PostDelegate):
            """Counts the posts painted: a figure for a list that paints nothing is
            no figure for posts shown."""

            def paint(self, *args: Any) -> None:
                painted[0] += 1
                super().paint(*args)

        delegate = Counted(
            lambda url: None, model.expanded, model.revealed, view, now=lambda: now
        )  # as companion/ui/live/widget.py makes it (the app's clock: relative times)
        view.setItemDelegate(delegate)
        model.add_posts(posts, hold_back=False)  # the first posts into an empty list
    t_fill = time.perf_counter() - t0
    view.doItemsLayout()
    app.processEvents()  # the first screen painted (once more if it was not)
    if not painted[0]:
        view.viewport().repaint()
    t_first = time.perf_counter() - t0
    painted_first = painted[0]
    bar = view.verticalScrollBar()
    for _ in range(20):  # scroll down 20 screens, as a reader does; the event loop runs
        bar.setValue(bar.value() + bar.pageStep())  # (delayed layouts, paints)
        app.processEvents()
    t_total = time.perf_counter() - t0
    rss1 = proc.memory_info().rss
    # then to the oldest post (End): what a list laid out in the background or fetched
    # in pages still owes
    t_end = time.perf_counter()
    deadline = t_end + 30
    while time.perf_counter() < deadline:
        view.scrollToBottom()
        app.processEvents()
        if model.rowCount() == n:
            r = view.visualRect(model.index(n - 1, 0))
            if r.height() > 0 and view.viewport().rect().intersects(r):
                break
    t_end = time.perf_counter() - t_end
    work = stages["json_s"] + stages["parse_s"] + stages["store_s"]
    return {
        **stages,
        "first_screen_s": t_first - work,
        "screens_s": t_total - t_first,
        "fill_s": t_fill,
        "first_s": t_first,
        "total_s": t_total,
        "end_s": t_end,
        "rss_mb": (rss1 - rss0) / 2**20,
        "rss_window_mb": rss_window,
        "rss_after_mb": rss1 / 2**20,
        "rows": model.rowCount(),
        "painted_first": painted_first,
        "painted": painted[0],
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
        stages = ", ".join(
            f"{what} {med(tree, key):.3f} s"
            for what, key in (
                ("JSON", "json_s"),
                ("parse+sanitize", "parse_s"),
                ("store", "store_s"),
                ("model+first screen", "first_screen_s"),
                ("20 screens", "screens_s"),
            )
        )
        results += [
            Result(
                f"{n} posts parsed, sanitized, stored and shown{label}",
                "s",
                med(tree, "total_s"),
                med("baseline", "total_s"),
                "same count of dicts in a QStringListModel",
                "≤ 0.5 s",
                runs,
                f"from the reply bytes: {stages}; posts painted: "
                f"{med(tree, 'painted_first'):.0f} on the first screen, "
                f"{med(tree, 'painted'):.0f} in all; then End to the oldest post "
                f"{med(tree, 'end_s'):.3f} s more",
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
