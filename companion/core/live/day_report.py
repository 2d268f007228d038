"""The day's report as figures: posts per hour per network (hours in the event's time
zone), unique posts after dedupe, top contributors, languages, the most shared links
and reposted posts. Written out by :mod:`companion.core.live.report` (CSV, HTML, PDF).
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, tzinfo

from companion.core.live.model import Post
from companion.core.live.timeline import merge

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class HourRow:
    #: the hour's start in the event's time zone
    start: datetime
    #: posts in that hour per network (networks with none are left out)
    counts: dict[str, int]

    @property
    def total(self) -> int:
        return sum(self.counts.values())


@dataclass(frozen=True)
class DayReport:
    title: str
    tags: tuple[str, ...]
    zone: tzinfo
    generated_at: datetime
    #: the window asked for (``None``: open)
    start: datetime | None
    end: datetime | None
    #: how many stored copies were read before dedupe
    read: int
    #: unique posts, oldest first
    posts: list[Post]
    hours: list[HourRow] = field(default_factory=list)
    networks: list[str] = field(default_factory=list)
    #: (handle, display name, posts)
    contributors: list[tuple[str, str, int]] = field(default_factory=list)
    #: (language code or "", posts)
    languages: list[tuple[str, int]] = field(default_factory=list)
    #: (url, unique posts that share it)
    shared_links: list[tuple[str, int]] = field(default_factory=list)
    #: posts seen as reposts (shared by someone else), newest first
    reposted: list[Post] = field(default_factory=list)


def build_report(
    posts: Iterable[Post],
    *,
    now: datetime,
    zone: tzinfo = UTC,
    start: datetime | None = None,
    end: datetime | None = None,
    title: str = "",
    tags: Iterable[str] = (),
    top: int = 10,
) -> DayReport:
    """The report over ``posts`` created in ``[start, end)`` (either may be open)."""
    read = 0
    kept: list[Post] = []
    for p in posts:
        if start is not None and p.created_at < start:
            continue
        if end is not None and p.created_at >= end:
            continue
        read += 1
        kept.append(p)
    unique = merge(kept)
    unique.reverse()  # oldest first: the order of the day
    networks = sorted({p.network for p in unique})
    hours = _hours(unique, zone)
    by_handle: Counter[str] = Counter()
    names: dict[str, str] = {}
    for p in unique:
        by_handle[p.author.handle] += 1
        names.setdefault(p.author.handle, p.author.name)
    contributors = [(h, names[h], n) for h, n in _ranked(by_handle, top)]
    langs: Counter[str] = Counter((p.language or "").split("-")[0].lower() for p in unique)
    links: Counter[str] = Counter()
    for p in unique:
        for url in dict.fromkeys(p.links):
            links[url] += 1
    shared = [(u, n) for u, n in _ranked(links, top) if n > 1]
    reposted = [p for p in reversed(unique) if p.reposted_by][:top]
    return DayReport(
        title=title,
        tags=tuple(tags),
        zone=zone,
        generated_at=now,
        start=start,
        end=end,
        read=read,
        posts=unique,
        hours=hours,
        networks=networks,
        contributors=contributors,
        languages=_ranked(langs, len(langs)),
        shared_links=shared,
        reposted=reposted,
    )


def _ranked(counter: Counter[str], n: int) -> list[tuple[str, int]]:
    """Most first, ties by name (stable across runs)."""
    return sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))[:n]


#: a quiet spell longer than this is skipped in the hourly table (the next row's date
#: shows the jump): one old post in the cache must not add thousands of empty rows
MAX_EMPTY_RUN = 24


def _hours(posts: list[Post], zone: tzinfo) -> list[HourRow]:
    """Every hour from the first post's to the last one's, empty hours included except
    runs longer than :data:`MAX_EMPTY_RUN`."""
    if not posts:
        return []
    buckets: dict[datetime, Counter[str]] = {}
    for p in posts:
        local = p.created_at.astimezone(zone).replace(minute=0, second=0, microsecond=0)
        buckets.setdefault(local, Counter())[p.network] += 1
    first, last = min(buckets), max(buckets)
    rows: list[HourRow] = []
    # step in UTC so a daylight-saving change neither repeats nor skips an hour
    t = first.astimezone(UTC)
    stop = last.astimezone(UTC)
    busy = sorted(b.astimezone(UTC) for b in buckets)
    while t <= stop and len(rows) < 24 * 400:
        local = t.astimezone(zone)
        rows.append(HourRow(local, dict(sorted(buckets.get(local, Counter()).items()))))
        t += timedelta(hours=1)
        if t not in buckets:
            following = next((b for b in busy if b > t), None)
            if following is not None and following - t > timedelta(hours=MAX_EMPTY_RUN):
                t = following  # a long quiet spell: on to the next hour with posts
    return rows
