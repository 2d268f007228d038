"""PDF text for the search index, extracted with QtPdf (imported lazily).

Works without any Qt application object, so the headless commands use it too; core
receives it as a :data:`companion.core.library.index.PdfText` function. When
QtPdf is missing, ``pdf_text_extractor()`` returns None and the index holds titles,
descriptions and captions only.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path

from companion.core.library.index import PdfText

log = logging.getLogger(__name__)

#: pages beyond this are not indexed (a 1,000-page annex would slow every search)
MAX_PAGES = 400


def pdf_text_extractor() -> PdfText | None:
    try:
        from PySide6.QtPdf import QPdfDocument
    except ImportError as exc:  # pragma: no cover - the wheel is a dependency
        log.info("QtPdf is not available; PDF text is not searchable: %s", exc)
        return None

    def extract(path: Path) -> Sequence[str]:
        doc = QPdfDocument()
        try:
            if doc.load(str(path)) != QPdfDocument.Error.None_:
                log.info("could not read %s for the index", path.name)
                return []
            pages = min(doc.pageCount(), MAX_PAGES)
            return [doc.getAllText(i).text().replace("\r\n", "\n") for i in range(pages)]
        finally:
            doc.close()

    return extract
