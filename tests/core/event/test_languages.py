"""Event texts in several languages: per-language name, description, notes, templates and
session texts, each falling back to the file's own language."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from companion.core.event.current import current_basics
from companion.core.event.model import EventFileError
from companion.core.event.parse import parse_event_bytes
from companion.core.event.store import shipped_event_path
from companion.core.paths import Paths
from companion.core.settings import Settings
from tests.core.event.helpers import event_bytes

SW = {
    "name": "Siku ya majaribio",
    "notes": ["Hakuna ratiba."],
    "sessions": {"a": {"title": "Kikao A"}},
}


def test_a_translation_replaces_what_it_has_and_falls_back_for_the_rest() -> None:
    event = parse_event_bytes(
        event_bytes(
            description="About the day",
            templates=["Hi #shareASM"],
            translations={"sw": SW, "pt": {"description": "Sobre o dia"}},
        )
    )
    sw = event.localized("sw")
    assert (sw.name, sw.notes, sw.description) == (
        "Siku ya majaribio",
        ("Hakuna ratiba.",),
        "About the day",
    )
    assert [s.title for s in sw.sessions] == ["Kikao A", "B"]
    assert sw.templates == ("Hi #shareASM",)
    pt = event.localized("pt-BR")  # a region falls back to its language
    assert (pt.name, pt.description) == ("Test day", "Sobre o dia")
    assert event.localized("de") is event
    assert event.languages == ("en", "sw", "pt")


def test_files_without_translations_stay_valid() -> None:
    event = parse_event_bytes(event_bytes())
    assert event.translations == () and event.language == "en"
    assert event.localized("sw") is event


@pytest.mark.parametrize(
    ("translations", "words"),
    [
        ({"Swahili": {"name": "x"}}, "translations"),
        ({"sw": {"title": "x"}}, "translations/sw"),
        ({"sw": {"sessions": {"zz": {"title": "x"}}}}, "'zz'"),
        ({"sw": {"name": "two\nlines"}}, "control character"),
    ],
)
def test_bad_translations_are_refused_clearly(translations: object, words: str) -> None:
    with pytest.raises(EventFileError) as info:
        parse_event_bytes(event_bytes(translations=translations))
    assert words in info.value.message


def test_the_2018_edition_speaks_swahili_french_and_portuguese() -> None:
    raw = json.loads(shipped_event_path().read_bytes())
    event = parse_event_bytes(shipped_event_path().read_bytes())
    assert set(event.languages) >= {"en", "sw", "fr", "pt"}
    for lang, word in (("sw", "uchimbaji"), ("fr", "artisanale"), ("pt", "mineração")):
        text = event.localized(lang)
        assert word in text.description and text.description != raw["description"]
        assert text.notes != event.notes and len(text.templates) == len(event.templates)


def test_composer_templates_follow_the_chosen_language(tmp_path: Path) -> None:
    paths = Paths.for_data_dir(tmp_path)
    settings = Settings()
    settings.general.language = "sw"
    assert "Ninashiriki" in current_basics(paths, settings).templates[0]
    assert "Joining" in current_basics(paths, settings, "en").templates[0]
