"""Posting to Bluesky: mentions and bare-domain links as the official client makes
them, links to sent posts, inactive accounts (issue 13, items 15, 17 and 18)."""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from companion.core.accounts.model import Account, AccountRepository, AccountState, Network
from companion.core.accounts.session import SessionManager
from companion.core.compose.outbox import State
from companion.core.compose.richtext import detect_facets, find_bare_links, find_mentions
from tests.core.compose.test_sender import Env
from tests.support.fake_bluesky import FakeBluesky
from tests.support.httpserver import LoopbackServer, Reply, Request

DIDS = {"amina.bsky.social": "did:plc:amina", "kofi.test": "did:plc:kofi"}


def resolve(handle: str) -> str | None:
    return DIDS.get(handle)


def spans(text: str, facets: list[dict[str, Any]]) -> list[tuple[str, str]]:
    data = text.encode()
    out = []
    for f in facets:
        i = f["index"]
        feature = f["features"][0]
        value = feature.get("did") or feature.get("uri") or feature.get("tag")
        out.append((data[i["byteStart"] : i["byteEnd"]].decode(), value))
    return out


# ------------------------------------------------------------------ detection rules
def test_mention_after_emoji_uses_utf8_byte_offsets() -> None:
    text = "🌍 Merci @amina.bsky.social!"
    facets = detect_facets(text, resolve)
    assert spans(text, facets) == [("@amina.bsky.social", "did:plc:amina")]
    assert facets[0]["index"] == {"byteStart": 11, "byteEnd": 29}
    assert facets[0]["features"][0]["$type"] == "app.bsky.richtext.facet#mention"


def test_unresolvable_or_unlikely_handles_stay_plain() -> None:
    text = "@nobody.bsky.social @amina x@amina.bsky.social mail bob@example.org @file.txt"
    assert detect_facets(text, resolve) == []
    # what the official client takes for a handle: a known TLD or .test
    assert [h for _, _, h in find_mentions(text)] == ["nobody.bsky.social"]


def test_handle_ends_at_an_ascii_word_boundary() -> None:
    text = "(@kofi.test) and @amina.bsky.social."
    assert spans(text, detect_facets(text, resolve)) == [
        ("@kofi.test", "did:plc:kofi"),
        ("@amina.bsky.social", "did:plc:amina"),
    ]


@pytest.mark.parametrize(
    ("text", "links"),
    [
        ("See example.org/asm today", [("example.org/asm", "https://example.org/asm")]),
        ("Report: www.iied.org.", [("www.iied.org", "https://www.iied.org")]),
        ("(at iied.org/asm)", [("iied.org/asm", "https://iied.org/asm")]),
        ("wiki en.wikipedia.org/wiki/X_(y)", [
            ("en.wikipedia.org/wiki/X_(y)", "https://en.wikipedia.org/wiki/X_(y)")
        ]),
        ("Start\nwww.iied.org, then", [("www.iied.org", "https://www.iied.org")]),
        ("e.g. this, file.txt, node.js, v1.2, my-site.org, x.iied.org", [
            ("x.iied.org", "https://x.iied.org")
        ]),
        ("WWW.IIED.ORG is not linked by the official client", []),
        ("mail bob@example.org", []),
    ],
)  # fmt: skip
def test_bare_domains_are_linked_like_the_official_client(
    text: str, links: list[tuple[str, str]]
) -> None:
    assert spans(text, detect_facets(text, resolve)) == links
    assert [(text[s:e], u) for s, e, u in find_bare_links(text)] == links


def test_links_with_scheme_tags_and_mentions_together_do_not_overlap() -> None:
    text = "Hi @amina.bsky.social, see https://iied.org/asm and ¡iied.org! #shareASM"
    got = spans(text, detect_facets(text, resolve))
    assert got == [
        ("@amina.bsky.social", "did:plc:amina"),
        ("https://iied.org/asm", "https://iied.org/asm"),
        ("#shareASM", "shareASM"),
    ]


# ------------------------------------------------------------------ against the PDS
@dataclass
class Pds(FakeBluesky):
    """The PDS also resolves handles and knows when the account went inactive."""

    handles: dict[str, str] = field(default_factory=lambda: dict(DIDS))
    resolve_calls: list[str] = field(default_factory=list)
    #: "deactivated" / "takendown": the auth verifier refuses every call (401)
    became: str = ""

    def install(self) -> None:
        super().install()
        self.srv.route("GET", "/xrpc/com.atproto.identity.resolveHandle", self._resolve)

    def _authed(self, req: Request) -> Reply | None:
        if self.became == "deactivated":
            return Reply.json(
                {"error": "AccountDeactivated", "message": "Account is deactivated"}, 401
            )
        if self.became == "takendown":
            return Reply.json(
                {"error": "AccountTakedown", "message": "Account has been taken down"}, 401
            )
        return super()._authed(req)

    def _resolve(self, req: Request) -> Reply:
        handle = req.arg("handle") or ""
        self.resolve_calls.append(handle)
        if req.header("Authorization"):
            return Reply.json({"error": "unexpected login"}, 500)
        if handle not in self.handles:
            return Reply.json(
                {"error": "InvalidRequest", "message": "Unable to resolve handle"}, 400
            )
        return Reply.json({"did": self.handles[handle]})


@pytest.fixture
def env(tmp_path: Path) -> Iterator[Env]:
    e = Env(tmp_path)
    yield e
    e.db.close()


@pytest.fixture
def pds(loopback: LoopbackServer, env: Env) -> Pds:
    loopback.clock = lambda: env.clock
    fake = Pds(loopback)
    fake.install()
    return fake


def account(env: Env, pds: Pds) -> Account:
    acc = Account(
        Account.new_id(),
        Network.BLUESKY,
        pds.srv.base_url,
        "@me.bsky.social",  # as the app stores Bluesky handles
        info={"did": pds.did},
    )
    AccountRepository(env.db).save(acc)
    env.creds.set(acc.id, json.dumps({"accessJwt": pds.token, "refreshJwt": "r"}))
    return acc


def test_posted_record_has_mention_and_bare_link_facets(env: Env, pds: Pds) -> None:
    acc = account(env, pds)
    text = "Asante @amina.bsky.social and @nobody.bsky.social! Programme: example.org/asm"
    item_id = env.queue(text, acc)
    env.run(acc)
    item = env.outbox.get(item_id)
    assert item is not None and item.state is State.SENT
    (record,) = [r["value"] for r in pds.records.values()]
    got = spans(record["text"], record["facets"])
    assert got == [
        ("@amina.bsky.social", "did:plc:amina"),
        ("example.org/asm", "https://example.org/asm"),
        ("#shareASM", "shareASM"),
    ]
    assert sorted(pds.resolve_calls) == ["amina.bsky.social", "nobody.bsky.social"]


def test_link_to_a_sent_post_has_no_at_sign(env: Env, pds: Pds) -> None:
    acc = account(env, pds)
    item_id = env.queue("Hello", acc)
    env.run(acc)
    item = env.outbox.get(item_id)
    assert item is not None and item.state is State.SENT
    rkey = item.parts[0].rkey
    assert item.link == f"https://bsky.app/profile/me.bsky.social/post/{rkey}"


@pytest.mark.parametrize(
    ("became", "said"), [("deactivated", "deactivated"), ("takendown", "suspended")]
)
def test_inactive_account_keeps_its_post_and_says_why(
    env: Env, pds: Pds, became: str, said: str
) -> None:
    class Counting(SessionManager):
        refreshed = 0

        def refresh(self, account: Account, refused: Mapping[str, str] | None = None) -> None:
            Counting.refreshed += 1
            super().refresh(account, refused)

    env.sender.auth = Counting(env.repo, env.creds, env.http)
    acc = account(env, pds)
    item_id = env.queue("Kept for later", acc)
    pds.became = became
    env.run(acc)
    item = env.outbox.get(item_id)
    assert item is not None and item.state is State.NEEDS_LOGIN  # kept, not failed
    assert said in (item.error or "") and pds.records == {}
    assert Counting.refreshed == 0  # no needless refreshSession
    stored = env.repo.get(acc.id)
    assert stored is not None and stored.state is AccountState.NEEDS_LOGIN
    # reactivated and logged in again: the post goes out
    pds.became = ""
    env.repo.set_state(acc.id, AccountState.CONNECTED)
    list(env.sender.run_all())
    item = env.outbox.get(item_id)
    assert item is not None and item.state is State.SENT and len(pds.records) == 1
