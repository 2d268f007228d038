"""Logins go only to their own origin; handles keep the port; ``feed --since`` pages
back to the time asked (issue 13, items 7, 8, 9, 14 and 19)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest

from companion.core.accounts.model import Network
from companion.core.accounts.urls import domain_of, same_origin
from companion.core.app import AppServices
from companion.core.live import sources as sources_module
from companion.core.live.feed import fetch_once
from companion.core.live.schedule import PagingBudget
from companion.core.live.sources import MastodonSource, build_sources
from companion.core.services import CoreServices
from tests.support.accounts import add_account
from tests.support.fake_bluesky import FakeBluesky, bsky_post
from tests.support.fake_mastodon import T0, FakeMastodon, status
from tests.support.httpserver import LoopbackServer, Reply

TOKEN = "Bearer tok-on-a"


def _auth_seen(srv: LoopbackServer) -> list[str | None]:
    return [r.header("Authorization") for r in srv.requests]


# ------------------------------------------------------------------ item 7: origins
@pytest.mark.parametrize(
    ("url", "server", "same"),
    [
        ("https://a.example/x", "https://a.example", True),
        ("https://a.example:443/x", "https://A.example", True),
        ("http://a.example:80/", "http://a.example", True),
        ("http://127.0.0.1:8080/", "http://127.0.0.1:8123", False),
        ("http://a.example/", "https://a.example", False),
        ("https://a.example:8443/", "https://a.example", False),
        ("https://a.example@b.example/", "https://b.example", False),
        ("https://a.example.evil/", "https://a.example", False),
        ("javascript:alert(1)", "https://a.example", False),
        ("https://[::1]:8080/", "https://[::1]:8080", True),
    ],
)
def test_same_origin_is_scheme_host_and_port(url: str, server: str, same: bool) -> None:
    assert same_origin(url, server) is same


def test_mastodon_token_never_goes_to_another_port_on_the_same_host(
    core: CoreServices,
) -> None:
    with LoopbackServer() as a, LoopbackServer() as b:
        FakeMastodon(a).add(status("1"))
        FakeMastodon(b).add(status("2", uri="https://b/2"))
        add_account(
            core.db,
            core.credentials,  # type: ignore[arg-type]
            Network.MASTODON,
            a.base_url,
            {"access_token": "tok-on-a"},
        )
        # b first: the account's host matches, its port does not
        specs = [("mastodon", b.base_url), ("mastodon", a.base_url)]
        report = fetch_once(AppServices(core), specs, ["shareASM"])
        assert report.problems == []
        assert _auth_seen(b) and all(h is None for h in _auth_seen(b))
        assert set(_auth_seen(a)) == {TOKEN}


def test_https_and_http_on_the_same_host_and_port_are_different_servers(
    core: CoreServices,
) -> None:
    with LoopbackServer() as a:
        FakeMastodon(a).add(status("1"))
        add_account(
            core.db,
            core.credentials,  # type: ignore[arg-type]
            Network.MASTODON,
            a.base_url.replace("http://", "https://"),
            {"access_token": "tok-on-a"},
        )
        fetch_once(AppServices(core), [("mastodon", a.base_url)], ["shareASM"])
        assert all(h is None for h in _auth_seen(a))


def test_session_request_refuses_another_origin(core: CoreServices) -> None:
    from companion.core.accounts.model import AccountRepository
    from companion.core.accounts.session import SessionManager
    from companion.core.errors import KnownError

    with LoopbackServer() as a, LoopbackServer() as b:
        account = add_account(
            core.db,
            core.credentials,  # type: ignore[arg-type]
            Network.MASTODON,
            a.base_url,
            {"access_token": "tok-on-a"},
        )
        session = SessionManager(AccountRepository(core.db), core.credentials, core.http)
        with pytest.raises(KnownError, match="only sent to its own server"):
            session.request(account, "GET", b.url("/api/v1/accounts/verify_credentials"))
        assert b.requests == []


def test_streaming_login_goes_to_the_instance_or_an_https_stream_it_announced(
    core: CoreServices,
) -> None:
    from companion.core.live.mastodon import InstanceInfo, MastodonClient

    client = MastodonClient(core.http, "http://127.0.0.1:8123", {"Authorization": TOKEN})
    src = MastodonSource(client, "shareASM")
    src.info = InstanceInfo(streaming_url="http://127.0.0.1:8080")
    assert src.streaming_url == "http://127.0.0.1:8123"
    src.info = InstanceInfo(streaming_url="https://streaming.example.org")
    assert src.streaming_url == "https://streaming.example.org"


# ------------------------------------------------------------------ item 14: Bluesky URL
def _bluesky_account(core: CoreServices, pds: LoopbackServer) -> None:
    add_account(
        core.db,
        core.credentials,  # type: ignore[arg-type]
        Network.BLUESKY,
        pds.base_url,
        {"accessJwt": "jwt-on-pds", "refreshJwt": "r", "did": "did:plc:me"},
        {"did": "did:plc:me"},
    )


def test_bluesky_source_url_is_queried_and_gets_no_session(core: CoreServices) -> None:
    with LoopbackServer() as pds, LoopbackServer() as appview:
        FakeBluesky(pds).posts = [bsky_post("onpds")]
        FakeBluesky(appview).posts = [bsky_post("onappview")]
        _bluesky_account(core, pds)
        report = fetch_once(AppServices(core), [("bluesky", appview.base_url)], ["shareASM"])
        assert [p.uri.rsplit("/", 1)[1] for p in report.posts] == ["onappview"]
        assert pds.requests == []  # was: the account's PDS, the URL ignored
        assert _auth_seen(appview) == [None]


def test_bluesky_source_on_the_accounts_pds_or_none_uses_the_session(
    core: CoreServices,
) -> None:
    with LoopbackServer() as pds:
        FakeBluesky(pds, need_auth=True).posts = [bsky_post("k")]
        _bluesky_account(core, pds)
        for spec in [("bluesky", pds.base_url), ("bluesky", "")]:
            report = fetch_once(AppServices(core), [spec], ["shareASM"])
            assert report.problems == [] and len(report.posts) == 1
        assert set(_auth_seen(pds)) == {"Bearer jwt-on-pds"}


# ------------------------------------------------------------------ item 8: host:port
def test_bare_local_acct_gets_the_instance_domain_with_its_port(core: CoreServices) -> None:
    with LoopbackServer() as a, LoopbackServer() as b:
        FakeMastodon(a).add(status("1", uri="https://a/1", acct="alice"))
        FakeMastodon(b).add(
            status("2", uri="https://b/2", acct="alice"),
            status(
                "3",
                uri="https://b/3",
                acct="bob",
                reblog=status("9", uri="https://c/9", acct="carol@elsewhere.example"),
            ),
        )
        specs = [("mastodon", a.base_url), ("mastodon", b.base_url)]
        report = fetch_once(AppServices(core), specs, ["shareASM"])
        handles = {p.uri: p.author.handle for p in report.posts}
        assert handles["https://a/1"] == f"alice@127.0.0.1:{a.port}"
        assert handles["https://b/2"] == f"alice@127.0.0.1:{b.port}"
        assert handles["https://c/9"] == "carol@elsewhere.example"
        boosted = next(p for p in report.posts if p.uri == "https://c/9")
        assert boosted.reposted_by == f"bob@127.0.0.1:{b.port}"


def test_labels_and_warnings_keep_the_port(core: CoreServices) -> None:
    with LoopbackServer() as b:
        down = b.base_url  # nobody answers there any more
    with LoopbackServer() as a:
        FakeMastodon(a).override = lambda req: Reply.json({"error": "boom"}, 500)
        report = fetch_once(
            AppServices(core), [("mastodon", a.base_url), ("mastodon", down)], ["shareASM"]
        )
    labels = [label for label, _ in report.problems]
    assert labels == [f"127.0.0.1:{a.port}", f"127.0.0.1:{b.port}"]
    assert f"127.0.0.1:{b.port} could not be reached" in report.problems[1][1]
    assert domain_of("https://example.org:443") == "example.org"


# ------------------------------------------------------------------ item 9: Mastodon since
def _sixty(fake: FakeMastodon) -> None:
    fake.add(*[status(f"{n:04d}", uri=f"https://a/{n}", minutes=n) for n in range(60)])


def test_mastodon_since_follows_next_links_back_to_since(core: CoreServices) -> None:
    with LoopbackServer() as a:
        _sixty(FakeMastodon(a))
        report = fetch_once(AppServices(core), [("mastodon", a.base_url)], ["shareASM"], since=T0)
        assert len(report.posts) == 60  # was 40: one page
        assert report.notes == []
        maxes = [r.arg("max_id") for r in a.requests if r.path.endswith("shareASM")]
        assert maxes[0] is None and maxes[1] == "0020"


def test_mastodon_since_stops_at_the_time_asked(core: CoreServices) -> None:
    with LoopbackServer() as a:
        _sixty(FakeMastodon(a))
        since = T0 + timedelta(minutes=30)
        report = fetch_once(
            AppServices(core), [("mastodon", a.base_url)], ["shareASM"], since=since
        )
        assert len(report.posts) == 30
        assert len([r for r in a.requests if r.path.endswith("shareASM")]) == 1


def test_mastodon_since_says_when_the_paging_budget_stops_it(core: CoreServices) -> None:
    with LoopbackServer() as a:
        fake = FakeMastodon(a)
        fake.add(*[status(f"{n:04d}", uri=f"https://a/{n}", minutes=n) for n in range(130)])
        (src,) = build_sources(core.http, ["shareASM"], [("mastodon", a.base_url)], since=T0)
        assert isinstance(src, MastodonSource)
        src.schedule.budget = PagingBudget(1)
        result = src.poll(core.clock.now())
        assert len(result.posts) == 80 and result.incomplete


def test_feed_reports_paging_stopped_early(
    core: CoreServices, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sources_module, "SINCE_MAX_PAGES", 1)
    with LoopbackServer() as a, LoopbackServer() as bs:
        _sixty(FakeMastodon(a))
        FakeBluesky(bs).posts = [bsky_post(f"r{n:03d}", minutes=n) for n in range(104)]
        specs = [("mastodon", a.base_url), ("bluesky", bs.base_url)]
        report = fetch_once(AppServices(core), specs, ["shareASM"], since=T0)
    assert [label for label, _ in report.notes] == [f"127.0.0.1:{a.port}", "Bluesky"]
    assert all("paging limit" in note for _, note in report.notes)


# ------------------------------------------------------------------ item 19: Bluesky since
def test_bluesky_since_sends_since_and_follows_the_cursor(core: CoreServices) -> None:
    with LoopbackServer() as bs:
        FakeBluesky(bs).posts = [bsky_post(f"r{n:03d}", minutes=n) for n in range(104)]
        report = fetch_once(AppServices(core), [("bluesky", bs.base_url)], ["shareASM"], since=T0)
        assert len(report.posts) == 104  # was 50: one page
        assert report.notes == []
        sent: list[Any] = [(r.arg("since"), r.arg("cursor")) for r in bs.requests]
        assert sent == [("2026-11-26T09:00:00Z", None), (sent[0][0], "50"), (sent[0][0], "100")]


# ------------------------------------------------------------------ item 20b: | head
def test_feed_into_a_closed_pipe_ends_quietly(tmp_path: Any) -> None:
    import subprocess
    import sys

    long = "<p>" + "Mining safely in Geita, " * 150 + "</p>"  # 40 of these: over 64 KiB
    with LoopbackServer() as a:
        FakeMastodon(a).add(*[status(f"{n:04d}", minutes=n, content=long) for n in range(40)])
        argv = ["--data-dir", str(tmp_path), "feed", "--source", f"mastodon:{a.base_url}"]
        proc = subprocess.Popen(
            [sys.executable, "-m", "companion", *argv, "--tag", "shareASM"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        assert proc.stdout is not None and proc.stderr is not None
        assert proc.stdout.readline()  # like `head -1`: one line, then close
        proc.stdout.close()
        err = proc.stderr.read().decode()
        code = proc.wait(timeout=60)
    assert "Traceback" not in err and "BrokenPipe" not in err, err
    assert code == 0


def test_feed_command_warns_when_paging_stopped_early(
    tmp_path: Any, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from companion.cli import main

    monkeypatch.setattr(sources_module, "SINCE_MAX_PAGES", 1)
    with LoopbackServer() as a:
        _sixty(FakeMastodon(a))
        argv = ["--data-dir", str(tmp_path), "feed", "--tag", "shareASM"]
        argv += ["--since", "2026-11-26T09:00:00Z", "--source", f"mastodon:{a.base_url}"]
        assert main(argv) == 0
    captured = capsys.readouterr()
    assert "40 posts" in captured.out
    assert f"warning: 127.0.0.1:{a.port}: stopped at the paging limit" in captured.err
