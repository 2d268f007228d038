"""Layout of the Live area: filters, the "N new posts" bar, the list, a side panel."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from companion.ui.a11y import CurrentItemOnFocus, name_clear_button
from companion.ui.live.chart import HourChart


class SafeTextBrowser(QTextBrowser):
    """Shows sanitized post HTML; never fetches anything (no images, no stylesheets)."""

    def loadResource(self, type: int, name: QUrl | str) -> object:
        return None

    def setSource(
        self,
        name: QUrl | str,
        type: QTextDocument.ResourceType = QTextDocument.ResourceType.UnknownResource,
    ) -> None:
        return  # links open in the system browser (setOpenExternalLinks) only


class LiveView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.network = QComboBox(self)
        self.language = QComboBox(self)
        for combo in (self.network, self.language):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        # visible labels name the combo boxes (labelled-by: Qt names a combo by its value)
        self.network_label = QLabel(self)
        self.network_label.setBuddy(self.network)
        self.language_label = QLabel(self)
        self.language_label.setBuddy(self.language)
        self.media_only = QCheckBox(self)
        self.hide_reposts = QCheckBox(self)
        # two rows, so long translations of the check boxes never squeeze the search box
        self.search.setMinimumWidth(self.fontMetrics().averageCharWidth() * 16)
        filters = QVBoxLayout()
        first = QHBoxLayout()
        first.addWidget(self.search, 1)
        first.addWidget(self.network_label)
        first.addWidget(self.network)
        first.addWidget(self.language_label)
        first.addWidget(self.language)
        second = QHBoxLayout()
        second.addWidget(self.media_only)
        second.addWidget(self.hide_reposts)
        second.addStretch(1)
        filters.addLayout(first)
        filters.addLayout(second)

        self.banner = QLabel(self)
        self.banner.setWordWrap(True)
        self.banner.setVisible(False)
        self.new_posts = QPushButton(self)
        self.new_posts.setVisible(False)
        self.list = QListView(self)
        self.list.setUniformItemSizes(False)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setWordWrap(True)
        self.list.setLayoutMode(QListView.LayoutMode.Batched)
        self.list.setBatchSize(200)
        self._focus_item = CurrentItemOnFocus(self.list)  # Tab in: the current post
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)

        left = QWidget(self)
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addLayout(filters)
        lv.addWidget(self.banner)
        lv.addWidget(self.new_posts)
        lv.addWidget(self.empty)
        lv.addWidget(self.list, 1)

        self.detail = SafeTextBrowser(self)
        self.detail.setOpenExternalLinks(True)
        self.detail.setOpenLinks(False)
        self.share = QPushButton(self)
        self.share.setEnabled(False)
        self.chart_title = QLabel(self)
        self.chart = HourChart(self)
        self.contributors_title = QLabel(self)
        self.contributors = QLabel(self)
        self.contributors.setWordWrap(True)
        self.contributors.setTextFormat(Qt.TextFormat.RichText)  # built with html.escape
        self.sources_title = QLabel(self)
        self.sources = QLabel(self)
        self.sources.setWordWrap(True)
        self.sources.setTextFormat(Qt.TextFormat.RichText)  # built with html.escape
        right = QWidget(self)
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        rv.addWidget(self.detail, 3)
        rv.addWidget(self.share)
        rv.addWidget(self.sources_title)
        rv.addWidget(self.sources)
        rv.addWidget(self.chart_title)
        rv.addWidget(self.chart)
        rv.addWidget(self.contributors_title)
        rv.addWidget(self.contributors)
        rv.addStretch(1)

        self.splitter = QSplitter(self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)
        for title in (self.chart_title, self.contributors_title, self.sources_title):
            f = title.font()
            f.setBold(True)
            title.setFont(f)

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search loaded posts"))
        self.search.setAccessibleName(self.tr("Search loaded posts"))
        name_clear_button(self.search, self.tr("Clear the search"))
        self.network_label.setText(self.tr("&Network:"))
        self.network.setAccessibleName(self.tr("Network"))
        self.language_label.setText(self.tr("&Language:"))
        self.language.setAccessibleName(self.tr("Language"))
        self.media_only.setText(self.tr("Media only"))
        self.media_only.setAccessibleDescription(self.tr("Show only posts with media"))
        self.hide_reposts.setText(self.tr("Hide reposts"))
        self.list.setAccessibleName(self.tr("Posts"))
        self.detail.setAccessibleName(self.tr("Selected post"))
        self.detail.setPlaceholderText(self.tr("Select a post to read it in full."))
        self.share.setText(self.tr("Share in a new post…"))
        self.share.setAccessibleDescription(self.tr("Share the selected post in a new post"))
        self.chart_title.setText(self.tr("Posts per hour"))
        self.chart.setAccessibleName(self.tr("Posts per hour"))
        self.contributors_title.setText(self.tr("Top contributors"))
        self.sources_title.setText(self.tr("Sources"))
        # these labels show information: their name is their text, context is described
        self.sources.setAccessibleDescription(self.tr("State of each source"))
        self.banner.setAccessibleDescription(self.tr("Connection state"))
