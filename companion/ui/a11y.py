"""Small helpers for what a screen reader hears (issue 21).

Rules the areas follow:
- a label that shows information has no custom accessible name: its name is its text;
  context ("Time remaining") goes into the accessible description;
- a button's or check box's name is its visible text; a longer explanation is its
  accessible description;
- a combo box is labelled by a visible QLabel with ``setBuddy`` (on Linux Qt names a
  combo box by its current value and gives the label through the labelled-by relation);
- status changes that matter are announced (``announce``), not only re-labelled.
"""

from __future__ import annotations

import logging
import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QFocusEvent
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

if TYPE_CHECKING:
    # each Qt class a module names is made into a Python type, with its enums, when the
    # module is imported: these are imported where used, off the start path (issue 19)
    from PySide6.QtWidgets import QAbstractItemView, QLineEdit

log = logging.getLogger(__name__)


def announce(widget: QWidget, text: str, *, assertive: bool = False) -> None:
    """Have the screen reader say ``text`` (polite: after what it is saying now)."""
    # imported here: QAccessible's Python type and enums cost ~3 ms of a start (issue 19)
    from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent

    if not text or not QAccessible.isActive():
        return
    event = QAccessibleAnnouncementEvent(widget, text)
    event.setPoliteness(
        QAccessible.AnnouncementPoliteness.Assertive
        if assertive
        else QAccessible.AnnouncementPoliteness.Polite
    )
    QAccessible.updateAccessibility(event)


#: arrows, shapes and signs drawn for the eye ("◀ Previous", "○ Offline", "EN ⇄ SW"):
#: a screen reader would say "black left-pointing triangle"
DRAWN = re.compile("[\u2190-\u21ff\u25a0-\u25ff\u2600-\u26ff\u2700-\u27bf\u2b00-\u2bff★]")


def spoken_text(text: str) -> str:
    """A shown text as a screen reader should say it: without the mnemonic mark and the
    arrows and shapes drawn for the eye ("◀ Previous" → "Previous")."""
    text = re.sub(r"&(&?)", r"\1", text)  # "&&" shows "&", "&F" shows "F"
    text = DRAWN.sub(" ", text).replace(" · ", ", ")
    return " ".join(text.split())


def name_by_text(widget: QWidget, text: str, explanation: str = "") -> None:
    """Name ``widget`` by what it shows (``text``, its drawn arrows left out), so a
    screen reader user hears the words a sighted colleague sees; what it does goes
    into the description."""
    widget.setAccessibleName(spoken_text(text))
    widget.setAccessibleDescription(explanation)


def name_clear_button(edit: QLineEdit, text: str) -> None:
    """Name the clear button of a line edit with ``setClearButtonEnabled(True)``."""
    from PySide6.QtWidgets import QToolButton

    for button in edit.findChildren(QToolButton):
        button.setAccessibleName(text)
        button.setToolTip(text)


def focus_first_control(area: QWidget) -> bool:
    """Put the keyboard focus on the first control of ``area`` that Tab would reach
    (not on a scroll area or the sidebar). Returns False when there is none yet."""
    w = area.nextInFocusChain()
    while w is not None and w is not area:
        if area.isAncestorOf(w) and w.isVisible() and w.isEnabled() and _tab_stop(w):
            w.setFocus(Qt.FocusReason.TabFocusReason)
            return True
        w = w.nextInFocusChain()
    return False


def _tab_stop(w: QWidget) -> bool:
    from PySide6.QtWidgets import QAbstractItemView, QAbstractScrollArea, QScrollBar

    if isinstance(w, QAbstractItemView):
        return True  # lists and tables are scroll areas too, but real controls
    if isinstance(w, QAbstractScrollArea | QScrollBar):
        return False
    return bool(w.focusPolicy() & Qt.FocusPolicy.TabFocus)


class LinkButtons(QWidget):
    """Links as flat buttons, one a line: Tab reaches each and a screen reader hears its
    text (name) and address (description). Qt does not expose the links inside a QLabel
    as objects of their own, so a link is shown once, as one of these buttons, never
    both inside a label and here. Lines without an address are plain text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(0)
        self.buttons: list[QPushButton] = []
        self._lines: list[QWidget] = []

    def set_items(self, items: list[tuple[str, str]]) -> None:
        """One line per ``(text, address)``: a link button, or plain text when the
        address is empty."""
        for old in self._lines:
            old.deleteLater()
        self._lines, self.buttons = [], []
        for text, target in items:
            line: QWidget
            if target:
                button = QPushButton(text.replace("&", "&&"), self)  # no mnemonic
                button.setFlat(True)
                button.setCursor(Qt.CursorShape.PointingHandCursor)
                button.setStyleSheet(
                    "QPushButton { text-align: left; color: palette(link);"
                    " text-decoration: underline; }"
                )
                button.setAccessibleDescription(target)
                button.setToolTip(target)
                button.clicked.connect(lambda _=False, t=target: QDesktopServices.openUrl(QUrl(t)))
                line = button
                self.buttons.append(button)
                self._layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
            else:
                label = QLabel(text, self)
                label.setTextFormat(Qt.TextFormat.PlainText)
                label.setWordWrap(True)  # the whole width: a wrapped label needs it
                line = label
                self._layout.addWidget(label)
            self._lines.append(line)
        self.setVisible(bool(self._lines))
        # Tab order = reading order: the buttons come right where this widget stands in
        # the focus chain. A new widget joins the chain at the window's end, and Qt's
        # setTabOrder ignores a first widget without focus, so this widget takes Tab
        # focus for the moment of the call (it never keeps it: Tab skips NoFocus).
        policy = self.focusPolicy()
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        previous: QWidget = self
        for button in self.buttons:
            QWidget.setTabOrder(previous, button)
            previous = button
        self.setFocusPolicy(policy)


class CurrentItemOnFocus(QObject):
    """Tab into a list focuses its current item (the first one if there is none), so a
    screen reader reads that item rather than only the list's name."""

    def __init__(self, view: QAbstractItemView, *, watch: bool = True) -> None:
        """``watch=False``: the view calls :meth:`focused` from its own
        ``focusInEvent`` (a view on the start path: a Python event filter makes PySide
        build the types of every ``QEvent`` subclass, ~3 ms and ~1.3 MB, issue 19)."""
        super().__init__(view)
        self._view = view
        if watch:
            view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self._view
            and isinstance(event, QFocusEvent)
            and event.type() == QEvent.Type.FocusIn
        ):
            self.focused(event.reason())
        return False

    def focused(self, reason: Qt.FocusReason) -> None:
        """The view got the keyboard focus for ``reason``."""
        # not when the window itself becomes active (the app starting, Alt+Tab back):
        # the screen reader then reads the window and its focus itself, and a start
        # need not load QAccessible (issue 19)
        if reason != Qt.FocusReason.ActiveWindowFocusReason:
            # after the view's own focus-in, which reports the list itself as focused
            # with ``self`` as context: dropped if the view is deleted meanwhile
            QTimer.singleShot(0, self, self._focus_current)

    @Slot()
    def _focus_current(self) -> None:
        view = self._view
        model = view.model()
        if not view.hasFocus() or model is None or model.rowCount() == 0:
            return
        current = view.currentIndex()
        if not current.isValid():
            current = model.index(0, 0)
            view.setCurrentIndex(current)
        from PySide6.QtGui import QAccessible, QAccessibleEvent

        if QAccessible.isActive():
            focus = QAccessibleEvent(view, QAccessible.Event.Focus)
            focus.setChild(current.row())
            QAccessible.updateAccessibility(focus)
