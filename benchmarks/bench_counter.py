"""How long the composer takes to update every counter per keystroke.

A 3,000-character draft (mixed Swahili/French/Portuguese text, emoji with skin
tones and ZWJ, URLs, mentions) is typed into one character at a time. Per
keystroke we time:

* baseline: ``QPlainTextEdit.insertPlainText`` alone plus ``len()`` of the text;
* counters: the same insert *and* what the composer does on each keystroke:
  event hashtag check, Mastodon + Bluesky + X counts for three targets.

Run: ``QT_QPA_PLATFORM=offscreen python benchmarks/bench_counter.py``.
Compare the two figures of one run only (shared machines are noisy).
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QPlainTextEdit

from companion.core.accounts.model import Network
from companion.core.compose.counting import Limits, count, ensure_hashtag

CHUNK = (
    "Habari za asubuhi kutoka Geita! Wachimbaji wadogo 👩🏽‍🌾 na maafisa wa wilaya "
    "walikutana leo. Ação e coração, élève à l'école 🇹🇿🇬🇭. Voir https://www.iied.org/"
    "artisanal-small-scale-mining et @amina@mastodon.social 👨‍👩‍👧‍👦. "
)
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
    edit = QPlainTextEdit()
    text = draft_text()
    edit.setPlainText(text[: TARGET_CHARS - keystrokes])
    times: list[float] = []
    for ch in text[TARGET_CHARS - keystrokes :]:
        start = time.perf_counter()
        edit.insertPlainText(ch)
        current = edit.toPlainText()
        if with_counters:
            counters(current)
        else:
            len(current)
        times.append(time.perf_counter() - start)
    return times


def run_widget(keystrokes: int) -> list[float]:
    """The real composer with three targets (Mastodon, Bluesky, X): one keystroke
    = insert + textChanged handler (counters, hashtag, problems)."""
    import tempfile

    from companion.core.accounts.credentials import MemoryCredentialStore
    from companion.core.accounts.model import Account, AccountRepository
    from companion.core.paths import Paths
    from companion.core.services import CoreServices
    from companion.ui.compose.area import ComposeDeps, ComposeWidget
    from companion.ui.tasks import TaskManager

    folder = tempfile.mkdtemp(prefix="bench-compose-")
    core = CoreServices.open(Paths.for_data_dir(Path(folder)), credentials=MemoryCredentialStore())
    repo = AccountRepository(core.db)
    for n, network in enumerate(LIMITS):
        repo.save(Account(f"a{n}", network, "https://example.org", f"user{n}"))
    tasks = TaskManager()
    widget = ComposeWidget(ComposeDeps(core, tasks, auto_send=False))
    app = QApplication.instance()
    assert app is not None
    deadline = time.monotonic() + 10
    while len(widget.rows) < 3 and time.monotonic() < deadline:
        app.processEvents()
    text = draft_text()
    edit = widget.view.text
    edit.setPlainText(text[: TARGET_CHARS - keystrokes])
    times: list[float] = []
    for ch in text[TARGET_CHARS - keystrokes :]:
        start = time.perf_counter()
        edit.insertPlainText(ch)  # textChanged runs the handler synchronously
        times.append(time.perf_counter() - start)
    widget.shutdown()
    tasks.shutdown()
    core.close()
    return times


def main() -> int:
    app = QApplication.instance() or QApplication([])
    keystrokes = 200
    run(20, True)  # warm caches (regex compile, twitter-text)
    base = run(keystrokes, False)
    full = run(keystrokes, True)
    widget = run_widget(keystrokes)
    for name, values in (
        ("baseline (insert + len)", base),
        ("all counters", full),
        ("composer, 3 targets", widget),
    ):
        ms = [v * 1000 for v in values]
        p95 = statistics.quantiles(ms, n=20)[18]
        print(f"{name:<26} median {statistics.median(ms):7.3f} ms   p95 {p95:7.3f} ms")
    ratio = statistics.median(full) / statistics.median(base)
    ratio_w = statistics.median(widget) / statistics.median(base)
    print(
        f"text length {TARGET_CHARS} chars; per keystroke the counters cost {ratio:.1f}x "
        f"and the whole composer {ratio_w:.1f}x the baseline"
    )
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
