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

from companion.core.clock import Clock
from companion.core.live.mastodon import MastodonClient
from companion.core.live.schedule import PAGING_LIMIT, PAGING_WINDOW
from companion.core.live.sources import BlueskySource, MastodonSource, poll_safely
from companion.core.net import HttpClient
from tests.support.fake_bluesky import FakeBluesky, bsky_post
from tests.support.fake_mastodon import T0, FakeMastodon, status
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


def simulate(busy: bool, naive: bool = False) -> dict[str, float]:
    """One simulated hour. ``naive``: poll every 30 s whatever the schedule says (the
    usual fixed-interval client, the baseline)."""
    servers = [LoopbackServer().start() for _ in range(4)]
    try:
        fakes = [FakeMastodon(s) for s in servers[:3]]
        bsky = FakeBluesky(servers[3])
        for i, f in enumerate(fakes):
            f.add(*[real_status(f"i{i}-{n:05d}", n) for n in range(20)])
        bsky.posts = [bsky_post(f"b{n}", minutes=-10 * n) for n in range(25)]
        http = HttpClient(now=Clock().now)
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
                step = int((now - T0).total_seconds())
                if (step % 30 == 0) if naive else src.schedule.due(now):
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


def main() -> int:
    from benchmarks.common import Result, emit, parser

    args = parser(__doc__ or "").parse_args()
    results: list[Result] = []
    # the four simulated hours are independent: two at a time (each is one process's
    # loopback servers and client), which halves the wall time on two cores
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=2) as pool:
        runs = {
            (busy, naive): pool.submit(simulate, busy, naive)
            for busy in (False, True)
            for naive in (False, True)
        }
        done = {key: f.result() for key, f in runs.items()}
    for busy in (False, True):
        label = "busy tag" if busy else "quiet tag"
        r = done[(busy, False)]
        base = done[(busy, True)]
        # bodies are counted by the loopback servers; headers add ~0.5 KiB a request
        kib = r["body_bytes"] / 1024 + 0.5 * r["requests"]
        base_kib = base["body_bytes"] / 1024 + 0.5 * base["requests"]
        results += [
            Result(
                f"live view, one hour, {label}: data on the wire",
                "KiB",
                kib,
                base_kib,
                "fixed 30 s poll of the same sources",
                "< 1024 KiB (quiet)" if not busy else "",
                1,
                "3 Mastodon instances + Bluesky, 3 tags; bodies + ~0.5 KiB headers/request",
            ),
            Result(
                f"live view, one hour, {label}: requests",
                "requests",
                r["requests"],
                base["requests"],
                "fixed 30 s poll of the same sources",
                "",
                1,
                f"final poll interval {r['final_interval_s']:.0f} s",
            ),
            Result(
                f"live view, {label}: worst paged requests in 15 min on one instance",
                "requests",
                r["worst_paged_per_15min_per_instance"],
                PAGING_LIMIT,
                "Mastodon's budget per IP",
                f"≤ {PAGING_LIMIT // 2} (half, the venue shares the IP)",
                1,
            ),
        ]
    emit(results, args.json, "Live view on the wire")
    return 0


if __name__ == "__main__":
    sys.exit(main())
