"""Every interactive widget in every area has an accessible name, and the names carry
what the screen shows (offscreen QAccessible; tests/ui/test_atspi.py reads AT-SPI)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from companion.core.services import CoreServices
from companion.ui.app import build_context, shutdown_context
from companion.ui.areas import AREA_KEYS
from companion.ui.context import AppContext
from companion.ui.main_window import MainWindow

INTERACTIVE = (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
)


@pytest.fixture
def ctx(core: CoreServices) -> Iterator[AppContext]:
    context = build_context(core)
    yield context
    shutdown_context(context)


def accessible_name(widget: QWidget) -> str:
    iface = QAccessible.queryAccessibleInterface(widget)
    if iface is None:
        return ""
    return (iface.text(QAccessible.Text.Name) or "").strip()


def unnamed(root: QWidget) -> list[str]:
    missing: list[str] = []
    for w in root.findChildren(QWidget):
        if not isinstance(w, INTERACTIVE) or not w.isVisibleTo(root):
            continue
        # the line edit inside an editable combo box or a spin box is named by its owner
        if isinstance(w, QLineEdit) and isinstance(w.parent(), QComboBox | QAbstractSpinBox):
            continue
        # a scroll area's own scroll bars: screen readers announce them by role
        if (
            isinstance(w, QScrollBar)
            and w.parent() is not None
            and (w.parent().objectName().startswith("qt_scrollarea_"))
        ):
            continue
        if not accessible_name(w):
            missing.append(f"{type(w).__name__} {w.objectName()!r} in {type(w.parent()).__name__}")
    return missing


@pytest.mark.parametrize("area", AREA_KEYS)
def test_every_interactive_widget_has_a_name(qtbot: QtBot, ctx: AppContext, area: str) -> None:
    window = MainWindow(ctx, remember_state=False)
    qtbot.addWidget(window)
    window.show()
    window.show_area(area)
    qtbot.waitExposed(window)
    assert ctx.tasks.wait_idle(timeout_s=10), "the area did not finish loading"
    missing = unnamed(window.area(area))
    assert not missing, "interactive widgets without an accessible name:\n" + "\n".join(missing)


def test_window_chrome_is_named(qtbot: QtBot, ctx: AppContext) -> None:
    window = MainWindow(ctx, remember_state=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert accessible_name(window.sidebar) == "Areas"
    assert not unnamed(window.message_bar)


def test_the_check_finds_an_unnamed_button(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QPushButton, QVBoxLayout

    root = QWidget()
    qtbot.addWidget(root)
    layout = QVBoxLayout(root)
    layout.addWidget(QPushButton())  # no text, no name
    layout.addWidget(QPushButton("Named by its text"))
    root.show()
    assert len(unnamed(root)) == 1


# -- names carry what the screen shows (issue 21) ------------------------------------
def accessible_texts(widget: QWidget) -> str:
    iface = QAccessible.queryAccessibleInterface(widget)
    if iface is None:
        return ""
    return " ".join(
        (iface.text(t) or "")
        for t in (QAccessible.Text.Name, QAccessible.Text.Description, QAccessible.Text.Value)
    )


def hidden_texts(root: QWidget) -> list[str]:
    """Visible labels and buttons whose shown text is not in their accessible name,
    description or value (Orca would not read what the screen shows)."""
    from PySide6.QtGui import QTextDocument
    from PySide6.QtWidgets import QLabel

    bad: list[str] = []
    for w in root.findChildren(QWidget):
        if not w.isVisibleTo(root):
            continue
        if isinstance(w, QLabel):
            if w.buddy() is not None:
                shown = w.text().replace("&", "")  # the mnemonic mark is not shown
            elif w.textFormat() == Qt.TextFormat.PlainText:
                shown = w.text()
            else:
                doc = QTextDocument()
                doc.setHtml(w.text())
                shown = doc.toPlainText()
        elif isinstance(w, QAbstractButton):
            shown = w.text().replace("&", "")
        else:
            continue
        shown = " ".join(shown.replace("…", "").split())
        if not any(ch.isalnum() for ch in shown):
            continue
        heard = " ".join(accessible_texts(w).replace("…", "").split())
        if shown not in heard:
            bad.append(f"{type(w).__name__}: shows {shown[:60]!r}, says {heard[:60]!r}")
    return bad


@pytest.mark.parametrize("area", AREA_KEYS)
def test_names_carry_what_the_screen_shows(qtbot: QtBot, ctx: AppContext, area: str) -> None:
    window = MainWindow(ctx, remember_state=False)
    qtbot.addWidget(window)
    window.show()
    window.show_area(area)
    qtbot.waitExposed(window)
    assert ctx.tasks.wait_idle(timeout_s=10), "the area did not finish loading"
    bad = hidden_texts(window.area(area))
    assert not bad, "shown but not said:\n" + "\n".join(bad)


def test_countdown_figure_and_title_are_their_text(qtbot: QtBot, ctx: AppContext) -> None:
    window = MainWindow(ctx, remember_state=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert ctx.tasks.wait_idle(timeout_s=10)
    view = window.area("countdown").findChild(QWidget, "remaining")
    assert view is not None
    assert accessible_name(view) == view.text()  # type: ignore[attr-defined]
    assert "Time remaining" in accessible_texts(view)


def test_combo_boxes_have_a_buddy_label(qtbot: QtBot, ctx: AppContext) -> None:
    """On Linux Qt names a combo box by its value: the label comes from a buddy."""
    from PySide6.QtWidgets import QLabel

    window = MainWindow(ctx, remember_state=False)
    qtbot.addWidget(window)
    window.show()
    missing = []
    for area in AREA_KEYS:
        window.show_area(area)
        assert ctx.tasks.wait_idle(timeout_s=10)
        root = window.area(area)
        buddies = {label.buddy() for label in root.findChildren(QLabel) if label.buddy()}
        for combo in root.findChildren(QComboBox):
            if combo.isVisibleTo(root) and combo not in buddies:
                missing.append(f"{area}: {combo.currentText()!r}")
    assert not missing, missing


def test_search_clear_buttons_are_named(qtbot: QtBot, ctx: AppContext) -> None:
    from PySide6.QtWidgets import QToolButton

    window = MainWindow(ctx, remember_state=False)
    qtbot.addWidget(window)
    window.show()
    for area in ("live", "library"):
        window.show_area(area)
        assert ctx.tasks.wait_idle(timeout_s=10)
        for edit in window.area(area).findChildren(QLineEdit):
            for button in edit.findChildren(QToolButton):
                assert accessible_name(button), f"{area}: clear button of {edit.accessibleName()}"


def test_outbox_announces_sent_and_failed(
    qtbot: QtBot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A post going out (or failing) is said, not only shown in the tree (issue 21)."""
    from dataclasses import replace
    from datetime import UTC, datetime

    from companion.core.accounts.model import Network
    from companion.core.compose.outbox import Outbox, OutboxItem, Part, State
    from companion.ui.compose import outbox_controller
    from companion.ui.compose.outbox_view import OutboxView

    said: list[str] = []
    monkeypatch.setattr(outbox_controller, "announce", lambda _w, text, **_k: said.append(text))
    view = OutboxView()
    qtbot.addWidget(view)
    controller = outbox_controller.OutboxController(
        view,
        Outbox(ctx.core.db, ctx.core.paths.data / "outbox-media"),
        ctx.tasks,
        lambda: datetime(2018, 3, 15, tzinfo=UTC),
    )
    part = Part(0, "Habari kutoka Geita", "k", "r")
    queued = [
        OutboxItem(1, "d1", "a", Network.MASTODON, State.QUEUED, parts=[part]),
        OutboxItem(2, "d2", "a", Network.BLUESKY, State.QUEUED, parts=[part]),
    ]
    controller.show_items(queued)
    assert said == []  # nothing changed yet
    controller.show_items(
        [
            replace(queued[0], state=State.SENT),
            replace(queued[1], state=State.FAILED, error="The server refused the post."),
        ]
    )
    assert said[0] == "Sent: Habari kutoka Geita"
    assert said[1].startswith("Not sent: Habari kutoka Geita") and "refused" in said[1]


def test_live_reading_pane_is_read_only_text(qtbot: QtBot) -> None:
    """The reading pane was a QTextBrowser, which Qt exposes as static text (AT-SPI
    "label"): Orca read it as one block. It is text now: read-only, reached by Tab, its
    text readable through the text interface (issue 21)."""
    from PySide6.QtCore import QPoint, QUrl
    from PySide6.QtTest import QTest

    from companion.ui.live.view import LiveView

    view = LiveView()
    qtbot.addWidget(view)
    view.retranslate()
    view.resize(1200, 700)
    view.show()
    qtbot.waitExposed(view)
    pane = view.detail
    pane.setHtml('<p><b>Amina</b> Gold panning at <a href="https://example.org/g">Geita</a></p>')
    iface = QAccessible.queryAccessibleInterface(pane)
    assert iface is not None
    assert iface.role() in (QAccessible.Role.EditableText, QAccessible.Role.Document)
    assert iface.state().readOnly and not iface.state().editable
    assert iface.state().focusable
    assert iface.text(QAccessible.Text.Name) == "Selected post"
    text = iface.textInterface()
    assert text is not None
    assert "Gold panning at Geita" in text.text(0, text.characterCount())
    assert not iface.text(QAccessible.Text.Description)  # the text is not said twice
    assert pane.focusPolicy() & Qt.FocusPolicy.TabFocus and pane.tabChangesFocus()
    # typing never changes the post
    pane.setFocus()
    QTest.keyClicks(pane, "xyz")
    assert "xyz" not in pane.toPlainText()
    # a click on a link asks the area to open it (the area opens http(s) only)
    clicked: list[str] = []
    pane.anchorClicked.connect(lambda url: clicked.append(url.toString()))
    rect = pane.cursorRect(pane.document().find("Geita"))
    at = QPoint(rect.center().x() - 4, rect.center().y())
    QTest.mouseClick(pane.viewport(), Qt.MouseButton.LeftButton, pos=at)
    assert clicked == [QUrl("https://example.org/g").toString()]
    # the keyboard too: the caret on the link, Enter
    cursor = pane.textCursor()
    cursor.setPosition(pane.toPlainText().index("Geita") + 2)
    pane.setTextCursor(cursor)
    QTest.keyClick(pane, Qt.Key.Key_Return)
    assert clicked == [QUrl("https://example.org/g").toString()] * 2
    cursor.setPosition(1)  # not on a link: Enter does nothing
    pane.setTextCursor(cursor)
    QTest.keyClick(pane, Qt.Key.Key_Return)
    assert len(clicked) == 2 and "\n\n" not in pane.toPlainText()


def test_sidebar_rail_highlights_the_current_area_as_one_block(
    qtbot: QtBot, ctx: AppContext
) -> None:
    """The rail's selected row was drawn as two cells (the icon's, and an empty text
    cell framed on its own) with the icon pushed left. Now one block in the highlight
    colour, the icon centred, and the item selected for screen readers."""
    from PySide6.QtGui import QPalette

    window = MainWindow(ctx, remember_state=False)
    qtbot.addWidget(window)
    window.resize(800, 560)  # narrow: the rail
    window.show()
    qtbot.waitExposed(window)
    window.show_area("live")
    qtbot.waitUntil(lambda: window.rail)
    side = window.sidebar
    side.clearFocus()
    window.area("live").setFocus()
    qtbot.wait(50)
    row = AREA_KEYS.index("live")
    rect = side.visualItemRect(side.item(row))
    image = side.viewport().grab().toImage()
    highlight = side.palette().color(QPalette.ColorGroup.Active, QPalette.ColorRole.Highlight)
    top = rect.top() + 3  # above the icon, inside the block
    line = [image.pixelColor(x, top).rgb() for x in range(rect.left() + 8, rect.right() - 8)]
    assert set(line) == {highlight.rgb()}, "the selected row is not one block"
    middle = rect.center().y()
    inked = [
        x
        for x in range(rect.left() + 4, rect.right() - 4)
        if image.pixelColor(x, middle).rgb() != highlight.rgb()
    ]
    assert inked, "no icon in the selected row"
    icon_centre = (inked[0] + inked[-1]) / 2
    assert abs(icon_centre - rect.center().x()) <= 3, (icon_centre, rect)
    # screen readers: the current area is the selected item of the list "Areas"
    iface = QAccessible.queryAccessibleInterface(side)
    assert iface is not None
    states = [iface.child(i).state().selected for i in range(iface.childCount())]
    assert states.index(True) == row and states.count(True) == 1


def tree_texts(widget: QWidget) -> str:
    """Names, descriptions and values of ``widget``'s accessible object and all below."""
    iface = QAccessible.queryAccessibleInterface(widget)
    out: list[str] = []
    todo = [iface] if iface is not None else []
    while todo:
        node = todo.pop()
        for t in (QAccessible.Text.Name, QAccessible.Text.Description, QAccessible.Text.Value):
            out.append(node.text(t) or "")
        todo.extend(node.child(i) for i in range(node.childCount()) if node.child(i))
    return " ".join(" ".join(out).split())


def test_trust_dialog_is_read_in_full(qtbot: QtBot) -> None:
    """The "Unknown publisher" question (a pack signed by a key not trusted yet): a
    screen reader hears who claims to sign it, the whole fingerprint and both choices,
    and the focus starts on the safe one, Cancel."""
    import base64

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from companion.core.library.signing import Signer
    from companion.ui.library.trust_dialog import TrustGate

    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    signer = Signer(base64.b64encode(bytes(range(32))).decode(), "Geita miners' cooperative")
    seen: dict[str, str] = {}

    def read_and_cancel() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, read_and_cancel)
            return
        seen["tree"] = tree_texts(box)
        focus = box.focusWidget()
        seen["focus"] = accessible_name(focus) if focus is not None else ""
        buttons = [accessible_name(b) for b in box.buttons()]
        seen["buttons"] = "|".join(buttons)
        box.reject()

    QTimer.singleShot(0, read_and_cancel)
    assert TrustGate.ask(parent, signer) is False
    tree = seen["tree"]
    assert "Geita miners' cooperative" in tree, tree
    assert signer.fingerprint in tree, tree
    assert "Install (key" in seen["buttons"] and "Cancel" in seen["buttons"], seen
    assert seen["focus"] == "Cancel", seen


def test_post_length_counter_is_read_as_shown(qtbot: QtBot) -> None:
    """Each "Post to" row's counter ("19 / 500") was named "Length for Mastodon": a
    screen reader never heard how long the post is, nor "too long"."""
    from companion.core.accounts.model import Account, Network
    from companion.ui.compose.targets import TargetRow

    account = Account(
        "a-masto",
        Network.MASTODON,
        "https://mastodon.example",
        "@amina@mastodon.example",
        info={"max_characters": 500, "id": "1"},
    )
    row = TargetRow(account)
    qtbot.addWidget(row)
    row.show()
    row.update_count("Habari kutoka Geita", "")
    iface = QAccessible.queryAccessibleInterface(row.counter)
    assert iface is not None
    assert iface.text(QAccessible.Text.Name) == row.counter.text()
    assert row.counter.text().startswith("19 / 500")
    assert iface.text(QAccessible.Text.Description) == "Length for Mastodon"


def test_message_bar_messages_are_said(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    """The strip at the top of the window (an event file that does not load, a failed
    task) was only shown: a screen reader user never heard it. Errors and warnings are
    said at once, other messages politely; "Copy report" is named by what it shows."""
    from companion.ui import message_bar

    said: list[tuple[str, bool]] = []
    monkeypatch.setattr(
        message_bar, "announce", lambda _w, text, assertive=False: said.append((text, assertive))
    )
    bar = message_bar.MessageBar()
    qtbot.addWidget(bar)
    bar.show_message("Welcome!")
    bar.show_message("This event file could not be read.", level="error", report="trace")
    assert said == [("Welcome!", False), ("This event file could not be read.", True)]
    assert bar.copy_button.isVisibleTo(bar)
    assert not hidden_texts(bar), hidden_texts(bar)


def test_focus_on_a_list_deleted_at_once_is_harmless(qtbot: QtBot) -> None:
    """CurrentItemOnFocus finishes its work just after the focus arrives: a list deleted
    in between (a window closing) raised "Internal C++ object already deleted"."""
    import shiboken6
    from PySide6.QtWidgets import QListWidget

    from companion.ui.a11y import CurrentItemOnFocus

    items = QListWidget()
    items.addItems(["first", "second"])
    CurrentItemOnFocus(items)
    items.show()
    qtbot.waitExposed(items)
    items.activateWindow()
    items.setFocus()
    qtbot.waitUntil(items.hasFocus)
    items.clearFocus()
    items.setFocus()  # a focus-in whose follow-up is still pending
    shiboken6.delete(items)
    qtbot.wait(30)  # the follow-up must not touch the deleted list
