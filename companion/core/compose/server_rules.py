"""Which counting rule a Mastodon-API server uses, from the software it runs
(docs/server-rules.md). Moved out of :mod:`counting`, which re-exports these names."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

import regex  # type: ignore[import-untyped]

log = logging.getLogger(__name__)

#: how a Mastodon-API server measures a post (docs/server-rules.md)
RULE_MASTODON = (
    "mastodon"  # graphemes, URLs weigh characters_reserved_per_url, mention domains free
)
RULE_PLAIN = "plain"  # Pleroma/Akkoma: graphemes of the trimmed text + CW, URLs in full
RULE_CODEPOINTS = "codepoints"  # code points of text + CW, URLs and mentions in full
#: what a server we do not know gets, and what a "too long" answer falls back to
STRICT_RULE = RULE_CODEPOINTS

_MASTODON_VERSION = regex.compile(r"^\d+\.\d+\.\d+(?:[-+~][\w.+~-]*)?$")
_MISSKEY_FAMILY = ("misskey", "firefish", "calckey", "sharkey", "iceshrimp", "foundkey", "catodon")


def server_software(version: str, source_url: str = "") -> str:
    """The server software a Mastodon-API instance runs, from its ``version`` string
    (and ``source_url`` where it gives one): "mastodon" (and forks such as glitch-soc
    and Hometown), "pleroma", "akkoma", "takahe", "gotosocial", "misskey" (Misskey,
    Firefish/Calckey, Sharkey, Iceshrimp where they speak the API) or "unknown"."""
    low = f"{version} {source_url}".lower()
    if "takahe" in low or "takahē" in low:
        return "takahe"
    if "gotosocial" in low:
        return "gotosocial"
    if "akkoma" in low:
        return "akkoma"
    if "pleroma" in low:
        return "pleroma"
    if any(name in low for name in _MISSKEY_FAMILY):
        return "misskey"
    if "compatible" not in low and "git" not in low and _MASTODON_VERSION.match(version.strip()):
        return "mastodon"
    return "unknown"


#: each software's counting rule; anything else is counted the strict way
SOFTWARE_RULES = {
    "mastodon": RULE_MASTODON,
    "pleroma": RULE_PLAIN,
    "akkoma": RULE_PLAIN,
    "takahe": RULE_CODEPOINTS,  # len(text): code points, URLs in full
    "gotosocial": RULE_CODEPOINTS,  # runes of text + content warning, URLs in full
    "misskey": RULE_CODEPOINTS,  # JSON-schema maxLength: code points, URLs in full
}

#: servers that keep scheduled statuses (POST scheduled_at, GET /api/v1/scheduled_statuses)
SOFTWARE_SCHEDULES = {
    "mastodon": True,
    "pleroma": True,
    "akkoma": True,
    "takahe": False,
    "gotosocial": False,
    "misskey": False,
}


def server_rule(info: Mapping[str, Any]) -> str:
    """The counting rule for an account's instance ``info`` (as ``parse_instance`` keeps
    it). Without instance facts at all (no ``version`` key): Mastodon's rule."""
    if "version" not in info:
        rule = info.get("length_rule")
        return rule if rule in (RULE_MASTODON, RULE_PLAIN, RULE_CODEPOINTS) else RULE_MASTODON
    version = info.get("version")
    source = info.get("source_url")
    software = server_software(
        version if isinstance(version, str) else "", source if isinstance(source, str) else ""
    )
    if software == "mastodon" and info.get("length_rule") == RULE_PLAIN:
        # a Pleroma-style server that reports a Mastodon-looking version
        return RULE_PLAIN
    return SOFTWARE_RULES.get(software, STRICT_RULE)
