from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given

from companion.core.accounts.model import Account, AccountRepository, Network
from companion.core.accounts.session import SessionManager
from companion.core.errors import NeedsLoginError
from companion.core.live.model import ParseError
from companion.core.live.sources import XSource, build_sources, poll_safely
from companion.core.live.x import XClient, parse_search
from companion.core.services import CoreServices
from tests.core.live.test_fuzz import json_values
from tests.support.fake_mastodon import T0
from tests.support.httpserver import LoopbackServer, Reply, Request

REPLY: dict[str, Any] = {
    "data": [
        {"id": "1862000000000000002", "text": "Panel now #shareASM", "author_id": "9",
         "created_at": "2026-11-26T09:05:00.000Z", "lang": "en",
         "entities": {"hashtags": [{"tag": "shareASM"}],
                      "urls": [{"expanded_url": "https://iied.org/asm"}]},
         "attachments": {"media_keys": ["3_1"]}},
        {"id": "1862000000000000001", "text": "earlier", "author_id": "404",
         "created_at": "2026-11-26T09:00:00.000Z"},
    ],
    "includes": {
        "users": [{"id": "9", "name": "IIED", "username": "iied",
                   "profile_image_url": "https://pbs.twimg.com/a.jpg"}],
        "media": [{"media_key": "3_1", "type": "photo", "url": "https://pbs.twimg.com/m.jpg",
                   "alt_text": "Gold pan"}],
    },
    "meta": {"newest_id": "1862000000000000002", "result_count": 2},
}  # fmt: skip


def test_parse() -> None:
    posts, newest = parse_search(REPLY)
    assert newest == "1862000000000000002"
    assert posts[0].url == "https://x.com/iied/status/1862000000000000002"
    assert posts[0].media[0].alt == "Gold pan" and posts[0].links == ("https://iied.org/asm",)
    assert posts[1].author.handle == "i"  # unknown author: still shown
    with pytest.raises(ParseError):
        parse_search({"data": "x"})


@given(json_values)
def test_fuzz(value: object) -> None:
    try:
        parse_search(value)
        parse_search({"data": [value], "includes": {"users": [value]}})
    except ParseError:
        pass


def test_only_with_credentials_and_since_id(core: CoreServices, loopback: LoopbackServer) -> None:
    seen: list[Request] = []

    def search(req: Request) -> Reply:
        seen.append(req)
        if req.header("Authorization") != "Bearer xtok":
            return Reply.json({"title": "Unauthorized"}, 401)
        return Reply.json(
            REPLY, headers={"x-rate-limit-remaining": "59", "x-rate-limit-reset": "1795000000"}
        )

    loopback.route("GET", "/2/tweets/search/recent", search)
    repo = AccountRepository(core.db)
    session = SessionManager(repo, core.credentials, core.http)
    assert build_sources(core.http, ["shareASM"], [("x", "")], repo, session) == []
    acc = Account(Account.new_id(), Network.X, loopback.base_url, "iied")
    repo.save(acc)
    core.credentials.set(acc.id, json.dumps({"bearer_token": "xtok"}))
    (src,) = build_sources(core.http, ["shareASM", "ASM"], [("x", "")], repo, session)
    assert isinstance(src, XSource)
    result = poll_safely(src, T0)
    assert not isinstance(result, Exception) and len(result.posts) == 2
    # AND binds before OR in X queries: the OR group needs parentheses
    assert seen[-1].arg("query") == "(#shareASM OR #ASM) -is:retweet"
    poll_safely(src, T0)
    assert seen[-1].arg("since_id") == "1862000000000000002"
    core.credentials.set(acc.id, json.dumps({"bearer_token": "revoked"}))
    with pytest.raises(NeedsLoginError):
        XClient(core.http, {"Authorization": "Bearer revoked"}, loopback.base_url).search(
            ["shareASM"]
        )


def test_single_tag_query_and_hash_not_doubled(
    loopback: LoopbackServer, core: CoreServices
) -> None:
    seen: list[Request] = []

    def search(req: Request) -> Reply:
        seen.append(req)
        return Reply.json({"meta": {"result_count": 0}})

    loopback.route("GET", "/2/tweets/search/recent", search)
    posts, newest, _ = XClient(core.http, {}, loopback.base_url).search(["#shareASM"])
    assert posts == [] and newest == ""
    assert seen[-1].arg("query") == "#shareASM -is:retweet"


def test_burst_is_paged_with_next_token(loopback: LoopbackServer, core: CoreServices) -> None:
    # recent search answers newest first, max_results per page, meta.next_token while
    # more match (docs.x.com GET /2/tweets/search/recent)
    ids = [str(1862000000000000000 + n) for n in range(130)]  # oldest first
    seen: list[Request] = []

    def search(req: Request) -> Reply:
        seen.append(req)
        since = req.arg("since_id")
        newer = [i for i in reversed(ids) if not since or int(i) > int(since)]
        start = int(req.arg("pagination_token") or 0)
        size = int(req.arg("max_results") or 10)
        page = newer[start : start + size]
        meta: dict[str, Any] = {"result_count": len(page)}
        if page:
            meta["newest_id"], meta["oldest_id"] = page[0], page[-1]
        if start + size < len(newer):
            meta["next_token"] = str(start + size)
        data = [{"id": i, "text": "#shareASM", "created_at": "2026-11-26T09:00:00.000Z"}
                for i in page]  # fmt: skip
        return Reply.json({"data": data, "meta": meta} if data else {"meta": meta})

    loopback.route("GET", "/2/tweets/search/recent", search)
    client = XClient(core.http, {}, loopback.base_url)
    posts, newest, _ = client.search(["shareASM"], since_id=ids[9])
    assert len(posts) == 120 and newest == ids[-1]
    assert [r.arg("pagination_token") for r in seen] == [None, "50", "100"]
    first, newest_first, _ = XClient(core.http, {}, loopback.base_url).search(["shareASM"])
    assert len(first) == 50 and newest_first == ids[-1] and len(seen) == 4  # no paging


def test_since_id_older_than_a_week_starts_again(
    loopback: LoopbackServer, core: CoreServices
) -> None:
    seen: list[Request] = []

    def search(req: Request) -> Reply:
        seen.append(req)
        if req.arg("since_id"):
            return Reply.json(
                {"errors": [{"parameters": {"since_id": [req.arg("since_id")]},
                             "message": "Invalid 'since_id':'1'. 'since_id' must be a tweet "
                                        "id created after 2026-11-20T00:00Z."}],
                 "title": "Invalid Request", "type": "https://api.twitter.com/2/problems/invalid-request"},
                400,
            )  # fmt: skip
        return Reply.json(REPLY)

    loopback.route("GET", "/2/tweets/search/recent", search)
    posts, newest, _ = XClient(core.http, {}, loopback.base_url).search(["shareASM"], "1")
    assert len(posts) == 2 and newest == "1862000000000000002"
    assert [r.arg("since_id") for r in seen] == ["1", None]
