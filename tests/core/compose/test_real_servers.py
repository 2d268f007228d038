"""Issue 13: the outbox against Mastodon-API servers that are not Mastodon.

The fakes play what Takahē 0.11 and GoToSocial 0.16 were seen to do: no
Idempotency-Key, 404 on GET /api/v1/scheduled_statuses, ``scheduled_at`` ignored,
code-point length with URLs in full and a 400 "too long", and a ``Date`` header on
every reply (the server's own clock, which may not be the laptop's).
"""

from __future__ import annotations

import socket
from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest

from companion.core.accounts.mastodon import MastodonApi
from companion.core.accounts.model import Account, Network
from companion.core.compose.counting import Limits
from companion.core.compose.drafts import Draft
from companion.core.compose.outbox import State
from companion.core.compose.sender import sent_by_this_computer
from companion.core.compose.server_rules import (
    RULE_CODEPOINTS,
    RULE_MASTODON,
    RULE_PLAIN,
    server_rule,
    server_software,
)
from tests.core.compose.fakes import FakeMastodon, add_account
from tests.core.compose.test_sender import Env, env  # noqa: F401  (fixture)
from tests.support.httpserver import LoopbackServer

Maker = Callable[[LoopbackServer], FakeMastodon]
SERVERS: dict[str, Maker] = {"takahe": FakeMastodon.takahe, "gotosocial": FakeMastodon.gotosocial}


@pytest.fixture(params=sorted(SERVERS))
def server(request: pytest.FixtureRequest, loopback: LoopbackServer, env: Env) -> FakeMastodon:  # noqa: F811
    loopback.clock = lambda: env.clock  # one clock unless a test skews the server's
    fake = SERVERS[request.param](loopback)
    fake.install()
    return fake


def real_account(env: Env, fake: FakeMastodon, **extra: Any) -> Account:  # noqa: F811
    """An account whose instance facts come from the server, as at login."""
    info = MastodonApi(env.http, fake.srv.base_url).instance_info()
    info.update({"id": "1", **extra})
    return add_account(
        env.db, env.creds, Network.MASTODON, fake.srv.base_url, {"access_token": "tok"}, info
    )


def statuses_posted(fake: FakeMastodon) -> int:
    return sum(1 for r in fake.srv.requests if r.method == "POST" and r.path == "/api/v1/statuses")


# --------------------------------------------------------------------------- item 1
@pytest.mark.parametrize("first_by", ["outbox", "web"])
def test_duplicate_text_is_posted_not_marked_sent_with_another_posts_link(
    env: Env,  # noqa: F811
    server: FakeMastodon,
    first_by: str,
) -> None:
    acc = real_account(env, server)
    text = "Good morning from the venue"
    if first_by == "outbox":
        first = env.queue(text, acc)
        env.run(acc)
        done = env.outbox.get(first)
        assert done is not None and done.state is State.SENT
    else:  # the same words posted earlier from the web, not through the app
        server.statuses.append(
            {
                "id": "999",
                "url": f"{server.srv.base_url}/@me/999",
                "content": f"<p>{text} #shareASM</p>",
                "in_reply_to_id": None,
                "created_at": (env.clock - timedelta(minutes=20)).isoformat(),
                "account": {"id": "1", "acct": "me"},
            }
        )
    earlier_link = server.statuses[0]["url"]
    env.later(600)
    server.post_faults = ["503"]
    second = env.queue(text, acc)
    env.run(acc)
    item = env.outbox.get(second)
    assert item is not None and item.state is State.QUEUED and "503" in item.error
    env.later(3600)
    env.run(acc)
    item = env.outbox.get(second)
    assert item is not None and item.state is State.SENT
    assert len(server.statuses) == 2  # really published, once
    assert item.link == server.statuses[1]["url"] != earlier_link


def test_refused_connection_is_no_attempt(env: Env, server: FakeMastodon) -> None:  # noqa: F811
    with socket.socket() as sock:  # a port nobody listens on: connection refused
        sock.bind(("127.0.0.1", 0))
        dead = f"http://127.0.0.1:{sock.getsockname()[1]}"
    acc = real_account(env, server)
    acc.server = dead
    env.repo.save(acc)
    item_id = env.queue("Panel starts now", acc)
    env.run(acc)
    item = env.outbox.get(item_id)
    assert item is not None and item.state is State.QUEUED
    assert item.parts[0].first_attempt_at is None  # never reached a server
    assert item.parts[0].first_sent_at is not None
    # the connection comes back; meanwhile the same words were posted from the web:
    # that post is not this one, which was never sent
    acc.server = server.srv.base_url
    env.repo.save(acc)
    env.later(60)
    server.statuses.append(
        {
            "id": "999",
            "url": f"{server.srv.base_url}/@me/999",
            "content": "<p>Panel starts now #shareASM</p>",
            "in_reply_to_id": None,
            "created_at": env.clock.isoformat(),
            "account": {"id": "1", "acct": "me"},
        }
    )
    env.outbox.wake_offline(env.clock)
    env.run(acc)
    item = env.outbox.get(item_id)
    assert item is not None and item.state is State.SENT and len(server.statuses) == 2


def test_status_of_another_author_or_thread_is_not_ours(
    env: Env,  # noqa: F811
    server: FakeMastodon,
) -> None:
    acc = real_account(env, server)
    server.post_faults = ["drop_after_create"]
    item_id = env.queue("Closing remarks", acc)
    env.run(acc)
    # the dropped reply never came; what the server holds is someone else's boost-like
    # copy and a reply with the same words, not our post
    server.statuses.clear()
    for n, extra in enumerate(
        [{"account": {"id": "2", "acct": "other"}}, {"in_reply_to_id": "5"}], start=1
    ):
        server.statuses.append(
            {
                "id": f"90{n}",
                "url": f"{server.srv.base_url}/@x/90{n}",
                "content": "<p>Closing remarks #shareASM</p>",
                "in_reply_to_id": None,
                "created_at": env.clock.isoformat(),
                "account": {"id": "1", "acct": "me"},
                **extra,
            }
        )
    env.outbox.wake_offline(env.clock)
    env.later(60)
    env.run(acc)
    item = env.outbox.get(item_id)
    assert item is not None and item.state is State.SENT
    assert item.link == server.statuses[-1]["url"] and len(server.statuses) == 3


# --------------------------------------------------------------------------- item 2
@pytest.mark.parametrize("laptop_off", [timedelta(days=2), timedelta(days=-2), timedelta(hours=3)])
def test_wrong_laptop_clock_does_not_double_a_post(
    env: Env,  # noqa: F811
    server: FakeMastodon,
    laptop_off: timedelta,
) -> None:
    # the laptop's clock is ``laptop_off`` away from the server's (which is right);
    # the reply to the create is lost and the server ignores Idempotency-Key
    server.srv.clock = lambda: env.clock - laptop_off
    acc = real_account(env, server)
    server.post_faults = ["drop_after_create"]
    item_id = env.queue("Dialogue in Tarkwa today", acc)
    env.run(acc)
    item = env.outbox.get(item_id)
    assert item is not None and item.state is State.QUEUED and len(server.statuses) == 1
    env.outbox.wake_offline(env.clock)
    env.later(2 * 3600)
    env.run(acc)
    item = env.outbox.get(item_id)
    assert item is not None and item.state is State.SENT
    assert len(server.statuses) == 1  # found, not posted again
    assert item.link == server.statuses[0]["url"]


# --------------------------------------------------------------------------- item 3
@pytest.mark.parametrize("known", ["at login", "asked"])
def test_scheduled_post_waits_here_on_a_server_without_scheduling(
    env: Env,  # noqa: F811
    server: FakeMastodon,
    known: str,
) -> None:
    acc = real_account(env, server)
    if known == "asked":  # an account saved before the app knew the software
        del acc.info["scheduled_statuses"]
        acc.info["version"] = "9.9.9 (compatible; SomethingNew 1.0)"
        env.repo.save(acc)
    item_id = env.queue("Join us at 14:00", acc)
    post_at = env.clock + timedelta(hours=2)
    env.db.execute(
        "UPDATE compose_outbox SET post_at = ? WHERE id = ?", (post_at.isoformat(), item_id)
    )
    env.run(acc)
    item = env.outbox.get(item_id)
    assert item is not None and item.state is State.QUEUED
    assert server.statuses == [] and server.scheduled == []  # not published early
    stored = env.repo.get(acc.id)
    assert stored is not None and stored.info["scheduled_statuses"] is False
    assert sent_by_this_computer(stored, item) and item.wait_reason == "local_schedule"
    env.later(3600)
    env.run(acc)
    assert server.statuses == []
    env.later(3600)
    env.run(acc)
    item = env.outbox.get(item_id)
    assert item is not None and item.state is State.SENT and len(server.statuses) == 1


# --------------------------------------------------------------------------- item 4
LONG_URL = "https://www.iied.org/" + "artisanal-small-scale-mining-dialogues/" * 3 + "x" * 32


def _thread_text() -> str:
    assert len(LONG_URL) == 170
    words = (
        "Artisanal miners in Geita told the dialogue how fair access to markets and "
        "credit changes their work and their families' lives. "
    )
    text = (words * 6).strip() + f" Read the full report at {LONG_URL} and tell us."
    return text


def test_thread_counted_by_the_servers_rule_posts_whole(
    env: Env,  # noqa: F811
    server: FakeMastodon,
) -> None:
    text = _thread_text()
    acc = real_account(env, server)
    assert Limits.for_network(acc.network, acc.info).rule == RULE_CODEPOINTS
    item_id = env.queue(text, acc)
    env.run(acc)
    item = env.outbox.get(item_id)
    assert item is not None and item.state is State.SENT, item.error if item else None
    assert statuses_posted(server) == len(item.parts) == len(server.statuses)  # no 400
    assert all(len(p.text) <= 500 for p in item.parts)
    assert LONG_URL in " ".join(p.text for p in item.parts)


@pytest.mark.parametrize("refused_part", [1, 2])
def test_too_long_part_is_split_again_and_the_thread_finished(
    env: Env,  # noqa: F811
    server: FakeMastodon,
    refused_part: int,
) -> None:
    # the account was saved when the app counted this server like Mastodon (URLs 23)
    acc = real_account(env, server)
    acc.info.pop("version")
    acc.info["length_rule"] = RULE_MASTODON
    env.repo.save(acc)
    intro = "Artisanal miners in Geita told the dialogue about markets and credit. "
    if refused_part == 1:
        text = f"{LONG_URL} {intro * 9}"
    else:
        text = f"{(intro * 7).strip()} More: {LONG_URL} " + "Tell us what you think, please. " * 8
    item_id = env.queue(text, acc)
    queued = env.outbox.get(item_id)
    assert queued is not None and len(queued.parts) >= 2
    assert len(queued.parts[refused_part - 1].text) > 500  # too long by code points
    env.run(acc)
    item = env.outbox.get(item_id)
    assert item is not None and item.state is State.SENT, item.error if item else None
    assert item.split_rule == "strict"
    posted = [s["content"] for s in server.statuses]
    assert len(posted) == len(item.parts) and all(len(p.text) <= 500 for p in item.parts)
    # nothing lost, nothing twice, a proper reply chain
    joined = " ".join(p.text for p in item.parts)
    assert LONG_URL in joined and joined.count(LONG_URL) == 1
    assert "#shareASM" in item.parts[0].text and joined.count("#shareASM") == 1
    for prev, status in zip(server.statuses, server.statuses[1:], strict=False):
        assert status["in_reply_to_id"] == prev["id"]
    refusals = statuses_posted(server) - len(server.statuses)
    assert refusals == 1


def test_server_limit_lower_than_advertised_needs_editing_then_retry_finishes(
    env: Env,  # noqa: F811
    server: FakeMastodon,
) -> None:
    acc = real_account(env, server)  # says 500 ...
    server.max_chars = 300  # ... takes 300
    # the user split the thread by hand: part 2 fits 500 but not 300
    draft = Draft.new("x")
    draft.thread = {
        acc.id: [
            "Live from Geita: the dialogue on fair gold markets starts now. #shareASM",
            " ".join(f"Point {n}: miners need fair access to gold markets." for n in range(9)),
        ]
    }
    (item_id,) = env.outbox.enqueue(env.drafts.save(draft), [acc], "shareASM", env.clock)
    queued = env.outbox.get(item_id)
    assert queued is not None and len(queued.parts) == 2
    assert 300 < len(queued.parts[1].text) <= 500
    env.run(acc)
    item = env.outbox.get(item_id)
    assert item is not None and item.state is State.NEEDS_EDITING
    assert "part 2 of 2" in item.error and server.statuses[0]["url"] in item.error
    assert item.link == server.statuses[0]["url"] and len(server.statuses) == 1
    for _ in range(5):  # "retry" must get it out, never fail forever
        assert env.outbox.retry(item_id, env.clock)
        env.run(acc)
        item = env.outbox.get(item_id)
        assert item is not None
        if item.state is State.SENT:
            break
    assert item.state is State.SENT
    assert len(server.statuses) == len(item.parts) >= 3
    words = " ".join(p.text for p in item.parts)
    assert all(f"Point {n}:" in words for n in range(9))


def test_every_part_checked_before_part_one(env: Env, server: FakeMastodon) -> None:  # noqa: F811
    # queued while the account was counted like Mastodon; by send time the app knows
    # the server (refreshed at login): nothing is posted until every part fits
    acc = real_account(env, server)
    takahe_info = dict(acc.info)
    acc.info.pop("version")
    env.repo.save(acc)
    intro = "Artisanal miners in Geita told the dialogue about markets and credit. " * 6
    item_id = env.queue(f"{intro.strip()} More: {LONG_URL} " + "Tell us more. " * 8, acc)
    acc.info = takahe_info
    env.repo.save(acc)
    env.run(acc)
    item = env.outbox.get(item_id)
    assert item is not None and item.state is State.SENT, item.error if item else None
    assert statuses_posted(server) == len(server.statuses) == len(item.parts)  # no 400


# --------------------------------------------------------------------------- rules
@pytest.mark.parametrize(
    ("version", "source", "software", "rule"),
    [
        ("4.3.2", "", "mastodon", RULE_MASTODON),
        ("4.3.0+glitch", "", "mastodon", RULE_MASTODON),
        ("4.2.10+hometown-1.1.1", "", "mastodon", RULE_MASTODON),
        ("2.7.2 (compatible; Pleroma 2.6.0)", "", "pleroma", RULE_PLAIN),
        ("2.7.2 (compatible; Akkoma 3.13.2)", "", "akkoma", RULE_PLAIN),
        ("takahe/0.11.0", "", "takahe", RULE_CODEPOINTS),
        ("0.16.0+git-8da7bde", "https://github.com/superseriousbusiness/gotosocial", "gotosocial",
         RULE_CODEPOINTS),
        ("3.5.3 (compatible; GoToSocial 0.16.0)", "", "gotosocial", RULE_CODEPOINTS),
        ("4.2.1 (compatible; Sharkey 2024.11.0)", "", "misskey", RULE_CODEPOINTS),
        ("3.0.0 (compatible; Firefish 1.0.5)", "", "misskey", RULE_CODEPOINTS),
        ("", "", "unknown", RULE_CODEPOINTS),
        ("1.2 beta", "", "unknown", RULE_CODEPOINTS),
    ],
)  # fmt: skip
def test_server_rules_from_the_version_string(
    version: str, source: str, software: str, rule: str
) -> None:
    assert server_software(version, source) == software
    assert server_rule({"version": version, "source_url": source}) == rule


def test_counting_rules_differ_on_urls_and_emoji() -> None:
    text = "Karibu 👩🏽‍🌾 " + LONG_URL
    masto = Limits.for_network(Network.MASTODON, {"version": "4.3.2"})
    takahe = Limits.for_network(Network.MASTODON, {"version": "takahe/0.11.0"})
    from companion.core.compose.counting import count

    assert count(Network.MASTODON, text, limits=masto).length == 7 + 1 + 1 + 23
    assert count(Network.MASTODON, text, limits=takahe).length == len(text) == 7 + 4 + 1 + 170


# --------------------------------------------------------------------------- item 10
def test_video_size_limit_zero_means_no_video(env: Env, loopback: LoopbackServer) -> None:  # noqa: F811
    gts = FakeMastodon.gotosocial(loopback)
    gts.install()
    info = MastodonApi(env.http, loopback.base_url).instance_info()
    assert info["video_size_limit"] == 0
    assert not any(m.startswith("video/") for m in info["supported_mime_types"])
    assert info["software"] == "gotosocial" and info["scheduled_statuses"] is False


def test_failed_tls_handshake_is_no_attempt(env: Env, server: FakeMastodon) -> None:  # noqa: F811
    # https to a server that speaks plain HTTP: the TLS handshake fails, so the
    # request never reached the server and is no attempt
    acc = real_account(env, server)
    acc.server = server.srv.base_url.replace("http://", "https://")
    env.repo.save(acc)
    item_id = env.queue("Panel starts now", acc)
    env.run(acc)
    item = env.outbox.get(item_id)
    assert item is not None and item.state is State.QUEUED and item.error
    assert item.parts[0].first_attempt_at is None
    assert server.statuses == []


def test_never_reached_tells_connect_failures_from_lost_replies() -> None:
    import requests
    from urllib3.exceptions import MaxRetryError, NameResolutionError, ProtocolError

    from companion.core.compose.publish_common import never_reached
    from companion.core.errors import OfflineError

    def offline(cause: BaseException) -> OfflineError:
        try:
            raise OfflineError("x could not be reached.") from cause
        except OfflineError as exc:
            return exc

    dns = requests.exceptions.ConnectionError(
        MaxRetryError(None, "/", NameResolutionError("h", None, OSError("no name")))  # type: ignore[arg-type]
    )
    lost = requests.exceptions.ConnectionError(
        ProtocolError("Connection aborted.", ConnectionResetError())
    )
    assert never_reached(offline(dns))
    assert never_reached(offline(requests.exceptions.ConnectTimeout()))
    assert never_reached(offline(requests.exceptions.SSLError()))
    assert not never_reached(offline(lost))
    assert not never_reached(offline(requests.exceptions.ReadTimeout()))
