"""Which event file is in use: a newer one fetched or opened by the user, else the shipped one.

The newer file lives under the data folder (``event/event.json``) with a small
``state.json`` beside it (where it came from, the HTTP validators, which sessions
changed in the last update). A file is only written after it was fully checked, and
atomically, so a broken download or file never replaces the last good one.
"""

from __future__ import annotations

import importlib
import json
import logging
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from companion.core.atomic import atomic_write_bytes, atomic_write_text
from companion.core.errors import (
    QT_TRANSLATE_NOOP,
    InvalidInputError,
    Message,
    Phrase,
    ServerError,
)
from companion.core.event.format import EVENT_SCHEMA, FORMAT_VERSION, MAX_FILE_BYTES
from companion.core.event.model import Event, EventFileError
from companion.core.event.parse import parse_event_bytes
from companion.core.jsonsafe import parse_digits
from companion.core.messages import COULD_NOT_READ
from companion.core.paths import Paths, resources_dir
from companion.core.userfile import UserFileError, read_capped

if TYPE_CHECKING:  # the network module is imported by the methods that fetch (issue 19)
    from companion.core.net import HttpClient, Validators

log = logging.getLogger(__name__)

SHIPPED_NAME = "shareasm-2018.json"
#: sha256 of the shipped event file as it passed the schema in the tests
#: (tests/core/event/test_store.py checks it; after editing the shipped file, put its new
#: hash here). A shipped file with another hash is checked on its first start instead.
SHIPPED_CHECKED = frozenset({"aa2b15a03500ccc5d23025c50a367a1056f403a5c40aab51bfff1c3b4a69bf0a"})
#: how many accepted files' hashes ``checked.json`` keeps
CHECKED_KEEP = 8


def sha256_hex(data: bytes) -> str:
    """The SHA-256 of ``data`` in hex, without importing :mod:`hashlib` on the start
    path: hashlib loads OpenSSL (~3.5 MB of memory and ~2 ms, issue 19), where CPython's
    own SHA-256 (the way :mod:`random` takes its SHA-512) is plenty for a file of a few
    kilobytes. Falls back to hashlib where that module is missing."""
    for name in ("_sha256", "_sha2"):  # CPython 3.11; 3.12 and later
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        return str(module.sha256(data).hexdigest())
    import hashlib

    return hashlib.sha256(data).hexdigest()


def _schema_key() -> str:
    """Changes when the schema does: hashes checked against another schema do not count."""
    text = json.dumps([FORMAT_VERSION, EVENT_SCHEMA], sort_keys=True, default=str)
    return sha256_hex(text.encode())[:16]


def shipped_event_path() -> Path:
    return resources_dir() / "event" / SHIPPED_NAME


def sample_event_path() -> Path:
    return resources_dir() / "samples" / "sample-programme.json"


class LoadedEvent(NamedTuple):
    event: Event
    #: "shipped", "url" or "file"
    source: str
    #: the URL or file name it came from ("" for the shipped file)
    origin: str = ""
    #: when the file was last fetched or opened (ISO-8601 UTC), "" for shipped
    updated_at: str = ""
    #: ids of sessions that are new or changed since the previous file
    changed: frozenset[str] = frozenset()
    #: a message when the newer file could not be used, else ""
    problem: str = ""


class FetchOutcome(NamedTuple):
    #: "updated", "unchanged", or "dropped" (not installed: the address changed, or
    #: another file was installed while it was fetched)
    status: str
    loaded: LoadedEvent


class Download(NamedTuple):
    """An event file fetched and checked (:meth:`EventStore.download`), not installed yet."""

    url: str
    #: the state file's text when the fetch began: it is installed only over that
    basis: str
    #: the file; None when the server said "not modified"
    data: bytes | None
    validators: Validators | None
    #: when it was fetched (the server's time, as the HTTP client corrects it)
    at: datetime


class EventStore:
    """Loads the event in use and installs newer files. Plain file I/O: run off the GUI thread."""

    def __init__(self, paths: Paths, shipped: Path | None = None) -> None:
        self.dir = paths.data / "event"
        self.current_file = self.dir / "event.json"
        self.state_file = self.dir / "state.json"
        #: sha256 of files that passed the schema (shipped or accepted): checked once,
        #: not on every start (issue 19: the schema check imports jsonschema, ~0.1 s)
        self.checked_file = self.dir / "checked.json"
        self.shipped = shipped or shipped_event_path()

    # -- reading ---------------------------------------------------------------
    def load_shipped(self) -> Event:
        return self._parse(self.shipped.read_bytes())

    def _parse(self, data: bytes, *, remember: bool = True) -> Event:
        """Parse ``data``; the schema step only for bytes not seen to pass it before
        (remembered for next time unless ``remember`` is false)."""
        digest = sha256_hex(data)
        if digest in SHIPPED_CHECKED:
            return parse_event_bytes(data, schema_checked=True)
        known = self._checked()
        event = parse_event_bytes(data, schema_checked=digest in known)
        if remember and digest not in known:
            self._remember_checked(digest, known)
        return event

    def _checked(self) -> list[str]:
        try:
            raw = json.loads(self.checked_file.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return []
        if not isinstance(raw, dict) or raw.get("schema") != _schema_key():
            return []
        hashes = raw.get("sha256")
        return [h for h in hashes if isinstance(h, str)] if isinstance(hashes, list) else []

    def _remember_checked(self, digest: str, known: list[str]) -> None:
        hashes = [digest, *known][:CHECKED_KEEP]
        text = json.dumps({"schema": _schema_key(), "sha256": hashes}) + "\n"
        try:
            atomic_write_text(self.checked_file, text)
        except OSError as exc:  # a read-only data folder: check again next time
            log.info("could not remember the checked event file: %s", exc)

    def load(self) -> LoadedEvent:
        state = self._state()
        if self.current_file.exists():
            try:
                event = self._parse(self.current_file.read_bytes())
            except (OSError, EventFileError) as exc:
                log.info("saved event file unusable: %s", exc)
                problem = Message(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "The saved event file could not be read; the details shipped with the "
                        "app are used (%1).",
                    ),
                    args=(exc,),
                )
                return LoadedEvent(self.load_shipped(), "shipped", problem=problem)
            return LoadedEvent(
                event,
                str(state.get("source", "file")),
                str(state.get("origin", "")),
                str(state.get("updated_at", "")),
                frozenset(str(x) for x in state.get("changed", []) if isinstance(x, str)),
            )
        return LoadedEvent(self.load_shipped(), "shipped")

    def _state_text(self) -> str:
        try:
            return self.state_file.read_text(encoding="utf-8")
        except (OSError, ValueError):
            return ""

    def _state(self, text: str | None = None) -> dict[str, Any]:
        try:
            raw = json.loads(self._state_text() if text is None else text)
        except ValueError:
            return {}
        return raw if isinstance(raw, dict) else {}

    def _write_state(self, state: dict[str, Any]) -> None:
        atomic_write_text(self.state_file, json.dumps(state, indent=2) + "\n")

    def validators_for(self, url: str, state_text: str | None = None) -> Validators:
        from companion.core.net import Validators

        state = self._state(state_text)
        if state.get("source") != "url" or state.get("origin") != url:
            return Validators()
        if not self.current_file.exists():
            return Validators()
        etag, modified = state.get("etag"), state.get("last_modified")
        return Validators(
            etag if isinstance(etag, str) else None,
            modified if isinstance(modified, str) else None,
        )

    # -- installing --------------------------------------------------------------
    def install(
        self,
        data: bytes,
        *,
        source: str,
        origin: str,
        validators: Validators | None = None,
        now: datetime,
    ) -> LoadedEvent:
        """Check ``data`` and make it the event in use (raises :class:`EventFileError`).
        The sessions marked as changed are those the new file changes; a file that
        changes none (the same file again, fetched or opened twice) keeps the marks
        of the last update that did."""
        event = self._parse(data)
        before = self.load()
        changed = changed_sessions(before.event, event)
        if not changed and before.event.id == event.id:
            changed = {s.id for s in event.sessions} & before.changed
        stamp = now.astimezone(UTC).isoformat(timespec="seconds")
        state = {
            "source": source,
            "origin": origin,
            "updated_at": stamp,
            "etag": validators.etag if validators else None,
            "last_modified": validators.last_modified if validators else None,
            "changed": sorted(changed),
        }
        atomic_write_bytes(self.current_file, data)
        self._write_state(state)
        log.info("event file from %s installed (%d sessions changed)", source, len(changed))
        return LoadedEvent(event, source, origin, stamp, frozenset(changed))

    def import_file(self, path: Path, *, now: datetime) -> LoadedEvent:
        """Use a local event file the user picked."""
        try:
            # at most the cap + 1 bytes, and only from a regular file: /dev/zero or a
            # FIFO must not eat the memory or hang
            data = read_capped(path, MAX_FILE_BYTES)
        except UserFileError as exc:
            raise EventFileError(exc.template, args=exc.args_for_message) from None
        except OSError as exc:
            raise InvalidInputError(COULD_NOT_READ, args=(path.name, exc.strerror or exc)) from exc
        return self.install(data, source="file", origin=path.name, now=now)

    def forget(self) -> None:
        """Go back to the shipped edition."""
        for p in (self.current_file, self.state_file):
            p.unlink(missing_ok=True)

    def touch_state(self, now: datetime, validators: Validators | None = None) -> None:
        """Note when the file in use was last found current (and its new validators)."""
        state = self._state()
        state["checked_at"] = now.astimezone(UTC).isoformat(timespec="seconds")
        if validators is not None:
            state["etag"], state["last_modified"] = validators.etag, validators.last_modified
        self._write_state(state)

    # -- fetching ----------------------------------------------------------------
    def fetch(self, http: HttpClient, url: str) -> FetchOutcome:
        """Fetch ``url`` and install what came (the command line: one thread)."""
        return self.settle(self.download(http, url))

    def download(self, http: HttpClient, url: str) -> Download:
        """Fetch ``url`` with a conditional GET and check the file; writes nothing (it
        runs on the network pool). A broken or missing file raises: the last good one
        stays."""
        from companion.core.net import ReplyTooLarge, Validators, raise_for_status, read_body

        if not _fetchable(url):
            raise InvalidInputError(
                QT_TRANSLATE_NOOP("Errors", "The event address must start with https:// (%1)."),
                args=(url[:60],),
            )
        basis = self._state_text()
        validators = self.validators_for(url, basis)
        resp = http.get(url, headers=validators.headers(), stream=True)
        try:
            if resp.status_code == 304:
                if not self.current_file.exists():
                    raise ServerError(
                        QT_TRANSLATE_NOOP(
                            "Errors", "The event server said 'not modified' but nothing is saved."
                        )
                    )
                return Download(url, basis, None, None, http.now())
            raise_for_status(
                resp, http.now(), what=Phrase(QT_TRANSLATE_NOOP("Errors", "The event file"))
            )
            length = resp.headers.get("Content-Length", "")
            declared = parse_digits(length) or 0  # "²" or 5,000 digits: not a length
            if declared > MAX_FILE_BYTES:
                raise EventFileError(
                    QT_TRANSLATE_NOOP(
                        "Errors", "The event file at that address is too large (%1 KB)."
                    ),
                    args=(declared // 1024,),
                )
            try:  # capped, and refused when it dribbles in (a read timeout alone never ends)
                data = read_body(resp, max_bytes=MAX_FILE_BYTES)
            except ReplyTooLarge as exc:
                raise EventFileError(_TOO_LARGE, args=(MAX_FILE_BYTES // 1024,)) from exc
            http.bytes_received += len(data)
        finally:
            resp.close()
        # checked here, off the database lane; remembered as checked when installed
        self._parse(data, remember=False)
        return Download(url, basis, data, Validators.from_response(resp), http.now())

    def settle(self, download: Download, *, wanted: bool = True) -> FetchOutcome:
        """Install a :meth:`download`, or note that the file in use is still current.
        Writes the event folder: run it where every other write to it runs (the app's
        database lane), so it compares with what it replaces. Nothing is written when
        the address is no longer ``wanted`` or when another file was installed since
        the fetch began (a file the user opened meanwhile stays)."""
        if not wanted:
            log.info("event file from an address no longer in use: not installed")
            return FetchOutcome("dropped", self.load())
        if self._state_text() != download.basis:
            log.info("another event file was installed while fetching: the fetched one waits")
            return FetchOutcome("dropped", self.load())
        if download.data is None:
            self.touch_state(download.at)
            return FetchOutcome("unchanged", self.load())
        if self._is_current(download.url, download.data):
            self.touch_state(download.at, download.validators)
            return FetchOutcome("unchanged", self.load())
        known = self._checked()
        digest = sha256_hex(download.data)
        if digest not in known:  # it passed the schema in download(): not checked again
            self._remember_checked(digest, known)
        loaded = self.install(
            download.data,
            source="url",
            origin=download.url,
            validators=download.validators,
            now=download.at,
        )
        return FetchOutcome("updated", loaded)

    def _is_current(self, url: str, data: bytes) -> bool:
        """``data`` is the file in use, fetched from ``url`` before."""
        state = self._state()
        if state.get("source") != "url" or state.get("origin") != url:
            return False
        try:
            return self.current_file.read_bytes() == data
        except OSError:
            return False


_TOO_LARGE = QT_TRANSLATE_NOOP(
    "Errors", "The event file at that address is too large (over %1 KB)."
)


def changed_sessions(previous: Event | None, new: Event) -> set[str]:
    """Ids of sessions in ``new`` that are new or different from ``previous`` (same event)."""
    if previous is None or previous.id != new.id or not previous.sessions:
        return set()
    old = {s.id: s.fingerprint() for s in previous.sessions}
    return {s.id for s in new.sessions if old.get(s.id) != s.fingerprint()}


def _fetchable(url: str) -> bool:
    """A web address (:func:`~companion.core.weblink.web_url`: no name or backslash
    before the host) over https, or over plain http only to this computer or the local
    network (a venue's laptop): an event file read over plain http across the internet
    could be changed on the way (its times, its links)."""
    from companion.core.library.address import host_of, is_local_host
    from companion.core.weblink import web_url

    if web_url(url) is None:
        return False
    if url.lower().startswith("https://"):
        return True
    try:
        return is_local_host(host_of(url))
    except ValueError:
        return False
