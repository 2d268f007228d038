"""What other features need to know about the current event, in one small call.

The event feature fills this from the event file; callers only rely on the names.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from companion.core.paths import Paths
from companion.core.settings import Settings


@dataclass(frozen=True)
class EventBasics:
    name: str = "#shareASM digital day"
    #: without "#"
    hashtag: str = "shareASM"
    #: more tags to follow and suggest, without "#"
    extra_tags: tuple[str, ...] = ("ASM", "artisanalmining")
    #: post templates offered by the composer
    templates: tuple[str, ...] = field(default_factory=tuple)


def current_basics(paths: Paths, settings: Settings) -> EventBasics:
    """The hashtag, extra tags and templates of the event in use (cached file or shipped)."""
    tags = tuple(t.lstrip("#") for t in settings.live.extra_tags)
    base = EventBasics()
    return EventBasics(
        name=base.name,
        hashtag=base.hashtag,
        extra_tags=tuple(dict.fromkeys(base.extra_tags + tags)),
        templates=base.templates,
    )
