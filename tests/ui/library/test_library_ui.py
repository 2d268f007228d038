"""The library area and photobook viewer, driven through their own widgets."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from companion.adapters.pdf_text import pdf_text_extractor
from companion.core.library.service import sample_pack_dir
from companion.core.services import CoreServices
from companion.ui.app import gui_services
from companion.ui.library.library_widget import LibraryWidget
from companion.ui.tasks import TaskManager
from tests.core.library.packs import PackServer, photobook_raw
from tests.support.httpserver import LoopbackServer

# the offscreen platform says this when a top-level window's size limits change
pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def tasks(qtbot: QtBot) -> Iterator[TaskManager]:
    tm = TaskManager()
    yield tm
    tm.shutdown()


@pytest.fixture
def composed() -> list[tuple[str, str]]:
    return []


@pytest.fixture
def widget(
    qtbot: QtBot,
    core: CoreServices,
    tasks: TaskManager,
    tmp_path: Path,
    composed: list[tuple[str, str]],
) -> Iterator[LibraryWidget]:
    # the app's library: its pack store is written on the database lane only
    services = gui_services(core, tasks)
    lib = services.library()
    w = LibraryWidget(
        tasks,
        lib,
        core.http,
        core.settings,
        lambda text, source: composed.append((text, source)),
        tmp_path / "thumbs",
        pdf_text=pdf_text_extractor(),
    )
    qtbot.addWidget(w)
    w.resize(1000, 700)
    w.show()
    qtbot.waitUntil(lambda: w.loaded, timeout=20000)
    yield w
    w.shutdown()
    services.close()


def _select(w: LibraryWidget, item_id: str) -> None:
    for row in range(w.view.results.count()):
        data = w.view.results.item(row).data(Qt.ItemDataRole.UserRole)
        if data and data[1] == item_id:
            w.view.results.setCurrentRow(row)
            return
    raise AssertionError(f"{item_id} not listed")


def test_first_start_offline_shows_the_sample_pack(widget: LibraryWidget) -> None:
    texts = [widget.view.results.item(i).text() for i in range(widget.view.results.count())]
    assert any("SAMPLE photobook" in t for t in texts)
    assert "SAMPLE" in widget.view.status.text()


def test_search_is_instant_and_opens_at_the_matching_page(
    qtbot: QtBot, widget: LibraryWidget
) -> None:
    widget.view.search.setText("majadil")  # Swahili, typed partly
    qtbot.waitUntil(lambda: widget.shown_query == "majadil", timeout=5000)
    hits = [
        widget.view.results.item(i).data(Qt.ItemDataRole.UserRole)
        for i in range(widget.view.results.count())
    ]
    assert ("shareasm-sample", "sample-photobook", "sw", 2) in hits
    row = hits.index(("shareasm-sample", "sample-photobook", "sw", 2))
    widget.view.results.setCurrentRow(row)
    widget.view.open_btn.click()
    assert widget.currentWidget() is widget.photobook
    assert (widget.photobook.lang, widget.photobook.page) == ("sw", 2)


def test_pdf_text_is_searchable(qtbot: QtBot, widget: LibraryWidget) -> None:
    widget.view.search.setText("mabadiliko majadiliano yanawaleta")
    widget.view.search.setText("yanawaleta")  # only in the Swahili PDF's second page
    qtbot.waitUntil(lambda: widget.shown_query == "yanawaleta", timeout=5000)
    assert widget.view.results.item(0).data(Qt.ItemDataRole.UserRole) == (
        "shareasm-sample",
        "sample-brief",
        "sw",
        1,
    )
    widget.view.open_btn.click()
    pub = widget.currentWidget()
    qtbot.waitUntil(lambda: pub.current_page() == 1, timeout=5000)  # type: ignore[attr-defined]


def test_viewer_language_toggle_keeps_the_page_and_keys_navigate(
    qtbot: QtBot, widget: LibraryWidget
) -> None:
    _select(widget, "sample-photobook")
    widget.view.open_btn.click()
    viewer = widget.photobook
    qtbot.waitUntil(
        lambda: (
            viewer.canvas.label.pixmap() is not None and not viewer.canvas.label.pixmap().isNull()
        ),
        timeout=5000,
    )
    assert (viewer.lang, viewer.page) == ("en", 0)
    qtbot.keyClick(viewer, Qt.Key.Key_Right)
    qtbot.keyClick(viewer, Qt.Key.Key_Right)
    qtbot.keyClick(viewer, Qt.Key.Key_Left)
    qtbot.keyClick(viewer, Qt.Key.Key_End)
    assert viewer.page == 4
    qtbot.keyClick(viewer, Qt.Key.Key_Home)
    qtbot.keyClick(viewer, Qt.Key.Key_PageDown)
    qtbot.keyClick(viewer, Qt.Key.Key_PageDown)
    assert viewer.page == 2
    en_caption = viewer.caption.text()
    viewer.lang_btn.click()
    assert (viewer.lang, viewer.page) == ("sw", 2)
    assert viewer.caption.text() != en_caption and "MFANO 3" in viewer.caption.text()
    assert viewer.thumbs.currentRow() == 2
    qtbot.keyClick(viewer, Qt.Key.Key_L)
    assert (viewer.lang, viewer.page) == ("en", 2)
    qtbot.keyClick(viewer, Qt.Key.Key_Right)
    assert viewer.page_label.text() == "Page 4 of 5"
    qtbot.keyClick(viewer, Qt.Key.Key_Escape)
    assert widget.currentWidget() is widget.view


def test_pages_decode_at_screen_size_and_thumbnails_are_cached_on_disk(
    qtbot: QtBot, widget: LibraryWidget, tmp_path: Path
) -> None:
    _select(widget, "sample-photobook")
    widget.view.open_btn.click()
    viewer = widget.photobook
    # the five pages, besides the covers of the grid
    qtbot.waitUntil(lambda: len(list((tmp_path / "thumbs").glob("*.jpg"))) >= 5, timeout=10000)
    qtbot.waitUntil(
        lambda: (
            viewer.canvas.label.pixmap() is not None and not viewer.canvas.label.pixmap().isNull()
        ),
        timeout=5000,
    )
    shown = viewer.canvas.label.pixmap()
    box = viewer.canvas.viewport().size()
    assert shown.width() <= box.width() * viewer.devicePixelRatioF() + 1
    ed = viewer.edition
    assert ed is not None
    qtbot.waitUntil(
        lambda: widget.loader.cached(ed.pages[1], viewer._box()) is not None, timeout=5000
    )


def test_presentation_mode_and_back(qtbot: QtBot, widget: LibraryWidget) -> None:
    _select(widget, "sample-photobook")
    widget.view.open_btn.click()
    viewer = widget.photobook
    viewer.lang_btn.click()
    qtbot.keyClick(viewer, Qt.Key.Key_F5)
    presenter = widget.presenter
    assert presenter is not None and presenter.isFullScreen() and not presenter.thumbs.isVisible()
    assert (presenter.lang, presenter.page) == ("sw", 0)
    qtbot.keyClick(presenter, Qt.Key.Key_Right)
    qtbot.keyClick(presenter, Qt.Key.Key_Escape)
    assert widget.presenter is None
    assert widget.currentWidget() is viewer and (viewer.lang, viewer.page) == ("sw", 1)


def test_send_page_to_composer(widget: LibraryWidget, composed: list[tuple[str, str]]) -> None:
    _select(widget, "sample-photobook")
    widget.view.open_btn.click()
    widget.photobook.next_page()
    widget.photobook.send_btn.click()
    text, source = composed[-1]
    assert source == "photobook" and "page 2" in text and "SAMPLE page 2" in text


def test_wheel_turns_pages(qtbot: QtBot, widget: LibraryWidget) -> None:
    _select(widget, "sample-photobook")
    widget.view.open_btn.click()
    widget.photobook.canvas.wheel_page.emit(1)
    assert widget.photobook.page == 1


def test_sync_from_the_gui_installs_a_new_pack(
    qtbot: QtBot, widget: LibraryWidget, loopback: LoopbackServer
) -> None:
    files = {
        "en/p1.jpg": (sample_pack_dir() / "photobooks/sample-photobook/en/page-01.jpg").read_bytes()
    }
    server = PackServer(loopback)
    server.publish(photobook_raw(files, pack_id="programme"), files)
    widget.settings.library.pack_url = server.url
    assert widget.start_sync(manual=True)
    qtbot.waitUntil(lambda: not widget._busy, timeout=15000)
    qtbot.waitUntil(
        lambda: any(m.id == "programme" for m, _ in widget.snapshot.items), timeout=15000
    )
    assert "installed" in widget.view.status.text()


def test_automatic_sync_respects_the_policy(widget: LibraryWidget) -> None:
    widget.settings.library.pack_url = "http://127.0.0.1:9/manifest.json"
    widget.settings.library.only_unmetered = True
    widget.jobs.metered = lambda: None  # the system cannot tell
    assert not widget.start_sync(manual=False)


def test_import_reports_a_tampered_pack_naming_the_item(
    qtbot: QtBot, widget: LibraryWidget, tmp_path: Path
) -> None:
    from tests.core.library.packs import write_pack

    files = {"en/p1.jpg": b"page"}
    src = write_pack(tmp_path / "usb", photobook_raw(files), files)
    (src / "en/p1.jpg").write_bytes(b"PAGE")
    widget.start_import(str(src))
    qtbot.waitUntil(lambda: not widget._busy, timeout=10000)
    assert "book (photobook)" in widget.view.status.text()


@pytest.mark.allow_warnings  # the multimedia backend may complain offscreen
@pytest.mark.qt_log_ignore(".*")
def test_video_shows_its_size_downloads_on_demand_then_opens(
    qtbot: QtBot,
    widget: LibraryWidget,
    loopback: LoopbackServer,
    tmp_path: Path,
    qtlog: Any,
) -> None:
    from companion.core.library.service import drain
    from companion.core.library.sync import sync_pack
    from tests.core.library.packs import file_entry

    video = b"\x00\x00\x00\x18ftypmp42" + b"\0" * 2_000_000
    raw = photobook_raw({"en/p1.jpg": b"page"}, pack_id="films")
    raw["items"].append(
        {
            "id": "film",
            "kind": "video",
            "title": {"en": "A film"},
            "editions": {"en": {"files": [file_entry("v/film.mp4", video, on_demand=True)]}},
        }
    )
    server = PackServer(loopback)
    server.publish(raw, {"en/p1.jpg": b"page", "v/film.mp4": video})
    drain(sync_pack(widget.http, widget.library.store, server.url))
    assert "v/film.mp4" not in server.sent  # on demand: not part of the sync
    widget.reload()
    qtbot.waitUntil(lambda: any(i.id == "film" for _, i in widget.snapshot.items), timeout=5000)
    _select(widget, "film")
    assert (
        widget.view.download_btn.isVisibleTo(widget) and "2.0 MB" in widget.view.download_btn.text()
    )
    assert not widget.view.open_btn.isVisibleTo(widget)
    widget.view.download_btn.click()
    qtbot.waitUntil(lambda: not widget._busy, timeout=10000)
    assert widget.view.status.text() == "Downloaded."
    qtbot.waitUntil(lambda: widget.view.open_btn.isVisibleTo(widget), timeout=10000)
    widget.view.open_btn.click()
    viewer = widget.currentWidget()
    assert (
        viewer is widget.viewers.video
        and viewer.path is not None
        and viewer.path.read_bytes() == video
    )
    # the media is loaded when it is played, and let go on leaving: no decoding threads
    # run for a video nobody plays. The FFmpeg loader's warning about this (not really
    # playable) file came from its own thread and crashed the run under load: PySide
    # called the Python message handler while pytest-qt was swapping it (core dump:
    # qt_message_output from libffmpegmediaplugin calling a NULL Python callable)
    player = viewer.player
    assert player is None or player.source().isEmpty()
    viewer.back.click()
    assert widget.currentWidget() is widget.view
    assert player is None or player.source().isEmpty()
    qtbot.wait(1000)
    assert not [r for r in qtlog.records if "open media" in r.message]


def test_photobook_with_a_pdf_edition(qtbot: QtBot, widget: LibraryWidget, tmp_path: Path) -> None:
    from tests.core.library.packs import file_entry, write_pack

    sample = sample_pack_dir()
    pages = {
        f"en/{i}.jpg": (sample / f"photobooks/sample-photobook/en/page-0{i}.jpg").read_bytes()
        for i in (1, 2, 3)
    }
    pdf = (sample / "publications/sample-brief-sw.pdf").read_bytes()
    raw = photobook_raw(pages, pack_id="pdfbook")
    raw["items"][0]["editions"]["sw"] = {
        "files": [file_entry("sw/book.pdf", pdf)],
        "captions": ["Ukurasa wa kwanza", "Ukurasa wa pili"],
    }
    src = write_pack(tmp_path / "usb", raw, {**pages, "sw/book.pdf": pdf})
    widget.start_import(str(src))
    qtbot.waitUntil(lambda: not widget._busy, timeout=10000)
    qtbot.waitUntil(lambda: any(m.id == "pdfbook" for m, _ in widget.snapshot.items), timeout=10000)
    book = next(i for m, i in widget.snapshot.items if m.id == "pdfbook")
    widget.open_photobook(book, "en", 1)
    viewer = widget.photobook
    viewer.toggle_language()
    assert (viewer.lang, viewer.page, viewer.page_count()) == ("sw", 1, 2)
    assert viewer.caption.text() == "Ukurasa wa pili"
    qtbot.waitUntil(
        lambda: (
            viewer.canvas.label.pixmap() is not None and not viewer.canvas.label.pixmap().isNull()
        ),
        timeout=5000,
    )
    viewer.toggle_language()
    assert (viewer.lang, viewer.page) == ("en", 1)


def test_settings_page_applies_values(qtbot: QtBot, core: CoreServices) -> None:
    from companion.ui.library.settings_page import LibrarySettingsPage

    page = LibrarySettingsPage(core.settings)
    qtbot.addWidget(page)
    page.url.setText("  https://example.org/pack/manifest.json ")
    page.night.setChecked(True)
    page.apply(core.settings)
    assert core.settings.library.pack_url == "https://example.org/pack/manifest.json"
    assert core.settings.library.only_at_night and not core.settings.library.only_unmetered
    assert page.title() == "Library" and page.note.text()


def test_languages_of_installed_packs_are_offered(
    qtbot: QtBot, widget: LibraryWidget, tmp_path: Path
) -> None:
    from tests.core.library.packs import write_pack

    files = {"fr/p1.jpg": b"page"}
    raw = photobook_raw({}, pack_id="madagascar")
    raw["items"][0]["title"]["fr"] = "Un livre"
    raw["items"][0]["editions"] = {
        "fr": {
            "files": [
                {
                    "path": "fr/p1.jpg",
                    "size": 4,
                    "sha256": __import__("hashlib").sha256(b"page").hexdigest(),
                }
            ]
        }
    }
    widget.start_import(str(write_pack(tmp_path / "usb", raw, files)))
    qtbot.waitUntil(lambda: widget.view.lang.findData("fr") >= 0, timeout=10000)
    widget.view.lang.setCurrentIndex(widget.view.lang.findData("fr"))
    _select(widget, "book")
    assert widget.view.detail_title.text() == "Un livre"


def test_photobook_pages_expose_their_captions(qtbot: QtBot, widget: LibraryWidget) -> None:
    from PySide6.QtGui import QAccessible

    _select(widget, "sample-photobook")
    widget.view.open_btn.click()
    viewer = widget.photobook
    qtbot.waitUntil(lambda: viewer.page == 0 and viewer.edition is not None, timeout=5000)
    ed = viewer.edition
    assert ed is not None
    for page in (0, 1):
        viewer.go_to(page)
        caption = ed.caption(page)
        assert caption
        iface = QAccessible.queryAccessibleInterface(viewer)
        assert iface is not None
        assert iface.text(QAccessible.Text.Description) == caption
        assert str(page + 1) in iface.text(QAccessible.Text.Name)
        label = QAccessible.queryAccessibleInterface(viewer.canvas.label)
        assert label is not None and label.text(QAccessible.Text.Description) == caption
        thumb = viewer.thumbs.item(page)
        assert thumb.data(Qt.ItemDataRole.AccessibleDescriptionRole) == caption


def test_content_language_follows_the_interface_language_live(
    qtbot: QtBot, widget: LibraryWidget
) -> None:
    from companion.ui.i18n import apply_language

    assert widget.lang == "en"
    try:
        apply_language("sw")
        qtbot.waitUntil(lambda: widget.lang == "sw")  # no restart
        combo = widget.view.lang
        assert combo.currentText() == "Kiswahili"
        widget.window().resize(600, 400)  # a 910×512 screen at 150 %
        qtbot.wait(10)
        assert combo.width() >= combo.sizeHint().width()  # "Kiingereza" never cut
        for i in range(combo.count()):
            need = combo.fontMetrics().horizontalAdvance(combo.itemText(i))
            assert combo.width() > need
        combo.setCurrentIndex(combo.findData("en"))  # the user's choice is kept...
        widget.retranslate()
        assert widget.lang == "en"
        apply_language("fr")  # ...until the interface changes again; no French content
        qtbot.waitUntil(lambda: widget.view.lang.currentText() == "Anglais")
        assert widget.lang == "en"
    finally:
        apply_language("en")


def test_browse_is_a_grid_of_covers_and_the_details_show_the_cover(
    qtbot: QtBot, widget: LibraryWidget
) -> None:
    from PySide6.QtWidgets import QListView

    from companion.ui.library.library_widget import COVER_ROLE

    results = widget.view.results
    assert results.viewMode() is QListView.ViewMode.IconMode
    _select(widget, "sample-photobook")
    row = results.currentItem()
    assert row is not None and row.data(COVER_ROLE) is not None  # its first page
    page = row.data(COVER_ROLE)
    qtbot.waitUntil(lambda: page in widget._covers, timeout=10000)

    def shows_cover() -> bool:
        # the list may be refilled meanwhile (and may then list the other language's
        # edition first): read it afresh and compare with the cover of its own page
        _select(widget, "sample-photobook")
        current = results.currentItem()
        if current is None:
            return False
        icon = widget._covers.get(current.data(COVER_ROLE))
        if icon is None:
            return False
        # the same picture (a copy of the icon may carry another cache key)
        size = results.iconSize()
        return bool(current.icon().pixmap(size).toImage() == icon.pixmap(size).toImage())

    qtbot.waitUntil(shows_cover, timeout=20000)
    row = results.currentItem()
    assert row is not None
    assert "Photobook" in row.text() and "EN / SW" in row.text()
    cover = widget.view.detail_cover
    assert cover.isVisible() and not cover.pixmap().isNull()
    assert "SAMPLE photobook" in cover.accessibleName()
    brief = next(
        results.item(i)
        for i in range(results.count())
        if results.item(i).data(Qt.ItemDataRole.UserRole)[1] == "sample-brief"
    )
    assert brief.data(COVER_ROLE).pdf_page == 0  # a publication: its first page


def test_search_hits_are_highlighted_not_bracketed(qtbot: QtBot, widget: LibraryWidget) -> None:
    from PySide6.QtWidgets import QListView

    from companion.ui.library.covers import HTML_ROLE

    widget.view.search.setText("majadil")
    qtbot.waitUntil(lambda: widget.shown_query == "majadil", timeout=5000)
    results = widget.view.results
    assert results.viewMode() is QListView.ViewMode.ListMode
    first = results.item(0)
    assert "[" not in first.text() and "]" not in first.text()
    assert "background-color" in first.data(HTML_ROLE) and "<b>majadil" in first.data(HTML_ROLE)
    # the hits wrap to the list's width: no horizontal scroll bar for a few pixels
    qtbot.waitUntil(lambda: results.horizontalScrollBar().maximum() == 0, timeout=3000)
    widget.view.search.setText("")
    qtbot.waitUntil(lambda: results.viewMode() is QListView.ViewMode.IconMode)


def test_photobook_page_can_fill_the_view(qtbot: QtBot, widget: LibraryWidget) -> None:
    from PySide6.QtCore import QPoint

    from companion.ui.library.photobook import ACTUAL

    _select(widget, "sample-photobook")
    widget.view.open_btn.click()
    viewer = widget.photobook
    assert viewer.thumbs.isVisible() and viewer.caption.isVisible()
    qtbot.keyClick(viewer, Qt.Key.Key_T)  # the filmstrip hides...
    assert not viewer.thumbs.isVisible() and not viewer.strip_btn.isChecked()
    viewer.strip_btn.click()  # ...and comes back with its button
    assert viewer.thumbs.isVisible()
    qtbot.keyClick(viewer, Qt.Key.Key_C)  # the caption collapses
    assert not viewer.caption.isVisible()
    assert viewer.accessibleDescription()  # a screen reader still hears it
    viewer.caption_btn.click()
    assert viewer.caption.isVisible()
    qtbot.keyClick(viewer, Qt.Key.Key_1)  # 100 %: the page's own pixels
    assert viewer.zoom_index == ACTUAL and not viewer.canvas.widgetResizable()
    qtbot.waitUntil(
        lambda: (
            viewer.canvas.label.pixmap() is not None
            and viewer.canvas.label.pixmap().width() >= 1000  # the sample pages are 1200 wide
        ),
        timeout=5000,
    )
    viewer.window().resize(500, 400)
    qtbot.waitUntil(lambda: viewer.canvas.horizontalScrollBar().maximum() > 0)
    bar = viewer.canvas.horizontalScrollBar()
    bar.setValue(100)
    port = viewer.canvas.viewport()
    qtbot.mousePress(port, Qt.MouseButton.LeftButton, pos=QPoint(200, 100))
    qtbot.mouseMove(port, QPoint(150, 100))
    qtbot.mouseRelease(port, Qt.MouseButton.LeftButton, pos=QPoint(150, 100))
    assert bar.value() == 150  # dragged left by 50: the page moved with the hand
    qtbot.keyClick(viewer, Qt.Key.Key_0)
    assert viewer.zoom_index == 0 and viewer.canvas.widgetResizable()


def test_presentation_is_black_with_a_large_caption(qtbot: QtBot, widget: LibraryWidget) -> None:
    _select(widget, "sample-photobook")
    widget.view.open_btn.click()
    viewer = widget.photobook
    qtbot.keyClick(viewer, Qt.Key.Key_F5)
    presenter = widget.presenter
    assert presenter is not None
    assert "black" in presenter.styleSheet()
    assert presenter.caption.font().pointSizeF() >= 18
    assert not presenter.screen_box.isVisible()
    assert presenter.screen() is viewer.screen()  # one screen here: the same one
    qtbot.keyClick(presenter, Qt.Key.Key_Escape)


def test_a_wide_window_shows_two_pages_side_by_side(qtbot: QtBot, widget: LibraryWidget) -> None:
    _select(widget, "sample-photobook")
    widget.view.open_btn.click()
    viewer = widget.photobook
    qtbot.waitUntil(lambda: viewer._page_aspect > 0, timeout=5000)
    assert not viewer.spread()  # the sample's landscape pages: one at a time is larger
    viewer._page_aspect = 0.7  # portrait pages, as most photobooks have
    viewer.window().resize(1400, 600)
    qtbot.waitUntil(viewer.spread)
    viewer._show()
    qtbot.waitUntil(lambda: viewer.page_label.text() == "Pages 1–2 of 5", timeout=5000)
    qtbot.waitUntil(
        lambda: (
            viewer.canvas.label.pixmap() is not None
            and viewer.canvas.label.pixmap().width()
            > 1.5 * viewer.canvas.label.pixmap().height()  # two landscape pages
        ),
        timeout=5000,
    )
    qtbot.keyClick(viewer, Qt.Key.Key_Right)  # turns both pages
    assert viewer.page == 2
    qtbot.keyClick(viewer, Qt.Key.Key_Plus)  # zoomed: one page again
    assert not viewer.spread()


@pytest.mark.parametrize("lang", ["sw", "en"])
def test_no_label_in_the_cover_grid_is_clipped(
    qtbot: QtBot, widget: LibraryWidget, lang: str
) -> None:
    """Each cell is as tall as its label needs: a title that wraps to four lines (or
    a translation longer than the English) is not cut at the bottom of its cell."""
    import dataclasses

    from PySide6.QtCore import QRect
    from PySide6.QtWidgets import QStyleOptionViewItem

    long_title = "Wachimbaji wadogo wa Tanzania, Kenya na Msumbiji wanasimulia mwaka wao " * 2
    manifest, item = widget.snapshot.items[0]
    longer = dataclasses.replace(item, title={**item.title, lang: long_title})
    widget.snapshot.items[0] = (manifest, longer)
    widget.view.lang.setCurrentIndex(widget.view.lang.findData(lang))
    widget._populate()
    results = widget.view.results
    grid = results.gridSize()
    for i in range(results.count()):
        index = results.model().index(i, 0)
        option = QStyleOptionViewItem()
        results.initViewItemOption(option)
        option.rect = QRect(0, 0, grid.width(), 10_000)
        needed = results.itemDelegate().sizeHint(option, index).height()
        text = results.item(i).text()
        assert needed <= grid.height(), f"{text!r} needs {needed} px, the cell has {grid.height()}"
        assert results.visualRect(index).height() >= needed, text
    assert long_title.strip() in results.item(0).toolTip()  # the whole title stays at hand


def test_a_cover_decoded_at_once_is_shown_in_the_grid(
    qtbot: QtBot,
    core: CoreServices,
    tasks: TaskManager,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A cover whose decode is finished before the loader hooks its delivery (a
    thumbnail cached on disk, on a busy machine) is delivered at once, while the grid
    is being filled: its row shows the cover, not the placeholder, and keeps it."""
    from concurrent.futures import Future

    from companion.ui.library.library_widget import COVER_ROLE

    def at_once(fn: Callable[[], object], *, thumbnail: bool = False) -> Future[object]:
        done: Future[object] = Future()
        done.set_result(fn())
        return done

    monkeypatch.setattr(tasks, "submit_decode", at_once)
    services = gui_services(core, tasks)
    w = LibraryWidget(
        tasks,
        services.library(),
        core.http,
        core.settings,
        lambda _text, _source: None,
        tmp_path / "thumbs",
    )
    qtbot.addWidget(w)
    w.resize(1000, 700)
    w.show()
    try:
        qtbot.waitUntil(lambda: w.loaded, timeout=20000)
        _select(w, "sample-photobook")
        row = w.view.results.currentItem()
        assert row is not None
        page = row.data(COVER_ROLE)
        assert page in w._covers
        size = w.view.results.iconSize()
        assert row.icon().pixmap(size).toImage() == w._covers[page].pixmap(size).toImage()
    finally:
        w.shutdown()
        services.close()


def test_details_do_not_repeat_a_title_the_pack_shares_with_its_item(qtbot: QtBot) -> None:
    """A pack made by ``pack build`` gives its photobook the pack's title: the details
    read "Photobook · Field visit 2026" under the heading "Field visit 2026"."""
    import json

    from companion.core.library.manifest import parse_manifest
    from companion.ui.library.library_text import show_details
    from companion.ui.library.library_view import LibraryView
    from tests.core.library.packs import photobook_raw

    raw = photobook_raw({"en/p1.jpg": b"page"})
    view = LibraryView()
    qtbot.addWidget(view)
    manifest = parse_manifest(json.dumps(raw).encode())
    show_details(view, (manifest, manifest.items[0], "en", 0), set(), None)
    assert view.detail_meta.text() == "Photobook · Test pack"  # another title: shown
    raw["title"] = raw["items"][0]["title"]
    manifest = parse_manifest(json.dumps(raw).encode())
    show_details(view, (manifest, manifest.items[0], "sw", 0), set(), None)
    assert view.detail_title.text() == "Kitabu"
    assert view.detail_meta.text() == "Photobook"


def test_a_phone_photo_turned_by_its_exif_tag_fits_the_box(qtbot: QtBot, tmp_path: Path) -> None:
    """Phone pictures are often stored on their side with an EXIF "turn me" tag: the
    page was scaled to the box before being turned, so an upright page came out taller
    than the box (and was squeezed in a two-page spread)."""
    from PIL import Image
    from PySide6.QtCore import QSize

    from companion.ui.library.pages import Page, decode_page

    path = tmp_path / "01.jpg"
    image = Image.new("RGB", (1600, 1200), (40, 90, 140))
    exif = image.getexif()
    exif[0x0112] = 6  # stored on its side: turn 90° clockwise to show
    image.save(path, exif=exif)
    for box in (QSize(598, 410), QSize(400, 150), QSize(200, 200)):
        decoded = decode_page(Page(path, "x" * 64), box)
        assert decoded.height() > decoded.width()  # upright: a portrait page
        assert decoded.width() <= box.width() and decoded.height() <= box.height(), box
