"""Which addresses the app may hand to the system (browser, file viewer).

Links come from servers, event files and content packs, all of them outside the
app's control. Handing ``file:``, ``smb:`` or a custom scheme to the operating
system can run a program or leak the Windows login to a remote share, so only
plain web addresses are opened, and only documents and media (never programs or
scripts) are opened with the system's own viewer.
"""

from __future__ import annotations

from pathlib import PurePath
from urllib.parse import urlsplit

WEB_SCHEMES = frozenset({"http", "https"})

#: files a pack may ask the system to open: documents, pictures, sound and video
SYSTEM_VIEWER_SUFFIXES = frozenset(
    {
        ".pdf", ".epub", ".txt",
        ".jpg", ".jpeg", ".png", ".webp", ".gif", ".bmp", ".tif", ".tiff",
        ".mp4", ".m4v", ".webm", ".mkv", ".mov", ".ogv", ".avi",
        ".mp3", ".m4a", ".ogg", ".oga", ".opus", ".wav", ".flac",
    }
)  # fmt: skip


def web_url(url: object) -> str | None:
    """``url`` when it is an http(s) address with a host, else ``None``."""
    if not isinstance(url, str):
        return None
    url = url.strip()
    if not url or any(ord(c) < 0x20 or c == "\x7f" for c in url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in WEB_SCHEMES or not parts.hostname:
        return None
    if "@" in parts.netloc or "\\" in parts.netloc:
        return None  # "https://iied.org@evil.example/" shows one host and opens another
    return url


def may_open_with_system(path: PurePath | str) -> bool:
    """True when the file's type is a document or media the system viewer may open."""
    return PurePath(path).suffix.lower() in SYSTEM_VIEWER_SUFFIXES
