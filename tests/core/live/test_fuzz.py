"""Random and mutated payloads: only each parser's own typed error may escape."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from companion.core.live.bluesky import parse_post, parse_search
from companion.core.live.mastodon import parse_instance, parse_status, parse_statuses
from companion.core.live.model import ParseError, Post
from companion.core.live.sse import SseEvent, decode_event
from tests.support.fake_bluesky import bsky_post
from tests.support.fake_mastodon import status

# any code point, lone surrogates included (JSON can carry "\ud800")
any_text = st.text(st.characters(blacklist_categories=()), max_size=30)
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | any_text,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4)
    ),
    max_leaves=20,
)


def mutate(base: Any, data: st.DataObject) -> Any:
    """Replace, delete or retype a random field at a random depth."""
    doc = copy.deepcopy(base)
    for _ in range(data.draw(st.integers(1, 4))):
        node = doc
        while isinstance(node, dict) and node:
            key = data.draw(st.sampled_from(sorted(node, key=str)))
            child = node[key]
            if isinstance(child, dict | list) and data.draw(st.booleans()):
                if isinstance(child, list):
                    if not child:
                        break
                    node = child[0] if isinstance(child[0], dict) else node
                    if node is not child[0]:
                        break
                    continue
                node = child
                continue
            if data.draw(st.booleans()):
                del node[key]
            else:
                node[key] = data.draw(json_values)
            break
    return doc


MASTODON = status(
    "1",
    content="<p>x</p>",
    media_attachments=[{"type": "image", "url": "https://x/i", "description": "alt"}],
    reblog=status("2"),
)
BLUESKY = bsky_post(
    "r",
    embed={"$type": "app.bsky.embed.images#view", "images": [{"thumb": "https://t", "alt": "a"}]},
)


def _only_parse_error(fn: Any, value: Any) -> None:
    try:
        fn(value)
    except ParseError:
        pass


@settings(max_examples=150)
@given(st.data())
def test_mutated_mastodon_status(data: st.DataObject) -> None:
    doc = mutate(MASTODON, data)
    _only_parse_error(parse_status, doc)
    _only_parse_error(parse_statuses, [doc, doc])


@settings(max_examples=150)
@given(st.data())
def test_mutated_bluesky_post(data: st.DataObject) -> None:
    doc = mutate(BLUESKY, data)
    _only_parse_error(parse_post, doc)
    _only_parse_error(parse_search, {"posts": [doc]})


@given(json_values)
def test_random_values_everywhere(value: Any) -> None:
    for fn in (parse_status, parse_statuses, parse_instance, parse_post, parse_search):
        _only_parse_error(fn, value)
    _only_parse_error(Post.from_json, value if isinstance(value, dict) else {"x": value})


@given(st.sampled_from(["update", "status.update", "delete", "other"]), st.text(max_size=200))
def test_random_stream_events(kind: str, data: str) -> None:
    try:
        decode_event(SseEvent(kind, data), "s")
    except ParseError:
        pass


def test_lone_surrogates_become_replacement_characters() -> None:
    import json

    raw = json.loads(
        '{"id": "1", "uri": "https://x/1", "created_at": "2026-11-26T09:00:00Z",'
        ' "content": "<p>a\\ud800b</p>", "account": {"display_name": "\\udfff"}}'
    )
    p = parse_status(raw)
    assert p.text == "a\ufffdb" and p.author.name == "\ufffd"
    b = parse_post(dict(BLUESKY, record=dict(BLUESKY["record"], text="hi \ud800")))
    assert b.text == "hi \ufffd"


def test_round_trip_of_a_real_post() -> None:
    p = parse_status(MASTODON, "src")
    assert Post.from_json(p.to_json()) == p
    with pytest.raises(ParseError):
        Post.from_json({"uri": "x"})
