"""The main areas of the window. Each is built on first show (heavy imports such as
QtPdf or QtCharts stay off the start path) by ``module:create(ctx)``, which returns
an :class:`~companion.ui.area_base.AreaWidget` (the window talks to it through the
:class:`~companion.ui.area_base.Area` protocol)."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication

from companion.ui.area_base import AreaWidget
from companion.ui.context import AppContext
from companion.ui_keys import AREA_KEYS as CLI_AREA_KEYS


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for translation in ``context``; translated where it is shown."""
    return text


def _tr(text: str) -> str:
    return QCoreApplication.translate("Areas", text)


class AreaSpec(NamedTuple):
    key: str
    #: English title; translated with context "Areas" each time it is shown
    title: str
    description: str
    factory: str

    def translated_title(self) -> str:
        return _tr(self.title)

    def translated_description(self) -> str:
        return _tr(self.description)

    def load_factory(self) -> Callable[[AppContext], AreaWidget]:
        module_name, _, attr = self.factory.partition(":")
        module = importlib.import_module(module_name)
        factory: Callable[[AppContext], AreaWidget] = getattr(module, attr)
        return factory


AREAS: tuple[AreaSpec, ...] = (
    AreaSpec(
        "countdown",
        QT_TRANSLATE_NOOP("Areas", "Countdown"),
        QT_TRANSLATE_NOOP("Areas", "The day's countdown and programme"),
        "companion.ui.countdown.entry:create",
    ),
    AreaSpec(
        "live",
        QT_TRANSLATE_NOOP("Areas", "Live"),
        QT_TRANSLATE_NOOP("Areas", "Live #shareASM posts"),
        "companion.ui.live.area:create",
    ),
    AreaSpec(
        "compose",
        QT_TRANSLATE_NOOP("Areas", "Compose"),
        QT_TRANSLATE_NOOP("Areas", "Write posts, also offline"),
        "companion.ui.compose.area:create",
    ),
    AreaSpec(
        "library",
        QT_TRANSLATE_NOOP("Areas", "Library"),
        QT_TRANSLATE_NOOP("Areas", "Photobooks, publications and videos, offline"),
        "companion.ui.library.area:create",
    ),
    AreaSpec(
        "accounts",
        QT_TRANSLATE_NOOP("Areas", "Accounts"),
        QT_TRANSLATE_NOOP("Areas", "Your Mastodon, Bluesky and X accounts"),
        "companion.ui.accounts.area:create",
    ),
)

AREA_KEYS: tuple[str, ...] = tuple(a.key for a in AREAS)
assert AREA_KEYS == CLI_AREA_KEYS, "companion.ui_keys and AREAS disagree"
