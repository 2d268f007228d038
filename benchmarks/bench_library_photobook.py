"""Photobook: time to first page and warm page flips, vs decoding the JPEG with QImage alone.

Generates a 40-page photobook of 3000×2000 JPEGs in a temporary folder, opens it in
the real viewer offscreen and measures, in the same run:

* first page: from ``open()`` until the first page is on screen (cold: nothing cached);
* warm flip: from ``next_page()`` until the next page is shown, with prefetching on;
* QImage alone: ``QImage(path)`` of one full-size page (what a naive viewer does per flip).

    python -m benchmarks.bench_library_photobook [--pages 40] [--quick] [--json FILE]

``--quick`` uses 16 pages and 8 flips.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.common import Result, emit, median, parser


def make_pages(folder: Path, count: int) -> list[Path]:
    from PIL import Image, ImageDraw

    paths = []
    base = Image.effect_noise((3000, 2000), 60).convert("RGB")
    for i in range(count):
        im = base.copy()
        d = ImageDraw.Draw(im)
        d.rectangle((100 + i * 20, 100, 900 + i * 20, 700), fill=(40 * (i % 6), 90, 160))
        path = folder / f"page-{i:02d}.jpg"
        im.save(path, "JPEG", quality=85)
        paths.append(path)
    return paths


def main() -> int:
    p = parser(__doc__ or "")
    p.add_argument("--pages", type=int, default=40)
    args = p.parse_args()
    if args.quick:
        args.pages = min(args.pages, 16)
    if args.pages < 12:
        raise SystemExit("--pages must be at least 12")
    n_flips = min(15, args.pages) - 1 if not args.quick else 8
    # pages never flipped to nor prefetched: cold for the reference decodes
    ref = args.pages - 10
    from PySide6.QtCore import QEventLoop, Qt
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QApplication

    from companion.ui.library.pages import Page, PageLoader
    from companion.ui.library.photobook import EditionPages, Photobook, PhotobookViewer

    app = QApplication.instance() or QApplication([])
    # QEventLoop.processEvents, not QApplication.processEvents: in PySide6 6.12 the
    # latter (and QTest.qWait) drop a reference to None on every call
    events = QEventLoop()
    del app
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        t = time.perf_counter()
        paths = make_pages(folder, args.pages)
        size = sum(p.stat().st_size for p in paths)
        sys.stdout.write(
            f"generated {len(paths)} pages 3000x2000 ({size / 1e6:.1f} MB) "
            f"in {time.perf_counter() - t:.1f} s\n"
        )
        from companion.ui.tasks import TaskManager

        tasks = TaskManager()
        loader = PageLoader(folder / "thumbs", tasks)
        viewer = PhotobookViewer(loader)
        viewer.resize(1280, 800)
        viewer.show()
        events.processEvents()
        pages = [Page(p, f"{i:064x}") for i, p in enumerate(paths)]
        book = Photobook("bench", {"en": EditionPages("en", "Bench", pages)})

        def wait_page(target: int) -> None:
            while True:
                want = viewer._want
                events.processEvents()
                pm = viewer.canvas.label.pixmap()
                ready = want is not None and loader.cached(want[0], viewer._box()) is not None
                if viewer.page == target and ready and pm is not None and not pm.isNull():
                    return
                time.sleep(0.0005)

        t = time.perf_counter()
        viewer.open(book, "en", 0)
        wait_page(0)
        first = time.perf_counter() - t
        flips = []
        for i in range(1, n_flips + 1):
            # give prefetch the time a person takes to look at a page
            end = time.perf_counter() + 0.3
            while time.perf_counter() < end:
                events.processEvents()
                time.sleep(0.005)
            t = time.perf_counter()
            viewer.next_page()
            wait_page(i)
            flips.append(time.perf_counter() - t)
        from PySide6.QtGui import QImageReader

        scaled = []
        box = viewer._box()
        for path in paths[ref : ref + 5]:
            t = time.perf_counter()
            reader = QImageReader(str(path))
            reader.setScaledSize(reader.size().scaled(box, Qt.AspectRatioMode.KeepAspectRatio))
            assert not reader.read().isNull()
            scaled.append(time.perf_counter() - t)
        naive = []
        for path in paths[ref + 5 : ref + 10]:
            t = time.perf_counter()
            img = QImage(str(path))
            assert not img.isNull()
            naive.append(time.perf_counter() - t)
        loader.shutdown()
    full_decode = median(naive) * 1000
    notes = f"{args.pages} pages 3000×2000 JPEG, viewer 1280×800"
    results = [
        Result(
            "photobook first page shown (cold)",
            "ms",
            first * 1000,
            full_decode,
            "QImage(path) full decode of one page",
            "—",
            1,
            notes,
        ),
        Result(
            "photobook warm page flip",
            "ms",
            median(flips) * 1000,
            full_decode,
            "QImage(path) full decode of one page",
            "—",
            len(flips),
            notes,
            samples=[f * 1000 for f in flips],
        ),
        Result(
            "QImageReader scaled decode alone",
            "ms",
            median(scaled) * 1000,
            full_decode,
            "QImage(path) full decode of one page",
            "—",
            len(scaled),
            "reference: the floor for a cold page",
            samples=[f * 1000 for f in scaled],
        ),
    ]
    emit(results, args.json, "Photobook")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
