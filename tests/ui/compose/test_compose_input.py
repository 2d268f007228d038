"""Issue 15: drafts (empty ones never kept, two windows), bad pictures, live language."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from companion.core.compose.drafts import DraftStore
from companion.core.services import CoreServices
from companion.ui.app import gui_services
from companion.ui.compose.area import ComposeDeps, ComposeWidget
from companion.ui.compose.services import compose_services
from companion.ui.tasks import TaskManager
from tests.ui.compose.seed import accounts, picture

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


@pytest.fixture
def make(qtbot: QtBot, core: CoreServices) -> Iterator[object]:
    made: list[tuple[ComposeWidget, TaskManager]] = []

    def build() -> ComposeWidget:
        tasks = TaskManager()
        w = ComposeWidget(
            ComposeDeps(compose_services(gui_services(core, tasks)), tasks, auto_send=False)
        )
        qtbot.addWidget(w)
        made.append((w, tasks))
        qtbot.waitUntil(lambda: len(w.rows) == 3, timeout=5000)
        return w

    accounts(core)
    yield build
    for w, tasks in made:
        w.shutdown()
        tasks.shutdown()


def test_an_empty_draft_is_never_saved_or_listed(
    make: object, core: CoreServices, qtbot: QtBot
) -> None:
    w = make()  # type: ignore[operator]
    w.view.new_btn.click()
    w.view.spoiler.setText("x")
    w.view.spoiler.setText("")  # touched, still empty
    assert w.save_now() is None
    w.view.text.setPlainText("Habari")
    w.save_now().result(5)
    w.view.text.setPlainText("")  # emptied again
    w.save_now().result(5)
    assert DraftStore(core.db, core.clock.now).list(include_sent=True) == []
    qtbot.waitUntil(lambda: w.view.drafts.count() == 0, timeout=5000)


def test_a_draft_open_in_two_windows_loses_nothing(
    make: object, core: CoreServices, qtbot: QtBot
) -> None:
    a = make()  # type: ignore[operator]
    a.view.text.setPlainText("From window A")
    a.save_now().result(5)
    qtbot.waitUntil(lambda: bool(a.draft.updated_at), timeout=5000)
    b = make()  # type: ignore[operator]
    qtbot.waitUntil(lambda: b.draft.id == a.draft.id, timeout=5000)  # opens the latest draft
    b.view.text.setPlainText("From window B")
    b.save_now().result(5)
    qtbot.waitUntil(lambda: bool(b.view.saved.text()), timeout=5000)
    a.view.text.setPlainText("From window A, more")
    a.save_now().result(5)
    qtbot.waitUntil(lambda: "another window" in a.view.saved.text(), timeout=5000)
    texts = sorted(d.text for d in DraftStore(core.db, core.clock.now).list())
    assert texts == ["From window A, more", "From window B"]


def test_bad_pictures_get_a_clear_message(
    make: object, core: CoreServices, qtbot: QtBot, tmp_path: Path
) -> None:
    w = make()  # type: ignore[operator]
    w.view.text.setPlainText("Pictures from the site")
    problem = w.view.image_problem
    text_file = tmp_path / "notes.jpg"
    text_file.write_text("not a picture")
    w.add_image(str(text_file))
    qtbot.waitUntil(lambda: "not a picture" in problem.text(), timeout=5000)
    huge = tmp_path / "huge.jpg"
    with huge.open("wb") as f:
        f.truncate(61_000_000)  # sparse: 60 MB without writing them
    w.add_image(str(huge))
    qtbot.waitUntil(lambda: "over 60 MB" in problem.text(), timeout=5000)
    assert w.media.images == []
    pic = picture(tmp_path)
    for n in range(4):
        w.add_image(str(pic), f"Picture {n}")
        qtbot.waitUntil(lambda n=n: len(w.image_rows) == n + 1, timeout=5000)
    w.add_image(str(pic), "a fifth")
    assert "At most 4 pictures" in problem.text()
    assert len(w.image_rows) == 4
    w.image_rows[2].alt.setText("")
    assert "description" in w.view.problems.text()
    w.view.send.click()
    qtbot.waitUntil(lambda: "Add one so people" in w.view.problems.text(), timeout=10000)
    assert w.view.text.toPlainText() == "Pictures from the site"  # nothing lost


def test_strings_follow_a_language_switch(make: object, qtbot: QtBot) -> None:
    from companion.ui.i18n import apply_language

    w = make()  # type: ignore[operator]
    w.view.text.setPlainText("Habari")
    w.save_now().result(5)
    qtbot.waitUntil(lambda: w.view.saved.text().startswith("Saved"), timeout=5000)
    english = (w.view.saved.text(), w.view.send.text(), w.view.editor.preview_box.title())
    try:
        apply_language("sw")
        qtbot.waitUntil(lambda: w.view.send.text() != english[1], timeout=5000)
        assert not w.view.saved.text().startswith("Saved")
        assert w.view.editor.preview_box.title() != english[2]
    finally:
        apply_language("en")


def test_templates_whole_names_and_placeholder_selected(make: object) -> None:
    from companion.core.event.current import EventBasics

    w = make()  # type: ignore[operator]
    name = "Live from {place}: a session on mercury-free processing and fair gold markets"
    w.editor.set_basics(EventBasics(templates=(name + "\nMore lines",)))
    combo = w.view.template
    assert combo.itemText(1) == name  # whole, not cut at 60 characters
    w.view.new_btn.click()
    combo.activated.emit(1)
    assert w.view.text.textCursor().selectedText() == "{place}"  # typing replaces it
    w.view.send.click()
    assert "{place}" in w.view.problems.text()
