"""Real-looking Live data for screenshots and demonstrations, entirely on this machine.

    .venv/bin/python -m tests.ui.live.demo_data DATA_DIR 2026-06-16T11:20:00Z

stores about twenty posts (Mastodon from three servers, Bluesky, X; avatars and
pictures with and without alt text, a content warning, a repost, Swahili and French
posts) in DATA_DIR's post cache, and their pictures in its media cache, so the live
view shows them without any download. The one configured source is a loopback
address where nothing listens: the view is honest that it cannot be reached.
"""

from __future__ import annotations

import os
import sys
from datetime import datetime, timedelta
from pathlib import Path

from companion.core.clock import parse_instant
from companion.core.live.media_cache import MediaCache
from companion.core.live.model import Author, Media, Post
from companion.core.live.store import PostStore
from companion.core.paths import Paths
from companion.core.services import CoreServices

NOWHERE = "http://127.0.0.1:9"

PEOPLE = [
    ("Amina Mwakasege", "amina@mastodon.social", "#c0562b"),
    ("Juma Kitwana", "juma.bsky.social", "#2b7bc0"),
    ("IIED", "iied@mastodon.online", "#2f8f5b"),
    ("Rosa Pinto", "rosa@mstdn.social", "#8f2f7a"),
    ("Kwame Asante", "kwame_asante", "#b38f00"),
    ("Delve Database", "delve@mastodon.social", "#444d99"),
]

POSTS = [
    # (minutes ago, person, network, text, language, extras)
    (
        3,
        0,
        "mastodon",
        "Women miners in Geita explain how a shared washing plant cut "
        "their mercury use by half. Thread below 👇 #shareASM #ASM",
        "en",
        {"pic": "Women at a washing plant beside a red-earth pit"},
    ),
    (
        9,
        1,
        "bluesky",
        "Live from the #shareASM session on finance: cooperatives need "
        "loans they can repay in the dry season, not in the rains.",
        "en",
        {},
    ),
    (
        14,
        2,
        "mastodon",
        "Our new briefing on formalising artisanal gold: what worked in "
        "Ghana, Madagascar and Brazil. https://www.iied.org/asm-formalisation #shareASM",
        "en",
        {"link": "https://www.iied.org/asm-formalisation"},
    ),
    (
        22,
        3,
        "mastodon",
        "Garimpeiros no Tapajós falam sobre o acesso à terra. #shareASM #artisanalmining",
        "pt",
        {"pic": ""},
    ),
    (
        31,
        4,
        "x",
        "Small-scale miners in Tarkwa: 'we want licences we can afford, and "
        "roads to the market'. #shareASM",
        "en",
        {},
    ),
    (
        38,
        0,
        "mastodon",
        "Wachimbaji wadogo wa Chunya wanasema mafunzo ya usalama yamepunguza ajali. #shareASM",
        "sw",
        {"pic": "Wachimbaji wakiwa na kofia za usalama"},
    ),
    (
        47,
        5,
        "mastodon",
        "How many people work in artisanal and small-scale mining? Our "
        "latest estimate: 44.75 million in 80 countries. #shareASM",
        "en",
        {"repost": "iied@mastodon.online"},
    ),
    (
        55,
        3,
        "mastodon",
        "Images from the mine site may be distressing.",
        "en",
        {"cw": "Injury at a mine site"},
    ),
    (
        63,
        1,
        "bluesky",
        "Question for the panel: how do we keep the data from the day "
        "open for the communities who shared it? #shareASM",
        "en",
        {},
    ),
    (
        78,
        2,
        "mastodon",
        "Les orpailleurs de Kédougou partagent leurs techniques sans mercure. #shareASM",
        "fr",
        {"pic": "Orpailleurs au travail"},
    ),
    (95, 4, "x", "Thread: five things I learned at #shareASM today.", "en", {}),
    (130, 0, "mastodon", "Good morning from Dar es Salaam! #shareASM starts in an hour.", "en", {}),
    (
        60 * 26,
        5,
        "mastodon",
        "Yesterday's preparation call: 40 people on a 2G link and it worked. #shareASM",
        "en",
        {},
    ),
]


def _picture(path: Path, colour: str, seed: int, size: tuple[int, int] = (320, 220)) -> None:
    from PySide6.QtCore import QPointF, QRectF, Qt
    from PySide6.QtGui import QBrush, QColor, QImage, QLinearGradient, QPainter

    img = QImage(size[0], size[1], QImage.Format.Format_RGB32)
    p = QPainter(img)
    grad = QLinearGradient(QPointF(0, 0), QPointF(0, size[1]))
    grad.setColorAt(0, QColor("#87b5d9"))
    grad.setColorAt(0.55, QColor("#e8d7b0"))
    grad.setColorAt(1, QColor(colour).darker(150))
    p.fillRect(img.rect(), QBrush(grad))
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor(colour))
    for i in range(5):
        x = (seed * 37 + i * 61) % size[0]
        p.drawEllipse(QRectF(x, size[1] * 0.55 + (i * 13) % 40, 40 + i * 9, 26 + i * 5))
    p.setBrush(QColor("#5a3a22"))
    p.drawRect(QRectF(0, size[1] * 0.8, size[0], size[1] * 0.2))
    p.end()
    img.save(str(path), "PNG")


def _avatar(path: Path, colour: str, initial: str) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QColor, QFont, QImage, QPainter

    img = QImage(96, 96, QImage.Format.Format_ARGB32)
    img.fill(QColor(colour))
    p = QPainter(img)
    f = QFont()
    f.setPixelSize(52)
    f.setBold(True)
    p.setFont(f)
    p.setPen(QColor("white"))
    p.drawText(img.rect(), Qt.AlignmentFlag.AlignCenter, initial)
    p.end()
    img.save(str(path), "PNG")


def demo_posts(now: datetime) -> list[Post]:
    """The posts, newest first; their pictures and avatars are on ``NOWHERE``."""
    posts: list[Post] = []
    for n, (ago, who, network, text, lang, extra) in enumerate(POSTS):
        name, handle, _colour = PEOPLE[who]
        avatar = f"{NOWHERE}/avatars/{who}.png"
        media: tuple[Media, ...] = ()
        if "pic" in extra:
            full, small = f"{NOWHERE}/media/{n}.png", f"{NOWHERE}/media/{n}s.png"
            media = (Media("image", full, small, str(extra["pic"])),)
        host = handle.partition("@")[2]
        source = {"mastodon": f"mastodon:https://{host}", "bluesky": "bluesky", "x": "x"}[network]
        url = {
            "mastodon": f"https://{host}/@{handle.partition('@')[0]}/11{n:04d}",
            "bluesky": f"https://bsky.app/profile/{handle}/post/3k{n:04d}",
            "x": f"https://x.com/{handle}/status/18{n:06d}",
        }[network]
        posts.append(
            Post(
                uri=url,
                network=network,
                author=Author(name, handle, avatar, None),
                created_at=now - timedelta(minutes=ago),
                html="<p>" + text + "</p>",
                text=text,
                url=url,
                links=(str(extra["link"]),) if "link" in extra else (),
                tags=("shareASM",),
                language=lang,
                content_warning=str(extra.get("cw", "")),
                media=media,
                reposted_by=str(extra["repost"]) if "repost" in extra else None,
                source=source,
            )
        )
    return posts


def seed(data_dir: Path, now: datetime) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication([])
    paths = Paths.for_data_dir(data_dir)
    paths.ensure()
    core = CoreServices.open(paths)
    try:
        core.settings.live.mastodon_instances = [NOWHERE]
        core.settings.live.bluesky_enabled = False
        core.save_settings()
        cache = MediaCache(paths.cache / "live-media")
        posts = demo_posts(now)
        for who, (name, _handle, colour) in enumerate(PEOPLE):
            _avatar(cache.path_for(f"{NOWHERE}/avatars/{who}.png"), colour, name[:1])
        for n, post in enumerate(posts):
            for m in post.media:
                colour = PEOPLE[POSTS[n][1]][2]
                _picture(cache.path_for(m.preview_url or ""), colour, n)
                _picture(cache.path_for(m.url or ""), colour, n, (1024, 700))
        store = PostStore(core.db)
        store.save(posts, now)
        store.set_cursor(f"mastodon:{NOWHERE}", "", now - timedelta(minutes=12))
        return len(posts)
    finally:
        core.close()
        del app


if __name__ == "__main__":
    count = seed(Path(sys.argv[1]), parse_instant(sys.argv[2]))
    sys.stdout.write(f"{count} posts\n")
