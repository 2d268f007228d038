"""The library's texts: labels of the view, names of kinds and languages, sizes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from companion.core.library import writer
from companion.core.library.manifest import Item, Manifest, pick
from companion.ui.a11y import name_clear_button
from companion.ui.library.library_view import LibraryView
from companion.ui.locale_format import number


def retranslate_view(v: LibraryView) -> None:
    v.search.setPlaceholderText(
        QCoreApplication.translate("LibraryWidget", "Search titles, captions and publications…")
    )
    v.search.setAccessibleName(QCoreApplication.translate("LibraryWidget", "Search the library"))
    name_clear_button(v.search, QCoreApplication.translate("LibraryWidget", "Clear the search"))
    v.lang_label.setText(QCoreApplication.translate("LibraryWidget", "&Language:"))
    v.lang.setAccessibleName(
        QCoreApplication.translate("LibraryWidget", "Language of the materials")
    )
    v.sync.setText(QCoreApplication.translate("LibraryWidget", "Update pack"))
    v.sync.setAccessibleDescription(
        QCoreApplication.translate("LibraryWidget", "Download the latest content pack")
    )
    v.cancel.setText(QCoreApplication.translate("LibraryWidget", "Stop"))
    v.cancel.setAccessibleDescription(
        QCoreApplication.translate("LibraryWidget", "Stop the download")
    )
    v.import_btn.setText(QCoreApplication.translate("LibraryWidget", "Import…"))
    v.import_btn.setAccessibleDescription(
        QCoreApplication.translate("LibraryWidget", "Import a pack from a USB stick")
    )
    v.export_btn.setText(QCoreApplication.translate("LibraryWidget", "Export…"))
    v.export_btn.setAccessibleDescription(
        QCoreApplication.translate("LibraryWidget", "Export the pack to a USB stick")
    )
    v.import_folder.setText(QCoreApplication.translate("LibraryWidget", "From a folder…"))
    v.import_archive.setText(QCoreApplication.translate("LibraryWidget", "From a zip archive…"))
    v.export_folder.setText(QCoreApplication.translate("LibraryWidget", "To a folder…"))
    v.export_archive.setText(QCoreApplication.translate("LibraryWidget", "To a zip archive…"))
    v.results.setAccessibleName(QCoreApplication.translate("LibraryWidget", "Library items"))
    v.open_btn.setText(QCoreApplication.translate("LibraryWidget", "Open"))
    v.open_btn.setAccessibleDescription(
        QCoreApplication.translate("LibraryWidget", "Open the selected item")
    )
    v.system_btn.setText(QCoreApplication.translate("LibraryWidget", "Open with system viewer"))
    v.system_btn.setAccessibleDescription(
        QCoreApplication.translate("LibraryWidget", "Open with the system's viewer")
    )
    v.download_btn.setAccessibleDescription(
        QCoreApplication.translate("LibraryWidget", "Download this item")
    )
    v.browser_btn.setText(QCoreApplication.translate("LibraryWidget", "Open in browser"))
    v.browser_btn.setAccessibleDescription(
        QCoreApplication.translate("LibraryWidget", "Open the web page in the browser")
    )
    v.send_btn.setText(QCoreApplication.translate("LibraryWidget", "Send to composer"))
    v.send_btn.setAccessibleDescription(
        QCoreApplication.translate("LibraryWidget", "Start a post about this item")
    )


def language_names() -> dict[str, str]:
    return {
        "en": QCoreApplication.translate("LibraryWidget", "English"),
        "sw": QCoreApplication.translate("LibraryWidget", "Kiswahili"),
        "fr": QCoreApplication.translate("LibraryWidget", "French"),
        "pt": QCoreApplication.translate("LibraryWidget", "Portuguese"),
        "mg": QCoreApplication.translate("LibraryWidget", "Malagasy"),
        "es": QCoreApplication.translate("LibraryWidget", "Spanish"),
    }


def kind_name(kind: str) -> str:
    names = {
        "photobook": QCoreApplication.translate("LibraryWidget", "Photobook"),
        "publication": QCoreApplication.translate("LibraryWidget", "Publication"),
        "video": QCoreApplication.translate("LibraryWidget", "Video"),
        "newsletter": QCoreApplication.translate("LibraryWidget", "Newsletter"),
        "link": QCoreApplication.translate("LibraryWidget", "Link"),
    }
    return names.get(kind, kind)


def mb(n: float) -> str:
    return number(n / 1_000_000, 1)


def size_text(n: int) -> str:
    if n < 100_000:
        return QCoreApplication.translate("LibraryWidget", "%1 KB").replace(
            "%1", number(max(1, round(n / 1000)))
        )
    return QCoreApplication.translate("LibraryWidget", "%1 MB").replace("%1", mb(n))


#: the item chosen in the list: (pack, item, language, page)
Selection = tuple[Manifest, Item, str, int]


def show_details(
    v: LibraryView, sel: Selection | None, present: set[str], online: bool | None
) -> None:
    """The details pane and which actions the chosen item offers."""
    for b in (v.open_btn, v.system_btn, v.download_btn, v.browser_btn, v.send_btn):
        b.setVisible(False)
    if sel is None:
        v.detail_title.setText("")
        v.detail_meta.setText("")
        v.detail_text.setText("")
        return
    manifest, item, lang, _page = sel
    v.detail_title.setText(pick(item.title, lang))
    meta = [kind_name(item.kind)]
    if pick(manifest.title, lang) != pick(item.title, lang):  # a built pack's photobook
        meta.append(pick(manifest.title, lang))
    if item.date:
        meta.append(item.date)
    v.detail_meta.setText(" · ".join(meta))
    v.detail_text.setText(pick(item.description, lang))
    ed = item.edition(lang)
    have = ed is not None and all(f.sha256 in present for f in ed.files)
    v.send_btn.setVisible(True)
    if item.kind in ("photobook", "publication", "video", "newsletter") and ed is not None:
        v.open_btn.setVisible(have)
        v.system_btn.setVisible(have and item.kind != "photobook")
        if not have:
            size = sum(f.size for f in ed.files)
            v.download_btn.setText(
                QCoreApplication.translate("LibraryWidget", "Download (%1 MB)").replace(
                    "%1", mb(size)
                )
            )
            v.download_btn.setVisible(True)
    if item.url:
        v.browser_btn.setVisible(True)
        v.browser_btn.setEnabled(online is not False)
        v.browser_btn.setToolTip(
            ""
            if online is not False
            else QCoreApplication.translate("LibraryWidget", "You are offline.")
        )


def waiting_text(holder: str) -> str:
    """What a job says while it waits for ``holder``, the job writing the pack store
    (:mod:`companion.core.library.writer`): it waits, it is not stuck."""
    texts = {
        writer.SYNC: QCoreApplication.translate(
            "LibraryWidget", "Waiting for the pack update to finish…"
        ),
        writer.COPY: QCoreApplication.translate(
            "LibraryWidget", "Waiting for the copy from another laptop to finish…"
        ),
        writer.IMPORT: QCoreApplication.translate(
            "LibraryWidget", "Waiting for the pack import to finish…"
        ),
        writer.DOWNLOAD: QCoreApplication.translate(
            "LibraryWidget", "Waiting for a download to finish…"
        ),
    }
    return texts.get(holder) or QCoreApplication.translate(
        "LibraryWidget", "Waiting for another pack job to finish…"
    )
