"""Relative times for posts, as social clients write them: "now", "5 min", "3 h",
"yesterday", "4 Dec", and the year when it is not this year."""

from __future__ import annotations

from datetime import datetime, timedelta
from urllib.parse import urlsplit

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QObject

from companion.core.accounts.model import NETWORK_NAMES
from companion.core.live.model import Post


class RelativeTime(QObject):
    """The plural words (through ``self.tr``: lupdate keeps them numerus)."""

    def minutes(self, n: int) -> str:
        return self.tr("%n min", "", n)

    def hours(self, n: int) -> str:
        return self.tr("%n h", "", n)


_WORDS: list[RelativeTime] = []


def _words() -> RelativeTime:
    if not _WORDS:
        _WORDS.append(RelativeTime())
    return _WORDS[0]


def relative_time(moment: datetime, now: datetime) -> str:
    """``moment`` as seen from ``now`` (both aware; shown in the computer's zone)."""
    delta = now - moment
    local, today = moment.astimezone(), now.astimezone()
    if delta < timedelta(minutes=1):
        # a post "from the future" (a wrong clock somewhere) is "now", not "-3 min"
        return QCoreApplication.translate("RelativeTime", "now")
    if delta < timedelta(hours=1):
        return _words().minutes(int(delta.total_seconds() // 60))
    if delta < timedelta(hours=12) or (
        delta < timedelta(hours=24) and local.date() == today.date()
    ):
        # "2 h" for a post from 22:00 read just after midnight, not "yesterday"
        return _words().hours(int(delta.total_seconds() // 3600))
    if local.date() == today.date() - timedelta(days=1):
        return QCoreApplication.translate("RelativeTime", "yesterday")
    date = QDate(local.year, local.month, local.day)
    if local.year == today.year:
        return QLocale().toString(date, "d MMM")
    return QLocale().toString(date, "d MMM yyyy")


def instance_of(post: Post) -> str:
    """Where a post was seen: the Mastodon server's host, else ""."""
    if post.source.startswith("mastodon:"):
        return urlsplit(post.source.partition(":")[2]).netloc
    return ""


def badge_text(post: Post) -> str:
    """The network and instance badge: "Mastodon · mastodon.social", "Bluesky", "X"."""
    name = NETWORK_NAMES.get(post.network, post.network)
    host = instance_of(post)
    return f"{name} · {host}" if host else name
