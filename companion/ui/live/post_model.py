"""The list model behind the Live view: all known posts, the filtered visible rows,
and new arrivals held back behind the "N new posts" bar."""

from __future__ import annotations

import logging
from collections.abc import Iterable
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
    from companion.ui.live.delegate import NETWORK_NAMES, _when

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
    """Newest first.

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
        self.filter = Filter()
        #: uris whose content warning was opened / sensitive media revealed
        self.expanded: set[str] = set()
        self.revealed: set[str] = set()

    # -- Qt ---------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
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
        return self._rows[row] if 0 <= row < len(self._rows) else None

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
        new = 0
        for p in posts:
            old = self._all.get(p.uri) or self._pending.get(p.uri)
            if old is not None:
                if prefer(p, old):
                    self._replace(p)
                continue
            new += 1
            if hold_back:
                self._pending[p.uri] = p
            else:
                self._all[p.uri] = p
        if new and not hold_back:
            self._rebuild()
        if new and hold_back:
            self.pending_changed.emit(len(self._pending))
        return new

    def show_pending(self) -> None:
        if not self._pending:
            return
        self._all.update(self._pending)
        self._pending.clear()
        self._rebuild()
        self.pending_changed.emit(0)

    def remove(self, uri: str) -> None:
        if self._pending.pop(uri, None) is not None:
            self.pending_changed.emit(len(self._pending))
        if self._all.pop(uri, None) is None:
            return
        row = self._row_of.get(uri)
        if row is not None:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self._reindex()
            self.endRemoveRows()
        self.counts_changed.emit()

    def set_filter(self, f: Filter) -> None:
        self.filter = f
        self._rebuild()

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
        if self._rows:
            self.dataChanged.emit(self.index(0), self.index(len(self._rows) - 1), [PostRole])

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
                idx = self.index(row)
                self.dataChanged.emit(idx, idx)
            else:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._rows[row]
                self._reindex()
                self.endRemoveRows()

    def _rebuild(self) -> None:
        self.beginResetModel()
        accepts = self.filter.accepts
        self._rows = sorted(
            (p for p in self._all.values() if accepts(p)),
            key=lambda p: (p.created_at, p.uri),
            reverse=True,
        )
        self._reindex()
        self.endResetModel()
        self.counts_changed.emit()

    def _reindex(self) -> None:
        self._row_of = {p.uri: i for i, p in enumerate(self._rows)}
