"""How long the composer takes to update every counter per keystroke.

A 3,000-character draft (mixed Swahili/French/Portuguese text, emoji with skin
tones and ZWJ, URLs, mentions) is typed into one character at a time. Per
keystroke we time:

* baseline: ``QPlainTextEdit.insertPlainText`` plus ``toPlainText`` and ``len()``;
* counting work: what the counters cost on top of that insert (event hashtag check,
  Mastodon + Bluesky + X counts), timed apart from the insert;
* the composer's counter update: the real composer's textChanged handler with three
  targets (counts, labels, problems), timed apart from the insert.

The target (issue 19) is for the work on top of the insert: ≤ 1 ms per keystroke.

Run: ``python -m benchmarks.bench_counter [--keystrokes 200] [--quick] [--json FILE]
[--before DIR]`` (``--before``: the same figures for another source tree, in the same run).
Compare the figures of one run only (shared machines are noisy).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

#: the source tree measured (``--before DIR`` runs this script again against another)
sys.path.insert(0, os.environ.get("BENCH_TREE") or str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QApplication, QPlainTextEdit

from benchmarks.common import Result, emit, median, parser
from companion.core.accounts.model import Network
from companion.core.compose.counting import Limits, count, ensure_hashtag

CHUNK = (
    "Habari za asubuhi kutoka Geita! Wachimbaji wadogo 👩🏽‍🌾 na maafisa wa wilaya "
    "walikutana leo. Ação e coração, élève à l'école 🇹🇿🇬🇭. Voir https://www.iied.org/"
    "artisanal-small-scale-mining et @amina@mastodon.social 👨‍👩‍👧‍👦. "
)
ROOT = Path(__file__).resolve().parents[1]
TARGET_CHARS = 3000
LIMITS = {n: Limits.for_network(n) for n in (Network.MASTODON, Network.BLUESKY, Network.X)}


def draft_text() -> str:
    text = ""
    while len(text) < TARGET_CHARS:
        text += CHUNK
    return text[:TARGET_CHARS]


def counters(text: str) -> None:
    final = ensure_hashtag(text, "shareASM")
    for network, limits in LIMITS.items():
        count(network, final, limits=limits, with_facets=False)


def run(keystrokes: int, with_counters: bool) -> list[float]:
    """Per keystroke: the insert alone (baseline) or what the counters cost on top."""
    edit = QPlainTextEdit()
    text = draft_text()
    edit.setPlainText(text[: TARGET_CHARS - keystrokes])
    times: list[float] = []
    for ch in text[TARGET_CHARS - keystrokes :]:
        start = time.perf_counter()
        edit.insertPlainText(ch)
        current = edit.toPlainText()
        inserted = time.perf_counter()
        if with_counters:
            counters(current)
            times.append(time.perf_counter() - inserted)
        else:
            len(current)
            times.append(inserted - start)
    return times


def run_widget(keystrokes: int) -> list[float]:
    """The real composer with three targets (Mastodon, Bluesky, X): per keystroke,
    the textChanged handler (counters, hashtag, labels, problems), timed apart from
    the insert itself."""
    import tempfile

    from companion.core.accounts.credentials import MemoryCredentialStore
    from companion.core.accounts.model import Account, AccountRepository
    from companion.core.paths import Paths
    from companion.core.services import CoreServices
    from companion.ui.app import gui_services
    from companion.ui.compose.area import ComposeDeps, ComposeWidget
    from companion.ui.compose.services import compose_services
    from companion.ui.tasks import TaskManager

    folder = tempfile.mkdtemp(prefix="bench-compose-")
    core = CoreServices.open(Paths.for_data_dir(Path(folder)), credentials=MemoryCredentialStore())
    repo = AccountRepository(core.db)
    for n, network in enumerate(LIMITS):
        repo.save(Account(f"a{n}", network, "https://example.org", f"user{n}"))
    tasks = TaskManager()
    services = compose_services(gui_services(core, tasks))
    widget = ComposeWidget(ComposeDeps(services, tasks, auto_send=False))
    app = QApplication.instance()
    assert app is not None
    # QEventLoop().processEvents, not QApplication.processEvents: PySide6 6.12.0 leaks
    # a reference to None on every call of a static void method
    events = QEventLoop()
    deadline = time.monotonic() + 10
    while len(widget.rows) < 3 and time.monotonic() < deadline:
        events.processEvents()
    if len(widget.rows) < 3:
        raise RuntimeError("the composer did not list the three bench accounts")
    text = draft_text()
    edit = widget.view.text
    edit.setPlainText(text[: TARGET_CHARS - keystrokes])
    times: list[float] = []
    handler = widget.editor._on_text_changed  # what textChanged runs, synchronously
    for ch in text[TARGET_CHARS - keystrokes :]:
        edit.blockSignals(True)
        edit.insertPlainText(ch)
        edit.blockSignals(False)
        start = time.perf_counter()
        handler()
        times.append(time.perf_counter() - start)
    widget.shutdown()
    tasks.shutdown()
    core.close()
    return times


def before_results(tree: Path, keystrokes: int) -> list[Result]:
    """This script's figures for another source tree, run in a child process."""
    import json
    import subprocess
    import tempfile

    from benchmarks.common import child_env

    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "before.json"
        subprocess.run(
            [
                sys.executable,
                __file__,
                "--keystrokes",
                str(keystrokes),
                "--json",
                str(out),
                "--label",
                " (before)",
            ],
            check=True,
            capture_output=True,
            env=child_env(BENCH_TREE=str(tree.resolve())),
            cwd=ROOT,
        )
        rows = json.loads(out.read_text())
    return [Result(**{k: v for k, v in r.items() if k != "ratio"}) for r in rows]


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[18]


def main() -> int:
    p = parser(__doc__ or "")
    p.add_argument("--keystrokes", type=int, default=200)
    p.add_argument("--before", type=Path, help="another source tree to measure in the same run")
    p.add_argument("--label", default="", help=argparse.SUPPRESS)
    args = p.parse_args()
    keystrokes = min(args.keystrokes, 100) if args.quick else args.keystrokes
    app = QApplication.instance() or QApplication([])
    run(20, True)  # warm caches (regex compile, twitter-text)
    base = [v * 1000 for v in run(keystrokes, False)]
    full = [v * 1000 for v in run(keystrokes, True)]
    widget = [v * 1000 for v in run_widget(keystrokes)]
    results = [
        Result(
            f"{name}, per keystroke ({TARGET_CHARS}-char draft){args.label}",
            "ms",
            median(values),
            median(base),
            "QPlainTextEdit insert + len()",
            "≤ 1 ms",
            keystrokes,
            f"p95 {p95(values):.3f} ms (baseline p95 {p95(base):.3f} ms)",
            samples=values,
        )
        for name, values in (
            ("counting work (3 networks)", full),
            ("composer's counter update, 3 targets", widget),
        )
    ]
    if args.before:
        results += before_results(args.before, keystrokes)
    emit(results, args.json, "Counter per keystroke")
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
