"""What the Mastodon and Bluesky publishers share: authenticated calls with one refresh."""

from __future__ import annotations

import html
import logging
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Protocol

import regex  # type: ignore[import-untyped]
import requests

from companion.core.accounts.model import Account
from companion.core.errors import QT_TRANSLATE_NOOP, Message, NeedsLoginError, Phrase, ServerError
from companion.core.live.sanitize import html_to_text as _html_to_text
from companion.core.messages import LOGIN_NOT_ACCEPTED
from companion.core.net import HttpClient

log = logging.getLogger(__name__)

#: what a publisher was doing when the server said no (the subject of its error)
PICTURE_UPLOAD = Phrase(QT_TRANSLATE_NOOP("Errors", "picture upload"))
POSTING = Phrase(QT_TRANSLATE_NOOP("Errors", "posting"))


def doing(account: Account, what: Phrase) -> Message:
    """ "me@example (mastodon): posting": the subject of a server's error answer."""
    #: %1 an account's name, %2 what the app was doing ("picture upload")
    return Message(QT_TRANSLATE_NOOP("Errors", "%1: %2"), args=(account.label, what))


class Auth(Protocol):
    """The part of ``SessionManager`` the publishers use."""

    def auth_headers(self, account: Account) -> dict[str, str]: ...

    def refresh(self, account: Account, refused: Mapping[str, str] | None = None) -> None: ...


class MediaNotReadyError(ServerError):
    """The server is still processing an upload; posting must wait."""


@dataclass
class Published:
    remote_id: str = ""
    uri: str = ""
    cid: str = ""
    url: str = ""
    scheduled: bool = False
    #: asked to schedule, the server published at once (it has no scheduled statuses)
    early: bool = False


def never_reached(exc: BaseException) -> bool:
    """True when a failed request provably never reached the server: the name did
    not resolve, the connection was refused or timed out while connecting, or the TLS
    handshake failed. Such a request is no attempt (nothing can have been posted)."""
    import requests
    from urllib3.exceptions import NewConnectionError

    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, requests.exceptions.ConnectTimeout | requests.exceptions.SSLError):
            return True
        if isinstance(current, NewConnectionError):  # DNS failure, refused, unreachable
            return True
        reason = getattr(current, "reason", None)  # urllib3 MaxRetryError
        if isinstance(reason, NewConnectionError):
            return True
        if isinstance(current, requests.exceptions.ConnectionError):
            inner = current.args[0] if current.args else None
            if isinstance(inner, BaseException) and id(inner) not in seen:
                current = inner
                continue
        current = current.__cause__ or current.__context__
    return False


def authed(
    http: HttpClient,
    auth: Auth,
    account: Account,
    send: Callable[[dict[str, str]], requests.Response],
    *,
    expired: Callable[[requests.Response], bool] = lambda r: False,
) -> requests.Response:
    """Call ``send(headers)``; on 401 (or ``expired``) refresh the login once and retry."""
    headers = auth.auth_headers(account)
    resp = send(headers)
    if resp.status_code == 401 or expired(resp):
        log.info("%s: login refused, refreshing once", account.label)
        auth.refresh(account, headers)  # raises NeedsLoginError when it cannot
        resp = send(auth.auth_headers(account))
        if resp.status_code == 401 or expired(resp):
            raise NeedsLoginError(LOGIN_NOT_ACCEPTED, args=(account.label,))
    return resp


#: a link in a post's HTML: its address and what it shows
_ANCHOR = regex.compile(
    r"<a\b[^>]*?\bhref\s*=\s*(?:\"([^\"]*)\"|'([^']*)')[^>]*>(.*?)</a\s*>",
    regex.IGNORECASE | regex.DOTALL,
)
_TAGS = regex.compile(r"<[^>]*>")


def _no_scheme(url: str) -> str:
    return url.split("://", 1)[1] if "://" in url[:12] else url


def _full_link(m: regex.Match[str]) -> str:
    """A link shown shortened (Takahē: no scheme, 30 characters, no hidden rest; others
    with "…") as its full address; mentions, hashtags and named links stay as shown."""
    whole: str = m.group(0)
    raw: str = m.group(1) if m.group(1) is not None else m.group(2) or ""
    href = html.unescape(raw)
    shown = html.unescape(_TAGS.sub("", str(m.group(3)))).strip().rstrip("…").rstrip()
    if not href or not shown or shown[0] in "@#＃" or shown == href:
        return whole
    bare = _no_scheme(shown)
    if len(bare) >= 4 and _no_scheme(href).startswith(bare):
        return html.escape(href, quote=False)
    return whole


def html_to_text(value: str) -> str:
    """A published post's text, every character as written (the app's one HTML reader)."""
    return _html_to_text(value, as_shown=False)


def readings(value: str) -> list[str]:
    """What a published post's HTML may say the person typed: its text as written,
    and, when it has links, the same with each link the server shows shortened read as
    its full address (Takahē shows ``iied.org/asm`` for ``https://iied.org/asm``)."""
    plain = html_to_text(value)
    if "<a" not in value and "<A" not in value:
        return [plain]
    full = _html_to_text(_ANCHOR.sub(_full_link, value), as_shown=False)
    return [plain] if full == plain else [plain, full]


_MENTION_DOMAIN = regex.compile(r"(?<![\w@])(@\w+)@[\w.-]+\w")


def same_text(a: str, b: str) -> bool:
    """Equal after NFC, whitespace folding and dropping mention domains."""

    def norm(s: str) -> str:
        s = _MENTION_DOMAIN.sub(r"\1", unicodedata.normalize("NFC", s))
        return " ".join(s.split()).casefold()

    return norm(a) == norm(b)
