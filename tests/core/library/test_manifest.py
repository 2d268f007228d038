"""The manifest: valid ones load, broken or hostile ones fail with a clear message."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from companion.core.library.manifest import PackError, parse_manifest
from companion.core.library.service import sample_pack_dir
from tests.core.library.packs import file_entry, photobook_raw

BASE = photobook_raw({"en/p1.jpg": b"one", "en/p2.jpg": b"two"})


def test_sample_manifest_is_valid_and_marked_as_sample() -> None:
    m = parse_manifest((sample_pack_dir() / "manifest.json").read_bytes())
    assert m.sample and "SAMPLE" in m.title["en"] and "MFANO" in m.title["sw"]
    book = m.item("sample-photobook")
    assert book is not None and set(book.editions) == {"en", "sw"}
    assert len(book.editions["en"].captions) == len(book.editions["en"].files)
    assert all("SAMPLE" in c for c in book.editions["en"].captions)
    assert all("MFANO" in c for c in book.editions["sw"].captions)
    total = sum(p.stat().st_size for p in sample_pack_dir().rglob("*") if p.is_file())
    assert total < 2_000_000


def test_valid_manifest_loads() -> None:
    m = parse_manifest(json.dumps(BASE).encode())
    assert m.id == "test-pack" and len(m.files()) == 2
    assert m.items[0].edition("sw") is m.items[0].editions["en"]  # falls back to English


@pytest.mark.parametrize(
    ("mutate", "expected"),
    [
        (lambda r: r.pop("id"), "'id' is a required property"),
        (lambda r: r.update(format=2), "format"),
        (lambda r: r["items"][0].update(kind="poster"), "items/0/kind"),
        (
            lambda r: r["items"][0]["editions"]["en"]["files"][0].update(sha256="abc"),
            "items/0/editions/en/files/0/sha256",
        ),
        (lambda r: r["items"][0]["editions"]["en"]["files"][0].update(size=-1), "files/0/size"),
        (
            lambda r: r["items"][0]["editions"]["en"]["files"][0].update(path="../x"),
            "unsafe file path",
        ),
        (
            lambda r: r["items"][0]["editions"]["en"]["files"][0].update(path="/etc/x"),
            "unsafe file path",
        ),
        (lambda r: r["items"].append(copy.deepcopy(r["items"][0])), "twice"),
        (lambda r: r["items"][0].update(editions={}), "no language edition"),
        (lambda r: r["items"][0]["editions"].update({"EN!": {"files": []}}), "items/0/editions"),
    ],
)
def test_specific_problems_are_named(mutate: Any, expected: str) -> None:
    raw = copy.deepcopy(BASE)
    mutate(raw)
    with pytest.raises(PackError, match=None) as err:
        parse_manifest(json.dumps(raw).encode())
    assert expected in str(err.value)


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"{", "not valid JSON (line 1"),
        (b"\xff\xfe", "not UTF-8"),
        (b"[" * 100_000, "nested too deeply"),
    ],
)
def test_not_json(data: bytes, expected: str) -> None:
    with pytest.raises(PackError) as err:
        parse_manifest(data)
    assert expected in str(err.value)


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3)
    ),
    max_leaves=8,
)


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [prefix]
    if isinstance(value, dict):
        for k, v in value.items():
            out += _paths(v, (*prefix, k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            out += _paths(v, (*prefix, i))
    return out


@settings(max_examples=300, deadline=None)
@given(data=st.data(), replacement=JSON, action=st.sampled_from(["replace", "delete", "add"]))
def test_mutated_manifests_give_a_clear_error_never_a_crash(
    data: st.DataObject, replacement: Any, action: str
) -> None:
    raw = copy.deepcopy(BASE)
    paths = [p for p in _paths(raw) if p]
    where = data.draw(st.sampled_from(paths))
    parent: Any = raw
    for key in where[:-1]:
        parent = parent[key]
    last = where[-1]
    if action == "replace":
        parent[last] = replacement
    elif action == "delete":
        del parent[last]
    elif isinstance(parent, dict):
        parent[data.draw(st.text(min_size=1, max_size=6))] = replacement
    else:
        parent.append(replacement)
    try:
        m = parse_manifest(json.dumps(raw).encode())
    except PackError as exc:
        assert str(exc).startswith(("The pack", "Item", "This pack"))
        assert len(str(exc)) < 600
    else:
        assert m.id and m.items is not None


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=200))
def test_random_bytes_never_crash(data: bytes) -> None:
    try:
        parse_manifest(data)
    except PackError as exc:
        assert str(exc)


def test_file_entry_suffix_and_on_demand() -> None:
    raw = copy.deepcopy(BASE)
    raw["items"][0]["editions"]["en"]["files"].append(
        file_entry("v/film.MP4", b"x", on_demand=True)
    )
    m = parse_manifest(json.dumps(raw).encode())
    assert m.files()[-1].suffix == ".mp4"
    assert len(m.files(include_on_demand=False)) == 2


def test_a_newer_format_asks_for_an_update() -> None:
    raw = copy.deepcopy(BASE)
    raw["format"] = 2
    with pytest.raises(PackError, match="newer version of the app"):
        parse_manifest(json.dumps(raw).encode())
