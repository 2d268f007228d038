"""Issue 15 checked as a new user would: type, click Send, compare what the loopback
servers received with what the preview showed, byte for byte."""

from __future__ import annotations

import re
from collections.abc import Iterator
from urllib.parse import parse_qs, urlsplit

import pytest
from PySide6.QtCore import QLocale, QObject, QPoint, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QTextCursor
from pytestqt.qtbot import QtBot

from companion.core.accounts.model import Network
from companion.core.services import CoreServices
from companion.ui.app import build_context, gui_services, shutdown_context
from companion.ui.compose.area import ComposeDeps, ComposeWidget
from companion.ui.compose.preview import PreviewCard
from companion.ui.compose.services import compose_services
from companion.ui.i18n import apply_language
from companion.ui.main_window import MainWindow
from companion.ui.tasks import TaskManager
from tests.support.accounts import add_account
from tests.support.fake_bluesky import FakeBluesky
from tests.support.fake_mastodon import FakeMastodon
from tests.support.httpserver import LoopbackServer
from tests.ui.compose.seed import LONG_TEXT, accounts, picture

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

HEAD = re.compile(r"^\[[^\]\n]*\d+[^\]\n]*\]\n", re.MULTILINE)


def shown_parts(body: str) -> list[str]:
    """The parts of a preview card: each after its "[Post n of m · a / b]" line."""
    chunks = HEAD.split(body)
    return [c[:-2] if c.endswith("\n\n") else c for c in chunks[1:]]


@pytest.fixture
def servers(core: CoreServices) -> Iterator[tuple[FakeMastodon, FakeBluesky]]:
    with LoopbackServer() as m_srv, LoopbackServer() as b_srv:
        masto = FakeMastodon(m_srv, max_chars=500)
        masto.install()
        sky = FakeBluesky(b_srv)
        sky.install()
        add_account(
            core.db,
            core.credentials,
            Network.MASTODON,
            m_srv.base_url,
            {"access_token": "tok"},
            {"id": "1", "max_characters": 500},
        )
        add_account(
            core.db,
            core.credentials,
            Network.BLUESKY,
            b_srv.base_url,
            {"accessJwt": "jwt"},
            {"did": sky.did},
        )
        yield masto, sky


@pytest.fixture
def composer(qtbot: QtBot, core: CoreServices) -> Iterator[ComposeWidget]:
    tasks = TaskManager()
    w = ComposeWidget(ComposeDeps(compose_services(gui_services(core, tasks)), tasks))
    qtbot.addWidget(w)
    w.resize(1100, 720)
    w.show()
    yield w
    w.shutdown()
    tasks.shutdown()


def sky_texts(sky: FakeBluesky) -> list[str]:
    """The posts' texts in the order the server received them."""
    return [r["value"]["text"] for r in sky.records.values()]


def cards(w: ComposeWidget) -> dict[str, PreviewCard]:
    w.editor.refresh_previews()
    return {c.title.text().split(" ")[0]: c for c in w.editor.preview.cards if c.isVisible()}


def test_thread_with_warning_and_picture_posts_what_the_preview_shows(
    qtbot: QtBot,
    core: CoreServices,
    servers: tuple[FakeMastodon, FakeBluesky],
    composer: ComposeWidget,
) -> None:
    """Typed, a content warning, a described picture, Send clicked: each server gets
    the parts its preview card shows; the card shows the content warning where it is
    posted (Mastodon) and says where it is not (Bluesky has none)."""
    masto, sky = servers
    raw: list[str] = []
    orig = masto._status_of

    def keep(body: dict[str, object]) -> dict[str, object]:
        raw.append(str(body["status"]))
        return orig(body)

    masto._status_of = keep  # type: ignore[method-assign]
    w = composer
    qtbot.waitUntil(lambda: len(w.rows) == 2, timeout=5000)
    qtbot.mouseClick(w.view.new_btn, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(w.view.text, LONG_TEXT[:120])
    w.view.text.insertPlainText(LONG_TEXT[120:])
    qtbot.keyClicks(w.view.spoiler, "mercury")
    w.add_image(str(picture(core.paths.data)))
    qtbot.waitUntil(lambda: len(w.image_rows) == 1, timeout=5000)
    qtbot.keyClicks(w.image_rows[0].alt, "Miners at the table")
    shown = cards(w)
    parts = {name: shown_parts(card.body.toPlainText()) for name, card in shown.items()}
    assert len(parts["Bluesky"]) == 2 and len(parts["Mastodon"]) == 1
    # where the picture goes: with the first post of each
    heads = HEAD.findall(shown["Bluesky"].body.toPlainText())
    assert "· 1 picture]" in heads[0] and "picture" not in heads[1]
    assert "· 1 picture]" in shown["Mastodon"].body.toPlainText().splitlines()[0]
    assert "mercury" in shown["Mastodon"].warning.text()
    assert shown["Mastodon"].warning.isVisible()
    assert "mercury" not in shown["Bluesky"].warning.text()
    assert shown["Bluesky"].warning.isVisible()  # says Bluesky posts it without one
    # the Mastodon count includes the warning, as the server counts it
    assert shown["Mastodon"].body.toPlainText().startswith("[Post 1 of 1 · 499 / 500 · 1 picture]")
    qtbot.mouseClick(w.view.send, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: len(raw) == len(parts["Mastodon"]) and len(sky.records) == len(parts["Bluesky"]),
        timeout=20000,
    )
    assert raw == parts["Mastodon"]
    assert sky_texts(sky) == parts["Bluesky"]
    assert [s["spoiler_text"] for s in masto.statuses] == ["mercury"]
    assert b"Miners at the table" in next(iter(masto.media.values()))["body"]
    first = next(iter(sky.records.values()))
    assert first["value"]["embed"]["images"][0]["alt"] == "Miners at the table"


def test_an_edited_thread_part_too_long_is_refused_not_split_again(
    qtbot: QtBot, servers: tuple[FakeMastodon, FakeBluesky], composer: ComposeWidget
) -> None:
    """The bug: joining two thread parts into one too long for Bluesky was accepted;
    the sender split it again and posted "#shareASM 1/2 A cooperative… 2/3" and
    "… 2/2 3/3", not the one post the preview showed."""
    masto, sky = servers
    w = composer
    qtbot.waitUntil(lambda: len(w.rows) == 2, timeout=5000)
    qtbot.mouseClick(w.view.new_btn, Qt.MouseButton.LeftButton)
    w.view.text.insertPlainText(LONG_TEXT)
    w.editor.refresh_previews()
    assert w.view.thread_box.isVisible()
    joined = w.view.thread_edit.toPlainText().replace("\n---\n", " ")
    w.view.thread_edit.setPlainText(joined)
    qtbot.waitUntil(lambda: "too long" in w.view.thread_status.text(), timeout=2000)
    qtbot.mouseClick(w.view.send, Qt.MouseButton.LeftButton)
    assert "too long" in w.view.problems.text()
    assert "me.bsky.social" in w.view.problems.text()
    assert w.view.problems.isVisible()  # the refusal is seen, not only set
    qtbot.wait(300)
    assert w.outbox_ctl.items == []
    assert sky.records == {} and masto.statuses == []
    assert w.view.thread_edit.toPlainText() == joined  # nothing typed is lost


def test_a_refusal_is_seen_in_the_action_bar(
    qtbot: QtBot, servers: tuple[FakeMastodon, FakeBluesky], composer: ComposeWidget
) -> None:
    """The bug: with no other problem the bar's message line was hidden, so Send with
    a {blank} left (or an empty post) did nothing visible."""
    w = composer
    qtbot.waitUntil(lambda: len(w.rows) == 2, timeout=5000)
    qtbot.mouseClick(w.view.send, Qt.MouseButton.LeftButton)  # empty
    assert "empty" in w.view.problems.text()
    assert w.view.problems.isVisible()
    qtbot.keyClicks(w.view.text, "Live from {place}")
    qtbot.mouseClick(w.view.send, Qt.MouseButton.LeftButton)
    assert "{place}" in w.view.problems.text()
    assert w.view.problems.isVisible()
    assert w.outbox_ctl.items == []


def test_new_after_a_draft_with_a_picture_counts_0(
    qtbot: QtBot,
    core: CoreServices,
    servers: tuple[FakeMastodon, FakeBluesky],
    composer: ComposeWidget,
) -> None:
    """The bug: New after a draft with a picture showed "9 / 500" (the bare hashtag a
    picture-only post gets) for the empty draft, and its preview listed a post."""
    w = composer
    qtbot.waitUntil(lambda: len(w.rows) == 2, timeout=5000)
    w.add_image(str(picture(core.paths.data)), "Miners at the table")
    qtbot.waitUntil(lambda: len(w.image_rows) == 1, timeout=5000)
    assert w.rows[0].counter.text().startswith("9 /")  # a picture alone gets the tag
    qtbot.mouseClick(w.view.new_btn, Qt.MouseButton.LeftButton)
    assert w.image_rows == []
    assert [r.counter.text().split(" ")[0] for r in w.rows] == ["0", "0"]
    w.editor.refresh_previews()
    assert not any(c.isVisible() for c in w.editor.preview.cards)


def test_offline_then_online_posts_once_what_was_shown(
    qtbot: QtBot, servers: tuple[FakeMastodon, FakeBluesky], composer: ComposeWidget
) -> None:
    """The connection drops as the post goes out; when it is back the outbox finishes
    the job: one post on each server, the text the preview showed."""
    masto, sky = servers
    masto.post_faults = ["drop_after_create"]
    sky.post_faults = ["drop_after_create"]
    w = composer
    qtbot.waitUntil(lambda: len(w.rows) == 2, timeout=5000)
    qtbot.mouseClick(w.view.new_btn, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(w.view.text, "Habari kutoka Geita")
    shown = {name: shown_parts(card.body.toPlainText()) for name, card in cards(w).items()}
    assert shown == {name: ["Habari kutoka Geita\n\n#shareASM"] for name in shown}
    qtbot.mouseClick(w.view.send, Qt.MouseButton.LeftButton)
    tree = w.view.outbox.tree

    def states() -> list[str]:
        return sorted(tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount()))

    # both servers made the post, and the answer was lost on the way back
    qtbot.waitUntil(lambda: len(masto.statuses) == 1 and len(sky.records) == 1, timeout=15000)
    qtbot.waitUntil(lambda: not w.runner.inflight, timeout=15000)
    assert "Sent" not in states()
    w.on_online_changed(True)
    qtbot.waitUntil(lambda: states() == ["Sent", "Sent"], timeout=15000)
    assert [s["content"] for s in masto.statuses] == ["<p>Habari kutoka Geita<br><br>#shareASM</p>"]
    assert sky_texts(sky) == shown["Bluesky"]


def test_thread_status_counts_the_content_warning_on_mastodon(
    qtbot: QtBot, servers: tuple[FakeMastodon, FakeBluesky], composer: ComposeWidget
) -> None:
    """The bugs: the thread box split without room for the content warning (the
    outbox posted other parts), and a part too long for Mastodon only with its
    warning was not named under the thread; Send then refused it, naming Mastodon."""
    w = composer
    qtbot.waitUntil(lambda: len(w.rows) == 2, timeout=5000)
    (sky_row,) = [r for r in w.rows if r.account.network is Network.BLUESKY]
    sky_row.check.setChecked(False)
    w.view.text.insertPlainText(LONG_TEXT)
    w.view.spoiler.setText("mercury risk")  # 492 + 12: a thread on Mastodon
    w.editor.refresh_previews()
    assert w.view.thread_box.isVisible()
    # the thread shown is the one posted: split with room for the warning
    posted = shown_parts(cards(w)["Mastodon"].body.toPlainText())
    assert w.view.thread_edit.toPlainText().split("\n---\n") == posted
    w.view.thread_edit.setPlainText(w.view.thread_edit.toPlainText().replace("\n---\n", " "))
    qtbot.mouseClick(w.view.send, Qt.MouseButton.LeftButton)
    assert "me@example" in w.view.problems.text()  # Mastodon, with the warning
    assert "me@example" in w.view.thread_status.text()


def test_the_post_at_note_names_the_day_in_the_interface_language(
    qtbot: QtBot, servers: tuple[FakeMastodon, FakeBluesky], composer: ComposeWidget
) -> None:
    """The bug: "Sat 00:01 ici · Sat 00:01 UTC": the day came from QDateTime.toString,
    which is English whatever the language."""
    w = composer
    qtbot.waitUntil(lambda: len(w.rows) == 2, timeout=5000)
    try:
        apply_language("fr")
        w.view.schedule.setChecked(True)
        day = w.view.post_at.dateTime().toUTC().date().dayOfWeek()
        english = QLocale(QLocale.Language.English).dayName(day, QLocale.FormatType.ShortFormat)
        french = QLocale(QLocale.Language.French).dayName(day, QLocale.FormatType.ShortFormat)
        note = w.view.when_note.text()
        assert english not in note
        assert f"{french} " in note and "UTC" in note
    finally:
        apply_language("en")


class Opened(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url.toString())


def test_open_on_x_opens_only_a_post_that_fits_on_x(qtbot: QtBot, core: CoreServices) -> None:
    """The bug: with a thread of 3 posts on X in the preview, Open on X put the whole
    text on X's page, which X then refuses to post."""
    accounts(core)
    tasks = TaskManager()
    w = ComposeWidget(ComposeDeps(compose_services(gui_services(core, tasks)), tasks, False))
    qtbot.addWidget(w)
    w.show()
    opened = Opened()
    QDesktopServices.setUrlHandler("https", opened, "open")
    try:
        qtbot.waitUntil(lambda: len(w.rows) == 3, timeout=5000)
        (x_row,) = [r for r in w.rows if r.account.network is Network.X]
        x_row.check.setChecked(True)
        w.view.text.setPlainText(LONG_TEXT)
        assert cards(w)["X"].title.text().endswith(": 3 posts")
        qtbot.mouseClick(w.view.open_x, Qt.MouseButton.LeftButton)
        assert opened.urls == []
        assert "Too long for one post on X" in w.view.problems.text()
        assert "Press Send" in w.view.problems.text()
        assert w.view.problems.isVisible()
        w.view.text.setPlainText("Habari kutoka Geita")
        qtbot.mouseClick(w.view.open_x, Qt.MouseButton.LeftButton)
        (url,) = opened.urls
        assert url.startswith("https://x.com/intent/post?")
        assert parse_qs(urlsplit(url).query)["text"] == ["Habari kutoka Geita\n\n#shareASM"]
    finally:
        QDesktopServices.unsetUrlHandler("https")
        w.shutdown()
        tasks.shutdown()


def test_scheduled_post_reaches_mastodon_as_shown_and_waits_for_bluesky(
    qtbot: QtBot, servers: tuple[FakeMastodon, FakeBluesky], composer: ComposeWidget
) -> None:
    masto, sky = servers
    w = composer
    qtbot.waitUntil(lambda: len(w.rows) == 2, timeout=5000)
    qtbot.keyClicks(w.view.text, "Panel at 16:00")
    qtbot.mouseClick(w.view.schedule, Qt.MouseButton.LeftButton)
    assert w.view.schedule.isChecked() and w.view.when_note.isVisible()
    w.view.post_at.setDateTime(w.view.post_at.dateTime().addSecs(3600))  # in two hours
    shown = {name: shown_parts(card.body.toPlainText()) for name, card in cards(w).items()}
    qtbot.mouseClick(w.view.send, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(masto.scheduled) == 1, timeout=15000)
    assert [masto.scheduled[0]["params"]["status"]] == shown["Mastodon"]
    qtbot.waitUntil(lambda: not w.runner.inflight, timeout=15000)
    assert sky.records == {} and masto.statuses == []


def test_send_twice_quickly_posts_once(
    qtbot: QtBot, servers: tuple[FakeMastodon, FakeBluesky], composer: ComposeWidget
) -> None:
    """Send clicked, then Ctrl+Enter before the outbox answered: one post each."""
    masto, sky = servers
    w = composer
    qtbot.waitUntil(lambda: len(w.rows) == 2, timeout=5000)
    qtbot.keyClicks(w.view.text, "Habari kutoka Geita")
    qtbot.mouseClick(w.view.send, Qt.MouseButton.LeftButton)
    w.sending.send()  # what Ctrl+Enter runs
    tree = w.view.outbox.tree

    def states() -> list[str]:
        return sorted(tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount()))

    qtbot.waitUntil(lambda: states() == ["Sent", "Sent"], timeout=15000)
    qtbot.wait(300)
    assert states() == ["Sent", "Sent"]
    assert len(masto.statuses) == 1 and len(sky.records) == 1


def test_edit_takes_back_only_the_account_not_yet_posted(
    qtbot: QtBot, servers: tuple[FakeMastodon, FakeBluesky], composer: ComposeWidget
) -> None:
    """The bug: Edit on the Bluesky row of a post already sent to Mastodon reopened it
    with Mastodon ticked and previewed; Send then skipped Mastodon (already there), so
    the preview promised a post that never went out."""
    masto, sky = servers
    sky.post_faults = ["expire"]  # Bluesky's login expires: "Needs login"
    w = composer
    qtbot.waitUntil(lambda: len(w.rows) == 2, timeout=5000)
    qtbot.keyClicks(w.view.text, "Habari kutoka Geita")
    qtbot.mouseClick(w.view.send, Qt.MouseButton.LeftButton)
    tree = w.view.outbox.tree

    def rows() -> dict[str, str]:
        return {
            tree.topLevelItem(i).text(0): tree.topLevelItem(i).text(1)
            for i in range(tree.topLevelItemCount())
        }

    qtbot.waitUntil(lambda: sorted(rows()) == ["Needs login", "Sent"], timeout=15000)
    qtbot.waitUntil(lambda: not w.runner.inflight, timeout=15000)
    needs = next(
        tree.topLevelItem(i)
        for i in range(tree.topLevelItemCount())
        if tree.topLevelItem(i).text(0) == "Needs login"
    )
    tree.setCurrentItem(needs)
    assert w.view.outbox.edit.isEnabled()
    qtbot.mouseClick(w.view.outbox.edit, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: w.view.tabs.currentIndex() == 0, timeout=5000)
    assert w.view.text.toPlainText().startswith("Habari kutoka Geita")
    ticked = {r.account.network for r in w.rows if r.selected}
    assert ticked == {Network.BLUESKY}
    assert list(cards(w)) == ["Bluesky"]
    assert len(masto.statuses) == 1


@pytest.mark.parametrize("lang", ["sw", "fr", "pt"])
def test_send_reachable_at_910x512_in_the_longer_languages(
    qtbot: QtBot, core: CoreServices, lang: str
) -> None:
    """1366×768 at 150 %: the action bar at its tallest (a refusal, Post at with its
    note, a three-part thread to three accounts) keeps Send inside the window, and
    nothing scrolls sideways, in Swahili, French and Portuguese."""
    accounts(core)
    apply_language(lang)
    ctx = build_context(core)
    window = MainWindow(ctx, remember_state=False)
    qtbot.addWidget(window)
    try:
        window.resize(910, 512)
        window.show()
        window.show_area("compose")
        w = window.area("compose")
        assert isinstance(w, ComposeWidget)
        qtbot.waitUntil(lambda: len(w.rows) == 3, timeout=5000)
        for row in w.rows:
            row.check.setChecked(True)
        w.view.text.setPlainText(LONG_TEXT + " " + LONG_TEXT[:250] + " {place}")
        w.view.schedule.setChecked(True)
        w.editor.refresh_previews()
        qtbot.mouseClick(w.view.send, Qt.MouseButton.LeftButton)
        assert "{place}" in w.view.problems.text() and w.view.problems.isVisible()
        qtbot.wait(50)
        send = w.view.send
        top_left = send.mapTo(window, QPoint(0, 0))
        bottom_right = send.mapTo(window, QPoint(send.width() - 1, send.height() - 1))
        assert window.rect().contains(top_left) and window.rect().contains(bottom_right)
        assert send.width() >= send.sizeHint().width()
        height = w.view.editor_scroll.viewport().height()
        assert height >= 120, height  # the editor still shows
        assert not w.view.editor_scroll.horizontalScrollBar().isVisible()
        assert w.view.editor.width() <= w.view.editor_scroll.viewport().width()
        assert window.width() == 910  # nothing forced the window wider
    finally:
        window.close()
        shutdown_context(ctx)
        apply_language("en")


def test_thread_edits_replaced_by_a_text_change_can_be_brought_back(
    qtbot: QtBot, servers: tuple[FakeMastodon, FakeBluesky], composer: ComposeWidget
) -> None:
    """The bug: one keystroke in the text threw away every edit made to the thread
    (split again, without a word). Now the thread says so and brings the edits back."""
    _masto, sky = servers
    w = composer
    qtbot.waitUntil(lambda: len(w.rows) == 2, timeout=5000)
    w.view.text.insertPlainText(LONG_TEXT)
    w.editor.refresh_previews()
    edit = w.view.thread_edit
    edit.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(edit, " (ed)")
    mine = edit.toPlainText()
    w.view.text.moveCursor(QTextCursor.MoveOperation.Start)
    qtbot.keyClicks(w.view.text, "New: ")  # the text changes: split again
    w.editor.refresh_previews()
    assert "(ed)" not in edit.toPlainText()
    assert "split again" in w.view.thread_status.text()
    restore = w.view.editor.thread_restore
    assert restore.isVisible()
    qtbot.mouseClick(restore, Qt.MouseButton.LeftButton)
    assert edit.toPlainText() == mine
    assert not restore.isVisible()
    shown = shown_parts(cards(w)["Bluesky"].body.toPlainText())
    assert shown[-1].endswith("(ed)")
    qtbot.mouseClick(w.view.send, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(sky.records) == len(shown), timeout=15000)
    assert sky_texts(sky) == shown
