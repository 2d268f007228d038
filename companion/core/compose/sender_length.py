"""Fitting an item's parts to the server's length rule before and after posting:
split again by a stricter rule, or stop as "needs editing" (moved out of
:mod:`companion.core.compose.sender`; :class:`~companion.core.compose.sender.Sender`
inherits these methods)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime

from companion.core.accounts.model import Account, Network
from companion.core.compose.counting import Limits, count
from companion.core.compose.mastodon import TooLongError
from companion.core.compose.outbox import Outbox, OutboxItem
from companion.core.compose.server_rules import STRICT_RULE
from companion.core.compose.threads import resplit
from companion.core.errors import QT_TRANSLATE_NOOP, KnownError

log = logging.getLogger(__name__)

# after a strict split is still "too long", the next split aims this much lower
SHRINK = 0.8
MIN_PART = 50


class NeedsEditingError(KnownError):
    """A part is too long for the server and the app could not split it further."""

    def __init__(self, message: str, *, link: str = "", args: tuple[object, ...] = ()) -> None:
        super().__init__(message, args=args)
        self.link = link


class _PartTooLong(Exception):
    def __init__(self, idx: int, error: TooLongError) -> None:
        super().__init__(str(error))
        self.idx = idx
        self.error = error


class LengthRules:
    """The length checks of the sender (a mixin: needs ``outbox`` and ``now``)."""

    outbox: Outbox
    now: Callable[[], datetime]

    def _limits(self, account: Account, item: OutboxItem) -> Limits:
        limits = Limits.for_network(account.network, account.info)
        if item.split_rule == "strict":
            limits = limits.strict()
        if item.max_chars:
            limits = limits.strict(min(limits.max_characters, item.max_chars))
        return limits

    def _fits(self, account: Account, item: OutboxItem, text: str, limits: Limits) -> bool:
        spoiler = item.spoiler if account.network is Network.MASTODON else ""
        return count(account.network, text, spoiler=spoiler, limits=limits, with_facets=False).fits

    def _preflight(self, account: Account, item: OutboxItem) -> OutboxItem:
        """Check every part still to post before posting any; split again by the
        server's rule what does not fit (the enqueue-time split may have used
        another rule)."""
        unsent = [p for p in item.parts if not p.sent]
        if not unsent or account.network is Network.X:
            return item
        limits = self._limits(account, item)
        if all(self._fits(account, item, p.text, limits) for p in unsent):
            return item
        if any(p.first_attempt_at is not None for p in unsent):
            return item  # it may be on the server already: let the server judge
        return self._resplit(account, item, unsent[0].idx, limits, item.split_rule, item.max_chars)

    def _resplit(
        self,
        account: Account,
        item: OutboxItem,
        first: int,
        limits: Limits,
        split_rule: str,
        max_chars: int | None,
    ) -> OutboxItem:
        texts = [p.text for p in item.parts if p.idx >= first]
        spoiler = item.spoiler if account.network is Network.MASTODON else ""
        try:
            parts = resplit(texts, first, len(item.parts), account.network, limits, spoiler=spoiler)
        except ValueError:
            self.outbox.set_split(item.id, split_rule, max_chars)
            raise self._needs_editing(account, item, first) from None
        log.info(
            "outbox %s: parts from %s split again (%s rule, limit %s) into %s",
            item.id,
            first + 1,
            limits.rule,
            limits.max_characters,
            len(parts),
        )
        self.outbox.replace_parts(
            item.id, first, parts, split_rule=split_rule, max_chars=max_chars, now=self.now()
        )
        fresh = self.outbox.get(item.id)
        assert fresh is not None
        return fresh

    def _needs_editing(self, account: Account, item: OutboxItem, idx: int) -> NeedsEditingError:
        posted = [p.url for p in item.parts if p.sent and p.url]
        if posted:
            return NeedsEditingError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Needs editing: part %1 of %2 is too long for %3. Already posted: %4. "
                    "Shorten it, or press Retry to split it again.",
                ),
                link=posted[0],
                args=(idx + 1, len(item.parts), account.label, " ".join(posted)),
            )
        return NeedsEditingError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Needs editing: part %1 of %2 is too long for %3. Nothing was posted. "
                "Shorten it, or press Retry to split it again.",
            ),
            args=(idx + 1, len(item.parts), account.label),
        )

    def _after_too_long(self, account: Account, item: OutboxItem, idx: int) -> OutboxItem:
        """Part ``idx`` was refused as too long (and not published): split the rest
        again by the strict rule and go on; if it was counted strictly already, the
        server's limit is lower than it says: aim lower and stop as "needs editing"
        (Retry then splits it again, shorter each time)."""
        limits = self._limits(account, item)
        if limits.rule != STRICT_RULE:
            return self._resplit(account, item, idx, limits.strict(), "strict", item.max_chars)
        part = next(p for p in item.parts if p.idx == idx)
        spoiler = item.spoiler if account.network is Network.MASTODON else ""
        length = count(
            account.network, part.text, spoiler=spoiler, limits=limits, with_facets=False
        ).length
        lower = max(MIN_PART, int(min(limits.max_characters, length) * SHRINK))
        self.outbox.set_split(item.id, "strict", lower)
        raise self._needs_editing(account, item, idx)
