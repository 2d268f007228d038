"""The list model behind the Live view: all known posts, the filtered visible rows,
and new arrivals held back behind the "N new posts" bar."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from operator import attrgetter
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from companion.core.live.model import Post
from companion.core.live.timeline import Filter, prefer

log = logging.getLogger(__name__)

PostRole = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex
#: rows handed to the view first (Qt's ``canFetchMore``/``fetchMore``, asked when the
#: reader scrolls to the end): the view measures and lays out only the rows it has,
#: so 10,000 posts cost no more to show than a screenful (issue 19)
PAGE = 50


def media_description(post: Post) -> str:
    """What a screen reader says about a post's pictures and videos: their alt text."""
    from companion.ui.live.delegate import media_kind_name  # the delegate imports this module

    parts = []
    for m in post.media:
        alt = m.alt.strip() or QCoreApplication.translate("PostDelegate", "no description")
        parts.append(f"{media_kind_name(m.kind)}: {alt}")
    return "; ".join(parts)


def spoken_post(post: Post, expanded: bool) -> str:
    """What a screen reader says for a post in the list: who, where, when, who reposted
    it, then the text, or only the content warning while it is closed, then how many
    pictures it has (their alt text is the item's description)."""
    from companion.core.accounts.model import NETWORK_NAMES
    from companion.ui.live.delegate import _when

    head = (
        QCoreApplication.translate("PostDelegate", "%1 (@%2) on %3, %4")
        .replace("%1", post.author.name)
        .replace("%2", post.author.handle)
        .replace("%3", NETWORK_NAMES.get(post.network, post.network))
        .replace("%4", _when(post.created_at))
    )
    parts = [head]
    if post.reposted_by:
        parts.append(
            QCoreApplication.translate("PostDelegate", "Reposted by @%1").replace(
                "%1", post.reposted_by
            )
        )
    if post.content_warning and not expanded:
        parts.append(
            QCoreApplication.translate(
                "PostDelegate", "Content warning: %1 (text hidden, press Enter to show)"
            ).replace("%1", post.content_warning)
        )
    else:
        if post.content_warning:
            parts.append(
                QCoreApplication.translate("PostDelegate", "Content warning: %1").replace(
                    "%1", post.content_warning
                )
            )
        parts.append(post.text)
    return ". ".join(p.strip() for p in parts if p.strip())


class PostListModel(QAbstractListModel):
    """Newest first. The view sees the first :data:`PAGE` rows and more as it scrolls
    (``fetchMore``); :meth:`visible_posts` has them all.

    Signals:
        pending_changed(int): how many new posts wait behind the bar.
        counts_changed(): the set of posts changed (for the chart and contributors).
    """

    pending_changed = Signal(int)
    counts_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._all: dict[str, Post] = {}
        self._rows: list[Post] = []
        self._row_of: dict[str, int] = {}
        self._pending: dict[str, Post] = {}
        #: how many of ``_rows`` the view has been given
        self._shown = 0
        self.filter = Filter()
        #: uris whose content warning was opened / sensitive media revealed
        self.expanded: set[str] = set()
        self.revealed: set[str] = set()

    # -- Qt ---------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._shown

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and self._shown < len(self._rows)

    def fetchMore(self, parent: Index) -> None:
        # as many again as shown (at least a page): the view lays out every row again
        # on each insertion, so pages that double keep the End key's work linear
        more = 0 if parent.isValid() else min(max(PAGE, self._shown), len(self._rows) - self._shown)
        if more > 0:
            self.beginInsertRows(QModelIndex(), self._shown, self._shown + more - 1)
            self._shown += more
            self.endInsertRows()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self._shown:
            return None
        post = self._rows[index.row()]
        if role == PostRole:
            return post
        if role == Qt.ItemDataRole.DisplayRole:
            body = post.content_warning if post.content_warning else post.text
            return f"{post.author.name} (@{post.author.handle}): {body}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            spoken = spoken_post(post, post.uri in self.expanded)
            pictures = sum(1 for m in post.media if m.kind != "link")
            if not pictures:
                return spoken
            return spoken + ". " + self.tr("%n picture(s)", "", pictures)
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return media_description(post)
        return None

    # -- content ----------------------------------------------------------
    def post_at(self, row: int) -> Post | None:
        return self._rows[row] if 0 <= row < self._shown else None

    def all_posts(self) -> list[Post]:
        return list(self._all.values())

    def visible_posts(self) -> list[Post]:
        return list(self._rows)

    @property
    def pending_count(self) -> int:
        return len(self._pending)

    def set_posts(self, posts: Iterable[Post]) -> None:
        """Replace everything (the cache at start); shown at once."""
        self._all = {}
        for p in posts:
            old = self._all.get(p.uri)
            if old is None or prefer(p, old):
                self._all[p.uri] = p
        self._pending.clear()
        self._rebuild()
        self.pending_changed.emit(0)

    def add_posts(self, posts: Iterable[Post], *, hold_back: bool = True) -> int:
        """New or edited posts. Edits replace in place; new ones wait behind the bar
        (``hold_back``) or are shown at once. Returns how many were new."""
        new: dict[str, Post] = {}
        for p in posts:
            old = self._all.get(p.uri) or self._pending.get(p.uri) or new.get(p.uri)
            if old is not None:
                if p.uri in new:
                    if prefer(p, old):
                        new[p.uri] = p
                elif prefer(p, old):
                    self._replace(p)
                continue
            new[p.uri] = p
        if new and hold_back:
            self._pending.update(new)
            self.pending_changed.emit(len(self._pending))
        elif new:
            self._insert(new)
        return len(new)

    def show_pending(self) -> None:
        if not self._pending:
            return
        pending = dict(self._pending)
        self._pending.clear()
        self._insert(pending)
        self.pending_changed.emit(0)

    def remove(self, uri: str) -> None:
        if self._pending.pop(uri, None) is not None:
            self.pending_changed.emit(len(self._pending))
        if self._all.pop(uri, None) is None:
            return
        row = self._row_of.get(uri)
        if row is not None:
            self._remove_row(row)
        self.counts_changed.emit()

    def set_filter(self, f: Filter) -> None:
        self.filter = f
        self._rebuild()

    def _remove_row(self, row: int) -> None:
        if row >= self._shown:  # the view has not got it yet
            del self._rows[row]
            self._reindex()
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        self._shown -= 1
        self._reindex()
        self.endRemoveRows()

    def toggle(self, row: int, which: str) -> None:
        post = self.post_at(row)
        if post is None:
            return
        target = self.expanded if which == "cw" else self.revealed
        target.symmetric_difference_update({post.uri})
        idx = self.index(row)
        self.dataChanged.emit(idx, idx)

    def refresh_rows(self) -> None:
        """Repaint (e.g. an avatar arrived); sizes unchanged."""
        if self._shown:
            self.dataChanged.emit(self.index(0), self.index(self._shown - 1), [PostRole])

    # -- internals ----------------------------------------------------------
    def _replace(self, p: Post) -> None:
        if p.uri in self._pending:
            self._pending[p.uri] = p
            return
        self._all[p.uri] = p
        row = self._row_of.get(p.uri)
        if row is not None:
            if self.filter.accepts(p):
                self._rows[row] = p
                if row < self._shown:
                    idx = self.index(row)
                    self.dataChanged.emit(idx, idx)
            else:
                self._remove_row(row)

    def _insert(self, new: dict[str, Post]) -> None:
        """Add posts not seen before: a few newer than every row (the usual case) in
        one insertion at the top, which keeps the selection; otherwise the rows are
        rebuilt."""
        self._all.update(new)
        accepts = self.filter.accepts
        if not self._rows:
            # the first: sorted once with the rest (each post filtered there, not
            # twice: issue 19), or none shown yet
            if any(map(accepts, new.values())):
                self._rebuild()
            else:
                self.counts_changed.emit()
            return
        rows = [p for p in new.values() if accepts(p)]
        if not rows:
            self.counts_changed.emit()
            return
        if len(rows) > PAGE:
            self._rebuild()  # many: sorted once, with the rest
            return
        rows.sort(key=_order, reverse=True)
        if _order(rows[-1]) <= _order(self._rows[0]):
            self._rebuild()  # among the rows already there
            return
        self.beginInsertRows(QModelIndex(), 0, len(rows) - 1)
        self._rows[:0] = rows
        self._shown += len(rows)
        self._reindex()
        self.endInsertRows()
        self.counts_changed.emit()

    def _rebuild(self) -> None:
        self.beginResetModel()
        accepts = self.filter.accepts
        self._rows = sorted((p for p in self._all.values() if accepts(p)), key=_order, reverse=True)
        self._shown = min(len(self._rows), max(PAGE, self._shown))
        self._reindex()
        self.endResetModel()
        self.counts_changed.emit()

    def _reindex(self) -> None:
        self._row_of = {p.uri: i for i, p in enumerate(self._rows)}


#: the rows' order (newest first when reversed): (created_at, uri), the tuple made in
#: C (issue 19: sorting 10,000 posts)
_order: Callable[[Post], tuple[Any, str]] = attrgetter("created_at", "uri")
