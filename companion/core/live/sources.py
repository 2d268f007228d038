"""The sources the Live view reads, built from settings and accounts, and one poll each."""

from __future__ import annotations

import logging
import sqlite3
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Protocol
from urllib.parse import urlsplit

from companion.core.accounts.bluesky import AccountInactiveError
from companion.core.accounts.model import Account, AccountRepository, Network
from companion.core.accounts.session import SessionManager
from companion.core.accounts.urls import same_origin
from companion.core.errors import (
    QT_TRANSLATE_NOOP,
    InvalidInputError,
    KnownError,
    NeedsLoginError,
    ServerError,
)
from companion.core.live.bluesky import PUBLIC_APPVIEW, BlueskyClient, SearchResult
from companion.core.live.mastodon import InstanceInfo, MastodonClient
from companion.core.live.model import ParseError, Post, iso, parse_time
from companion.core.live.schedule import PagingBudget, Phase, Schedule
from companion.core.live.x import API as X_API
from companion.core.live.x import XClient
from companion.core.messages import MASTODON_LOGIN_HINT, WANTS_LOGIN
from companion.core.net import HttpClient, RateLimit

log = logging.getLogger(__name__)


@dataclass
class PollResult:
    source: str
    posts: list[Post]
    new_count: int
    rate_limit: RateLimit = field(default_factory=RateLimit)
    requests: int = 0
    #: paging back to ``since`` stopped short (paging budget or page cap)
    incomplete: bool = False


class LiveSource(Protocol):
    key: str
    network: str
    label: str
    schedule: Schedule

    def poll(self, now: datetime) -> PollResult: ...


def normalise_instance(url: str) -> str:
    """``mastodon.social`` or ``https://mastodon.social/`` → ``https://mastodon.social``."""
    text = url.strip()
    if not text:
        raise InvalidInputError(QT_TRANSLATE_NOOP("Errors", "An instance address is empty."))
    if "://" not in text:
        text = "https://" + text
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP("Errors", "Not an instance address: %1"), args=(repr(url),)
        )
    port = f":{parts.port}" if parts.port else ""
    return f"{parts.scheme}://{parts.hostname.lower()}{port}"


def _id_order(status_id: str) -> tuple[int, str]:
    """Mastodon-API status ids sort by length, then as text (numeric snowflakes,
    Pleroma's flake ids and GoToSocial's ULIDs alike)."""
    return len(status_id), status_id


class MastodonSource:
    """Anonymous or logged-in polling of one instance's hashtag timeline.

    The cursor (the newest status id read) only ever moves forward, and only through
    :meth:`advance_cursor`: a poll on a worker and the stream's updates on the GUI
    thread both move it, and an older id arriving late never takes it back.
    """

    network = "mastodon"

    def __init__(
        self,
        client: MastodonClient,
        tag: str,
        extra_tags: Sequence[str] = (),
        cursor: str = "",
        account: Account | None = None,
        since: datetime | None = None,
    ) -> None:
        self.client = client
        self.tag = tag
        self.extra_tags = list(extra_tags)
        self.cursor = cursor
        self.account = account
        #: read back to this time on the first poll (the ``feed --since`` command)
        self.since = since
        self.key = client.source
        self.label = client.host
        self.info: InstanceInfo | None = None
        self.schedule = Schedule()
        #: held for a whole poll (a worker thread); never taken on the GUI thread
        self.lock = threading.Lock()
        #: held only to move the cursor: any thread, never across a request
        self._cursor_lock = threading.Lock()

    def advance_cursor(self, newest: str) -> str:
        """Move the cursor to ``newest`` if that is newer; the cursor after."""
        with self._cursor_lock:
            if newest and (not self.cursor or _id_order(newest) > _id_order(self.cursor)):
                self.cursor = newest
            return self.cursor

    @property
    def can_stream(self) -> bool:
        return bool(self.client.auth)

    @property
    def streaming_url(self) -> str:
        """Where the stream is read, with the login: the instance itself, or the
        streaming host the account's own server announced
        (``configuration.urls.streaming``), over HTTPS only; never another server
        on the same host."""
        announced: list[str] = []
        if self.account is not None and isinstance(self.account.info.get("streaming_url"), str):
            announced.append(str(self.account.info["streaming_url"]))
        if self.info is not None and self.info.streaming_url:
            announced.append(self.info.streaming_url)
        base = self.client.base_url
        for url in announced:
            if same_origin(url, base) or url.lower().startswith("https://"):
                return url
            log.info("%s: ignored a plain-http streaming address elsewhere", self.label)
        return base

    def check_access(self) -> InstanceInfo:
        if self.info is None:
            self.info = self.client.instance()
            if self.info.domain:
                self.client.domain = self.info.domain
        if self.info.hashtag_access == "authenticated" and not self.client.auth:
            raise NeedsLoginError(WANTS_LOGIN, args=(self.label,), hint=MASTODON_LOGIN_HINT)
        if self.info.hashtag_access == "disabled":
            raise ServerError(
                QT_TRANSLATE_NOOP("Errors", "%1 has switched hashtag timelines off."),
                args=(self.label,),
            )
        return self.info

    def poll(self, now: datetime) -> PollResult:
        with self.lock:
            self.check_access()
            budget = self.schedule.budget

            def can_page() -> bool:
                if budget.available(now) <= 0:
                    return False
                budget.spend(now)
                return True

            if self.since is not None and not self.cursor:
                page = self.client.fetch_since(
                    self.tag,
                    self.extra_tags,
                    since=self.since,
                    max_pages=SINCE_MAX_PAGES,
                    can_page=can_page,
                )
            else:
                page = self.client.fetch_tag(
                    self.tag, self.extra_tags, min_id=self.cursor or None, can_page=can_page
                )
            self.requests = page.requests
            new = len(page.posts) if self.cursor else 0
            self.advance_cursor(page.newest_id)
            return PollResult(
                self.key,
                page.posts,
                new,
                page.rate_limit,
                page.requests,
                incomplete=not page.complete,
            )


SINCE_MARGIN = timedelta(minutes=5)
#: pages read back to ``feed --since`` at most (each source), besides the paging budget
SINCE_MAX_PAGES = 25


def _sort_at(post: Post) -> datetime:
    try:
        return (
            parse_time(post.extra.get("sort_at")) if post.extra.get("sort_at") else post.created_at
        )
    except ParseError:
        return post.created_at


class BlueskySource:
    """``searchPosts`` by tag at ``base_url`` as given, else through the account's own
    PDS (the public AppView refuses anonymous search at times), else the AppView.
    The account's session goes only to its own PDS (same origin)."""

    network = "bluesky"

    def __init__(
        self,
        http: HttpClient,
        tags: Sequence[str],
        base_url: str = "",
        account: Account | None = None,
        session: SessionManager | None = None,
        since: datetime | None = None,
    ) -> None:
        self.http = http
        self.tags = list(tags)
        self.account = account
        self.session = session
        if not base_url:
            has_session = account is not None and session is not None
            base_url = account.server if has_session and account else PUBLIC_APPVIEW
        self.base_url = base_url
        #: read back to this time on the first poll (the ``feed --since`` command)
        self.since = since
        self.key = "bluesky"
        self.label = "Bluesky"
        self.newest: datetime | None = None
        self.schedule = Schedule(
            min_s=30.0, max_s=240.0, interval_s=60.0, budget=PagingBudget(10_000)
        )
        self.lock = threading.Lock()

    @property
    def signed_in(self) -> bool:
        """Whether requests carry the account's session: only to its own PDS."""
        return (
            self.account is not None
            and self.session is not None
            and same_origin(self.base_url, self.account.server)
        )

    def _client(self) -> BlueskyClient:
        if self.signed_in and self.account is not None and self.session is not None:
            return BlueskyClient(
                self.http,
                self.base_url,
                self.session.auth_headers(self.account),
                self.account.label,
            )
        return BlueskyClient(self.http, self.base_url)

    def poll(self, now: datetime) -> PollResult:
        with self.lock:
            budget = self.schedule.budget

            def can_page() -> bool:
                if budget.available(now) <= 0:
                    return False
                budget.spend(now)
                return True

            # only what is newer than the newest post held (with a margin for late
            # indexing); on the first poll of ``feed --since``, back to that time
            back_to_since = False
            if self.newest is not None:
                since, pages = iso(self.newest - SINCE_MARGIN), 3
            elif self.since is not None:
                since, pages, back_to_since = iso(self.since), SINCE_MAX_PAGES, True
            else:
                since, pages = None, 1

            def search(client: BlueskyClient) -> SearchResult:
                return client.search(
                    self.tags,
                    since=since,
                    max_pages=pages,
                    can_page=can_page,
                    short_page_is_last=not back_to_since,
                )

            client = self._client()
            try:
                result = search(client)
            except AccountInactiveError:
                raise  # deactivated or suspended: a refresh cannot help
            except NeedsLoginError:
                if not self.signed_in or self.account is None or self.session is None:
                    raise
                # single-use refresh tokens: one at a time; the refused token tells
                # whether another feature renewed the login meanwhile
                self.session.refresh(self.account, client.auth)
                result = search(self._client())
            # the watermark is the AppView's sortAt (never after indexedAt): one post
            # from a phone with a clock years ahead must not blind the feed
            fresh = [p for p in result.posts if self.newest is None or _sort_at(p) > self.newest]
            new = len(fresh) if self.newest is not None else 0
            if result.posts:
                top = max(_sort_at(p) for p in result.posts)
                self.newest = top if self.newest is None else max(top, self.newest)
            return PollResult(
                self.key,
                result.posts,
                new,
                result.rate_limit,
                result.requests,
                incomplete=not result.complete,
            )


class XSource:
    """X recent search: only built when an X account with API credentials exists."""

    network = "x"

    def __init__(
        self, http: HttpClient, tags: Sequence[str], account: Account, session: SessionManager
    ) -> None:
        self.http = http
        self.tags = list(tags)
        self.account = account
        self.session = session
        self.key = "x"
        self.label = "X"
        self.cursor = ""
        # X's recent search allows few calls: poll gently
        self.schedule = Schedule(min_s=60.0, max_s=900.0, interval_s=120.0, budget=PagingBudget(60))
        self.lock = threading.Lock()

    def poll(self, now: datetime) -> PollResult:
        with self.lock:
            client = XClient(
                self.http, self.session.auth_headers(self.account), self.account.server or X_API
            )
            posts, newest, limit = client.search(self.tags, self.cursor)
            new = len(posts) if self.cursor else 0
            if newest:
                self.cursor = newest
            return PollResult(self.key, posts, new, limit, 1)


def parse_source_spec(spec: str) -> tuple[str, str]:
    """``mastodon:URL`` / ``bluesky`` / ``bluesky:URL`` → (network, url)."""
    network, _, url = spec.partition(":")
    network = network.strip().lower()
    if network == "mastodon":
        return network, normalise_instance(url)
    if network == "bluesky":
        return network, normalise_instance(url) if url.strip() else ""
    if network == "x" and not url.strip():
        return network, ""
    raise InvalidInputError(
        QT_TRANSLATE_NOOP(
            "Errors", "Unknown source %1: use mastodon:https://instance, bluesky[:URL] or x."
        ),
        args=(repr(spec),),
    )


def build_sources(
    http: HttpClient,
    tags: Sequence[str],
    specs: Sequence[tuple[str, str]],
    accounts: AccountRepository | None = None,
    session: SessionManager | None = None,
    cursor: Callable[[str], str] = lambda key: "",
    since: datetime | None = None,
) -> list[LiveSource]:
    """One source per spec; logged-in accounts are used where they match (same
    origin: scheme, host and port). ``since``: read back to that time at first."""
    known: list[Account] = []
    if accounts is not None:
        try:
            known = accounts.list()
        except (sqlite3.Error, ValueError, KnownError) as exc:  # damaged rows: read anonymously
            log.warning("could not read the accounts: %s", exc)
    out: list[LiveSource] = []
    seen: set[str] = set()
    # tags travel without "#": in the Mastodon path (/timelines/tag/TAG, where "%23tag"
    # is an unknown tag), Bluesky's "tag" parameter and the X query alike
    tags = [t for t in (str(t).strip().lstrip("#＃").strip() for t in tags) if t]
    if not tags:
        return out
    main, extra = tags[0], list(tags[1:])
    for network, url in specs:
        if network == "mastodon":
            base = normalise_instance(url)
            if base in seen:
                continue
            seen.add(base)
            account = _match(known, Network.MASTODON, base)
            auth = _auth(session, account)
            client = MastodonClient(http, base, auth)
            out.append(
                MastodonSource(
                    client, main, extra, cursor(client.source), account if auth else None, since
                )
            )
        elif network == "bluesky" and "bluesky" not in seen:
            seen.add("bluesky")
            account = next((a for a in known if a.network == Network.BLUESKY), None)
            if account is not None and not _auth(session, account):
                account = None
            out.append(BlueskySource(http, tags, url, account, session, since))
        elif network == "x" and "x" not in seen:
            seen.add("x")
            # X only with the user's own API credentials
            x_account = next((a for a in known if a.network == Network.X), None)
            if x_account is not None and session is not None and _auth(session, x_account):
                out.append(XSource(http, tags, x_account, session))
    return out


def _match(accounts: list[Account], network: Network, base: str) -> Account | None:
    """The account whose login may go to ``base``: on exactly its origin (another
    server on the same host, another port or scheme, gets nothing)."""
    for a in accounts:
        if a.network == network and same_origin(base, a.server):
            return a
    return None


def _auth(session: SessionManager | None, account: Account | None) -> dict[str, str]:
    if session is None or account is None:
        return {}
    try:
        return session.auth_headers(account)
    except KnownError as exc:
        log.info("reading %s without a login: %s", account.label, exc)
        return {}


def poll_once(source: LiveSource, now: datetime) -> PollResult | KnownError:
    """One poll; expected trouble is returned, not raised. The schedule is left alone,
    so a worker thread can run this while the GUI thread reads the schedule."""
    try:
        return source.poll(now)
    except KnownError as exc:
        return exc


def record(source: LiveSource, now: datetime, outcome: PollResult | KnownError) -> None:
    """Enter a poll's outcome in the source's schedule (on the thread that reads it)."""
    if isinstance(outcome, KnownError):
        source.schedule.on_failure(now, outcome)
    else:
        source.schedule.on_success(now, outcome.new_count, outcome.rate_limit)


def poll_safely(source: LiveSource, now: datetime) -> PollResult | KnownError:
    """One poll, entered in the schedule; expected trouble is returned, not raised."""
    outcome = poll_once(source, now)
    record(source, now, outcome)
    return outcome


__all__ = ["Phase", "poll_once", "poll_safely", "record"]
