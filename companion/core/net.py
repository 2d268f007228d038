"""Shared HTTP plumbing on ``requests``: timeouts, typed errors, rate limits, backoff.

Every request made by the app goes through :class:`HttpClient`, which

* always sets a timeout and never turns TLS verification off;
* maps connection trouble to :class:`OfflineError` and error statuses to typed errors;
* reads each server's rate-limit headers (Mastodon's ISO-8601 reset, Bluesky's
  and X's epoch seconds, ``Retry-After``) into one :class:`RateLimit`;
* supports conditional GETs (``If-None-Match`` / ``If-Modified-Since``).

Retry policy is :class:`Backoff` (exponential, jittered, capped, never before the
server's reset): every retry and backoff in the app uses it.
"""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from companion import APP_ID, version
from companion.core.clock import ClockSkew
from companion.core.errors import (
    QT_TRANSLATE_NOOP,
    NeedsLoginError,
    OfflineError,
    RateLimitedError,
    ServerError,
)
from companion.core.jsonsafe import MAX_REPLY_BYTES, parse_digits, response_json

if TYPE_CHECKING:  # requests is imported on first use: it is not on the start path
    import requests

log = logging.getLogger(__name__)


def user_agent() -> str:
    return f"{APP_ID}/{version()} (+https://www.iied.org/)"


#: (connect, read) seconds; slow field links get a generous read timeout
DEFAULT_TIMEOUT: tuple[float, float] = (10.0, 30.0)


# --------------------------------------------------------------------------- rate limits
@dataclass(frozen=True)
class RateLimit:
    limit: int | None = None
    remaining: int | None = None
    reset_at: datetime | None = None


#: differences between this computer's clock and a server's below this are noise
SKEW_NOISE = timedelta(seconds=2)


def server_date(headers: Mapping[str, str]) -> datetime | None:
    """The server's clock from its ``Date`` header (RFC 9110), or None."""
    import email.utils

    for key, value in headers.items():
        if key.lower() == "date":
            try:
                parsed = email.utils.parsedate_to_datetime(value.strip())
            except (TypeError, ValueError, IndexError):
                return None
            if parsed.tzinfo is None:
                parsed = parsed.replace(tzinfo=UTC)
            return parsed.astimezone(UTC)
    return None


def clock_skew(headers: Mapping[str, str], now: datetime) -> timedelta:
    """How far this computer's clock is ahead of the server's (``now - Date``); zero
    when the server sends no usable ``Date``. Add it to a server timestamp to get the
    same instant on this computer's clock."""
    date = server_date(headers)
    if date is None:
        return timedelta(0)
    skew = now - date
    # ``Date`` has whole seconds and the reply took time to arrive: under two seconds
    # is noise, not a wrong clock
    return timedelta(0) if abs(skew) < SKEW_NOISE else skew


#: a reply that took longer than this says too little about the server's clock
MAX_TIMING_REPLY = timedelta(seconds=60)


def trusted_for_time(url: str) -> bool:
    """Whether a reply from ``url`` may tell this computer the time: HTTPS (the
    certificate was checked, so a captive portal or a proxy rewriting plain HTTP cannot
    answer in the server's name) or a loopback server (nothing between us and it)."""
    import ipaddress
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    if parts.scheme == "https":
        return True
    host = (parts.hostname or "").lower()
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def parse_reset(value: str, now: datetime, skew: timedelta = timedelta(0)) -> datetime | None:
    """A reset header as an instant on this computer's clock: ISO-8601 (Mastodon), epoch
    seconds (Bluesky, X), or, for small numbers, seconds from now (some servers send a
    delta). Absolute times are the server's: ``skew`` (see :func:`clock_skew`) moves
    them onto the local clock, so a laptop whose clock is wrong waits the right time."""
    value = value.strip()
    if not value:
        return None
    try:
        number = float(value)
    except ValueError:
        pass
    else:
        if number > 1_000_000_000:  # epoch seconds
            try:
                return datetime.fromtimestamp(number, tz=UTC) + skew
            except (OverflowError, OSError, ValueError):
                return None
        if 0 <= number < 10**9:
            return now + timedelta(seconds=number)
        return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        import email.utils

        try:
            parsed_or_none = email.utils.parsedate_to_datetime(value) if "," in value else None
        except (TypeError, ValueError, IndexError):
            return None
        if parsed_or_none is None:
            return None
        parsed = parsed_or_none
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    try:
        return parsed.astimezone(UTC) + skew
    except OverflowError:
        return None


def _int(value: str | None) -> int | None:
    if value is None:
        return None
    try:
        return int(float(value.strip()))
    except (ValueError, OverflowError):
        return None


def rate_limit_from_headers(headers: Mapping[str, str], now: datetime) -> RateLimit:
    """Read ``X-RateLimit-*``, ``RateLimit-*`` or ``X-Rate-Limit-*`` (case-insensitive)."""
    lower = {k.lower(): v for k, v in headers.items()}
    for prefix in ("x-ratelimit-", "ratelimit-", "x-rate-limit-"):
        if prefix + "remaining" in lower or prefix + "reset" in lower:
            reset_raw = lower.get(prefix + "reset")
            skew = clock_skew(headers, now)
            return RateLimit(
                limit=_int(lower.get(prefix + "limit")),
                remaining=_int(lower.get(prefix + "remaining")),
                reset_at=parse_reset(reset_raw, now, skew) if reset_raw else None,
            )
    return RateLimit()


def retry_after(headers: Mapping[str, str], now: datetime) -> datetime | None:
    """``Retry-After`` (seconds or HTTP date) as an instant."""
    for key, value in headers.items():
        if key.lower() == "retry-after":
            value = value.strip()
            if (seconds := parse_digits(value)) is not None:
                return now + timedelta(seconds=min(seconds, 10**9))
            import email.utils

            try:
                when = email.utils.parsedate_to_datetime(value)
            except (TypeError, ValueError, IndexError):
                return None
            if when.tzinfo is None:
                when = when.replace(tzinfo=UTC)
            return when.astimezone(UTC) + clock_skew(headers, now)
    return None


# --------------------------------------------------------------------------- backoff
@dataclass
class Backoff:
    """The app's one retry rhythm: exponential, jittered, capped, and never earlier
    than the server asked.

    The n-th delay is drawn from ``[ceiling * (1 - jitter), ceiling]`` where
    ``ceiling = min(cap, base * factor**n)``: the jitter keeps many laptops that lost
    the same server from coming back at the same moment, the lower bound keeps retries
    from bunching at zero. Given the error and the time, a server's own reset (a 429's
    ``Retry-After`` or rate-limit reset, see :func:`server_wait`) is a floor: the
    delay is never shorter than it, whatever the cap."""

    base: float = 2.0
    cap: float = 300.0
    factor: float = 2.0
    #: the random share of each delay (0: none, 1: anywhere from zero to the ceiling)
    jitter: float = 0.9
    attempts: int = 0
    rng: random.Random = field(default_factory=random.Random)

    def ceiling(self) -> float:
        """The longest the next delay can be (before a server's reset)."""
        return min(self.cap, self.base * self.factor ** min(self.attempts, 64))

    def next_delay(self, exc: BaseException | None = None, now: datetime | None = None) -> float:
        """Seconds to wait before the next attempt; counts this attempt."""
        ceiling = self.ceiling()
        self.attempts += 1
        delay = self.rng.uniform(ceiling * (1.0 - self.jitter), ceiling)
        if exc is not None and now is not None:
            delay = max(delay, server_wait(exc, now))
        return delay

    def reset(self) -> None:
        self.attempts = 0


def server_wait(exc: BaseException, now: datetime) -> float:
    """Seconds until the server said it would take requests again (a
    :class:`RateLimitedError`'s ``reset_at``), or 0 when it did not say."""
    if isinstance(exc, RateLimitedError) and exc.reset_at is not None:
        return max(0.0, (exc.reset_at - now).total_seconds())
    return 0.0


# --------------------------------------------------------------------------- conditional GET
@dataclass
class Validators:
    etag: str | None = None
    last_modified: str | None = None

    def headers(self) -> dict[str, str]:
        out: dict[str, str] = {}
        if self.etag:
            out["If-None-Match"] = self.etag
        if self.last_modified:
            out["If-Modified-Since"] = self.last_modified
        return out

    @classmethod
    def from_response(cls, resp: requests.Response) -> Validators:
        return cls(resp.headers.get("ETag"), resp.headers.get("Last-Modified"))


# --------------------------------------------------------------------------- client
class HttpClient:
    """A ``requests.Session`` with the app's defaults. Thread-safe enough for a pool:
    each call passes its own headers; the session only pools connections."""

    def __init__(
        self,
        *,
        timeout: tuple[float, float] = DEFAULT_TIMEOUT,
        session: requests.Session | None = None,
        now: Callable[[], datetime],
        skew: ClockSkew | None = None,
    ) -> None:
        self.timeout = timeout
        self._session = session
        self.now = now
        #: learns this computer's clock error from each trusted reply's ``Date``
        self.skew = skew
        #: bytes received in bodies and requests sent, for the data-use counters
        self.bytes_received = 0
        self.requests_sent = 0

    @property
    def session(self) -> requests.Session:
        """The pooled session, made on first use (keeps ``requests`` off the start path)."""
        if self._session is None:
            import requests

            self._session = requests.Session()
        agent = user_agent()
        if self._session.headers.get("User-Agent") != agent:
            self._session.headers["User-Agent"] = agent
        self._session.verify = True
        return self._session

    def close(self) -> None:
        if self._session is not None:
            self._session.close()

    def request(
        self, method: str, url: str, *, max_bytes: int = MAX_REPLY_BYTES, **kwargs: Any
    ) -> requests.Response:
        """``requests``' request with the app's rules; unless ``stream=True``, a body over
        ``max_bytes`` (after decompression) or arriving too slowly is a KnownError."""
        import requests

        kwargs.setdefault("timeout", self.timeout)
        # the body is read here, capped and against a dribbling server (a whole-body
        # read by requests has no limit: an endless reply would fill the memory)
        stream = bool(kwargs.get("stream"))
        kwargs["stream"] = True
        hooks = dict(kwargs.get("hooks") or {})
        hooks["response"] = [*_as_list(hooks.get("response")), _redirect_body]
        kwargs["hooks"] = hooks
        if kwargs.get("verify", True) is not True:
            raise ValueError("TLS verification cannot be turned off")
        kwargs.pop("verify", None)
        self.requests_sent += 1
        sent_at = self.now()
        try:
            resp = self.session.request(method, url, **kwargs)
        except requests.exceptions.SSLError as exc:
            raise OfflineError(
                QT_TRANSLATE_NOOP(
                    "Errors", "A secure connection to %1 could not be made (certificate problem)."
                ),
                hint=QT_TRANSLATE_NOOP(
                    "Errors", "Check the computer's date and time, and the network you are on."
                ),
                args=(_host(url),),
            ) from exc
        except (requests.ConnectionError, requests.Timeout) as exc:
            raise OfflineError(
                QT_TRANSLATE_NOOP("Errors", "%1 could not be reached."), args=(_host(url),)
            ) from exc
        except (requests.RequestException, ValueError) as exc:
            # ValueError: urllib3's LocationParseError for a host no DNS can hold
            raise ServerError(
                QT_TRANSLATE_NOOP("Errors", "The request to %1 failed: %2"),
                args=(_host(url), exc),
            ) from exc
        if not stream:
            self.bytes_received += len(read_body(resp, max_bytes=max_bytes))
        if self.skew is not None:
            observe_date(self.skew, resp, sent_at)
        return resp

    def get(self, url: str, **kwargs: Any) -> requests.Response:
        return self.request("GET", url, **kwargs)

    def post(self, url: str, **kwargs: Any) -> requests.Response:
        return self.request("POST", url, **kwargs)

    def rate_limit(self, resp: requests.Response) -> RateLimit:
        return rate_limit_from_headers(resp.headers, self.now())

    def raise_for_status(self, resp: requests.Response, *, what: str = "") -> None:
        """Turn an error status into a typed :class:`KnownError`."""
        raise_for_status(resp, self.now(), what=what)


# a body read whole must keep coming: after this many seconds, at least
# :data:`MIN_BODY_RATE` bytes a second on average (a server dribbling a byte every
# 25 s never trips the read timeout, and would hold the app forever)
BODY_GRACE = 60.0
MIN_BODY_RATE = 64
# how much of an error reply is read for its message
ERROR_BODY_BYTES = 64 * 1024


def too_slow(received: int, elapsed: float) -> bool:
    """A body that has not kept :data:`MIN_BODY_RATE` on average after :data:`BODY_GRACE`."""
    return elapsed > BODY_GRACE and received < MIN_BODY_RATE * elapsed


class ReplyTooLarge(ServerError):
    """A reply body over the limit for what was asked."""


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return list(value) if isinstance(value, list | tuple) else [value]


def _redirect_body(resp: requests.Response, *_args: Any, **_kwargs: Any) -> None:
    """A ``requests`` response hook: before following a redirect, ``requests`` reads its
    body whole (an endless one fills the memory). Read a little of it; drop the rest."""
    if resp.is_redirect:
        try:
            read_body(resp, max_bytes=ERROR_BODY_BYTES)
        except (ServerError, OfflineError):
            resp._content = b""
            resp._content_consumed = True  # type: ignore[attr-defined]


def size_text(n: int) -> str:
    """``512 KB``, ``32 MB``: a limit as people read it."""
    return f"{n // (1024 * 1024)} MB" if n >= 1024 * 1024 else f"{max(1, n // 1024)} KB"


def read_body(
    resp: requests.Response,
    *,
    max_bytes: int = MAX_REPLY_BYTES,
    monotonic: Callable[[], float] = time.monotonic,
) -> bytes:
    """Read a streamed reply's body into ``resp.content``, at most ``max_bytes`` decoded
    bytes; raise :class:`ServerError` for more, :class:`OfflineError` when it is cut
    or comes too slowly. A body already read is returned as it is."""
    import urllib3

    if resp._content_consumed or resp.raw is None:  # type: ignore[attr-defined]
        return resp.content or b""
    host = _host(resp.url or "")
    started = monotonic()
    body = bytearray()
    try:
        while block := resp.raw.read1(64 * 1024, decode_content=True):
            body += block
            if len(body) > max_bytes:
                raise ReplyTooLarge(
                    QT_TRANSLATE_NOOP("Errors", "The reply from %1 is too large (more than %2)."),
                    args=(host, size_text(max_bytes)),
                )
            if too_slow(len(body), monotonic() - started):
                raise OfflineError(
                    QT_TRANSLATE_NOOP(
                        "Errors", "%1 is sending its reply too slowly; try again later."
                    ),
                    args=(host,),
                )
    except (urllib3.exceptions.HTTPError, OSError) as exc:
        resp.close()
        raise OfflineError(
            QT_TRANSLATE_NOOP("Errors", "The reply from %1 was cut off; try again later."),
            args=(host,),
        ) from exc
    except BaseException:
        resp.close()
        raise
    # what requests does after its own read of the body
    resp._content = bytes(body)
    resp._content_consumed = True  # type: ignore[attr-defined]
    resp.close()
    return resp._content


def observe_date(skew: ClockSkew, resp: requests.Response, sent_at: datetime) -> None:
    """Feed a reply's ``Date`` to ``skew``. The server wrote it between our sending the
    request (``sent_at``, plus any redirects) and the headers' arrival: compare it with
    the middle of that."""
    date = server_date(resp.headers)
    if date is None or not trusted_for_time(resp.url or ""):
        return
    if resp.elapsed > MAX_TIMING_REPLY:
        return
    earlier_hops = sum((r.elapsed for r in resp.history), timedelta(0))
    skew.observe(sent_at + earlier_hops + resp.elapsed / 2, date)


def raise_for_status(resp: requests.Response, now: datetime, *, what: str = "") -> None:
    status = resp.status_code
    if status < 400:
        return
    host = _host(resp.url or "")
    subject = what or host
    if status == 401:
        raise NeedsLoginError(
            QT_TRANSLATE_NOOP("Errors", "%1: the server asked for a login (401)."), args=(subject,)
        )
    if status == 429:
        limit = rate_limit_from_headers(resp.headers, now)
        reset = retry_after(resp.headers, now) or limit.reset_at
        if reset is not None:
            raise RateLimitedError(
                QT_TRANSLATE_NOOP("Errors", "%1: too many requests; waiting until %2 UTC."),
                reset_at=reset,
                args=(subject, f"{reset:%H:%M}"),
            )
        raise RateLimitedError(
            QT_TRANSLATE_NOOP("Errors", "%1: too many requests; waiting a while."),
            args=(subject,),
        )
    detail = error_detail(resp)
    if detail:
        raise ServerError(
            QT_TRANSLATE_NOOP("Errors", "%1: the server answered %2 (%3)."),
            status=status,
            args=(subject, status, detail),
        )
    raise ServerError(
        QT_TRANSLATE_NOOP("Errors", "%1: the server answered %2."),
        status=status,
        args=(subject, status),
    )


def error_detail(resp: requests.Response, limit: int = 200) -> str:
    """The server's error message, from ``{"error": ...}``, ``{"message": ...}`` or text."""
    try:
        if not resp._content_consumed:  # type: ignore[attr-defined]  # streamed: read a little
            read_body(resp, max_bytes=ERROR_BODY_BYTES)
    except (ServerError, OfflineError):
        return ""
    try:
        body = response_json(resp)
    except ValueError:
        text = resp.text.strip() if resp.headers.get("Content-Type", "").startswith("text/") else ""
        return text[:limit]
    if isinstance(body, dict):
        error, message = body.get("error"), body.get("message")
        if isinstance(error, str) and " " not in error and isinstance(message, str) and message:
            # XRPC (Bluesky): "error" is a bare name, "message" says what is wrong
            # (atproto.com/specs/xrpc#error-responses)
            return message[:limit]
        for key in ("error_description", "error", "message"):
            value = body.get(key)
            if isinstance(value, str) and value:
                return value[:limit]
    return ""


def is_transient(exc: BaseException) -> bool:
    """Worth retrying later: offline, rate limited, or a 5xx."""
    if isinstance(exc, OfflineError | RateLimitedError):
        return True
    return isinstance(exc, ServerError) and exc.status is not None and exc.status >= 500


def _host(url: str) -> str:
    # host:port where the port is not the default: two servers on one host read apart
    from companion.core.accounts.urls import host_of

    return host_of(url)
