"""The event: what an event file describes, as immutable records (``NamedTuple``: cheap
to define on the start path, issue 19; change one with ``._replace``).

Event files are checked and parsed by :mod:`companion.core.event.parse`; anything wrong
with one raises :class:`EventFileError`.
"""

from __future__ import annotations

import logging
from datetime import date, datetime
from typing import Any, NamedTuple
from zoneinfo import ZoneInfo

from companion.core.errors import QT_TRANSLATE_NOOP, InvalidInputError

log = logging.getLogger(__name__)


class EventFileError(InvalidInputError):
    """An event file that cannot be used; the last good file stays in use."""

    hint = QT_TRANSLATE_NOOP("Errors", "The event details already on this computer are still used.")


class Link(NamedTuple):
    kind: str
    title: str
    url: str


class Edition(NamedTuple):
    name: str
    start: date
    url: str = ""


class Session(NamedTuple):
    id: str
    start: datetime  # aware, UTC
    end: datetime  # aware, UTC
    title: str
    description: str = ""
    organisation: str = ""
    platform: str = ""
    link: str = ""
    language: str = ""

    def fingerprint(self) -> tuple[Any, ...]:
        """What counts as "changed" between two versions of the file."""
        return (
            self.start,
            self.end,
            self.title,
            self.description,
            self.organisation,
            self.platform,
            self.link,
            self.language,
        )


class NextEdition(NamedTuple):
    name: str
    start: datetime
    end: datetime


class EventText(NamedTuple):
    """The event's texts in one language; an empty field falls back to the file's own."""

    name: str = ""
    description: str = ""
    notes: tuple[str, ...] | None = None
    templates: tuple[str, ...] | None = None
    #: session id -> (title, description), each "" when not translated
    sessions: tuple[tuple[str, str, str], ...] = ()


def language_candidates(lang: str) -> tuple[str, ...]:
    """``pt-BR`` → (``pt-BR``, ``pt``); ``sw`` → (``sw``,)."""
    base = lang.split("-", 1)[0]
    return (lang, base) if base != lang else (lang,)


class Event(NamedTuple):
    id: str
    name: str
    hashtag: str
    timezone: str
    start: datetime  # aware, UTC
    end: datetime  # aware, UTC
    all_day: bool = False
    description: str = ""
    organiser: str = ""
    organiser_url: str = ""
    contact_email: str = ""
    extra_tags: tuple[str, ...] = ()
    templates: tuple[str, ...] = ()
    links: tuple[Link, ...] = ()
    past_editions: tuple[Edition, ...] = ()
    next_edition: NextEdition | None = None
    archive_url: str = ""
    sessions: tuple[Session, ...] = ()
    #: True for demonstration programmes: the UI labels them as a sample
    sample: bool = False
    updated: str = ""
    notes: tuple[str, ...] = ()
    #: the language of ``name``, ``description``, ``notes``, ``templates`` and sessions
    language: str = "en"
    #: (language, texts) pairs from the file's ``translations``
    translations: tuple[tuple[str, EventText], ...] = ()

    @property
    def languages(self) -> tuple[str, ...]:
        """Every language the event's texts exist in, its own first."""
        return (self.language, *(lang for lang, _ in self.translations if lang != self.language))

    def localized(self, lang: str) -> Event:
        """This event with its texts in ``lang`` where the file has them; every text the
        translation lacks stays in the file's own language (the fallback)."""
        texts = dict(self.translations)
        text = next((texts[c] for c in language_candidates(lang) if c in texts), None)
        if text is None:
            return self
        by_id = {sid: (title, desc) for sid, title, desc in text.sessions}
        sessions = tuple(
            s._replace(
                title=by_id[s.id][0] or s.title,
                description=by_id[s.id][1] or s.description,
            )
            if s.id in by_id
            else s
            for s in self.sessions
        )
        return self._replace(
            name=text.name or self.name,
            description=text.description or self.description,
            notes=self.notes if text.notes is None else text.notes,
            templates=self.templates if text.templates is None else text.templates,
            sessions=sessions,
        )

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    def link(self, kind: str) -> Link | None:
        return next((lk for lk in self.links if lk.kind == kind), None)
