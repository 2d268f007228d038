"""Display names and handles from servers cannot flip the text shown next to them."""

from __future__ import annotations

from datetime import UTC, datetime

from hypothesis import given
from hypothesis import strategies as st

from companion.core.live.mastodon import parse_status
from companion.core.live.model import Author, Post, one_line

BIDI = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"


def test_override_in_a_display_name_is_removed() -> None:
    author = Author("\u202eliam.knab\u202c Official", "attacker@evil.example\u202e")
    assert author.name == "liam.knab Official"
    assert author.handle == "attacker@evil.example"


def test_line_breaks_and_controls_become_spaces() -> None:
    assert one_line("Amina\nMwangi\x00\u2028Geita") == "Amina Mwangi Geita"


def test_arabic_and_marks_are_kept() -> None:
    name = "عامل المنجم \u200f(RLM) 🇹🇿"
    assert one_line(name) == name


def test_reposted_by_is_cleaned() -> None:
    post = Post(
        uri="u",
        network="mastodon",
        author=Author("A", "a@x"),
        created_at=datetime(2026, 11, 27, tzinfo=UTC),
        html="",
        text="",
        reposted_by="\u202eevil@x",
    )
    assert post.reposted_by == "evil@x"


def test_parsed_status_has_a_clean_author() -> None:
    status = {
        "id": "1",
        "uri": "https://m.example/users/a/statuses/1",
        "created_at": "2026-11-27T10:00:00Z",
        "content": "<p>hi</p>",
        "account": {"acct": "a@m.example", "display_name": "\u202egnp.exe Amina"},
    }
    post = parse_status(status, "mastodon:https://m.example")
    assert post.author.name == "gnp.exe Amina"


@given(st.text())
def test_no_bidi_control_survives(text: str) -> None:
    out = one_line(text)
    assert not any(c in BIDI for c in out)
    assert "\n" not in out
