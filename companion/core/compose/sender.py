"""The background sender: publishes due outbox items, per account, in order.

``Sender.run_account(account_id)`` is safe to call from several threads or
processes: an item is claimed (a lease with the owner's pid) before any request
leaves, and every part records that it *may* have reached the server before the
request is made, so a retry after a crash checks before posting again.
"""

from __future__ import annotations

import logging
import random
import threading
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

from companion.core.accounts.model import (
    Account,
    AccountRepository,
    AccountState,
    Network,
    posts_through_website,
)
from companion.core.compose.bluesky import BlueskyPublisher
from companion.core.compose.mastodon import MastodonPublisher, ScheduleRefusedError, TooLongError
from companion.core.compose.outbox import Outbox, OutboxItem, Part, State
from companion.core.compose.publish_common import Auth, Published, never_reached
from companion.core.compose.sender_length import LengthRules, NeedsEditingError, _PartTooLong
from companion.core.compose.x_counting import x_intent_url
from companion.core.errors import (
    QT_TRANSLATE_NOOP,
    KnownError,
    NeedsLoginError,
    OfflineError,
    RateLimitedError,
)
from companion.core.net import Backoff, HttpClient, is_transient
from companion.core.weblink import web_url

log = logging.getLogger(__name__)

#: Mastodon takes scheduled statuses at least 5 minutes ahead
SHIP_AHEAD_MIN = timedelta(minutes=5, seconds=30)
RETRY_CAP = timedelta(minutes=15)


def sent_by_this_computer(account: Account | None, item: OutboxItem) -> bool:
    """A post for later that waits in this computer's outbox until its time (Bluesky,
    threads, and servers without scheduled statuses), rather than on the server."""
    if item.post_at is None:
        return False
    if account is None or account.network is not Network.MASTODON or len(item.parts) != 1:
        return True
    return account.info.get("scheduled_statuses") is False


class _Stopped(Exception):
    """The app is quitting: nothing more of this item leaves (``run_account``'s ``stop``)."""


class _ClaimLost(Exception):
    """This process's claim on an item expired and another process took it over."""

    def __init__(self, item_id: int) -> None:
        super().__init__(f"outbox item {item_id} was taken over")


class Sender(LengthRules):
    def __init__(
        self,
        outbox: Outbox,
        accounts: AccountRepository,
        auth: Auth,
        http: HttpClient,
        *,
        now: Callable[[], datetime],
        sleep: Callable[[float], None] = time.sleep,
        rng: random.Random | None = None,
        wrong_by: Callable[[], timedelta] = lambda: timedelta(0),
    ) -> None:
        self.outbox = outbox
        self.accounts = accounts
        self.auth = auth
        self.http = http
        self.now = now
        #: how far this computer's clock is ahead of the servers' when known to be
        #: wrong (``Clock.wrong_by``): a post's time is the real time the person asked
        #: for, as on a server that schedules it, so it is compared with corrected time
        self.wrong_by = wrong_by
        self.sleep = sleep
        self.rng = rng or random.Random()
        self._locks: dict[str, threading.Lock] = {}
        self._locks_guard = threading.Lock()
        #: account id -> the stop flag of the ``run_account`` working on it
        self._stops: dict[str, threading.Event] = {}

    def _lock(self, account_id: str) -> threading.Lock:
        with self._locks_guard:
            return self._locks.setdefault(account_id, threading.Lock())

    def run_all(self) -> Iterator[int]:
        """Work through every account with due items; yields item ids as they change.

        Items that waited for a login go back to the queue once the account is
        connected again (the accounts area logged it in)."""
        for account_id in self.prepare():
            yield from self.run_account(account_id)

    def prepare(self) -> list[str]:
        """Re-queue what waited for a login that is back; the accounts with work."""
        for account in self.accounts.list():
            if account.state is AccountState.CONNECTED:
                self.outbox.requeue_account(account.id, self.now())
        return self.outbox.accounts_with_work()

    def run_account(self, account_id: str, stop: threading.Event | None = None) -> Iterator[int]:
        """Send the account's due items in order. Once ``stop`` is set (the app is
        quitting) no further item is begun and no upload or post of the current one
        leaves; a request already on its way finishes and is recorded."""
        lock = self._lock(account_id)
        if not lock.acquire(blocking=False):
            return  # another thread of this process is on it
        if stop is not None:
            self._stops[account_id] = stop
        try:
            account = self.accounts.get(account_id)
            for item in self.outbox.waiting(account_id):
                if stop is not None and stop.is_set():
                    break  # the app is quitting: the rest is sent at the next start
                now = self.now()
                if item.wait_reason == "schedule":
                    # the server would not keep it: it waits here for its own time, the
                    # real time the person asked for (a stored instant on this
                    # computer's clock would be late by the clock's old error once the
                    # clock is fixed)
                    if item.post_at is not None and item.post_at > now - self.wrong_by():
                        continue
                elif item.next_attempt_at is not None and item.next_attempt_at > now:
                    if not self._clock_set_back(item, now):
                        # an earlier post waits for a retry (rate limit, server trouble):
                        # later ones must not overtake it
                        break
                    log.info("outbox %s: the clock was set back; its retry is due", item.id)
                if account is None:
                    self.outbox.finish(
                        item.id,
                        State.FAILED,
                        self.now(),
                        error=KnownError(
                            QT_TRANSLATE_NOOP("Errors", "This account was removed from the app.")
                        ),
                    )
                    yield item.id
                    continue
                outcome = self._run_item(account, item)
                yield item.id
                if outcome == "stop":
                    break
        finally:
            self._stops.pop(account_id, None)
            lock.release()

    # -- one item ----------------------------------------------------------
    def _run_item(self, account: Account, item: OutboxItem) -> str:
        now = self.now()
        real_now = now - self.wrong_by()
        scheduled_at: datetime | None = None
        if item.post_at is not None and item.post_at > real_now:
            ship = (
                account.network is Network.MASTODON
                and len(item.parts) == 1
                and item.post_at - real_now >= SHIP_AHEAD_MIN
            )
            if ship and not self._can_schedule(account):
                ship = False  # Takahē, GoToSocial: they would publish it at once
            if not ship:
                self.outbox.mark_waiting_for_time(item.id, now)
                return "skip"  # stays queued until its time: this computer sends it
            scheduled_at = item.post_at
        if posts_through_website(account):
            # no posting rights: ready for the user on the X website, never "failed"
            link = x_intent_url(item.parts[0].text) if item.parts else ""
            self.outbox.hand_off(item.id, now, link=link)
            return "next"
        if not self.outbox.claim(item.id, now):
            return "stop"
        try:
            published = self._publish(account, item, scheduled_at)
        except _Stopped:
            # nothing of the part in hand left (see _renew): queued again as it was
            log.info("outbox %s: stopped before sending (the app is quitting)", item.id)
            self.outbox.finish(item.id, State.QUEUED, self.now())
            return "stop"
        except _ClaimLost:
            # a slow step outlasted the claim and another process took the item
            # over: it sends it now; this one must neither post nor record anything
            log.info("outbox %s was taken over by another process; leaving it", item.id)
            return "stop"
        except ScheduleRefusedError as exc:
            # not shipped ahead after all: wait here and post at the time
            self.outbox.finish(
                item.id,
                State.QUEUED,
                self.now(),
                error=exc,
                # its real time on this computer's clock
                next_attempt_at=item.post_at + self.wrong_by() if item.post_at else None,
                wait_reason="schedule",
            )
            return "next"
        except NeedsEditingError as exc:
            self.outbox.finish(item.id, State.NEEDS_EDITING, self.now(), link=exc.link, error=exc)
            return "next"
        except NeedsLoginError as exc:
            self.accounts.set_state(account.id, AccountState.NEEDS_LOGIN)
            self.outbox.finish(item.id, State.NEEDS_LOGIN, self.now(), error=exc, with_hint=True)
            return "stop"
        except KnownError as exc:
            if is_transient(exc):
                wait = self._retry_at(item, exc)
                reason = (
                    "offline"
                    if isinstance(exc, OfflineError)
                    else "rate_limit"
                    if isinstance(exc, RateLimitedError)
                    else "server"
                )
                self.outbox.finish(
                    item.id,
                    State.QUEUED,
                    self.now(),
                    error=exc,
                    next_attempt_at=wait,
                    wait_reason=reason,
                )
                return "stop"
            self.outbox.finish(item.id, State.FAILED, self.now(), error=exc)
            return "next"
        except Exception as exc:
            # a bug: keep the item safe (queued), report it
            log.exception("bug while sending outbox item %s", item.id)
            self.outbox.finish(
                item.id,
                State.FAILED,
                self.now(),
                error=KnownError(
                    QT_TRANSLATE_NOOP("Errors", "Unexpected problem: %1"), args=(exc,)
                ),
            )
            return "next"
        state = State.SCHEDULED if published.scheduled else State.SENT
        warning: str | KnownError = ""
        if published.early:
            # asked to schedule, the server published at once: a warning, not "sent"
            state = State.PUBLISHED_EARLY
            self._remember_scheduling(account, False)
            when = item.post_at or now
            warning = KnownError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Published early: %1 does not schedule posts, so it published this at "
                    "once instead of at %2 UTC.",
                ),
                args=(account.label, f"{when.astimezone(UTC):%Y-%m-%d %H:%M}"),
            )
        # the server chose this address: keep it only when it is a web address
        link = web_url(published.url) or ""
        self.outbox.finish(item.id, state, self.now(), link=link, error=warning)
        self.outbox.drop_media(item)
        return "next"

    @staticmethod
    def _clock_set_back(item: OutboxItem, now: datetime) -> bool:
        """The clock was set back since ``item``'s retry time was set: that wait began
        after ``now``, or it ends further ahead than any retry is given (the longest
        backoff; a rate limit's may be the server's reset, however far). Its wait is
        over, rather than lasting as long as the clock went back (a day, say) on top,
        holding every later post of the account with it."""
        if item.updated_at is not None and item.updated_at > now:
            return True
        if item.next_attempt_at is None or item.wait_reason not in ("offline", "server"):
            return False
        return item.next_attempt_at - now > RETRY_CAP + timedelta(seconds=1)

    def _retry_at(self, item: OutboxItem, exc: KnownError) -> datetime:
        now = self.now()
        backoff = Backoff(
            base=15.0,
            cap=RETRY_CAP.total_seconds(),
            jitter=0.5,
            attempts=min(item.attempts, 10),
            rng=self.rng,
        )
        return now + timedelta(seconds=backoff.next_delay(exc, now))

    # -- scheduling support --------------------------------------------------
    def _can_schedule(self, account: Account) -> bool:
        """Whether the account's server keeps scheduled statuses (known from its
        software at login, else asked once and remembered with the account)."""
        known = account.info.get("scheduled_statuses")
        if isinstance(known, bool):
            return known
        masto = MastodonPublisher(self.http, self.auth, account, sleep=self.sleep, now=self.now)
        try:
            supported = masto.scheduling_supported()
        except KnownError as exc:
            log.info("%s: could not learn whether it schedules posts: %s", account.label, exc)
            return False  # not sure: this computer sends it at its time
        self._remember_scheduling(account, supported)
        return supported

    def _remember_scheduling(self, account: Account, supported: bool) -> None:
        account.info["scheduled_statuses"] = supported
        fresh = self.accounts.get(account.id)
        if fresh is not None and fresh.info.get("scheduled_statuses") is not supported:
            fresh.info["scheduled_statuses"] = supported
            self.accounts.save(fresh)

    # -- posting -----------------------------------------------------------------
    def _publish(
        self, account: Account, item: OutboxItem, scheduled_at: datetime | None
    ) -> Published:
        """Post every part not yet sent, in order; returns the first part's result."""
        item = self._preflight(account, item)
        for _ in range(len(item.parts) + 3):
            if scheduled_at is not None and len(item.parts) > 1:
                # split into a thread: only single posts are handed to the server
                raise ScheduleRefusedError(
                    QT_TRANSLATE_NOOP(
                        "Errors", "%1: split into a thread; the app will post it at its time."
                    ),
                    status=422,
                    args=(account.label,),
                )
            try:
                return self._publish_parts(account, item, scheduled_at)
            except _PartTooLong as exc:
                log.info("outbox %s part %s: %s", item.id, exc.idx + 1, exc.error)
                fresh = self.outbox.get(item.id)
                assert fresh is not None
                item = self._after_too_long(account, fresh, exc.idx)
        raise self._needs_editing(account, item, next(p.idx for p in item.parts if not p.sent))

    def _renew(self, item: OutboxItem) -> None:
        """Before each upload and each post: the claim is still ours, and the app is
        not quitting."""
        stop = self._stops.get(item.account_id)
        if stop is not None and stop.is_set():
            raise _Stopped(item.id)
        if not self.outbox.renew(item.id, self.now()):
            raise _ClaimLost(item.id)

    def _publish_parts(
        self, account: Account, item: OutboxItem, scheduled_at: datetime | None
    ) -> Published:
        first: Published | None = None
        root: Part | None = None
        parent: Part | None = None
        if account.network is Network.MASTODON:
            masto = MastodonPublisher(self.http, self.auth, account, sleep=self.sleep, now=self.now)
        else:
            sky = BlueskyPublisher(
                self.http,
                self.auth,
                account,
                sleep=self.sleep,
                now=self.now,
                wrong_by=self.wrong_by,
            )
        for part in item.parts:
            if part.sent:
                root = root or part
                parent = part
                if first is None:
                    first = Published(part.remote_id, part.uri, part.cid, part.url)
                continue
            with_media = part.idx == 0 and item.media
            if account.network is Network.MASTODON:
                media_ids = []
                for m in item.media if with_media else []:
                    self._renew(item)
                    media_ids.append(masto.upload(m))
                self._renew(item)
                taken = self.outbox.known_remote_ids(account.id)
                previous = self.outbox.part_attempt(item.id, part.idx, self.now())
                try:
                    result = masto.publish(
                        item,
                        part,
                        reply_to=parent,
                        root=root,
                        media_ids=media_ids,
                        scheduled_at=scheduled_at,
                        taken=taken,
                    )
                except TooLongError as exc:
                    # refused, so not published (and an earlier attempt was looked
                    # for before this one): no attempt of this text is on the server
                    self.outbox.part_not_reached(item.id, part.idx, None)
                    raise _PartTooLong(part.idx, exc) from exc
                except OfflineError as exc:
                    if never_reached(exc):
                        self.outbox.part_not_reached(item.id, part.idx, previous)
                    raise
            else:
                blobs: list[tuple[dict[str, Any], Any]] = []
                for m in item.media if with_media else []:
                    self._renew(item)
                    blobs.append((sky.upload(m), m))
                self._renew(item)
                previous = self.outbox.part_attempt(item.id, part.idx, self.now())
                try:
                    result = sky.publish(item, part, reply_to=parent, root=root, blobs=blobs)
                except OfflineError as exc:
                    if never_reached(exc):
                        self.outbox.part_not_reached(item.id, part.idx, previous)
                    raise
            self.outbox.part_sent(
                item.id,
                part.idx,
                remote_id=result.remote_id,
                uri=result.uri,
                cid=result.cid,
                url=result.url,
            )
            part.state, part.remote_id, part.uri, part.cid, part.url = (
                "sent",
                result.remote_id,
                result.uri,
                result.cid,
                result.url,
            )
            root = root or part
            parent = part
            if first is None:
                first = result
        return first or Published()
