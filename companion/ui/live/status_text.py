"""What the Live area says about its sources: each source's state, the one-line summary,
the connection banner, and the empty view's texts (split from ``widget.py``).

Texts keep the "LiveArea" translation context they had as ``LiveArea.tr``; the plural
ones are ``LiveStatusWords`` (lupdate finds numerus forms only in ``self.tr``).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QObject

from companion.core.live.schedule import Phase, SourceState
from companion.ui.errors import translated_text
from companion.ui.locale_format import day_month_time, hm, number

log = logging.getLogger(__name__)


class LiveStatusWords(QObject):
    """The plural words (through ``self.tr``: lupdate keeps them numerus only there)."""

    def answering(self, ok: int) -> str:
        return self.tr("%n of %1 source(s) answering", "", ok)

    def unreachable(self, n: int) -> str:
        return self.tr("%n unreachable", "", n)

    def sources_unreachable(self, n: int) -> str:
        return self.tr("%n source(s) unreachable", "", n)

    def sources_unreachable_since(self, n: int) -> str:
        return self.tr("%n source(s) unreachable since %1", "", n)

    def next_try_seconds(self, n: int) -> str:
        return self.tr("next try in %n s", "", n)

    def next_try_minutes(self, n: int) -> str:
        return self.tr("next try in %n min", "", n)

    def need_login(self, n: int) -> str:
        return self.tr("%n need(s) a login", "", n)

    def sources_need_login(self, n: int) -> str:
        return self.tr("%n source(s) need a login: add the account under Accounts", "", n)


_WORDS: list[LiveStatusWords] = []


def _words() -> LiveStatusWords:
    if not _WORDS:
        _WORDS.append(LiveStatusWords())
    return _WORDS[0]


def describe(state: SourceState) -> str:
    """A source's state in words a field worker understands."""
    until = hm(state.until.astimezone()) if state.until else ""
    text = {
        Phase.STARTING: QCoreApplication.translate("LiveArea", "starting…"),
        Phase.LIVE: QCoreApplication.translate("LiveArea", "live"),
        Phase.POLLING: QCoreApplication.translate("LiveArea", "polling every %1 s").replace(
            "%1", number(state.interval_s)
        ),
        Phase.RATE_LIMITED: QCoreApplication.translate(
            "LiveArea", "waiting for the rate limit until %1"
        ).replace("%1", until),
        Phase.OFFLINE: QCoreApplication.translate("LiveArea", "offline"),
        Phase.LOGIN_NEEDED: QCoreApplication.translate("LiveArea", "login needed"),
        Phase.ERROR: QCoreApplication.translate("LiveArea", "error"),
        Phase.PAUSED: QCoreApplication.translate("LiveArea", "paused while the window is hidden"),
        Phase.DISABLED: QCoreApplication.translate("LiveArea", "off"),
    }[state.phase]
    if state.reason and state.phase in (Phase.ERROR, Phase.LOGIN_NEEDED, Phase.OFFLINE):
        error = state.error
        reason = translated_text(error).replace("\n", " ") if error else state.reason
        text += " — " + reason
    return text


def sources_summary(states: list[SourceState]) -> str:
    """One line for all sources: "3 sources answering · 1 unreachable"."""
    if not states:
        return QCoreApplication.translate("LiveArea", "No sources are set up.")
    ok = sum(1 for s in states if s.phase in (Phase.LIVE, Phase.POLLING))
    down = sum(1 for s in states if s.phase in (Phase.OFFLINE, Phase.ERROR))
    login = sum(1 for s in states if s.phase is Phase.LOGIN_NEEDED)
    parts = [_words().answering(ok).replace("%1", number(len(states)))]
    if down:
        parts.append(_words().unreachable(down))
    if login:
        parts.append(_words().need_login(login))
    return " · ".join(parts)


def next_try(when: datetime | None, now: datetime) -> str:
    if when is None:
        return ""
    seconds = max(0, int((when - now).total_seconds()))
    if seconds < 60:
        return _words().next_try_seconds(max(1, seconds))
    return _words().next_try_minutes((seconds + 59) // 60)


def banner_text(
    *,
    online: bool,
    offline_since: datetime | None,
    outage: tuple[int, datetime | None, datetime | None],
    now: datetime,
    login_needed: int = 0,
) -> str:
    """The one connection message for all sources ("" when all is well). ``outage``
    is the controller's (sources down, down since, next try); ``login_needed``: how
    many sources the server reads only to people logged in."""
    if not online:
        if offline_since:
            return QCoreApplication.translate(
                "LiveArea", "Offline since %1 — showing the last posts saved on this computer."
            ).replace("%1", day_month_time(offline_since.astimezone()))
        return QCoreApplication.translate(
            "LiveArea", "Offline — showing the posts saved on this computer."
        )
    down, since, next_at = outage
    login = _words().sources_need_login(login_needed) if login_needed else ""
    if not down:
        return login
    if since is not None:
        local = since.astimezone()
        # "since 18:06" means today: another day is named
        when = hm(local) if local.date() == now.astimezone().date() else day_month_time(local)
        text = _words().sources_unreachable_since(down).replace("%1", when)
    else:
        text = _words().sources_unreachable(down)
    after = next_try(next_at, now)
    return " · ".join(part for part in (text, after, login) if part)


@dataclass(frozen=True)
class EmptyView:
    """What the empty list says, the hint below, and the button (kind: what it does)."""

    title: str
    hint: str = ""
    action: str = ""
    kind: str = ""


def empty_view(
    *,
    loaded: bool,
    has_posts: bool,
    has_sources: bool,
    reachable: bool,
    login_needed: bool = False,
) -> EmptyView:
    """The empty view's texts: loading, filtered out, no sources, a login needed (and
    no source answering), offline, or none yet."""
    if not loaded:
        return EmptyView(QCoreApplication.translate("LiveArea", "Loading saved posts…"))
    if has_posts:
        return EmptyView(
            QCoreApplication.translate("LiveArea", "No post matches these filters."),
            QCoreApplication.translate(
                "LiveArea", "Clear the search and filters to see every post again."
            ),
            QCoreApplication.translate("LiveArea", "Clear the filters"),
            "filters",
        )
    if not has_sources:
        return EmptyView(
            QCoreApplication.translate("LiveArea", "No sources are set up."),
            QCoreApplication.translate(
                "LiveArea",
                "Add a Mastodon server or turn Bluesky on under Settings → Live posts, or "
                "add an account under Accounts.",
            ),
        )
    if login_needed:
        return EmptyView(
            QCoreApplication.translate("LiveArea", "The sources need a login."),
            QCoreApplication.translate(
                "LiveArea",
                "Some servers, and Bluesky, show hashtags only to people logged in. Add "
                "your account under Accounts and the posts appear here.",
            ),
            QCoreApplication.translate("LiveArea", "Open Accounts"),
            "accounts",
        )
    if not reachable:
        return EmptyView(
            QCoreApplication.translate("LiveArea", "No posts saved on this computer yet."),
            QCoreApplication.translate(
                "LiveArea",
                "The sources cannot be reached now. Posts appear here as soon as the "
                "connection comes back; meanwhile you can write a post in Compose: it waits "
                "in the outbox.",
            ),
            QCoreApplication.translate("LiveArea", "Write a post"),
            "compose",
        )
    return EmptyView(
        QCoreApplication.translate("LiveArea", "No posts yet."),
        QCoreApplication.translate(
            "LiveArea",
            "New posts with the event's hashtags appear here as they are published. "
            "Be the first: write one in Compose.",
        ),
        QCoreApplication.translate("LiveArea", "Write a post"),
        "compose",
    )
