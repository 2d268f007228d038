"""The publication viewer never runs Python inside QtPdf's locked code.

QPdfSearchModel finds a page's hits while QPdfView paints it, holding PDFium's lock,
and emits ``countChanged`` there. A Python slot called at that moment waits for the
interpreter lock; a worker rendering a PDF thumbnail holds the interpreter lock while
it waits for PDFium's: both wait for ever (a CI run hung so, in
tests/ui/library/test_library_ui.py::test_pdf_text_is_searchable). The viewer takes
the count through the event loop instead.
"""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from companion.core.library.service import sample_pack_dir
from companion.ui.library.publication import PublicationViewer

SAMPLE_SW = Path(sample_pack_dir()) / "publications" / "sample-brief-sw.pdf"


def test_match_count_arrives_through_the_event_loop_not_inside_qtpdf(qtbot: QtBot) -> None:
    viewer = PublicationViewer()
    qtbot.addWidget(viewer)
    viewer.resize(900, 700)
    viewer.show()
    assert viewer.open(SAMPLE_SW, "brief")
    qtbot.waitExposed(viewer)
    viewer.find_box.setText("yanawaleta")  # on the second page
    viewer.view.pageNavigator().jump(1, viewer.view.pageNavigator().currentLocation())
    for _ in range(3):
        viewer.view.viewport().repaint()  # painting finds the hits (PDFium locked)
        assert viewer.found_label.text() == ""  # no Python ran in there
    qtbot.waitUntil(lambda: viewer.found_label.text() != "", timeout=5000)
    assert viewer.search_model.count() >= 1
