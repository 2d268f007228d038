"""The photobook's thumbnail strip shows the thumbnails of the edition on screen, never
those still coming for the book or language shown before (real decoding threads)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from companion.core.library.store import sha256_file
from companion.ui.library.pages import Page, PageLoader
from companion.ui.library.photobook import EditionPages, Photobook, PhotobookViewer
from companion.ui.tasks import TaskManager

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

RED, BLUE = QColor(255, 0, 0), QColor(0, 0, 255)
PAGES = 3


@pytest.fixture
def tasks(qtbot: QtBot) -> Iterator[TaskManager]:
    tm = TaskManager()
    yield tm
    tm.shutdown()


def _edition(folder: Path, lang: str, colour: QColor) -> EditionPages:
    folder.mkdir(parents=True, exist_ok=True)
    pages = []
    for i in range(PAGES):
        image = QImage(300 + i, 200, QImage.Format.Format_RGB32)  # each page its own file
        image.fill(colour)
        path = folder / f"{lang}-{i}.png"
        assert image.save(str(path), "PNG")
        pages.append(Page(path, sha256_file(path)))
    return EditionPages(lang, f"Book ({lang})", pages)


def _colour(image: QImage) -> QColor:
    return image.pixelColor(image.width() // 2, image.height() // 2)


def _block_thumbnails(tasks: TaskManager) -> tuple[threading.Event, threading.Event]:
    """Hold the thumbnail worker (one thread) until the first event is set; the second
    says the worker reached this job (every job before it is done)."""
    release, reached = threading.Event(), threading.Event()

    def hold() -> None:
        reached.set()
        release.wait(15)

    tasks.submit_decode(hold, thumbnail=True)
    return release, reached


def test_thumbnails_of_the_previous_language_never_reach_the_strip(
    qtbot: QtBot, tasks: TaskManager, tmp_path: Path
) -> None:
    loader = PageLoader(tmp_path / "thumbs", tasks)
    viewer = PhotobookViewer(loader)
    qtbot.addWidget(viewer)
    viewer.resize(900, 600)
    viewer.show()
    book = Photobook(
        "book",
        {
            "en": _edition(tmp_path / "pages", "en", RED),
            "sw": _edition(tmp_path / "pages", "sw", BLUE),
        },
    )

    def shown(colour: QColor) -> bool:
        pixmap = viewer.canvas.label.pixmap()
        return pixmap is not None and not pixmap.isNull() and _colour(pixmap.toImage()) == colour

    first_release, _ = _block_thumbnails(tasks)
    second_release = threading.Event()
    try:
        viewer.open(book, "en")
        qtbot.waitUntil(lambda: shown(RED), timeout=10000)  # EN thumbnails asked for
        # the SW ones are asked for behind a second block, after the stale EN ones
        second_release, second_reached = _block_thumbnails(tasks)
        viewer.set_language("sw")
        qtbot.waitUntil(lambda: shown(BLUE), timeout=10000)  # SW thumbnails asked for
        assert viewer.thumbs.count() == PAGES
        first_release.set()
        assert second_reached.wait(15)  # every EN thumbnail made (or dropped) by now
        QCoreApplication.processEvents()
        assert [viewer.thumbs.item(i).icon().isNull() for i in range(PAGES)] == [True] * PAGES
    finally:
        first_release.set()
        second_release.set()

    def icons() -> list[QColor]:
        out = []
        for i in range(PAGES):
            icon = viewer.thumbs.item(i).icon()
            if icon.isNull():
                return []
            out.append(_colour(icon.pixmap(QSize(30, 20)).toImage()))
        return out

    qtbot.waitUntil(lambda: len(icons()) == PAGES, timeout=10000)
    assert icons() == [BLUE] * PAGES
    loader.shutdown()


def test_a_new_book_drops_the_thumbnails_still_queued_for_the_last(
    qtbot: QtBot, tasks: TaskManager, tmp_path: Path
) -> None:
    loader = PageLoader(tmp_path / "thumbs", tasks)
    viewer = PhotobookViewer(loader)
    qtbot.addWidget(viewer)
    viewer.resize(900, 600)
    viewer.show()
    first = Photobook("one", {"en": _edition(tmp_path / "one", "en", RED)})
    second = Photobook("two", {"en": _edition(tmp_path / "two", "en", BLUE)})
    release, _ = _block_thumbnails(tasks)
    try:
        viewer.open(first, "en")
        qtbot.waitUntil(
            lambda: (
                viewer.canvas.label.pixmap() is not None
                and not viewer.canvas.label.pixmap().isNull()
            ),
            timeout=10000,
        )
        viewer.open(second, "en")  # before the first book's thumbnails were made
    finally:
        release.set()
    strip = viewer.thumbs
    qtbot.waitUntil(
        lambda: all(not strip.item(i).icon().isNull() for i in range(PAGES)), timeout=10000
    )
    colours = [_colour(strip.item(i).icon().pixmap(QSize(30, 20)).toImage()) for i in range(PAGES)]
    assert colours == [BLUE] * PAGES
    # the first book's thumbnails were never made: their queued jobs were dropped
    for page in first.editions["en"].pages:
        assert not loader.thumb_path(page).exists()
    loader.shutdown()
