"""The HTTP ``Link`` header (RFC 8288 §3), as Mastodon-compatible servers send it.

``requests``' own parser splits on ``", <"`` and ``";"`` without minding quotes, keys
by the whole ``rel`` string, and keeps relative targets as they are. RFC 8288 allows:

* several relation types in one ``rel`` (``rel="prev first"``, §3.3);
* quoted parameter values holding ``,`` or ``;`` (``title="a, b; c"``, §3);
* targets relative to the request URL (``</api/v1/...?min_id=5>``, §3.1 / RFC 3986 §5);
* parameter names in any case, and only the first ``rel`` counting (§3.3).
"""

from __future__ import annotations

from urllib.parse import urljoin


def _split_outside_quotes(text: str, sep: str) -> list[str]:
    """``text`` cut at ``sep`` where it is neither inside ``"..."`` nor ``<...>``."""
    parts: list[str] = []
    buf: list[str] = []
    quoted = angled = escaped = False
    for ch in text:
        if escaped:
            buf.append(ch)
            escaped = False
            continue
        if quoted and ch == "\\":
            buf.append(ch)
            escaped = True
            continue
        if ch == '"' and not angled:
            quoted = not quoted
        elif ch == "<" and not quoted:
            angled = True
        elif ch == ">" and not quoted:
            angled = False
        if ch == sep and not quoted and not angled:
            parts.append("".join(buf))
            buf = []
            continue
        buf.append(ch)
    parts.append("".join(buf))
    return parts


def _unquote(value: str) -> str:
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] == '"':
        out: list[str] = []
        it = iter(value[1:-1])
        for ch in it:
            out.append(next(it, "") if ch == "\\" else ch)
        return "".join(out)
    return value


def parse_link_header(value: str | None, base_url: str = "") -> dict[str, str]:
    """``{rel: absolute target}`` for every relation type named; the first link
    with a given relation wins. Garbage is skipped, never raised."""
    links: dict[str, str] = {}
    if not value:
        return links
    for link_value in _split_outside_quotes(value, ","):
        link_value = link_value.strip()
        if not link_value.startswith("<") or ">" not in link_value:
            continue
        target, _, rest = link_value[1:].partition(">")
        rels: list[str] = []
        seen_rel = False
        for param in _split_outside_quotes(rest, ";"):
            name, eq, raw = param.partition("=")
            if not eq or name.strip().lower() != "rel" or seen_rel:
                continue
            seen_rel = True  # RFC 8288 §3.3: later rel parameters are ignored
            rels = _unquote(raw).lower().split()
        target = target.strip()
        if base_url:
            target = urljoin(base_url, target)
        for rel in rels:
            links.setdefault(rel, target)
    return links
