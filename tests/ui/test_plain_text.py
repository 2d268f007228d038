"""Text from servers, event files and packs is shown literally, never as HTML."""

from __future__ import annotations

from PySide6 import QtGui
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from pytestqt.qtbot import QtBot

from companion.core.errors import ServerError
from companion.ui.accounts.dialog_base import AccountDialog
from companion.ui.message_bar import MessageBar
from companion.ui.plain import plain_tooltip

HOSTILE = '<img src="file:///etc/passwd"><a href="smb://x/y">Log in again</a>\n<b>bold</b> & more'


def rendered(tip: str) -> str:
    doc = QTextDocument()
    doc.setHtml(tip)
    return doc.toPlainText()


def test_plain_tooltip_renders_as_the_literal_text(qtbot: QtBot) -> None:
    tip = plain_tooltip(HOSTILE)
    assert QtGui.Qt.mightBeRichText(tip)  # Qt reads it as rich text: the escaping decides
    assert rendered(tip) == HOSTILE
    assert plain_tooltip("") == ""


def test_message_bar_shows_server_text_literally(qtbot: QtBot) -> None:
    bar = MessageBar()
    qtbot.addWidget(bar)
    bar.show_message(HOSTILE, level="error")
    assert bar.label.textFormat() == Qt.TextFormat.PlainText
    assert bar.label.text() == HOSTILE


def test_account_dialog_error_from_server_is_plain(qtbot: QtBot) -> None:
    dialog = AccountDialog()
    qtbot.addWidget(dialog)
    dialog.show_error(ServerError(HOSTILE))
    assert dialog.message.textFormat() == Qt.TextFormat.PlainText
    assert "<img" in dialog.message.text()


def test_escape_gives_what_html_escape_gives() -> None:
    import html

    from companion.ui.plain import escape

    for text in ("", "plain", "<b>&amp; \"q\" 'a'</b>", "&&<<>>''\"\"", "⛏ é \x00 \n<img src=x>"):
        assert escape(text) == html.escape(text)
        assert escape(text, quote=False) == html.escape(text, quote=False)
