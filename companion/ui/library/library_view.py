"""Layout of the library area: search, list of items, details, sync bar. No behaviour."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from companion.ui.a11y import CurrentItemOnFocus


class LibraryView(QWidget):
    """Widgets of the list page, exposed as attributes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.lang = QComboBox(self)
        # never cut a language's name ("Kiingerez"): as wide as its longest entry
        self.lang.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.lang.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        self.lang_label = QLabel(self)  # names the combo box (labelled-by)
        self.lang_label.setBuddy(self.lang)
        self.sync = QPushButton(self)
        self.cancel = QPushButton(self)
        self.import_btn = QPushButton(self)
        self.export_btn = QPushButton(self)
        self.import_menu = QMenu(self)
        self.import_folder = self.import_menu.addAction("")
        self.import_archive = self.import_menu.addAction("")
        self.import_btn.setMenu(self.import_menu)
        self.export_menu = QMenu(self)
        self.export_folder = self.export_menu.addAction("")
        self.export_archive = self.export_menu.addAction("")
        self.export_btn.setMenu(self.export_menu)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.lang_label)
        top.addWidget(self.lang)
        top.addWidget(self.sync)
        top.addWidget(self.import_btn)
        top.addWidget(self.export_btn)
        self.progress = QProgressBar(self)
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(self.fontMetrics().height())
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        status_row = QHBoxLayout()
        status_row.addWidget(self.status, 1)
        status_row.addWidget(self.progress)
        status_row.addWidget(self.cancel)
        self.results = QListWidget(self)
        self._focus_item = CurrentItemOnFocus(self.results)  # Tab in: the current item
        self.results.setWordWrap(True)
        self.results.setUniformItemSizes(False)
        self.results.setAlternatingRowColors(True)
        self.results.setSpacing(3)
        self.detail_cover = QLabel(self)  # the selected item's cover (an image)
        self.detail_cover.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.detail_title = QLabel(self)
        self.detail_title.setWordWrap(True)
        self.detail_title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.detail_title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.detail_title.setFont(font)
        self.detail_meta = QLabel(self)
        self.detail_meta.setWordWrap(True)
        self.detail_meta.setTextFormat(Qt.TextFormat.PlainText)
        self.detail_text = QLabel(self)
        self.detail_text.setWordWrap(True)
        self.detail_text.setTextFormat(Qt.TextFormat.PlainText)
        self.detail_text.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.open_btn = QPushButton(self)
        self.system_btn = QPushButton(self)
        self.download_btn = QPushButton(self)
        self.browser_btn = QPushButton(self)
        self.send_btn = QPushButton(self)
        buttons = QHBoxLayout()
        for b in (
            self.open_btn,
            self.system_btn,
            self.download_btn,
            self.browser_btn,
            self.send_btn,
        ):
            buttons.addWidget(b)
        buttons.addStretch(1)
        detail = QWidget(self)
        dl = QVBoxLayout(detail)
        dl.addWidget(self.detail_cover)
        dl.addWidget(self.detail_title)
        dl.addWidget(self.detail_meta)
        dl.addWidget(self.detail_text, 1)
        dl.addLayout(buttons)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.results)
        self.splitter.addWidget(detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(status_row)
        layout.addWidget(self.splitter, 1)


class LibraryStack(QStackedWidget):
    """The list page and the viewers, one at a time."""
