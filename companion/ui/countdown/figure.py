"""What the countdown shows and says on each tick: the phase line and the figure, the
words "Say time left" speaks, and when the day starts or ends (split from ``area.py``).
Texts keep the "Countdown" translation context."""

from __future__ import annotations

import logging
from datetime import tzinfo

from PySide6.QtCore import QCoreApplication

from companion.core.event.countdown import CountdownState, Focus, FocusKind, Phase, Remaining
from companion.core.event.model import Event
from companion.ui.countdown.about import day_text
from companion.ui.countdown.text import remaining_text, spoken_remaining

log = logging.getLogger(__name__)


def phase_and_figure(state: CountdownState, focus: Focus) -> tuple[str, str]:
    """The phase line ("Starts in", "Live now: … — ends in") and the big figure."""
    figure = remaining_text(Remaining.from_seconds(focus.seconds))
    if focus.kind is FocusKind.DAY_START:
        return QCoreApplication.translate("Countdown", "Starts in"), figure
    if focus.kind is FocusKind.SESSION_LIVE and focus.session is not None:
        phase = QCoreApplication.translate("Countdown", "Live now: %1 — ends in")
        return phase.replace("%1", focus.session.title), figure
    if focus.kind is FocusKind.SESSION_NEXT and focus.session is not None:
        phase = QCoreApplication.translate("Countdown", "Next: %1 — starts in")
        return phase.replace("%1", focus.session.title), figure
    if focus.kind is FocusKind.DAY_END:
        return QCoreApplication.translate("Countdown", "Live now — time left today"), figure
    phase = QCoreApplication.translate("Countdown", "This edition has ended")
    nxt = state.next_edition
    if nxt is not None:
        return phase, QCoreApplication.translate("Countdown", "Next: %1").replace("%1", nxt.name)
    return phase, QCoreApplication.translate("Countdown", "Thank you for taking part")


def time_left_words(state: CountdownState, focus: Focus, phase: str, figure: str) -> str:
    """What "Say time left" says: the phase and the figure in words."""
    if state.phase is Phase.ENDED:
        return f"{phase}. {figure}"
    return f"{phase} {spoken_remaining(Remaining.from_seconds(focus.seconds))}"


def start_texts(state: CountdownState, e: Event, zone: tzinfo | None) -> tuple[str, str]:
    """When the day starts (or, once it runs, ends): in event time and in your time."""
    ending = state.phase is Phase.LIVE
    if ending:
        event_text = QCoreApplication.translate("Countdown", "Ends (event time): %1")
        local_text = QCoreApplication.translate("Countdown", "Ends (your time): %1")
    else:
        event_text = QCoreApplication.translate("Countdown", "Starts (event time): %1")
        local_text = QCoreApplication.translate("Countdown", "Starts (your time): %1")
    return (
        event_text.replace("%1", day_text(e, e.zone, ending=ending)),
        local_text.replace("%1", day_text(e, zone, ending=ending)),
    )
