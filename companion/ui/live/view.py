"""Layout of the Live area: filters, the "N new posts" bar, the list, a side panel."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import (
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QResizeEvent,
    QShortcut,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSplitter,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from companion.ui.a11y import CurrentItemOnFocus, name_clear_button
from companion.ui.live.chart import HourChart


class ReadingPane(QTextEdit):
    """The selected post in full: sanitized HTML, read-only, never fetches anything (no
    images, no stylesheets).

    A QTextEdit, not a QTextBrowser: Qt exposes a QTextBrowser to screen readers as
    static text (AT-SPI role "label", issue 21), which Orca reads as one block and
    never lets the reader move through. A read-only QTextEdit is a text object (role
    "text", state read-only) that Tab reaches and whose text the caret walks line by
    line. Links open through :attr:`anchorClicked` (the area opens http(s) only).
    """

    anchorClicked = Signal(QUrl)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setUndoRedoEnabled(False)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
            | Qt.TextInteractionFlag.LinksAccessibleByMouse
        )
        self.setTabChangesFocus(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.viewport().setMouseTracking(True)
        self._pressed_anchor = ""

    def loadResource(self, type: int, name: QUrl | str) -> object:
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._pressed_anchor = self.anchorAt(event.position().toPoint())
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        anchor = self.anchorAt(event.position().toPoint())
        if (
            event.button() == Qt.MouseButton.LeftButton
            and anchor
            and anchor == self._pressed_anchor
            and not self.textCursor().hasSelection()
        ):
            self.anchorClicked.emit(QUrl(anchor))
        self._pressed_anchor = ""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter on a link (the caret on it) opens it, as a click does."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            href = self.anchor_at_caret()
            if href:
                self.anchorClicked.emit(QUrl(href))
                event.accept()
                return
        super().keyPressEvent(event)

    def anchor_at_caret(self) -> str:
        """The address of the link the caret is in or just before ("" if none)."""
        cursor = self.textCursor()
        cursor.clearSelection()
        if cursor.charFormat().isAnchor():
            return cursor.charFormat().anchorHref()
        cursor.movePosition(QTextCursor.MoveOperation.NextCharacter)
        return cursor.charFormat().anchorHref() if cursor.charFormat().isAnchor() else ""

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        super().mouseMoveEvent(event)
        over_link = bool(self.anchorAt(event.position().toPoint()))
        self.viewport().setCursor(
            Qt.CursorShape.PointingHandCursor if over_link else Qt.CursorShape.IBeamCursor
        )


class LiveView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(self)
        self.title.setObjectName("liveTitle")
        tf = self.title.font()
        tf.setPointSizeF(tf.pointSizeF() * 1.25)
        tf.setBold(True)
        self.title.setFont(tf)
        self.title.setWordWrap(True)
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

        # ONE banner for the connection, whatever the number of sources; the per-source
        # lines are details, shown on demand
        self.banner_box = QFrame(self)
        self.banner_box.setObjectName("liveBanner")
        self.banner_box.setFrameShape(QFrame.Shape.StyledPanel)
        self.banner = QLabel(self.banner_box)
        self.banner.setWordWrap(True)
        self.banner_details = QPushButton(self.banner_box)
        self.banner_details.setCheckable(True)
        # in one column the side pane (and its source lines) is hidden: the details
        # then open here, under the banner
        self.banner_sources = QLabel(self.banner_box)
        self.banner_sources.setWordWrap(True)
        self.banner_sources.setTextFormat(Qt.TextFormat.RichText)  # built with html.escape
        self.banner_sources.setVisible(False)
        bv = QVBoxLayout(self.banner_box)
        bv.setContentsMargins(8, 4, 8, 4)
        bl = QHBoxLayout()
        bl.addWidget(self.banner, 1)
        bl.addWidget(self.banner_details)
        bv.addLayout(bl)
        bv.addWidget(self.banner_sources)
        self.banner_box.setVisible(False)
        # what was just done to the posts ("@x is muted."), with its undo
        self.notice_box = QFrame(self)
        self.notice_box.setObjectName("liveNotice")
        self.notice_box.setFrameShape(QFrame.Shape.StyledPanel)
        self.notice = QLabel(self.notice_box)
        self.notice.setWordWrap(True)
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice_undo = QPushButton(self.notice_box)
        nl = QHBoxLayout(self.notice_box)
        nl.setContentsMargins(8, 4, 8, 4)
        nl.addWidget(self.notice, 1)
        nl.addWidget(self.notice_undo)
        self.notice_box.setVisible(False)
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
        # the empty view fills the list's place and says what to do next
        self.empty_box = QWidget(self)
        self.empty_box.setObjectName("liveEmpty")
        self.empty = QLabel(self.empty_box)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        f = self.empty.font()
        f.setPointSizeF(f.pointSizeF() * 1.3)
        f.setBold(True)
        self.empty.setFont(f)
        self.empty_hint = QLabel(self.empty_box)
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_action = QPushButton(self.empty_box)
        ev = QVBoxLayout(self.empty_box)
        ev.addStretch(1)
        ev.addWidget(self.empty)
        ev.addWidget(self.empty_hint)
        ev.addWidget(self.empty_action, 0, Qt.AlignmentFlag.AlignHCenter)
        ev.addStretch(2)

        left = QWidget(self)
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addLayout(filters)
        lv.addWidget(self.banner_box)
        lv.addWidget(self.notice_box)
        lv.addWidget(self.new_posts)
        lv.addWidget(self.empty_box, 1)
        lv.addWidget(self.list, 1)

        self.detail = ReadingPane(self)  # LiveArea opens http(s) links itself
        self.share = QPushButton(self)
        self.share.setEnabled(False)
        # per-post actions (also in the list's context menu)
        self.open_original = QPushButton(self)
        self.copy_link = QPushButton(self)
        self.view_media = QPushButton(self)
        self.mute_author = QPushButton(self)
        for b in (self.open_original, self.copy_link, self.mute_author, self.view_media):
            b.setEnabled(False)
        self.chart_title = QLabel(self)
        self.chart = HourChart(self)
        self.contributors_title = QLabel(self)
        self.contributors = QLabel(self)
        self.contributors.setWordWrap(True)
        self.contributors.setTextFormat(Qt.TextFormat.RichText)  # built with html.escape
        self.sources_title = QLabel(self)
        self.sources_summary = QLabel(self)
        self.sources_summary.setWordWrap(True)
        self.sources_details = QPushButton(self)
        self.sources_details.setCheckable(True)
        self.sources = QLabel(self)
        self.sources.setWordWrap(True)
        self.sources.setTextFormat(Qt.TextFormat.RichText)  # built with html.escape
        self.sources.setVisible(False)
        # both buttons show the same details
        self.banner_details.toggled.connect(self.show_source_details)
        self.sources_details.toggled.connect(self.show_source_details)
        right = QWidget(self)
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        # one column (narrow windows): the reading pane opens over the list; back with this
        self.back = QPushButton(right)
        self.back.setVisible(False)
        self.back.clicked.connect(self.close_reading)
        rv.addWidget(self.back, 0, Qt.AlignmentFlag.AlignLeft)
        rv.addWidget(self.detail, 3)
        # one row when there is room; two below TWO_ROWS_BELOW, so the side pane can be
        # narrow and the list keep most of a 1024-pixel screen
        self._actions = QGridLayout()
        self._action_buttons = (
            self.open_original,
            self.copy_link,
            self.share,
            self.view_media,
            self.mute_author,
        )
        self._action_columns = 0
        self._arrange_actions(len(self._action_buttons))
        rv.addLayout(self._actions)
        rv.addWidget(self.sources_title)
        summary = QHBoxLayout()
        summary.addWidget(self.sources_summary, 1)
        summary.addWidget(self.sources_details)
        rv.addLayout(summary)
        rv.addWidget(self.sources)
        rv.addWidget(self.chart_title)
        rv.addWidget(self.chart)
        rv.addWidget(self.contributors_title)
        rv.addWidget(self.contributors)
        rv.addStretch(1)

        self._left, self._right = left, right
        self.narrow = False
        self.reading = False
        self.esc = QShortcut(QKeySequence(Qt.Key.Key_Escape), right)
        self.esc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.esc.activated.connect(self.close_reading)
        self.splitter = QSplitter(self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.splitter, 1)
        for title in (self.chart_title, self.contributors_title, self.sources_title):
            f = title.font()
            f.setBold(True)
            title.setFont(f)

    #: below this width (logical pixels) the view is one column
    NARROW_BELOW = 900
    #: below this width the post actions take two rows (a narrower side pane)
    TWO_ROWS_BELOW = 1150

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.set_narrow(self.width() < self.NARROW_BELOW)
        two_rows = self.width() < self.TWO_ROWS_BELOW
        if self._arrange_actions(3 if two_rows else len(self._action_buttons)) and not self.narrow:
            # the side pane's least width changed: the list gets three fifths again
            self.splitter.setSizes([self.width() * 3 // 5, self.width() * 2 // 5])

    def _arrange_actions(self, columns: int) -> bool:
        """The action buttons in rows of ``columns``; False when already so."""
        if columns == self._action_columns:
            return False
        self._action_columns = columns
        for b in self._action_buttons:
            self._actions.removeWidget(b)
        for i, b in enumerate(self._action_buttons):
            self._actions.addWidget(b, i // columns, i % columns)
        for c in range(len(self._action_buttons) + 1):
            self._actions.setColumnStretch(c, 1 if c == columns else 0)
        return True

    def set_narrow(self, on: bool) -> None:
        if on == self.narrow:
            return
        self.narrow = on
        self.back.setVisible(on)
        self.reading = False
        self._left.setVisible(True)
        self._right.setVisible(not on)
        self.banner_sources.setVisible(on and self.sources_details.isChecked())

    def open_reading(self) -> None:
        """One column: the reading pane takes the list's place until Back or Esc."""
        if not self.narrow:
            return
        self.reading = True
        self._left.setVisible(False)
        self._right.setVisible(True)
        self.detail.setFocus()

    def close_reading(self) -> None:
        if not self.narrow or not self.reading:
            return
        self.reading = False
        self._right.setVisible(False)
        self._left.setVisible(True)
        self.list.setFocus()

    def show_source_details(self, on: bool) -> None:
        for button in (self.banner_details, self.sources_details):
            button.blockSignals(True)
            button.setChecked(on)
            button.blockSignals(False)
        self.sources.setVisible(on)
        self.banner_sources.setVisible(on and self.narrow)

    def set_empty(self, empty: bool) -> None:
        self.empty_box.setVisible(empty)
        self.list.setVisible(not empty)

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
        self.back.setText(self.tr("← Back to the posts"))
        self.esc.setWhatsThis(self.tr("Back from the post to the list (narrow windows)"))
        self.share.setText(self.tr("Share…"))
        self.share.setToolTip(self.tr("Share in a new post…"))
        self.open_original.setText(self.tr("Open"))
        self.open_original.setToolTip(self.tr("Open the original in the browser"))
        self.open_original.setAccessibleDescription(self.open_original.toolTip())
        self.copy_link.setText(self.tr("Copy link"))
        self.copy_link.setAccessibleDescription(self.tr("Copy the link to the selected post"))
        self.view_media.setText(self.tr("Pictures"))
        self.view_media.setToolTip(self.tr("View the pictures large"))
        self.view_media.setAccessibleDescription(self.view_media.toolTip())
        self.mute_author.setText(self.tr("Mute"))
        self.mute_author.setToolTip(self.tr("Mute the author: hide their posts"))
        self.mute_author.setAccessibleDescription(self.mute_author.toolTip())
        self.share.setAccessibleDescription(self.tr("Share the selected post in a new post"))
        self.chart_title.setText(self.tr("Posts per hour"))
        self.chart.setAccessibleName(self.tr("Posts per hour"))
        self.contributors_title.setText(self.tr("Top contributors"))
        self.sources_title.setText(self.tr("Sources"))
        # these labels show information: their name is their text, context is described
        self.sources.setAccessibleDescription(self.tr("State of each source"))
        self.banner_sources.setAccessibleDescription(self.tr("State of each source"))
        self.banner.setAccessibleDescription(self.tr("Connection state"))
        self.notice_undo.setText(self.tr("Undo"))
        self.banner_details.setText(self.tr("Details"))
        self.banner_details.setAccessibleDescription(self.tr("Show the state of each source"))
        self.sources_details.setText(self.tr("Details"))
        self.sources_details.setAccessibleDescription(self.tr("Show the state of each source"))
