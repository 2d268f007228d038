from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from companion.core.accounts.model import Network
from companion.core.compose.counting import (
    Limits,
    bluesky_facets,
    count,
    ensure_hashtag,
    graphemes,
    mastodon_length,
)
from companion.core.compose.threads import split_thread
from companion.core.compose.x_counting import x_intent_url, x_length

VECTORS = json.loads(
    (Path(__file__).parent / "twitter_text_validate_subset.json").read_text("utf-8")
)


@pytest.mark.parametrize("vector", VECTORS["vectors"], ids=lambda v: v["description"][:40])
def test_x_conformance(vector: dict[str, object]) -> None:
    assert x_length(str(vector["text"])) == vector["expected"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hello", 5),
        ("Habari za asubuhi, wachimbaji!", 30),
        ("Ação é coração", 14),
        ("Élève à l'école", 15),
        ("e\u0301", 1),  # decomposed accent: one grapheme
        ("👩🏽‍🌾", 1),
        ("🇹🇿🇬🇭🇲🇬", 3),
        ("👨‍👩‍👧‍👦", 1),
        ("矿工", 2),
    ],
)
def test_graphemes(text: str, expected: int) -> None:
    assert graphemes(text) == expected


@pytest.mark.parametrize("url", ["http://a.co", "https://iied.org/" + "x" * 200, "https://t.co/x"])
def test_mastodon_urls_are_23(url: str) -> None:
    assert mastodon_length(f"see {url}") == 4 + 23
    assert mastodon_length(f"see {url}.") == 4 + 23 + 1  # trailing dot outside


def test_mastodon_mentions_and_cw() -> None:
    assert mastodon_length("@amina@mastodon.social hi") == len("@amina hi")
    assert mastodon_length("hi", spoiler="CW: mining") == 2 + 10
    assert count(Network.MASTODON, "x" * 501).fits is False
    limits = Limits.for_network(
        Network.MASTODON, {"max_characters": 1000, "characters_reserved_per_url": 30}
    )
    assert count(Network.MASTODON, "x" * 999 + "", limits=limits).fits
    assert mastodon_length("https://a.co", url_weight=30) == 30


def test_bluesky_graphemes_and_bytes() -> None:
    assert count(Network.BLUESKY, "a" * 300).fits
    assert not count(Network.BLUESKY, "a" * 301).fits
    # 300 graphemes but far more than 3000 bytes: each family emoji is 25 bytes
    family = "👨‍👩‍👧‍👦"
    c = count(Network.BLUESKY, family * 150)
    assert c.length == 150 and c.size_bytes == 150 * 25 and not c.fits
    # exactly 3000 bytes fits; 3001 does not (with 3-byte CJK)
    assert count(Network.BLUESKY, "矿" * 100).size_bytes == 300
    edge = "é" * 150  # 300 bytes
    assert count(Network.BLUESKY, edge).fits
    assert count(Network.BLUESKY, "https://example.org/" + "a" * 290).length == 310


def test_facets_after_emoji_are_byte_offsets() -> None:
    text = "👩🏽‍🌾 Geita! #shareASM, https://iied.org/asm. #ASM2026."
    facets = bluesky_facets(text)
    data = text.encode()
    got = [data[f["index"]["byteStart"] : f["index"]["byteEnd"]].decode() for f in facets]
    assert got == ["#shareASM", "https://iied.org/asm", "#ASM2026"]
    assert facets[0]["features"][0] == {"$type": "app.bsky.richtext.facet#tag", "tag": "shareASM"}


def test_facets_do_not_overlap_and_skip_numbers() -> None:
    facets = bluesky_facets("https://x.org/#frag #123 #ok")
    spans = [(f["index"]["byteStart"], f["index"]["byteEnd"]) for f in facets]
    assert len(facets) == 2
    assert spans[0][1] <= spans[1][0]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hello", "Hello\n\n#shareASM"),
        ("Habari kutoka Geita#shareASM", "Habari kutoka Geita\n\n#shareASM"),
        ("Habari kutoka Geita#shareASM #shareASM", "Habari kutoka Geita #shareASM"),
        ("Hello #ShareAsm", "Hello #ShareAsm"),
        ("#shareASM hi #SHAREASM", "#shareASM hi"),
        ("", "#shareASM"),
        ("About #shareASMday", "About #shareASMday\n\n#shareASM"),
    ],
)
def test_ensure_hashtag(text: str, expected: str) -> None:
    assert ensure_hashtag(text, "shareASM") == expected


@given(st.text(max_size=400))
@settings(max_examples=60, deadline=None)
def test_ensure_hashtag_exactly_once(text: str) -> None:
    import regex

    out = ensure_hashtag(text, "shareASM")
    assert len(regex.findall(r"(?<![\w#])#shareasm(?!\w)", out, regex.I)) == 1
    assert ensure_hashtag(out, "shareASM") == out


def test_split_keeps_space_between_sentences() -> None:
    text = "First sentence here. " * 30
    parts = split_thread(text, Network.BLUESKY)
    assert len(parts) > 1
    assert all("here.First" not in p for p in parts)


x_tokens = st.sampled_from(
    [
        "word",
        "Ação",
        "👩🏽‍🌾",
        "👨‍👩‍👧‍👦",
        "🇹🇿",
        "https://iied.org/a.",
        "test.com",
        "矿工",
        "e\u0301",
        ".",
        "!",
        "?",
        " ",
        "  ",
        "\n",
        "\n\n",
        "@amina",
        "#shareASM",
        "x" * 30,
        "\u2003",
        "é",
        "(",
        ")",
        "ação.com",
        "www.iied.org",
        "t.co/x",
    ]
)


@given(st.lists(x_tokens, max_size=200))
@settings(max_examples=400, deadline=None)
def test_x_length_by_pieces_equals_whole(tokens: list[str]) -> None:
    from companion.core.compose.x_counting import x_length_whole

    text = "".join(tokens)
    assert x_length(text) == x_length_whole(text)


def test_x_intent() -> None:
    assert (
        x_intent_url("Hi #shareASM & more")
        == "https://x.com/intent/post?text=Hi%20%23shareASM%20%26%20more"
    )


words = st.lists(
    st.sampled_from(
        [
            "mining",
            "Geita",
            "wachimbaji",
            "ação",
            "👩🏽‍🌾",
            "https://iied.org/a",
            "dialogue.",
            "矿工",
            "x" * 40,
        ]
    ),
    min_size=1,
    max_size=120,
)


@given(words, st.sampled_from([Network.MASTODON, Network.BLUESKY, Network.X]))
@settings(max_examples=60, deadline=None)
def test_split_parts_fit_and_keep_words(ws: list[str], network: Network) -> None:
    text = " ".join(ws)
    parts = split_thread(text, network, hashtag="shareASM")
    limits = Limits.for_network(network)
    for part in parts:
        assert count(network, part, limits=limits).fits
    if len(parts) > 1:
        assert all(p.endswith(f" {i + 1}/{len(parts)}") for i, p in enumerate(parts))
        rebuilt = " ".join(p.rsplit(" ", 1)[0] for p in parts).split()
        assert rebuilt == text.split()


def test_mastodon_mentions_follow_its_extractor() -> None:
    # Mastodon's Account::MENTION_RE + Extractor (app/models/account.rb,
    # app/lib/extractor.rb): ASCII usernames; a match followed by a Latin accent,
    # "@" or "://" is no mention at all; "=" or "/" before "@" is no mention
    assert mastodon_length("@amina@mining.example.org hi") == len("@amina hi")
    assert mastodon_length("@josé@mining.example.org") == len("@josé@mining.example.org")
    assert mastodon_length("a=@amina@example.org") == len("a=@amina@example.org")
    assert mastodon_length("see /@amina@example.org") == len("see /@amina@example.org")
    assert mastodon_length("@amina://example.org") == len("@amina://example.org")
    assert mastodon_length("@kofi_b@gh.example.com, @ama") == len("@kofi_b, @ama")


count_tokens = st.sampled_from(
    [
        "word ",
        "Ação ",
        "👩🏽‍🌾",
        "🇹🇿",
        "https://iied.org/a(b). ",
        "@amina@mastodon.social ",
        "@josé@x.org",
        "e\u0301",
        " \u0301",
        "\r\n",
        "\n",
        ". ",
        "! ",
        "\u200d",
        "\x1c",
        "\u3000",
        "\u00a0",
        "#shareASM ",
        "x" * 120,
        "a",
        "1",
    ]
)


@given(st.lists(count_tokens, min_size=40, max_size=400))
@settings(max_examples=200, deadline=None)
def test_counting_by_chunks_equals_whole(tokens: list[str]) -> None:
    """Issue 19: long drafts are counted chunk by chunk with a cache; every rule must
    give what it gives on the whole text, and the X cut points must be the reference's."""
    from companion.core.compose.counting import (
        graphemes,
        graphemes_fast,
        mastodon_length,
        mastodon_length_fast,
    )
    from companion.core.compose.x_counting import _X_PIECES, x_pieces

    text = "".join(tokens)
    assert graphemes_fast(text) == graphemes(text)
    assert mastodon_length_fast(text, "CW 👩🏽‍🌾") == mastodon_length(text, "CW 👩🏽‍🌾")
    assert x_pieces(text) == _X_PIECES.split(text)


def test_counting_a_long_draft_as_it_is_typed_matches_the_whole() -> None:
    from companion.core.compose.counting import count, graphemes, mastodon_length

    draft = (
        "Habari za asubuhi kutoka Geita! 👩🏽‍🌾 Ação e coração https://www.iied.org/asm "
        "et @amina@mastodon.social 👨‍👩‍👧‍👦. "
    ) * 30
    for end in range(2000, len(draft), 37):
        text = draft[:end]
        assert count(Network.MASTODON, text).length == mastodon_length(text)
        assert count(Network.BLUESKY, text, with_facets=False).length == graphemes(text)
