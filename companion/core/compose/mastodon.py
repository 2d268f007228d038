"""Publishing to a Mastodon (-compatible) server, exactly once."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Set
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from companion.core.accounts.model import Account
from companion.core.compose.outbox import MediaRef, OutboxItem, Part
from companion.core.compose.publish_common import (
    PICTURE_UPLOAD,
    POSTING,
    Auth,
    MediaNotReadyError,
    Published,
    authed,
    doing,
    readings,
    same_text,
)
from companion.core.errors import QT_TRANSLATE_NOOP, Phrase, ServerError
from companion.core.jsonsafe import response_json
from companion.core.net import (
    Backoff,
    HttpClient,
    clock_skew,
    error_detail,
    raise_for_status,
)

log = logging.getLogger(__name__)

PICTURE_PROCESSING = Phrase(QT_TRANSLATE_NOOP("Errors", "picture processing"))
ACCOUNT_LOOKUP = Phrase(QT_TRANSLATE_NOOP("Errors", "account lookup"))
RECENT_POSTS = Phrase(QT_TRANSLATE_NOOP("Errors", "recent posts"))
SCHEDULED_POSTS = Phrase(QT_TRANSLATE_NOOP("Errors", "scheduled posts"))

#: Mastodon remembers an Idempotency-Key for one hour
IDEMPOTENCY_WINDOW = timedelta(hours=1)
MEDIA_POLLS = 30


# a status made this long before our first attempt (by the server's clock moved onto
# ours) is still ours: ``Date`` has whole seconds and the skew under 2 s is ignored
MATCH_SLACK = timedelta(seconds=5)
TOO_LONG = re.compile(
    r"too long|character limit|over the (?:character )?limit|characters? provided|"
    r"longer than|exceeds? the (?:maximum|limit)",
    re.IGNORECASE,
)


class ScheduleRefusedError(ServerError):
    """The server refused ``scheduled_at``; the post must wait for its time here."""


class TooLongError(ServerError):
    """The server refused a part as too long (400 or 422): it was not published."""


class MastodonPublisher:
    def __init__(
        self,
        http: HttpClient,
        auth: Auth,
        account: Account,
        *,
        sleep: Callable[[float], None],
        now: Callable[[], datetime],
    ) -> None:
        self.http = http
        self.auth = auth
        self.account = account
        self.base = account.server.rstrip("/")
        self.sleep = sleep
        self.now = now

    def _check(self, resp: Any, what: Phrase) -> None:
        raise_for_status(resp, self.now(), what=doing(self.account, what))

    # -- media -----------------------------------------------------------
    def upload(self, media: MediaRef) -> str:
        data = Path(media.path).read_bytes()

        def send_to(version: str) -> Callable[[dict[str, str]], Any]:
            def send(headers: dict[str, str]) -> Any:
                return self.http.post(
                    f"{self.base}/api/{version}/media",
                    headers=headers,
                    files={"file": (Path(media.path).name, data, media.mime)},
                    data={"description": media.alt},
                )

            return send

        resp = authed(self.http, self.auth, self.account, send_to("v2"))
        if resp.status_code in (404, 405):
            # servers without the asynchronous upload (Mastodon < 3.1.3 and some
            # compatible servers) only have POST /api/v1/media, which answers 200
            # with the url (docs.joinmastodon.org/methods/media/#v1)
            log.info("%s has no /api/v2/media; using /api/v1/media", self.account.label)
            resp = authed(self.http, self.auth, self.account, send_to("v1"))
        self._check(resp, PICTURE_UPLOAD)
        body = response_json(resp)
        media_id = str(body["id"])
        polls = Backoff(base=1.0, cap=10.0, factor=1.5, jitter=0.0)
        for _ in range(MEDIA_POLLS):
            if body.get("url"):
                return media_id
            self.sleep(polls.next_delay())
            resp = authed(
                self.http,
                self.auth,
                self.account,
                lambda h: self.http.get(f"{self.base}/api/v1/media/{media_id}", headers=h),
            )
            if resp.status_code == 206:  # still processing (older servers)
                body = {}
                continue
            self._check(resp, PICTURE_PROCESSING)
            body = response_json(resp)
        raise MediaNotReadyError(
            QT_TRANSLATE_NOOP("Errors", "%1: the server is still processing a picture."),
            status=503,
            args=(self.account.label,),
        )

    # -- the exactly-once check -------------------------------------------
    def _account_id(self) -> str:
        for key in ("id", "account_id"):  # account_id: saved at login (accounts/service.py)
            known = self.account.info.get(key)
            if isinstance(known, str | int) and str(known):
                return str(known)
        resp = authed(
            self.http,
            self.auth,
            self.account,
            lambda h: self.http.get(f"{self.base}/api/v1/accounts/verify_credentials", headers=h),
        )
        self._check(resp, ACCOUNT_LOOKUP)
        return str(response_json(resp)["id"])

    def find_existing(
        self,
        part: Part,
        reply_to: str | None,
        *,
        taken: Set[str] = frozenset(),
        spoiler: str = "",
    ) -> Published | None:
        """The status this part already became, if an earlier attempt got through.

        A status counts only when it is nobody else's (not the ``remote_id`` of any
        outbox part: ``taken``), has this account as author, the same text, content
        warning and reply target, and was created at or after this part's first real
        attempt. Its ``created_at`` is the server's clock: the skew measured from the
        reply's ``Date`` header moves it onto this computer's clock, so a laptop whose
        clock is a day off neither misses its own post nor takes another one."""
        if part.first_attempt_at is None:
            return None  # no request for this part ever reached the server
        account_id = self._account_id()
        resp = authed(
            self.http,
            self.auth,
            self.account,
            lambda h: self.http.get(
                f"{self.base}/api/v1/accounts/{account_id}/statuses",
                headers=h,
                params={"limit": 40, "exclude_reblogs": "true"},
            ),
        )
        self._check(resp, RECENT_POSTS)
        skew = clock_skew(resp.headers, self.now())
        since = part.first_attempt_at - MATCH_SLACK
        body = response_json(resp)
        for status in body if isinstance(body, list) else []:
            if not isinstance(status, dict) or not status.get("id"):
                continue
            if str(status["id"]) in taken:
                continue  # another outbox part's post: never ours
            author = status.get("account")
            if isinstance(author, dict) and str(author.get("id", "")) != account_id:
                continue
            if str(status.get("in_reply_to_id") or "") != (reply_to or ""):
                continue  # a thread's first part replies to nothing
            created = _parse_time(status.get("created_at"))
            if created is None or created + skew < since:
                continue  # made before this part was ever sent: another post
            if not same_text(str(status.get("spoiler_text") or ""), spoiler):
                continue
            source = status.get("text")  # the text as sent, where the server gives it
            content = str(status.get("content") or "")
            if any(same_text(t, part.text) for t in readings(content)) or (
                isinstance(source, str) and source and same_text(source, part.text)
            ):
                return Published(
                    str(status["id"]),
                    str(status.get("uri") or ""),
                    "",
                    str(status.get("url") or status.get("uri") or ""),
                )
        return None

    def find_scheduled(
        self, part: Part, scheduled_at: datetime, *, taken: Set[str] = frozenset()
    ) -> Published | None:
        """A scheduled status an earlier attempt already handed to the server."""
        resp = authed(
            self.http,
            self.auth,
            self.account,
            lambda h: self.http.get(
                f"{self.base}/api/v1/scheduled_statuses", headers=h, params={"limit": 40}
            ),
        )
        if resp.status_code == 404:
            return None  # a server without scheduling: the key is all we have
        self._check(resp, SCHEDULED_POSTS)
        body = response_json(resp)
        for sched in body if isinstance(body, list) else []:
            params = sched.get("params") if isinstance(sched, dict) else None
            if not isinstance(params, dict) or str(sched.get("id", "")) in taken:
                continue
            when = _parse_time(sched.get("scheduled_at"))
            if when is not None and abs(when - scheduled_at) > timedelta(minutes=1):
                continue
            if same_text(str(params.get("text") or ""), part.text):
                return Published(str(sched.get("id", "")), scheduled=True)
        return None

    def scheduling_supported(self) -> bool:
        """Whether this server keeps scheduled statuses: Takahē and GoToSocial answer
        404 on ``GET /api/v1/scheduled_statuses`` (and publish at once)."""
        resp = authed(
            self.http,
            self.auth,
            self.account,
            lambda h: self.http.get(
                f"{self.base}/api/v1/scheduled_statuses", headers=h, params={"limit": 1}
            ),
        )
        if resp.status_code in (404, 405, 410, 501):
            return False
        self._check(resp, SCHEDULED_POSTS)
        return True

    # -- posting ---------------------------------------------------------
    def publish(
        self,
        item: OutboxItem,
        part: Part,
        *,
        reply_to: Part | None,
        root: Part | None,
        media_ids: list[str],
        scheduled_at: datetime | None = None,
        taken: Set[str] = frozenset(),
    ) -> Published:
        planned = scheduled_at or item.post_at
        if part.first_attempt_at is not None and planned is not None and part.idx == 0:
            # an earlier attempt may have handed it to the server for later, even when
            # this one posts it here (too late to schedule again, or its time came):
            # the server publishes that one itself, so posting again would double it
            already = self.find_scheduled(part, planned, taken=taken)
            if already is not None:
                return already
        if part.first_attempt_at is not None and scheduled_at is None:
            found = self.find_existing(
                part, reply_to.remote_id if reply_to else None, taken=taken, spoiler=item.spoiler
            )
            if found is not None:
                log.info(
                    "outbox %s part %s was already posted; not sending again", item.id, part.idx
                )
                return found
        body: dict[str, Any] = {
            "status": part.text,
            "visibility": "public",
            # as typed: GoToSocial, Pleroma, Akkoma and glitch-soc otherwise read it by
            # the author's default, which may be Markdown ("*word*" published as
            # emphasis, and no longer recognised after a lost reply); Mastodon ignores it
            "content_type": "text/plain",
        }
        if item.language:
            body["language"] = item.language
        if item.spoiler:
            body["spoiler_text"] = item.spoiler
            # Mastodon hides the pictures behind a content warning by itself; other
            # servers only when asked (POST /api/v1/statuses "sensitive")
            body["sensitive"] = True
        if reply_to is not None:
            body["in_reply_to_id"] = reply_to.remote_id
        if media_ids:
            body["media_ids"] = media_ids
        if scheduled_at is not None:
            body["scheduled_at"] = scheduled_at.isoformat(timespec="seconds").replace("+00:00", "Z")

        def send(headers: dict[str, str]) -> Any:
            return self.http.post(
                f"{self.base}/api/v1/statuses",
                headers={**headers, "Idempotency-Key": part.idem_key},
                json=body,
            )

        resp = authed(self.http, self.auth, self.account, send)
        if resp.status_code == 422 and media_ids and "process" in resp.text.lower():
            raise MediaNotReadyError(
                QT_TRANSLATE_NOOP("Errors", "%1: a picture is still being processed."),
                status=503,
                args=(self.account.label,),
            )
        if resp.status_code in (400, 422) and TOO_LONG.search(error_detail(resp) or resp.text):
            # Mastodon 422 "Text character limit of 500 exceeded", Takahē 400 "Status
            # is too long", GoToSocial "status too long, 520 characters provided"
            raise TooLongError(
                QT_TRANSLATE_NOOP("Errors", "%1: the server says the post is too long (%2)."),
                status=resp.status_code,
                args=(self.account.label, error_detail(resp) or resp.status_code),
            )
        if resp.status_code in (422, 501) and scheduled_at is not None:
            # "must be at least 5 minutes in the future" (a laptop clock behind the
            # server's) or the daily/total limit of scheduled posts
            # (docs.joinmastodon.org/methods/statuses/#create, scheduled_at): the app
            # posts it itself when the time comes
            raise ScheduleRefusedError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "%1: the server would not schedule this post (%2); the app will post "
                    "it at its time.",
                ),
                status=422,
                args=(self.account.label, error_detail(resp)),
            )
        self._check(resp, POSTING)
        status = response_json(resp)
        if scheduled_at is not None and "content" in status and "params" not in status:
            # a Status, not a ScheduledStatus: this server ignored scheduled_at and
            # posted at once. Say what happened rather than "scheduled" or "sent".
            log.info("%s posted at once: the server ignored scheduled_at", self.account.label)
            return Published(
                str(status["id"]),
                str(status.get("uri") or ""),
                "",
                str(status.get("url") or status.get("uri") or ""),
                early=True,
            )
        if scheduled_at is not None or ("scheduled_at" in status and "content" not in status):
            return Published(str(status.get("id", "")), scheduled=True)
        return Published(
            str(status["id"]),
            str(status.get("uri") or ""),
            "",
            str(status.get("url") or status.get("uri") or ""),
        )


def _parse_time(value: Any) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None


__all__ = ["MastodonPublisher", "ScheduleRefusedError", "ServerError", "TooLongError"]
