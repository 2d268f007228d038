"""What other features need to know about the current event, in one small call.

Filled from the event file in use (a newer saved file, else the shipped edition);
callers only rely on the names.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from companion.core.paths import Paths
from companion.core.settings import Settings

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class EventBasics:
    name: str = "#shareASM digital day"
    #: without "#"
    hashtag: str = "shareASM"
    #: more tags to follow and suggest, without "#"
    extra_tags: tuple[str, ...] = ("ASM", "artisanalmining")
    #: post templates offered by the composer
    templates: tuple[str, ...] = field(default_factory=tuple)
    #: the event's id in its file ("" when no file could be read)
    event_id: str = ""
    #: the event's start and end as ISO-8601 UTC ("" when unknown)
    start_utc: str = ""
    end_utc: str = ""


def current_basics(paths: Paths, settings: Settings, lang: str = "") -> EventBasics:
    """The hashtag, extra tags and templates of the event in use (cached file or shipped),
    its name and templates in ``lang`` (default: the chosen interface language)."""
    from companion.core.event.model import EventFileError
    from companion.core.event.store import EventStore

    tags = tuple(t.lstrip("#") for t in settings.live.extra_tags)
    base = EventBasics()
    try:
        event = EventStore(paths).load().event.localized(lang or settings.general.language)
    except (OSError, EventFileError) as exc:
        log.error("no usable event file, not even the shipped one: %s", exc)
        return EventBasics(
            name=base.name,
            hashtag=base.hashtag,
            extra_tags=tuple(dict.fromkeys(base.extra_tags + tags)),
            templates=base.templates,
        )
    return EventBasics(
        name=event.name,
        hashtag=event.hashtag,
        extra_tags=tuple(dict.fromkeys(event.extra_tags + tags)),
        templates=event.templates,
        event_id=event.id,
        start_utc=event.start.isoformat(),
        end_utc=event.end.isoformat(),
    )
