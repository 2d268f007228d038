"""RFC 8288 Link headers: the shapes real servers (and proxies) send."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from companion.core.clock import Clock
from companion.core.live.links import parse_link_header
from companion.core.live.mastodon import MastodonClient
from companion.core.net import HttpClient
from tests.support.fake_mastodon import FakeMastodon, status
from tests.support.httpserver import LoopbackServer

BASE = "https://m.example/api/v1/timelines/tag/shareASM?limit=40"


def test_mastodon_form() -> None:
    value = (
        '<https://m.example/api/v1/timelines/tag/shareASM?max_id=7>; rel="next", '
        '<https://m.example/api/v1/timelines/tag/shareASM?min_id=9>; rel="prev"'
    )
    links = parse_link_header(value, BASE)
    assert links["next"].endswith("max_id=7") and links["prev"].endswith("min_id=9")


def test_multiple_rels_quoted_params_relative_and_case() -> None:
    value = (
        '</api/v1/timelines/tag/shareASM?max_id=7>; title="older, see; more"; REL="next last", '
        "<?min_id=9&any[]=ASM>;rel=prev;rel=next, "
        '<https://m.example/x?a=1,2>; rel="alternate"; title="say \\"hi\\", then go"'
    )
    links = parse_link_header(value, BASE)
    assert links["next"] == "https://m.example/api/v1/timelines/tag/shareASM?max_id=7"
    assert links["last"] == links["next"]
    # only the first rel parameter of a link counts (RFC 8288 §3.3)
    assert links["prev"] == "https://m.example/api/v1/timelines/tag/shareASM?min_id=9&any[]=ASM"
    assert links["alternate"] == "https://m.example/x?a=1,2"


def test_garbage_gives_nothing() -> None:
    assert parse_link_header(None) == {}
    assert parse_link_header("") == {}
    assert parse_link_header('rel="next", <unclosed; rel="prev"') == {}


@given(st.text(alphabet='<>;,="\\ relnxtp/?:a1', max_size=80))
def test_never_raises(value: str) -> None:
    for rel, target in parse_link_header(value, BASE).items():
        assert rel and rel == rel.lower() and isinstance(target, str)


def test_polling_follows_a_relative_prev_with_quoted_params(loopback: LoopbackServer) -> None:
    fake = FakeMastodon(loopback)
    path = "/api/v1/timelines/tag/shareASM"
    # a server (or proxy) that writes relative targets, puts rel after a quoted title
    # holding ", <" and lists two relation types in one rel
    fake.link_format = lambda nxt, prev: (
        f'<{path}?{nxt.split("?")[1]}>; title="older, <not a link>"; rel="next", '
        f'<{path}?{prev.split("?")[1]}>; title="newer; see"; rel="prev previous"'
    )
    fake.add(*[status(f"a{n:03d}", minutes=n) for n in range(10)])
    client = MastodonClient(HttpClient(now=Clock().now), loopback.base_url)
    first = client.fetch_tag("shareASM")
    assert first.newest_id == "a009"
    fake.add(*[status(f"b{n:03d}", minutes=100 + n) for n in range(45)])
    page = client.fetch_tag("shareASM", min_id=first.newest_id)
    assert len(page.posts) == 45 and page.paged_requests == 2
    assert page.newest_id == "b044"
