"""The composer's share of the app's services (built by the composition root)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from companion.core.accounts.model import AccountRepository
from companion.core.app import AppServices
from companion.core.clock import Clock
from companion.core.compose.drafts import DraftStore
from companion.core.compose.outbox import Outbox
from companion.core.compose.sender import Sender
from companion.core.event.current import EventBasics, current_basics
from companion.core.settings_service import SettingsService


@dataclass
class ComposeServices:
    """What the composer needs from the app."""

    drafts: DraftStore
    outbox: Outbox
    sender: Sender
    accounts: AccountRepository
    settings: SettingsService
    clock: Clock
    #: the hashtag, extra tags and templates of the event in use (reads a file)
    basics: Callable[[], EventBasics]


def compose_services(services: AppServices) -> ComposeServices:
    return ComposeServices(
        drafts=services.drafts(),
        outbox=services.outbox(),
        sender=services.sender(),
        accounts=services.account_repo(),
        settings=services.settings,
        clock=services.clock,
        basics=partial(current_basics, services.paths, services.settings.current),
    )
