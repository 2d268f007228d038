"""The compose area: counters, thread offer, alt-text reminder, autosave, outbox states."""

from __future__ import annotations

import errno
import os
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from companion.core.compose.drafts import Draft, DraftStore
from companion.core.services import CoreServices
from companion.ui.app import gui_services
from companion.ui.compose.area import ComposeDeps, ComposeWidget
from companion.ui.compose.services import compose_services
from companion.ui.tasks import TaskManager
from tests.ui.compose.seed import LONG_TEXT, picture, seed

# the offscreen platform plugin says this when a top-level widget is shown
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


@pytest.fixture
def widget(qtbot: QtBot, core: CoreServices) -> ComposeWidget:
    seed(core)
    tasks = TaskManager()
    w = ComposeWidget(
        ComposeDeps(compose_services(gui_services(core, tasks)), tasks, auto_send=False)
    )
    qtbot.addWidget(w)
    w.resize(1100, 720)
    w.show()
    qtbot.waitUntil(lambda: len(w.rows) == 3 and w.view.text.toPlainText() != "", timeout=5000)
    qtbot.waitUntil(lambda: len(w.image_rows) == 1, timeout=5000)
    yield w
    w.shutdown()
    tasks.shutdown()


def _shot(w: ComposeWidget, name: str, tmp_path: Path) -> Path:
    folder = Path(os.environ.get("COMPOSE_SHOTS_DIR", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    assert w.window().grab().save(str(path))
    return path


def test_three_targets_long_text_thread_and_missing_alt(
    widget: ComposeWidget, tmp_path: Path, qtbot: QtBot
) -> None:
    w = widget
    counters = {r.account.network.value: r.counter.text() for r in w.rows}
    assert set(counters) == {"mastodon", "bluesky", "x"}
    assert "/ 300" in counters["bluesky"] and "too long" in counters["bluesky"]
    assert "/ 500" in counters["mastodon"] and "too long" not in counters["mastodon"]
    assert w.view.thread_box.isVisible()
    parts = w.view.thread_edit.toPlainText().split("\n---\n")
    assert len(parts) >= 2 and parts[0].endswith(f"1/{len(parts)}")
    assert "#shareASM" in parts[0]
    assert "description" in w.view.problems.text()
    assert w.image_rows[0].warning.text()
    w.view.text.verticalScrollBar().setValue(0)
    assert _shot(w, "compose-three-targets-thread.png", tmp_path).stat().st_size > 0
    w.view.editor_scroll.verticalScrollBar().setValue(10_000)
    qtbot.waitUntil(
        lambda: (
            w.image_rows[0].thumb.pixmap() is not None
            and not w.image_rows[0].thumb.pixmap().isNull()
        ),
        timeout=5000,
    )
    assert _shot(w, "compose-image-missing-alt.png", tmp_path).stat().st_size > 0


def test_outbox_each_state(widget: ComposeWidget, tmp_path: Path, qtbot: QtBot) -> None:
    w = widget
    w.view.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: w.view.outbox.tree.topLevelItemCount() == 7, timeout=5000)
    states = {w.view.outbox.tree.topLevelItem(i).text(0) for i in range(7)}
    assert states == {
        "Queued",
        "Sending…",
        "Sent",
        "Failed",
        "Needs login",
        "Scheduled on server",
        "Ready: open X",
    }
    assert _shot(w, "compose-outbox-states.png", tmp_path).stat().st_size > 0


def test_autosave_within_interval_and_start_draft(
    widget: ComposeWidget, core: CoreServices, qtbot: QtBot
) -> None:
    w = widget
    w.start_draft("Session 3: mercury-free processing", "programme")
    assert w.view.text.toPlainText() == "Session 3: mercury-free processing"
    assert w.editor.final_text() == "Session 3: mercury-free processing\n\n#shareASM"
    w.view.text.appendPlainText("More notes")
    assert w.autosave.isActive()
    assert w.autosave.interval() <= core.settings.compose.autosave_interval_ms
    draft_id = w.draft.id
    store = DraftStore(core.db, core.clock.now)

    def saved() -> bool:
        d = store.get(draft_id)
        return d is not None and "More notes" in d.text and d.source == "programme"

    qtbot.waitUntil(saved, timeout=5000)


def test_delete_and_undo(widget: ComposeWidget, core: CoreServices, qtbot: QtBot) -> None:
    w = widget
    draft_id = w.draft.id
    w.view.del_btn.click()
    store = DraftStore(core.db, core.clock.now)
    qtbot.waitUntil(lambda: all(d.id != draft_id for d in store.list()), timeout=5000)
    assert w.view.undo_btn.isVisibleTo(w)
    w.view.undo_btn.click()
    qtbot.waitUntil(
        lambda: w.draft.id == draft_id and w.view.text.toPlainText() == LONG_TEXT, timeout=5000
    )


def test_send_refused_without_alt_then_queued(
    widget: ComposeWidget, core: CoreServices, qtbot: QtBot
) -> None:
    w = widget
    w.view.send.click()
    # the refusal from the outbox (not just the live reminder) and the button back
    qtbot.waitUntil(lambda: "Add one so people" in w.view.problems.text(), timeout=10000)
    assert w.view.send.isEnabled()
    w.image_rows[0].alt.setText("Ore drying on a tarpaulin at the Geita site")
    w.view.send.click()
    qtbot.waitUntil(lambda: w.view.outbox.tree.topLevelItemCount() == 10, timeout=15000)
    accounts = [w.view.outbox.tree.topLevelItem(i).text(1) for i in range(3)]
    assert sorted(accounts) == ["@amina@mastodon.example", "@amina_asm", "amina.bsky.social"]
    assert w.view.text.toPlainText() == ""  # a fresh draft


def test_settings_page_round_trip(qtbot: QtBot, core: CoreServices) -> None:
    from companion.ui.compose.settings_page import ComposeSettingsPage

    page = ComposeSettingsPage(core.settings)
    qtbot.addWidget(page)
    page.language.setCurrentIndex(page.language.findData("sw"))
    page.autosave.setValue(1.0)
    page.apply(core.settings)
    assert core.settings.compose.default_language == "sw"
    assert core.settings.compose.autosave_interval_ms == 1000


def test_send_through_the_composer_to_loopback_mastodon(qtbot: QtBot, core: CoreServices) -> None:
    from companion.core.accounts.model import Network
    from tests.support.accounts import add_account
    from tests.support.fake_mastodon import FakeMastodon
    from tests.support.httpserver import LoopbackServer

    with LoopbackServer() as srv:
        fake = FakeMastodon(srv)
        fake.install()
        add_account(
            core.db,
            core.credentials,
            Network.MASTODON,
            srv.base_url,  # type: ignore[arg-type]
            {"access_token": "tok"},
            {"id": "1"},
        )
        tasks = TaskManager()
        w = ComposeWidget(ComposeDeps(compose_services(gui_services(core, tasks)), tasks))
        qtbot.addWidget(w)
        try:
            qtbot.waitUntil(lambda: len(w.rows) == 1, timeout=5000)
            w.view.text.setPlainText("Habari kutoka Geita")
            w.view.language.setCurrentIndex(w.view.language.findData("sw"))
            w.view.send.click()
            tree = w.view.outbox.tree
            qtbot.waitUntil(
                lambda: tree.topLevelItemCount() == 1 and tree.topLevelItem(0).text(0) == "Sent",
                timeout=15000,
            )
            assert len(fake.statuses) == 1
            assert fake.statuses[0]["language"] == "sw"
            assert tree.topLevelItem(0).text(4) == fake.statuses[0]["url"]
        finally:
            w.shutdown()
            tasks.shutdown()


def test_thread_edit_separator_lines_only(widget: ComposeWidget) -> None:
    w = widget
    w.view.thread_edit.setPlainText("One --- still one #shareASM 1/2\n---\nTwo 2/2")
    (parts,) = set(map(tuple, w.draft.thread.values()))
    assert parts == ("One --- still one #shareASM 1/2", "Two 2/2")


def test_edited_thread_survives_reopening(
    widget: ComposeWidget, core: CoreServices, qtbot: QtBot
) -> None:
    w = widget
    draft_id = w.draft.id
    w.view.thread_edit.setPlainText("My own first part #shareASM 1/2\n---\nMy own second part 2/2")
    w.save_now()
    w.start_draft("Another", "test")
    w._open_draft(draft_id)
    qtbot.waitUntil(lambda: w.draft.id == draft_id, timeout=5000)
    assert (
        w.view.thread_edit.toPlainText()
        == "My own first part #shareASM 1/2\n---\nMy own second part 2/2"
    )
    assert "2 parts." in w.view.thread_status.text()


def test_an_account_added_elsewhere_appears_without_reshowing(
    qtbot: QtBot, widget: ComposeWidget
) -> None:
    """The composer used to re-read the accounts each time it was shown; now the app's
    repository announces the change and the targets follow at once."""
    import threading

    from companion.core.accounts.model import Account, Network

    account = Account(Account.new_id(), Network.MASTODON, "https://m.example", "@new@m.example")
    repo = widget.accounts_repo
    worker = threading.Thread(target=repo.save, args=(account,))  # e.g. the Accounts area
    worker.start()
    worker.join(5)
    qtbot.waitUntil(lambda: len(widget.rows) == 4, timeout=5000)
    assert any(r.account.id == account.id for r in widget.rows)


def test_edit_takes_a_failed_post_back_into_the_editor(
    widget: ComposeWidget, core: CoreServices, qtbot: QtBot
) -> None:
    w = widget
    w.view.tabs.setCurrentIndex(1)
    tree = w.view.outbox.tree
    qtbot.waitUntil(lambda: tree.topLevelItemCount() == 7, timeout=5000)
    (failed,) = [tree.topLevelItem(i) for i in range(7) if tree.topLevelItem(i).text(0) == "Failed"]
    tree.setCurrentItem(failed)
    assert "422" in w.view.outbox.details.text()  # the whole reason under the list
    w.view.outbox.edit.click()
    qtbot.waitUntil(lambda: w.view.tabs.currentIndex() == 0, timeout=5000)
    assert w.view.text.toPlainText().startswith("Failed: a post the server refused")
    qtbot.waitUntil(lambda: tree.topLevelItemCount() == 6, timeout=5000)


def test_every_draft_row_shows_its_state_line(widget: ComposeWidget, qtbot: QtBot) -> None:
    """The bug: Qt sized some word-wrapped rows for a wider text than it drew, so
    "Failed: a post the server refused…" lost its "in the outbox · Fri 20:18" line."""
    from PySide6.QtCore import QRect, Qt

    w = widget
    lst = w.view.drafts
    qtbot.waitUntil(lambda: lst.count() == 8, timeout=5000)
    metrics = lst.fontMetrics()
    margin = lst.style().pixelMetric(lst.style().PixelMetric.PM_FocusFrameHMargin) + 1
    cut = []
    # every column width the splitter may give, with and without a scroll bar
    for width, height in [(x, y) for x in range(900, 1400, 5) for y in (420, 720)]:
        w.resize(width, height)
        qtbot.wait(1)
        for i in range(lst.count()):
            item = lst.item(i)
            rect = lst.visualItemRect(item)
            drawn = metrics.boundingRect(
                # Qt wraps by fractional widths: a text that just fits may wrap
                QRect(0, 0, rect.width() - 2 * margin - 2, 100_000),
                int(Qt.TextFlag.TextWordWrap),
                item.text(),
            )
            if rect.height() < drawn.height():
                cut.append((width, item.text()))
    assert not cut, cut[:3]


def test_an_autosave_due_during_send_never_undoes_the_queued_post(
    widget: ComposeWidget, core: CoreServices, qtbot: QtBot
) -> None:
    # Send while the database lane is busy (pictures being made ready for each network):
    # the autosave started by the last keystroke comes due before the post is queued.
    # It used to write the editor's copy ("draft") over the queued post, or fork a copy
    # of it, so the post stayed a draft for good or could be sent twice.
    w = widget
    w.image_rows[0].alt.setText("Ore drying on a tarpaulin at the Geita site")
    draft_id = w.draft.id
    qtbot.keyClicks(w.view.text, " Asante")
    assert w.autosave.isActive()
    gate = threading.Event()
    w.tasks.run_db(lambda: gate.wait(10))  # the lane is busy until the gate opens
    w.view.send.click()
    # the draft cannot be edited or left while it is put in the outbox
    assert not w.view.editor.isEnabled() and not w.view.drafts_panel.isEnabled()
    assert not w.view.schedule.isEnabled() and not w.view.open_x.isEnabled()
    qtbot.keyClick(w.view.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.wait(w.autosave.interval() + 300)  # the autosave's time came and went
    gate.set()
    qtbot.waitUntil(lambda: w.view.outbox.tree.topLevelItemCount() == 10, timeout=15000)
    assert w.view.editor.isEnabled() and w.view.drafts_panel.isEnabled()
    assert w.view.schedule.isEnabled() and w.view.send.isEnabled()
    assert not w.view.post_at.isEnabled()  # as before: only with "Post at" ticked
    assert w.draft.id != draft_id and w.view.text.toPlainText() == ""  # a fresh draft
    store = DraftStore(core.db, core.clock.now)
    sent = store.get(draft_id)
    assert sent is not None and sent.status == "outbox" and "Asante" in sent.text
    # no second copy of the post among the drafts, and one outbox item per account
    assert [d.id for d in store.list(include_sent=True) if "Asante" in d.text] == [draft_id]
    assert w.tasks.wait_idle(5)
    assert store.get(draft_id).status == "outbox"  # type: ignore[union-attr]
    assert len([i for i in w.outbox.items() if i.draft_id == draft_id]) == 3


def test_a_failed_send_gives_the_draft_back_and_keeps_it_saved(
    widget: ComposeWidget, core: CoreServices, qtbot: QtBot
) -> None:
    w = widget
    w.image_rows[0].alt.setText("Ore drying on a tarpaulin at the Geita site")
    Path(w.media.images[0].path).write_bytes(b"not a picture any more")
    draft_id = w.draft.id
    qtbot.keyClicks(w.view.text, " Asante")
    w.view.send.click()
    qtbot.waitUntil(lambda: w.view.problems.isVisible(), timeout=10000)
    assert w.view.editor.isEnabled() and w.view.drafts_panel.isEnabled()
    assert w.view.send.isEnabled() and w.draft.id == draft_id
    store = DraftStore(core.db, core.clock.now)
    qtbot.waitUntil(lambda: "Asante" in (store.get(draft_id) or w.draft).text, timeout=5000)
    assert store.get(draft_id).status == "draft"  # type: ignore[union-attr]


def test_a_picture_goes_to_the_draft_it_was_added_to(
    widget: ComposeWidget, core: CoreServices, qtbot: QtBot, tmp_path: Path
) -> None:
    # the picture is checked in the background; the user starts another draft before
    # the check is back: the picture is not put into that other draft
    w = widget
    path = picture(tmp_path)
    w.add_image(str(path))
    w.start_draft("A different post", "")  # shown before the check comes back
    assert w.tasks.wait_idle(5)
    qtbot.wait(50)
    assert w.image_rows == [] and w.media.images == []
    # added to the draft shown, it arrives
    w.add_image(str(path))
    qtbot.waitUntil(lambda: len(w.image_rows) == 1, timeout=5000)
    assert w.media.images[0].path == str(path)


class _FullDisk:
    """The draft store, on a disk that fills up and is freed again: while ``full``,
    every save fails as the disk would (ENOSPC)."""

    def __init__(self, store: DraftStore) -> None:
        self.store = store
        self.full = True
        self.failed = 0

    def save_unless_changed(self, draft: Draft) -> tuple[Draft, bool]:
        if self.full:
            self.failed += 1
            raise OSError(errno.ENOSPC, "No space left on device")
        return self.store.save_unless_changed(draft)

    def __getattr__(self, name: str) -> object:
        return getattr(self.store, name)


def test_a_failed_save_is_tried_again_without_a_keystroke(
    widget: ComposeWidget, core: CoreServices, qtbot: QtBot
) -> None:
    # the disk is full when the autosave runs; the user stops typing and frees space:
    # the draft is saved without another keystroke (it used to wait for one)
    w = widget
    disk = _FullDisk(w.drafts.store)
    w.drafts.store = disk  # type: ignore[assignment]
    w.autosave.setInterval(200)
    draft_id = w.draft.id
    qtbot.keyClicks(w.view.text, " Asante")
    qtbot.waitUntil(lambda: disk.failed >= 1, timeout=5000)
    qtbot.waitUntil(lambda: "Not saved" in w.view.saved.text(), timeout=5000)
    assert "disk is full" in w.view.saved.text()
    disk.full = False
    store = DraftStore(core.db, core.clock.now)
    qtbot.waitUntil(
        lambda: "Asante" in w.tasks.lane.call(lambda: store.get(draft_id)).text,  # type: ignore[union-attr]
        timeout=10000,
    )
    qtbot.waitUntil(lambda: w.view.saved.text().startswith("Saved"), timeout=5000)


def test_a_draft_left_while_its_save_failed_is_saved_later(
    widget: ComposeWidget, core: CoreServices, qtbot: QtBot
) -> None:
    # typed in one draft, the user opens another; that save failed (disk full): the
    # first draft's text is kept and saved once the disk has room again
    w = widget
    disk = _FullDisk(w.drafts.store)
    w.drafts.store = disk  # type: ignore[assignment]
    first = w.draft.id
    qtbot.keyClicks(w.view.text, " Asante sana")
    w.start_draft("Another post", "")  # saves the first, then shows a new draft
    qtbot.waitUntil(lambda: disk.failed >= 2, timeout=5000)
    assert w.draft.id != first
    disk.full = False
    store = DraftStore(core.db, core.clock.now)
    qtbot.waitUntil(
        lambda: "Asante sana" in w.tasks.lane.call(lambda: store.get(first)).text,  # type: ignore[union-attr]
        timeout=10000,
    )
    second = w.draft.id
    qtbot.waitUntil(lambda: w.tasks.lane.call(lambda: store.get(second)) is not None, timeout=10000)
