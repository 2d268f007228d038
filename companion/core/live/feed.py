"""Fetch once from every source, store, and give back the merged posts (the ``feed`` command)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

from companion.core.accounts.model import AccountRepository
from companion.core.accounts.session import SessionManager
from companion.core.errors import QT_TRANSLATE_NOOP, KnownError, fill
from companion.core.event.current import current_basics
from companion.core.live.model import Post, iso
from companion.core.live.sources import PollResult, build_sources, poll_safely
from companion.core.live.store import PostStore
from companion.core.live.timeline import merge
from companion.core.services import CoreServices


@dataclass
class FeedReport:
    posts: list[Post]
    #: (source label, problem) for each source that failed
    problems: list[tuple[str, str]] = field(default_factory=list)
    sources: int = 0
    #: (source label, note) for sources that answered but not in full (paging stopped
    #: before ``since``)
    notes: list[tuple[str, str]] = field(default_factory=list)


def event_tags(core: CoreServices, tag: str | None = None) -> list[str]:
    if tag:
        return [tag.lstrip("#")]
    basics = current_basics(core.paths, core.settings)
    tags = [
        basics.hashtag,
        *basics.extra_tags,
        *(t.lstrip("#") for t in core.settings.live.extra_tags),
    ]
    return list(dict.fromkeys(t for t in tags if t))


def configured_specs(core: CoreServices) -> list[tuple[str, str]]:
    specs = [("mastodon", url) for url in core.settings.live.mastodon_instances]
    if core.settings.live.bluesky_enabled:
        specs.append(("bluesky", ""))
    specs.append(("x", ""))  # used only when an X account with API credentials exists
    return specs


def fetch_once(
    core: CoreServices,
    specs: Sequence[tuple[str, str]],
    tags: Sequence[str],
    since: datetime | None = None,
) -> FeedReport:
    repo = AccountRepository(core.db)
    session = SessionManager(repo, core.credentials, core.http)
    store = PostStore(core.db)
    # the latest page from each source (not only what is new since the last run)
    sources = build_sources(core.http, tags, specs, repo, session, since=since)
    found: list[Post] = []
    problems: list[tuple[str, str]] = []
    notes: list[tuple[str, str]] = []
    now = core.clock.now()
    for src in sources:
        result = poll_safely(src, now)
        if isinstance(result, KnownError):
            problems.append((src.label, result.message))
            continue
        found.extend(result.posts)
        if result.incomplete and since is not None:
            notes.append((src.label, _stopped_early(result, since)))
        store.set_cursor(src.key, getattr(src, "cursor", ""), now)
    store.save(found, now)
    posts = merge(found)
    if since is not None:
        posts = [p for p in posts if p.created_at >= since]
    return FeedReport(posts, problems, len(sources), notes)


def _stopped_early(result: PollResult, since: datetime) -> str:
    """What a source that stopped paging before ``since`` left out."""
    oldest = min((p.created_at for p in result.posts), default=None)
    if oldest is None:
        return fill(
            QT_TRANSLATE_NOOP("Errors", "stopped before reaching %1 (paging limit)."),
            (iso(since),),
        )
    return fill(
        QT_TRANSLATE_NOOP(
            "Errors",
            "stopped at the paging limit after %1 requests: posts between %2 and %3 were not read.",
        ),
        (result.requests, iso(since), iso(oldest)),
    )
