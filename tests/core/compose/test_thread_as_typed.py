"""A text split into a thread is published as typed: the event hashtag a person wrote
inside a sentence stays where they wrote it (issue 13: "as typed")."""

from __future__ import annotations

import pytest

from companion.core.accounts.model import Network
from companion.core.compose.counting import Limits
from companion.core.compose.hashtag import ensure_hashtag
from companion.core.compose.threads import resplit, split_thread, strip_number

LONG = " ".join(["Farmers met the district team to talk about mercury-free processing."] * 8)


def words_of(parts: list[str]) -> list[str]:
    return " ".join(strip_number(p, i + 1, len(parts)) for i, p in enumerate(parts)).split()


@pytest.mark.parametrize("network", [Network.BLUESKY, Network.MASTODON])
def test_a_hashtag_inside_a_sentence_stays_where_it_was_typed(network: Network) -> None:
    typed = f"Day 2 of #shareASM in Geita: {LONG} {LONG}"
    text = ensure_hashtag(typed, "shareASM")  # already there: nothing added
    parts = split_thread(text, network, hashtag="shareASM")
    assert len(parts) > 1
    assert parts[0].startswith("Day 2 of #shareASM in Geita: ")
    assert words_of(parts) == typed.split()


def test_the_added_hashtag_still_closes_the_first_part() -> None:
    text = ensure_hashtag(f"Day 2 in Geita: {LONG}", "shareASM")
    parts = split_thread(text, Network.BLUESKY, hashtag="shareASM")
    assert len(parts) > 1 and parts[0].endswith(f" #shareASM 1/{len(parts)}")
    assert sum(p.count("#shareASM") for p in parts) == 1


def test_split_again_keeps_the_words_and_the_tag_closing_the_first_part() -> None:
    # a server refused part 1 as too long: the thread is split again, stricter
    text = ensure_hashtag(f"Day 2 of #ASM in Geita: {LONG}", "shareASM")
    old = split_thread(text, Network.MASTODON, hashtag="shareASM")
    strict = Limits.for_network(Network.MASTODON).strict(200)
    new = resplit(old, 0, len(old), Network.MASTODON, strict)
    assert len(new) > len(old)
    assert new[0].startswith("Day 2 of #ASM in Geita: ")
    assert new[0].endswith(f" #shareASM 1/{len(new)}")

    def typed(parts: list[str]) -> list[str]:
        return [w for w in words_of(parts) if w != "#shareASM"]

    assert typed(new) == typed(old) and words_of(new).count("#shareASM") == 1
