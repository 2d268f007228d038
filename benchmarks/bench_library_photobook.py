"""Photobook: time to first page and warm page flips, vs decoding the JPEG with QImage alone.

Generates a 40-page photobook of 3000×2000 JPEGs in a temporary folder, opens it in
the real viewer offscreen and measures, in the same run:

* first page: from ``open()`` until the first page is on screen (cold: nothing cached);
* warm flip: from ``next_page()`` until the next page is shown, with prefetching on;
* QImage alone: ``QImage(path)`` of one full-size page (what a naive viewer does per flip).

    python benchmarks/bench_library_photobook.py [--pages 40]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


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
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=40)
    args = parser.parse_args()
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
        loader = PageLoader(folder / "thumbs")
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
        for i in range(1, min(15, len(pages))):
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
        for p in paths[25:30]:
            t = time.perf_counter()
            reader = QImageReader(str(p))
            reader.setScaledSize(reader.size().scaled(box, Qt.AspectRatioMode.KeepAspectRatio))
            assert not reader.read().isNull()
            scaled.append(time.perf_counter() - t)
        naive = []
        for p in paths[20:25]:
            t = time.perf_counter()
            img = QImage(str(p))
            assert not img.isNull()
            naive.append(time.perf_counter() - t)
        loader.shutdown()
    sys.stdout.write(f"time to first page shown (cold):  {first * 1000:8.1f} ms\n")
    sys.stdout.write(
        f"warm page flip (median of {len(flips)}):  {statistics.median(flips) * 1000:8.1f} ms\n"
    )
    sys.stdout.write(
        f"QImage(path) full decode (median): {statistics.median(naive) * 1000:8.1f} ms\n"
    )
    sys.stdout.write(
        f"QImageReader scaled decode alone:  {statistics.median(scaled) * 1000:8.1f} ms\n"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
