"""Layout of the countdown area. Widgets only; the controller in ``area.py`` fills them."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTreeWidget,
    QVBoxLayout,
    QWidget,
)

from companion.ui.a11y import LinkButtons
from companion.ui.palette import banner_colours

#: programme columns: the star (remind me), "now"/"next", time, title, where, language
COL_STAR, COL_MARK, COL_TIME, COL_TITLE, COL_WHERE, COL_LANG = range(6)


def _label(parent: QWidget, *, wrap: bool = True, selectable: bool = False) -> QLabel:
    label = QLabel(parent)
    # event files come from outside: never let their text be read as HTML
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _scaled(label: QLabel, factor: float, *, bold: bool = False) -> None:
    font = QFont(label.font())
    size = font.pointSizeF() if font.pointSizeF() > 0 else 10.0
    font.setPointSizeF(size * factor)
    font.setBold(bold)
    label.setFont(font)


class CountdownView(QWidget):
    """Builds the widgets and exposes them as attributes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.reminder_banner = QLabel(self)
        self.reminder_banner.setObjectName("reminderBanner")
        self.reminder_banner.setWordWrap(True)
        self.reminder_banner.setTextFormat(Qt.TextFormat.RichText)  # built with html.escape
        self.reminder_banner.setStyleSheet(
            "#reminderBanner { background: palette(highlight); color: palette(highlighted-text);"
            " padding: 6px; border-radius: 4px; }"
        )
        self.reminder_banner.hide()
        outer.addWidget(self.reminder_banner)

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the controls inside
        outer.addWidget(scroll, 1)
        body = QWidget(scroll)
        scroll.setWidget(body)
        layout = QVBoxLayout(body)

        self.sample_banner = _label(body)
        self.sample_banner.setObjectName("sampleBanner")
        bg, _border, fg = banner_colours(self, "notice")
        self.sample_banner.setStyleSheet(
            f"#sampleBanner {{ background: {bg}; color: {fg}; padding: 4px; }}"
        )
        self.sample_banner.hide()
        layout.addWidget(self.sample_banner)

        self.title = _label(body)
        _scaled(self.title, 1.6, bold=True)
        layout.addWidget(self.title)

        self.phase = _label(body)
        _scaled(self.phase, 1.2, bold=True)
        layout.addWidget(self.phase)
        self.remaining = _label(body, wrap=False)
        self.remaining.setObjectName("remaining")
        _scaled(self.remaining, 2.6, bold=True)
        self.remaining.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        layout.addWidget(self.remaining)
        #: "This computer's clock is 3 h 12 min behind; times shown are corrected"
        self.clock_notice = _label(body)
        self.clock_notice.setObjectName("clockNotice")
        self.clock_notice.setStyleSheet(
            f"#clockNotice {{ background: {bg}; color: {fg}; padding: 4px; }}"
        )
        self.clock_notice.hide()
        layout.addWidget(self.clock_notice)
        self.sessions_now = _label(body)
        self.sessions_now.setTextFormat(Qt.TextFormat.RichText)  # built with html.escape
        layout.addWidget(self.sessions_now)
        self.sessions_links = LinkButtons(body)  # "More about the day", reachable by Tab
        layout.addWidget(self.sessions_links)

        self.start_event = _label(body, selectable=True)
        self.start_local = _label(body, selectable=True)
        layout.addWidget(self.start_event)
        layout.addWidget(self.start_local)

        self.sites_box = QFrame(body)
        self.sites_box.setFrameShape(QFrame.Shape.StyledPanel)
        self.sites_layout = QGridLayout(self.sites_box)
        self.sites_title = _label(self.sites_box)
        layout.addWidget(self.sites_title)
        layout.addWidget(self.sites_box)

        buttons = QHBoxLayout()
        self.star_day = QPushButton(body)
        self.star_day.setCheckable(True)
        self.post_button = QPushButton(body)  # created in row order: Tab follows it
        self.export_button = QPushButton(body)
        self.open_button = QPushButton(body)
        self.update_button = QPushButton(body)
        self.say_button = QPushButton(body)  # "Say time left" (screen readers)
        for b in (
            self.star_day,
            self.post_button,
            self.export_button,
            self.open_button,
            self.update_button,
            self.say_button,
        ):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout.addLayout(buttons)

        prog_head = QHBoxLayout()
        self.programme_title = _label(body, wrap=False)
        _scaled(self.programme_title, 1.2, bold=True)
        self.event_time_toggle = QCheckBox(body)
        prog_head.addWidget(self.programme_title)
        prog_head.addStretch(1)
        prog_head.addWidget(self.event_time_toggle)
        layout.addLayout(prog_head)
        self.programme_empty = _label(body)
        layout.addWidget(self.programme_empty)
        # the programme list is made when first needed (``programme``), here
        self._body, self._layout = body, layout
        self._programme_at = layout.count()
        self._programme: QTreeWidget | None = None
        #: called with the programme list once it is made (its texts, its signals)
        self._programme_made: list[Callable[[QTreeWidget], object]] = []

        self.about = _label(body, selectable=True)
        self.about.setTextFormat(Qt.TextFormat.RichText)  # built with html.escape, no links
        layout.addWidget(self.about)
        self.about_links = LinkButtons(body)  # links (once, as buttons) and the lines around
        layout.addWidget(self.about_links)
        self.source = _label(body)
        self.source.setEnabled(False)
        layout.addWidget(self.source)
        layout.addStretch(1)

    def when_programme_made(self, made: Callable[[QTreeWidget], object]) -> None:
        """Call ``made`` with the programme list: now if it is made, else once it is."""
        if self._programme is not None:
            made(self._programme)
        else:
            self._programme_made.append(made)

    @property
    def has_programme(self) -> bool:
        """Whether the programme list was made (an event with timed sessions, or asked)."""
        return self._programme is not None

    @property
    def programme(self) -> QTreeWidget:
        """The programme list, made the first time it is needed: an event without timed
        sessions (the one shipped with the app) never shows one, and an item view with
        its header costs ~0.8 MB of the first start (issue 19). It is made hidden, in
        its place in the layout and in the Tab order (after the event-time toggle)."""
        if self._programme is not None:
            return self._programme
        tree = QTreeWidget(self._body)
        tree.hide()
        tree.setRootIsDecorated(False)
        tree.setColumnCount(6)
        tree.setUniformRowHeights(True)
        tree.setMinimumHeight(140)
        header = tree.header()
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        for col in (COL_STAR, COL_MARK, COL_TIME, COL_WHERE, COL_LANG):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self._layout.insertWidget(self._programme_at, tree)
        QWidget.setTabOrder(self.event_time_toggle, tree)
        self._programme = tree
        for made in self._programme_made:
            made(tree)
        return tree
