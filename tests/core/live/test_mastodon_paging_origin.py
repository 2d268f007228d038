"""A rel="prev" link to another host never receives the login token."""

from __future__ import annotations

from companion.core.clock import Clock
from companion.core.live.mastodon import MastodonClient
from companion.core.net import HttpClient
from tests.support.fake_mastodon import status
from tests.support.httpserver import LoopbackServer, Reply, Request


def test_prev_link_to_another_host_is_not_followed(loopback: LoopbackServer) -> None:
    with LoopbackServer() as elsewhere:
        base = loopback.base_url
        # passes a prefix test: "http://127.0.0.1:P1@127.0.0.1:P2/..." starts with base
        trick = base + "@" + elsewhere.base_url.split("://", 1)[1]

        def tag(req: Request) -> Reply:
            page = [status(f"01JDR{n:021d}", minutes=100 + n) for n in range(40)]
            link = f'<{trick}/api/v1/timelines/tag/shareASM?min_id=01JDR9>; rel="prev"'
            return Reply.json(page, headers={"Link": link})

        loopback.route("GET", "/api/v1/timelines/tag/shareASM", tag)
        elsewhere.route("GET", "/api/v1/timelines/tag/shareASM", lambda req: Reply.json([]))
        client = MastodonClient(
            HttpClient(now=Clock().now), base, {"Authorization": "Bearer secret-token"}
        )
        client.fetch_tag("shareASM", min_id="01JDQ0")
        assert elsewhere.requests == []
