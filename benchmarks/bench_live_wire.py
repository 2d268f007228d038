"""Bytes and requests on the wire for one simulated hour of the Live view.

Three Mastodon instances and Bluesky answer from loopback servers that count what
they send; time is simulated (an injected "now"), so the hour runs in seconds.
Two scenarios: an idle tag (nothing new) and a busy one (a post every ~15 s on each
instance). Compared with the Mastodon paging budget: 300 requests carrying min_id
per 15 minutes per IP (the app allows itself half of that).

    python benchmarks/bench_live_wire.py
"""

from __future__ import annotations

import sys
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from companion.core.live.mastodon import MastodonClient
from companion.core.live.schedule import PAGING_LIMIT, PAGING_WINDOW
from companion.core.live.sources import BlueskySource, MastodonSource, poll_safely
from companion.core.net import HttpClient
from tests.core.live.fakes import T0, FakeBluesky, FakeMastodon, bsky_post, status
from tests.support.httpserver import LoopbackServer

NOTE = "Artisanal miner, cooperative organiser. " * 8  # real accounts carry a bio


def real_status(sid: str, minutes: float) -> dict:
    s = status(sid, content="<p>Live from the #shareASM digital day: " + "news " * 40 + "</p>")
    s["created_at"] = (T0 + timedelta(minutes=minutes)).isoformat().replace("+00:00", "Z")
    s["account"].update(note=f"<p>{NOTE}</p>", header="https://example.org/h.png", fields=[],
                        followers_count=120, following_count=80, statuses_count=900)  # fmt: skip
    s.update(replies_count=0, reblogs_count=1, favourites_count=3, card=None, poll=None,
             application={"name": "Web", "website": None}, mentions=[])  # fmt: skip
    return s


def simulate(busy: bool) -> dict[str, float]:
    servers = [LoopbackServer().start() for _ in range(4)]
    try:
        fakes = [FakeMastodon(s) for s in servers[:3]]
        bsky = FakeBluesky(servers[3])
        for i, f in enumerate(fakes):
            f.add(*[real_status(f"i{i}-{n:05d}", n) for n in range(20)])
        bsky.posts = [bsky_post(f"b{n}", minutes=-10 * n) for n in range(25)]
        http = HttpClient()
        sources = [
            MastodonSource(MastodonClient(http, s.base_url), "shareASM", ["ASM", "artisanalmining"])
            for s in servers[:3]
        ]
        sources.append(
            BlueskySource(http, ["shareASM", "ASM", "artisanalmining"], servers[3].base_url)
        )
        now, end = T0, T0 + timedelta(hours=1)
        counter = 0
        paged_times: list[list] = [[] for _ in range(3)]
        while now < end:
            if busy:  # new posts since the last step
                counter += 1
                for i, f in enumerate(fakes):
                    f.add(real_status(f"i{i}-{100000 + counter:06d}", 60 + counter))
                bsky.posts.insert(0, bsky_post(f"n{counter}", minutes=60 + counter))
            for k, src in enumerate(sources):
                if src.schedule.due(now):
                    before = len(servers[k].requests)
                    poll_safely(src, now)
                    if k < 3:
                        for r in servers[k].requests[before:]:
                            if r.arg("min_id") or r.arg("max_id"):
                                paged_times[k].append(now)
            now += timedelta(seconds=15)
        worst = 0
        for times in paged_times:
            for t in times:
                worst = max(worst, sum(1 for u in times if t <= u < t + PAGING_WINDOW))
        return {
            "requests": sum(len(s.requests) for s in servers),
            "mastodon_requests": sum(len(s.requests) for s in servers[:3]),
            "bluesky_requests": len(servers[3].requests),
            "body_bytes": sum(s.bytes_sent for s in servers),
            "worst_paged_per_15min_per_instance": worst,
            "final_interval_s": sources[0].schedule.interval_s,
        }
    finally:
        for s in servers:
            s.stop()


def main() -> None:
    naive_per_instance = 3600 // 30  # a fixed 30 s poll, the usual client default
    print(f"Budget: {PAGING_LIMIT} paged requests / 15 min per IP; app share {PAGING_LIMIT // 2}")
    for busy in (False, True):
        r = simulate(busy)
        label = "busy tag" if busy else "idle tag"
        print(f"\n{label}, one simulated hour, 3 Mastodon instances + Bluesky (3 tags):")
        print(f"  requests: {r['requests']} (Mastodon {r['mastodon_requests']}, "
              f"Bluesky {r['bluesky_requests']})")  # fmt: skip
        print(f"  response bodies: {r['body_bytes'] / 1024:.1f} KiB "
              f"(+ ~0.5 KiB headers per request ≈ {r['requests'] * 0.5:.0f} KiB)")  # fmt: skip
        print(f"  worst paged requests in any 15 min on one instance: "
              f"{r['worst_paged_per_15min_per_instance']} of {PAGING_LIMIT} "
              f"({100 * r['worst_paged_per_15min_per_instance'] / PAGING_LIMIT:.0f}%)")  # fmt: skip
        naive = 3 * naive_per_instance
        print(f"  Mastodon requests vs a fixed 30 s poll: {r['mastodon_requests']} / "
              f"{naive} = {r['mastodon_requests'] / naive:.2f}")  # fmt: skip
        print(f"  polling interval at the end: {r['final_interval_s']:.0f} s")


if __name__ == "__main__":
    main()
