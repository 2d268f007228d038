from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtWidgets import QListView
from pytestqt.qtbot import QtBot

from companion.core.live.mastodon import parse_status
from companion.core.live.model import Post
from companion.core.live.timeline import Filter
from companion.ui.live.delegate import PostDelegate
from companion.ui.live.post_model import PostListModel, PostRole
from tests.support.fake_mastodon import status

# offscreen Qt says this when any top-level widget is shown
pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def _post(sid: str, minutes: int = 0, **kw: Any) -> Post:
    return parse_status(status(sid, minutes=minutes, **kw), "mastodon:https://a")


def test_new_posts_wait_behind_the_bar(qtbot: QtBot) -> None:
    m = PostListModel()
    m.set_posts([_post("1"), _post("2", 1)])
    assert m.rowCount() == 2 and m.post_at(0).remote_id == "2"  # type: ignore[union-attr]
    with qtbot.waitSignal(m.pending_changed) as blocker:
        assert m.add_posts([_post("3", 2), _post("1")]) == 1  # "1" is known: not new
    assert blocker.args == [1]
    assert m.rowCount() == 2  # nothing jumped
    m.show_pending()
    assert m.rowCount() == 3 and m.post_at(0).remote_id == "3"  # type: ignore[union-attr]
    assert m.pending_count == 0


def test_edit_replaces_in_place_and_delete_removes(qtbot: QtBot) -> None:
    m = PostListModel()
    m.set_posts([_post("1"), _post("2", 1)])
    edited = _post("1", content="<p>fixed</p>", edited_at="2026-11-26T10:00:00Z")
    with qtbot.waitSignal(m.dataChanged):
        m.add_posts([edited])
    assert m.pending_count == 0 and m.post_at(1).text == "fixed"  # type: ignore[union-attr]
    with qtbot.waitSignal(m.rowsRemoved):
        m.remove(edited.uri)
    assert m.rowCount() == 1


def test_filter_and_roles() -> None:
    m = PostListModel()
    m.set_posts([_post("1", language="fr"), _post("2", 1, spoiler_text="CW here")])
    m.set_filter(Filter(language="fr"))
    assert m.rowCount() == 1
    m.set_filter(Filter())
    assert "CW here" in m.data(m.index(0))
    assert isinstance(m.data(m.index(0), PostRole), Post)
    assert m.data(m.index(5)) is None


text_or_html = st.text(max_size=300) | st.builds(
    lambda s: f"<p>{s}</p><script>x</script>", st.text(max_size=50)
)


@settings(
    max_examples=25, suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None
)
@given(
    st.lists(st.tuples(text_or_html, st.text(max_size=40), st.booleans()), min_size=1, max_size=8)
)
def test_view_keeps_running_with_odd_posts(
    qtbot: QtBot, items: list[tuple[str, str, bool]]
) -> None:
    view = QListView()
    qtbot.addWidget(view)
    m = PostListModel(view)
    d = PostDelegate(lambda url: None, m.expanded, m.revealed, view)
    view.setModel(m)
    view.setItemDelegate(d)
    posts = [
        _post(
            str(i),
            i,
            content=c,
            spoiler_text=cw,
            sensitive=s,
            media_attachments=[{"type": "image", "description": cw}],
            account={"display_name": c[:20]},
        )
        for i, (c, cw, s) in enumerate(items)
    ]
    m.set_posts(posts)
    view.resize(400, 300)
    view.show()
    assert not view.grab().isNull()
    for row in range(m.rowCount()):
        m.toggle(row, "cw")
        m.toggle(row, "media")
    assert not view.grab().isNull()


def test_the_view_gets_rows_a_page_at_a_time(qtbot: QtBot) -> None:
    """Issue 19: 1,000 posts are all in the model, the view gets the first page and the
    next as it scrolls to the end (``fetchMore``): Python and the layout touch only
    the rows that can be shown. Edits and deletes of rows not handed out yet work."""
    from companion.ui.live.post_model import PAGE

    posts = [_post(f"{i:04d}", i) for i in range(1000)]
    m = PostListModel()
    m.set_posts(posts)
    assert m.rowCount() == PAGE and m.canFetchMore(m.index(-1, -1))
    assert len(m.visible_posts()) == 1000 and m.post_at(0).remote_id == "0999"  # type: ignore[union-attr]
    assert m.post_at(PAGE) is None and m.data(m.index(PAGE)) is None
    far = posts[10]  # row 989: not handed out yet
    m.add_posts([_post("0010", 10, content="<p>fixed</p>", edited_at="2026-11-27T10:00:00Z")])
    m.remove(posts[11].uri)
    assert m.rowCount() == PAGE
    view = QListView()
    view.resize(400, 300)
    view.setModel(m)
    view.setItemDelegate(PostDelegate(lambda url: None, m.expanded, m.revealed, view))
    view.show()
    qtbot.waitExposed(view)
    while m.canFetchMore(m.index(-1, -1)):
        view.scrollToBottom()
        qtbot.wait(1)
    assert m.rowCount() == 999
    assert m.post_at(998).uri == posts[0].uri and m.post_at(988).text == "fixed"  # type: ignore[union-attr]
    assert far.uri == m.post_at(988).uri  # type: ignore[union-attr]


def test_new_posts_go_in_at_the_top_in_one_insertion(qtbot: QtBot) -> None:
    """Issue 19: posts newer than every row are inserted in one block at the top
    (the selection and the view are kept); a late one among them rebuilds the rows."""
    m = PostListModel()
    m.set_posts([_post("1", 1), _post("2", 2)])
    m.add_posts([_post("4", 4), _post("3", 3)])
    inserted: list[tuple[int, int]] = []
    m.rowsInserted.connect(lambda _parent, first, last: inserted.append((first, last)))
    with qtbot.assertNotEmitted(m.modelReset):
        m.show_pending()
    assert inserted == [(0, 1)]
    assert [p.remote_id for p in m.visible_posts()] == ["4", "3", "2", "1"]
    with qtbot.waitSignal(m.modelReset):
        m.add_posts([_post("0", 0), _post("5", 5)], hold_back=False)
    assert [p.remote_id for p in m.visible_posts()] == ["5", "4", "3", "2", "1", "0"]
    assert m.rowCount() == 6


def test_many_new_posts_among_the_rows_are_sorted_once(qtbot: QtBot) -> None:
    """Issue 19: more new posts than a page, or any among the rows already there, rebuild
    the rows (one reset, sorted once); the order is newest first either way."""
    m = PostListModel()
    m.set_posts([_post(f"{i:03d}", i) for i in range(0, 120, 2)])
    with qtbot.waitSignal(m.modelReset):
        m.add_posts([_post(f"{i:03d}", i) for i in range(1, 120, 2)], hold_back=False)
    assert [p.remote_id for p in m.visible_posts()] == [f"{i:03d}" for i in range(119, -1, -1)]
    with qtbot.waitSignal(m.modelReset):
        m.add_posts([_post("200", 200), _post("050b", 50)], hold_back=False)
    ids = [p.remote_id for p in m.visible_posts()]
    assert ids[0] == "200" and ids.index("050b") == ids.index("050") - 1


def test_row_heights_follow_the_font_and_width(qtbot: QtBot) -> None:
    """Issue 19: a text block is measured once per width and reused when painted; a
    new font or width measures again (no height of another font is reused)."""
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QFont, QImage, QPainter
    from PySide6.QtWidgets import QStyleOptionViewItem

    post = _post("1", content="<p>" + "word " * 120 + "</p>")
    d = PostDelegate(lambda _url: None, set(), set())
    option = QStyleOptionViewItem()
    small, big = QFont(option.font), QFont(option.font)
    small.setPointSizeF(8)
    big.setPointSizeF(16)
    heights = {}
    for name, font, width in (("small", small, 600), ("big", big, 600), ("narrow", big, 300)):
        heights[name] = d._layout(font, width, post, None, option)
        option.rect = QRect(0, 0, width, heights[name])
        img = QImage(width, heights[name], QImage.Format.Format_RGB32)
        p = QPainter(img)
        painted = d._layout(font, width, post, p, option)
        p.end()
        assert painted == heights[name]
        option.rect = QRect()
    assert heights["small"] < heights["big"] < heights["narrow"]
    for name, font, width in (("small", small, 600), ("big", big, 600), ("narrow", big, 300)):
        fresh = PostDelegate(lambda _url: None, set(), set())
        assert fresh._layout(font, width, post, None, option) == heights[name]
    assert d._layout(small, 600, post, None, option) == heights["small"]
    d.clear_cache()
    assert not d._blocks and d._layout(big, 600, post, None, option) == heights["big"]


@pytest.mark.parametrize("width", [150, 420, 900])
def test_rows_are_measured_at_the_width_they_are_painted_at(qtbot: QtBot, width: int) -> None:
    """Issue 19: a row's text was measured 2 px narrower than the list paints it, so
    every painted row measured its text again (and could wrap it otherwise than its
    height says). Now a painted row is the height its text has at the painted width,
    and painting measures nothing."""
    from PySide6.QtCore import QRect
    from PySide6.QtWidgets import QAbstractItemView, QStyleOptionViewItem

    painted: list[tuple[int, int, int, Post]] = []

    class Checked(PostDelegate):
        def paint(self, painter: Any, option: Any, index: Any) -> None:
            before = len(self._blocks)
            super().paint(painter, option, index)
            rect = option.rect
            painted.append(
                (rect.width(), rect.height(), len(self._blocks) - before, index.data(PostRole))
            )

    words = "mercury-free gold مرحبا 👩🏽‍🔧 Orpaillage à Madagascar "
    posts = [_post(str(i), i, content=f"<p>{words * (i % 7)}{i}</p>") for i in range(40)]
    m = PostListModel()
    m.set_posts(posts)
    view = QListView()
    view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    view.setWordWrap(True)
    view.setLayoutMode(QListView.LayoutMode.Batched)
    view.setBatchSize(200)
    view.setResizeMode(QListView.ResizeMode.Adjust)
    qtbot.addWidget(view)
    d = Checked(lambda url: None, m.expanded, m.revealed, view)
    view.setModel(m)
    view.setItemDelegate(d)
    view.resize(width, 600)
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: len(painted) > 3)
    view.verticalScrollBar().setValue(view.verticalScrollBar().pageStep())
    view.viewport().repaint()
    option = QStyleOptionViewItem()
    option.font = view.font()
    for w, h, measured, post in painted:
        assert measured == 0  # the text blocks measured for the row's size were reused
        option.rect = QRect()
        assert (
            PostDelegate(lambda url: None, set(), set())._layout(view.font(), w, post, None, option)
            == h
        )


def test_the_first_posts_are_filtered_once_and_none_shown_resets_nothing(qtbot: QtBot) -> None:
    """Issue 19: the first posts into an empty list are filtered once (in the sort), not
    twice; when the filter takes none of them the list is not reset, as before."""
    m = PostListModel()
    m.set_filter(Filter(language="fr"))
    calls: list[str] = []
    accepts = m.filter.accepts
    m.filter.accepts = lambda p: calls.append(p.uri) or accepts(p)  # type: ignore[method-assign]
    resets: list[int] = []
    m.modelReset.connect(lambda: resets.append(1))
    with qtbot.waitSignal(m.counts_changed):
        assert (
            m.add_posts([_post("1", language="en"), _post("2", 1, language="en")], hold_back=False)
            == 2
        )
    assert m.rowCount() == 0 and not resets
    calls.clear()
    posts = [_post(str(i), i, language="fr" if i % 2 else "en") for i in range(10, 20)]
    m.add_posts(posts, hold_back=False)
    assert [p.remote_id for p in m.visible_posts()] == ["19", "17", "15", "13", "11"]
    # each post filtered in the sort, the new ones before it only until one is taken
    assert len(resets) == 1 and len(calls) == len(m.all_posts()) + 2
