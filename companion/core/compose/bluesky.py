"""Publishing to Bluesky (AT Protocol) exactly once, using our own record keys."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import requests

from companion.core.accounts.bluesky import raise_if_inactive
from companion.core.accounts.model import Account
from companion.core.compose.outbox import MediaRef, OutboxItem, Part
from companion.core.compose.publish_common import (
    PICTURE_UPLOAD,
    POSTING,
    Auth,
    Published,
    authed,
    doing,
)
from companion.core.compose.richtext import detect_facets
from companion.core.errors import (
    QT_TRANSLATE_NOOP,
    KnownError,
    NeedsLoginError,
    Phrase,
    ServerError,
)
from companion.core.jsonsafe import response_json
from companion.core.net import HttpClient, raise_for_status

log = logging.getLogger(__name__)

CHECKING_A_POST = Phrase(QT_TRANSLATE_NOOP("Errors", "checking a post"))
HANDLE_LOOKUP = Phrase(QT_TRANSLATE_NOOP("Errors", "looking up a mentioned handle"))

COLLECTION = "app.bsky.feed.post"


def _expired(resp: requests.Response) -> bool:
    if resp.status_code != 400:
        return False
    try:
        body = response_json(resp)
    except ValueError:
        return False
    return isinstance(body, dict) and body.get("error") in ("ExpiredToken", "InvalidToken")


def _already_exists(resp: requests.Response) -> bool:
    if resp.status_code not in (400, 409):
        return False
    try:
        body = response_json(resp)
    except ValueError:
        return "already exists" in resp.text.lower()
    if not isinstance(body, dict):
        return False
    text = f"{body.get('error', '')} {body.get('message', '')}".lower()
    return "already exists" in text or "alreadyexists" in text or "conflict" in text


def created_at(when: datetime) -> str:
    """``createdAt`` as Bluesky writes it: UTC, milliseconds, "Z" (the lexicon
    ``datetime`` format, atproto.com/specs/lexicon#datetime, prefers "Z"; a
    local offset like "+03:00" or a naive time is not what clients expect)."""
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)  # our clocks are UTC; never send a bare time
    return when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


def _image(blob: dict[str, Any], ref: MediaRef) -> dict[str, Any]:
    image: dict[str, Any] = {"image": blob, "alt": ref.alt}
    if ref.width > 0 and ref.height > 0:
        image["aspectRatio"] = {"width": ref.width, "height": ref.height}
    return image


class BlueskyPublisher:
    def __init__(
        self,
        http: HttpClient,
        auth: Auth,
        account: Account,
        *,
        sleep: Callable[[float], None],
        now: Callable[[], datetime],
        wrong_by: Callable[[], timedelta] = lambda: timedelta(0),
    ) -> None:
        self.http = http
        self.auth = auth
        self.account = account
        self.base = account.server.rstrip("/")
        did = account.info.get("did")
        if not isinstance(did, str) or not did.startswith("did:"):
            raise NeedsLoginError(
                QT_TRANSLATE_NOOP("Errors", "%1: the account's DID is unknown; log in again."),
                args=(account.label,),
            )
        self.did = did
        self.now = now
        #: this computer's clock error, when known: ``createdAt`` is the real time
        #: (the AppView files a post at the earlier of createdAt and when it saw it)
        self.wrong_by = wrong_by
        #: handle -> DID (or None: does not resolve), for this run
        self._handles: dict[str, str | None] = {}

    def _xrpc(self, method: str, name: str, **kwargs: Any) -> requests.Response:
        url = f"{self.base}/xrpc/{name}"
        extra: dict[str, str] = kwargs.pop("headers", {})

        def send(headers: dict[str, str]) -> requests.Response:
            resp = self.http.request(method, url, headers={**headers, **extra}, **kwargs)
            # deactivated or taken down: say so (no refresh can help); the post waits
            raise_if_inactive(resp, self.account.label)
            return resp

        return authed(self.http, self.auth, self.account, send, expired=_expired)

    def _check(self, resp: requests.Response, what: Phrase) -> None:
        raise_for_status(resp, self.now(), what=doing(self.account, what))

    def upload(self, media: MediaRef) -> dict[str, Any]:
        data = Path(media.path).read_bytes()
        headers = {"Content-Type": media.mime}
        resp = self._xrpc("POST", "com.atproto.repo.uploadBlob", data=data, headers=headers)
        self._check(resp, PICTURE_UPLOAD)
        blob = response_json(resp).get("blob")
        if not isinstance(blob, dict):
            raise ServerError(
                QT_TRANSLATE_NOOP("Errors", "%1: the picture upload gave no blob."),
                args=(self.account.label,),
            )
        return blob

    def get_record(self, rkey: str) -> Published | None:
        resp = self._xrpc(
            "GET",
            "com.atproto.repo.getRecord",
            params={"repo": self.did, "collection": COLLECTION, "rkey": rkey},
        )
        if resp.status_code in (400, 404):
            return None  # RecordNotFound
        self._check(resp, CHECKING_A_POST)
        body = response_json(resp)
        return Published(rkey, str(body["uri"]), str(body.get("cid") or ""), self._web_url(rkey))

    def _web_url(self, rkey: str) -> str:
        """``https://bsky.app/profile/HANDLE/post/RKEY``: the handle without "@" (the
        web app answers "profile not found" with it), or the DID."""
        handle = self.account.handle.strip().lstrip("@")
        return f"https://bsky.app/profile/{handle or self.did}/post/{rkey}"

    def resolve_handle(self, handle: str) -> str | None:
        """``com.atproto.identity.resolveHandle`` at the account's PDS (no login
        needed, none sent). A handle that does not resolve (400) is None; trouble
        reaching the server raises, so the post waits rather than losing the mention."""
        if handle in self._handles:
            return self._handles[handle]
        resp = self.http.get(
            f"{self.base}/xrpc/com.atproto.identity.resolveHandle", params={"handle": handle}
        )
        did: str | None = None
        if resp.status_code in (400, 404):
            log.info("a mentioned handle does not resolve (%s)", resp.status_code)
        else:
            self._check(resp, HANDLE_LOOKUP)
            try:
                value = response_json(resp).get("did")
            except (ValueError, AttributeError):
                value = None
            did = value if isinstance(value, str) and value.startswith("did:") else None
        self._handles[handle] = did
        return did

    def publish(
        self,
        item: OutboxItem,
        part: Part,
        *,
        reply_to: Part | None,
        root: Part | None,
        blobs: list[tuple[dict[str, Any], MediaRef]],
    ) -> Published:
        if part.first_sent_at is not None:
            found = self.get_record(part.rkey)
            if found is not None:
                log.info("outbox %s part %s already exists on Bluesky", item.id, part.idx)
                return found
        record: dict[str, Any] = {
            "$type": COLLECTION,
            "text": part.text,
            # when it is sent (the real time): the AppView files a post at the earlier
            # of createdAt and when it saw it, so the time of a first try hours ago,
            # offline, would bury it down the feed. Exactly once rests on the rkey.
            "createdAt": created_at(self.now() - self.wrong_by()),
        }
        if item.language:
            record["langs"] = [item.language][:3]
        facets = detect_facets(part.text, self.resolve_handle)
        if facets:
            record["facets"] = facets
        if reply_to is not None and root is not None:
            record["reply"] = {
                "root": {"uri": root.uri, "cid": root.cid},
                "parent": {"uri": reply_to.uri, "cid": reply_to.cid},
            }
        if blobs:
            record["embed"] = {
                "$type": "app.bsky.embed.images",
                "images": [_image(blob, ref) for blob, ref in blobs],
            }
        resp = self._xrpc(
            "POST",
            "com.atproto.repo.createRecord",
            json={"repo": self.did, "collection": COLLECTION, "rkey": part.rkey, "record": record},
        )
        if _already_exists(resp) or (resp.status_code >= 500 and part.rkey):
            # the reference PDS has no "already exists" error: adding an existing
            # key to the repo's MST throws ("There is already a value at key"), which
            # XRPC answers as 500 InternalServerError. A record at our own rkey is
            # ours, so look before reporting a failure.
            try:
                found = self.get_record(part.rkey)
            except KnownError as exc:
                log.info("could not check for an existing record: %s", exc)
                found = None
            if found is not None:
                return found
        self._check(resp, POSTING)
        body = response_json(resp)
        return Published(
            part.rkey, str(body["uri"]), str(body.get("cid") or ""), self._web_url(part.rkey)
        )
