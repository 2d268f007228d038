"""A pack can name any file; only documents and media go to the system viewer."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from pytestqt.qtbot import QtBot

from companion.ui.library.publication import open_with_system


class _Catcher(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.opened: list[str] = []

    @Slot(QUrl)
    def handle(self, url: QUrl) -> None:
        self.opened.append(url.toLocalFile())


@pytest.fixture
def catcher(qtbot: QtBot) -> Iterator[_Catcher]:
    c = _Catcher()
    QDesktopServices.setUrlHandler("file", c, "handle")  # type: ignore[arg-type]
    yield c
    QDesktopServices.unsetUrlHandler("file")


@pytest.mark.parametrize(
    "name", ["report.exe", "report.bat", "x.lnk", "a.hta", "a.js", "a.vbs", "a.scr", "run.desktop",
             "a.command", "a.html", "a.msi", "noext", "a.PDF.exe"],
)  # fmt: skip
def test_programs_and_scripts_are_never_opened(
    catcher: _Catcher, tmp_path: Path, name: str
) -> None:
    path = tmp_path / name
    path.write_bytes(b"MZ")
    assert open_with_system(path) is False
    assert catcher.opened == []


@pytest.mark.parametrize("name", ["report.pdf", "Report.PDF", "clip.mp4", "page.jpg"])
def test_documents_and_media_are_opened(catcher: _Catcher, tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(b"%PDF")
    assert open_with_system(path) is True
    # compared as paths: Qt gives "C:/…/report.pdf" where Windows' own form is "C:\\…"
    assert [Path(p) for p in catcher.opened] == [path]
