"""Merging posts from every source: dedupe by uri, order by time, edits, deletes,
filters and mutes, and the small statistics the view shows."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, tzinfo

from companion.core.live.model import Post


def merge(posts: Iterable[Post]) -> list[Post]:
    """Deduplicated by ``uri`` (a repost is keyed by its original), newest first.
    When the same post comes twice, the edited or non-repost copy wins."""
    best: dict[str, Post] = {}
    for p in posts:
        old = best.get(p.uri)
        if old is None or prefer(p, old):
            best[p.uri] = p
    return sorted(best.values(), key=lambda p: (p.created_at, p.uri), reverse=True)


def prefer(new: Post, old: Post) -> bool:
    if new.edited_at and (old.edited_at is None or new.edited_at > old.edited_at):
        return True
    return old.reposted_by is not None and new.reposted_by is None


@dataclass
class Filter:
    networks: set[str] = field(default_factory=set)  # empty = all
    language: str = ""  # "" = all
    media_only: bool = False
    hide_reposts: bool = False
    search: str = ""
    muted_words: list[str] = field(default_factory=list)
    muted_accounts: list[str] = field(default_factory=list)

    def accepts(self, p: Post) -> bool:
        if self.networks and p.network not in self.networks:
            return False
        if self.language and (p.language or "").split("-")[0].lower() != self.language.lower():
            return False
        if self.media_only and not p.has_media:
            return False
        if self.hide_reposts and p.reposted_by:
            return False
        haystack: str | None = None
        if self.muted_accounts:
            handles = {p.author.handle.lower().lstrip("@")}
            if p.reposted_by:
                handles.add(p.reposted_by.lower().lstrip("@"))
            for muted in self.muted_accounts:
                m = muted.strip().lower().lstrip("@")
                if m and any(h == m or h.startswith(m + "@") for h in handles):
                    return False
        if self.muted_words:
            haystack = (p.text + "\n" + p.content_warning).casefold()
            if any(w.strip() and w.strip().casefold() in haystack for w in self.muted_words):
                return False
        if self.search:
            haystack = (
                p.text + "\n" + p.content_warning + "\n" + p.author.name + "\n" + p.author.handle
            ).casefold()
            if self.search.casefold() not in haystack:
                return False
        return True


def posts_per_hour(
    posts: Iterable[Post], end: datetime, hours: int = 12, zone: tzinfo = UTC
) -> list[int]:
    """Counts for the ``hours`` hours ending at ``end`` (oldest first), hours as the
    clocks of ``zone`` show them (India's 10:00 is 04:30 UTC)."""
    local_end = end.astimezone(zone).replace(minute=0, second=0, microsecond=0)
    start = local_end.astimezone(UTC) - timedelta(hours=hours - 1)
    counts = [0] * hours
    for p in posts:
        i = int((p.created_at - start).total_seconds() // 3600)
        if 0 <= i < hours:
            counts[i] += 1
    return counts


def top_contributors(posts: Iterable[Post], n: int = 5) -> list[tuple[str, int]]:
    c = Counter(p.author.handle for p in posts)
    return c.most_common(n)


def languages(posts: Iterable[Post]) -> list[str]:
    return sorted({(p.language or "").split("-")[0].lower() for p in posts} - {""})
