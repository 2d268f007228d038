"""Typed settings, saved as JSON under the config directory.

A broken or partial file never stops the app: unknown keys are ignored, wrong
values fall back to their defaults, and an unreadable file is kept aside as
``settings.json.broken`` with a message for the user.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import types
import typing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple, TypeVar

from companion.core import jsonsafe
from companion.core.atomic import atomic_write_text, keep_broken_copy
from companion.core.errors import QT_TRANSLATE_NOOP, Message, Phrase

log = logging.getLogger(__name__)

SETTINGS_VERSION = 1


@dataclass
class GeneralSettings:
    #: UI language code ("en", "sw", "fr", "pt"); "" follows the system
    language: str = ""
    #: the address asked to tell online, offline and "sign in to this Wi-Fi" apart, and
    #: the answer it must give (companion/core/connectivity.py); "" turns the check off
    connectivity_check_url: str = "http://detectportal.firefox.com/success.txt"
    connectivity_check_expect: str = "success"
    connectivity_interval_s: int = 60


@dataclass
class EventSettings:
    #: URL of a newer event file; "" uses the shipped edition
    event_url: str = ""
    #: field-site clocks shown beside the countdown (IANA names)
    field_sites: list[str] = field(
        default_factory=lambda: [
            "Africa/Accra",
            "Africa/Dar_es_Salaam",
            "Indian/Antananarivo",
            "America/Manaus",
        ]
    )
    reminder_minutes: int = 15
    show_event_time: bool = False
    #: IANA zone for "local" times; "" follows the computer
    local_timezone: str = ""


@dataclass
class LiveSettings:
    mastodon_instances: list[str] = field(
        default_factory=lambda: [
            "https://mastodon.social",
            "https://mastodon.online",
            "https://mstdn.social",
        ]
    )
    bluesky_enabled: bool = True
    extra_tags: list[str] = field(default_factory=list)
    data_saver: bool = False
    muted_words: list[str] = field(default_factory=list)
    muted_accounts: list[str] = field(default_factory=list)


@dataclass
class ComposeSettings:
    #: language of new posts; "" follows the interface language
    default_language: str = ""
    autosave_interval_ms: int = 1500


@dataclass
class LibrarySettings:
    pack_url: str = ""
    only_unmetered: bool = False
    only_at_night: bool = False
    #: publishers whose signed packs install without asking: "<base64 Ed25519 key> <name>"
    #: (companion/core/library/signing.py). Sharing packs on the network is deliberately
    #: not a setting: it is off at every start and only switched on for the session.
    trusted_keys: list[str] = field(default_factory=list)


@dataclass
class Settings:
    version: int = SETTINGS_VERSION
    general: GeneralSettings = field(default_factory=GeneralSettings)
    event: EventSettings = field(default_factory=EventSettings)
    live: LiveSettings = field(default_factory=LiveSettings)
    compose: ComposeSettings = field(default_factory=ComposeSettings)
    library: LibrarySettings = field(default_factory=LibrarySettings)


class LoadResult(NamedTuple):
    settings: Settings
    #: a message for the user when the file was broken or partly invalid, else ""
    problem: str = ""
    #: where the broken file was kept, if it was moved aside
    kept_as: Path | None = None


T = TypeVar("T")


def _coerce(cls: type[T], raw: Any, where: str, problems: list[str]) -> T:
    """Build dataclass ``cls`` from ``raw``, keeping defaults for bad or missing values."""
    default = cls()
    if not isinstance(raw, dict):
        problems.append(f"{where or 'settings'}: expected an object")
        return default
    hints = typing.get_type_hints(cls)
    values: dict[str, Any] = {}
    for f in dataclasses.fields(cls):  # type: ignore[arg-type]
        if f.name not in raw:
            continue
        want = hints[f.name]
        value = raw[f.name]
        key = f"{where}.{f.name}" if where else f.name
        if dataclasses.is_dataclass(want):
            values[f.name] = _coerce(want, value, key, problems)  # type: ignore[arg-type]
        elif _matches(want, value):
            values[f.name] = value
        else:
            problems.append(f"{key}: invalid value {value!r}, using the default")
    return dataclasses.replace(default, **values)  # type: ignore[type-var]


def _matches(want: Any, value: Any) -> bool:
    origin = typing.get_origin(want)
    if origin is list:
        (item,) = typing.get_args(want)
        return isinstance(value, list) and all(_matches(item, v) for v in value)
    if origin in (typing.Union, types.UnionType):
        return any(_matches(a, value) for a in typing.get_args(want))
    if want is type(None):
        return value is None
    if want is bool:
        return isinstance(value, bool)
    if want is int:
        return isinstance(value, int) and not isinstance(value, bool)
    if want is float:
        return isinstance(value, int | float) and not isinstance(value, bool)
    return isinstance(value, want)


class SettingsStore:
    """Loads and saves :class:`Settings` at one path."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def load(self) -> LoadResult:
        if not self.path.exists():
            return LoadResult(Settings())
        try:
            raw = jsonsafe.loads(
                self.path.read_bytes(),
                what=Phrase(QT_TRANSLATE_NOOP("Errors", "The settings file")),
            )
        except (OSError, jsonsafe.JsonInputError) as exc:
            kept = self._keep_aside()
            msg = (
                Message(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "The settings file could not be read (%1). "
                        "Default settings are used; the old file was kept as %2.",
                    ),
                    args=(exc.__class__.__name__, kept.name),
                )
                if kept
                else Message(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "The settings file could not be read (%1). "
                        "Default settings are used; the old file was kept.",
                    ),
                    args=(exc.__class__.__name__,),
                )
            )
            log.warning("settings file %s unreadable: %s", self.path, exc)
            return LoadResult(Settings(), msg, kept)
        problems: list[str] = []
        settings = _coerce(Settings, raw, "", problems)
        if problems:
            kept = self._keep_aside(copy=True)
            log.warning("settings file %s partly invalid: %s", self.path, "; ".join(problems))
            msg = (
                Message(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "Some settings were invalid and were reset to their defaults: %1 "
                        "(the original was kept as %2).",
                    ),
                    args=("; ".join(problems[:5]), kept.name),
                )
                if kept
                else Message(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "Some settings were invalid and were reset to their defaults: %1.",
                    ),
                    args=("; ".join(problems[:5]),),
                )
            )
            return LoadResult(settings, msg, kept)
        return LoadResult(settings)

    def save(self, settings: Settings) -> None:
        text = json.dumps(dataclasses.asdict(settings), indent=2, ensure_ascii=False)
        atomic_write_text(self.path, text + "\n")

    def _keep_aside(self, *, copy: bool = False) -> Path | None:
        try:
            if copy:
                target = self.path.with_name(self.path.name + ".broken")
                n = 1
                while target.exists():
                    target = self.path.with_name(f"{self.path.name}.broken.{n}")
                    n += 1
                target.write_bytes(self.path.read_bytes())
                return target
            return keep_broken_copy(self.path)
        except OSError as exc:
            log.error("could not keep a copy of %s: %s", self.path, exc)
            return None
