from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from companion.core.event.format import MAX_FILE_BYTES
from companion.core.event.model import Event, EventFileError
from companion.core.event.parse import parse_event, parse_event_bytes
from companion.core.event.store import sample_event_path, shipped_event_path
from tests.core.event.helpers import BASE, event_bytes, event_dict


def test_shipped_edition_is_the_real_2018_day() -> None:
    event = parse_event_bytes(shipped_event_path().read_bytes())
    assert event.hashtag == "shareASM"
    assert event.timezone == "Europe/London"
    # 15 March 2018 is before the UK switch to BST: the whole day is 00:00–24:00 UTC
    assert event.start == datetime(2018, 3, 15, tzinfo=UTC)
    assert event.end == datetime(2018, 3, 16, tzinfo=UTC)
    assert event.sessions == ()  # no invented timed sessions
    assert not event.sample
    assert [e.start.isoformat()[:7] for e in event.past_editions][-1] == "2017-02"
    assert event.link("newsletter") is not None
    for word in ("Ghana", "Tanzania", "Madagascar", "Amazon"):
        assert word in event.description


def test_sample_programme_is_labelled() -> None:
    event = parse_event_bytes(sample_event_path().read_bytes())
    assert event.sample
    assert "SAMPLE" in event.name
    assert len(event.sessions) >= 3


def test_local_times_use_the_event_zone_and_explicit_offsets() -> None:
    raw = event_dict(
        timezone="Africa/Dar_es_Salaam",
        start="2018-06-01T09:00",
        end="2018-06-01T17:00:00+03:00",
        sessions=[],
    )
    event = parse_event(raw)
    assert event.start == datetime(2018, 6, 1, 6, tzinfo=UTC)
    assert event.end == datetime(2018, 6, 1, 14, tzinfo=UTC)


def test_sessions_are_sorted_by_start() -> None:
    sessions = list(reversed(BASE["sessions"]))
    event = parse_event(event_dict(sessions=sessions))
    assert [s.id for s in event.sessions] == ["a", "b"]


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"\xff\xfe\x00", "UTF-8"),
        (b"{", "not valid JSON"),
        (b"[" * 100_000 + b"]" * 100_000, "JSON"),
        (b"[]", "JSON object"),
        (json.dumps({"format": "other"}).encode(), "not a shareASM event file"),
        (event_bytes(version=99), "version 99"),
        (event_bytes(timezone="Mars/Olympus"), "Unknown time zone"),
        (event_bytes(start="2018-03-17T00:00"), "ends before it starts"),
        (event_bytes(start=12), "start"),
        (event_bytes(hashtag="two words"), "hashtag"),
        (event_bytes(name=""), "name"),
        (event_bytes(start="2018-02-30T00:00"), "start"),
        (
            event_bytes(links=[{"kind": "x", "title": "t", "url": "javascript:alert(1)"}]),
            "links",
        ),
        (  # shows iied.org, opens evil.example
            event_bytes(
                links=[{"kind": "x", "title": "t", "url": "https://iied.org@evil.example/"}]
            ),
            "links",
        ),
        (
            event_bytes(
                links=[{"kind": "x", "title": "t", "url": "https://evil.example\\@iied.org/"}]
            ),
            "links",
        ),
        (
            event_bytes(
                sessions=[
                    {
                        "id": "a",
                        "start": "2018-03-15T08:00",
                        "end": "2018-03-15T09:00",
                        "title": "A",
                    },
                    {
                        "id": "a",
                        "start": "2018-03-15T10:00",
                        "end": "2018-03-15T11:00",
                        "title": "B",
                    },
                ]
            ),
            "share the id",
        ),
        (
            event_bytes(
                sessions=[
                    {
                        "id": "a",
                        "start": "2018-03-15T09:00",
                        "end": "2018-03-15T08:00",
                        "title": "A",
                    }
                ]
            ),
            "ends before it starts",
        ),
        (event_bytes(past_editions=[{"name": "x", "date": "2017-13-01"}]), "past_editions/0"),
        (b" " * (MAX_FILE_BYTES + 1), "too large"),
    ],
)
def test_bad_files_give_a_clear_typed_error(data: bytes, words: str) -> None:
    with pytest.raises(EventFileError) as info:
        parse_event_bytes(data)
    assert words in info.value.message


def test_too_many_sessions_are_refused() -> None:
    sessions = [
        {"id": f"s{i}", "start": "2018-03-15T08:00", "end": "2018-03-15T09:00", "title": "x"}
        for i in range(301)
    ]
    with pytest.raises(EventFileError, match="sessions"):
        parse_event(event_dict(sessions=sessions))


# --------------------------------------------------------------------------- properties
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30),
    lambda children: (
        st.lists(children, max_size=5) | st.dictionaries(st.text(max_size=12), children, max_size=5)
    ),
    max_leaves=30,
)


def _check(outcome: Any) -> None:
    assert isinstance(outcome, Event)
    assert outcome.start < outcome.end
    assert outcome.start.tzinfo is not None
    for s in outcome.sessions:
        assert s.start < s.end


@given(json_values)
@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow])
def test_random_json_is_an_event_or_a_typed_error(value: Any) -> None:
    try:
        _check(parse_event(value))
    except EventFileError:
        pass


keys = st.sampled_from(
    [
        "format",
        "version",
        "id",
        "name",
        "hashtag",
        "timezone",
        "start",
        "end",
        "sessions",
        "links",
        "organiser",
        "next_edition",
        "past_editions",
        "all_day",
        "templates",
    ]
)


@given(keys, json_values)
@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
def test_mutated_fields_are_an_event_or_a_typed_error(key: str, value: Any) -> None:
    raw = event_dict()
    raw[key] = value
    try:
        _check(parse_event(raw))
    except EventFileError:
        pass


session_keys = st.sampled_from(["id", "start", "end", "title", "link", "language", "platform"])


@given(session_keys, json_values | st.text(max_size=40))
@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow])
def test_mutated_sessions_are_an_event_or_a_typed_error(key: str, value: Any) -> None:
    raw = event_dict()
    raw["sessions"][0][key] = value
    try:
        _check(parse_event(raw))
    except EventFileError:
        pass


@given(st.data())
@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow])
def test_byte_mutations_of_the_shipped_file_never_crash(data: st.DataObject) -> None:
    raw = bytearray(shipped_event_path().read_bytes())
    for _ in range(data.draw(st.integers(1, 8))):
        i = data.draw(st.integers(0, len(raw) - 1))
        raw[i] = data.draw(st.integers(0, 255))
    try:
        _check(parse_event_bytes(bytes(raw)))
    except EventFileError:
        pass


@given(
    st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(2200, 1, 1)).map(
        lambda d: d.isoformat(timespec="seconds")
    ),
    st.sampled_from(
        [
            "Etc/GMT+12",
            "Pacific/Kiritimati",
            "Europe/London",
            "America/Santiago",
            "Australia/Lord_Howe",
            "Asia/Kathmandu",
        ]
    ),
)
def test_any_wall_time_in_any_zone_parses(start: str, zone: str) -> None:
    raw = event_dict(timezone=zone, start=start, end="2300-01-01T00:00", sessions=[])
    event = parse_event(raw)
    assert event.start < event.end
