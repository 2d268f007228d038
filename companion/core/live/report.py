"""The day's report: what was posted under the event's hashtags, for the organisers.

Computed from the stored posts (:class:`companion.core.live.store.PostStore`), without
Qt: posts per hour per network (hours in the event's time zone), unique posts after
dedupe, top contributors, languages, the most shared links and reposted posts, and
every post with its link. Written as CSV (one row per unique post) or HTML here; the
PDF is the same HTML laid out by Qt (``companion/commands/report.py``).
"""

from __future__ import annotations

import csv
import errno
import html
import io
import logging
from collections.abc import Callable
from datetime import UTC, datetime, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING

from companion.core.atomic import atomic_write_bytes
from companion.core.errors import QT_TRANSLATE_NOOP, InvalidInputError, KnownError

# DayReport is re-exported: the UI and the PDF adapter import it from here
from companion.core.live.day_report import DayReport as DayReport
from companion.core.live.day_report import build_report
from companion.core.live.model import iso

if TYPE_CHECKING:
    from companion.core.app import AppServices

log = logging.getLogger(__name__)

#: the formats ``report --out`` writes, by file extension
FORMATS = ("pdf", "html", "csv")
#: the CSV columns (stable: spreadsheets and scripts read them by name)
CSV_COLUMNS = (
    "time_utc",
    "time_local",
    "network",
    "source",
    "author_name",
    "author_handle",
    "language",
    "reposted_by",
    "content_warning",
    "text",
    "tags",
    "links",
    "media",
    "url",
    "uri",
)

Translate = Callable[[str], str]

#: the report's headings (marked here: lupdate does not read inside f-strings)
_LABELS = (
    QT_TRANSLATE_NOOP("Report", "Period"),
    QT_TRANSLATE_NOOP("Report", "Made"),
    QT_TRANSLATE_NOOP("Report", "Summary"),
    QT_TRANSLATE_NOOP("Report", "No posts were stored for this period."),
    QT_TRANSLATE_NOOP("Report", "Posts per hour"),
    QT_TRANSLATE_NOOP("Report", "Hour"),
    QT_TRANSLATE_NOOP("Report", "All"),
    QT_TRANSLATE_NOOP("Report", "Top contributors"),
    QT_TRANSLATE_NOOP("Report", "Languages"),
    QT_TRANSLATE_NOOP("Report", "Most shared"),
    QT_TRANSLATE_NOOP("Report", "Reposted posts"),
    QT_TRANSLATE_NOOP("Report", "reposted by"),
    QT_TRANSLATE_NOOP("Report", "Every post"),
)
L = {text: text for text in _LABELS}


class UnknownReportFormatError(InvalidInputError):
    pass


def _same(text: str) -> str:
    return text


def format_for(path: Path) -> str:
    """``pdf``, ``html`` or ``csv`` from the file name, else a clear error."""
    ext = path.suffix.lower().lstrip(".")
    if ext == "htm":
        ext = "html"
    if ext not in FORMATS:
        raise UnknownReportFormatError(
            QT_TRANSLATE_NOOP(
                "Errors", "The report can be written as .pdf, .html or .csv, not %1."
            ),
            args=(path.name,),
        )
    return ext


# -- CSV -----------------------------------------------------------------------------
def csv_rows(report: DayReport) -> list[dict[str, str]]:
    rows = []
    for p in report.posts:
        rows.append(
            {
                "time_utc": iso(p.created_at),
                "time_local": p.created_at.astimezone(report.zone).isoformat(),
                "network": p.network,
                "source": p.source,
                "author_name": p.author.name,
                "author_handle": p.author.handle,
                "language": p.language or "",
                "reposted_by": p.reposted_by or "",
                "content_warning": p.content_warning,
                "text": p.text,
                "tags": " ".join("#" + t for t in p.tags),
                "links": " ".join(p.links),
                "media": " ".join(m.url or "" for m in p.media if m.kind != "link"),
                "url": p.url or "",
                "uri": p.uri,
            }
        )
    return rows


def _cell(value: str) -> str:
    """No spreadsheet formulas from post text ("=HYPERLINK(...)" stays text)."""
    if value and value[0] in "=+-@\t\r":
        return "'" + value
    return value


def _write(path: Path, data: bytes) -> None:
    """All or nothing, into a folder that exists (a mistyped folder is not made)."""
    if not path.parent.is_dir():
        raise FileNotFoundError(errno.ENOENT, "No such folder", str(path.parent))
    atomic_write_bytes(path, data)


def write_csv(report: DayReport, path: Path) -> None:
    """Write the report as CSV, all or nothing (a cut-off write never leaves a
    truncated file over the last report)."""
    buf = io.StringIO(newline="")
    w = csv.DictWriter(buf, fieldnames=CSV_COLUMNS)
    w.writeheader()
    for row in csv_rows(report):
        w.writerow({k: _cell(v) for k, v in row.items()})
    # utf-8-sig: Excel on Windows (the organisers' tool) then reads Swahili names right
    _write(path, buf.getvalue().encode("utf-8-sig"))


# -- HTML ----------------------------------------------------------------------------
def _t(tr: Translate, text: str) -> str:
    return html.escape(tr(text))


def _fmt_time(value: datetime, zone: tzinfo) -> str:
    return value.astimezone(zone).strftime("%Y-%m-%d %H:%M")


def _zone_name(zone: tzinfo) -> str:
    return str(getattr(zone, "key", None) or zone.tzname(None) or "UTC")


def render_html(report: DayReport, tr: Translate = _same, *, for_pdf: bool = False) -> str:
    """A self-contained HTML page (no scripts, no remote resources). ``for_pdf`` keeps
    to the subset Qt's rich text understands."""
    e = html.escape
    z = report.zone
    parts: list[str] = []
    title = report.title or tr(QT_TRANSLATE_NOOP("Report", "The day's report"))
    parts.append("<!DOCTYPE html>\n<html><head><meta charset='utf-8'>")
    parts.append(f"<title>{e(title)}</title>")
    parts.append(
        "<style>body{font-family:sans-serif;margin:1.5em;max-width:60em}"
        "table{border-collapse:collapse;margin-bottom:1em}"
        "th,td{border:1px solid #999;padding:2px 6px;text-align:left;vertical-align:top}"
        "td.n{text-align:right}.post{margin:0 0 .8em 0}.meta{color:#444}</style>"
    )
    parts.append("</head><body>")
    parts.append(f"<h1>{e(title)}</h1>")
    if report.tags:
        parts.append(f"<p>{e(' '.join('#' + t for t in report.tags))}</p>")
    window = " – ".join(
        [
            _fmt_time(report.start, z) if report.start else "…",
            _fmt_time(report.end, z) if report.end else "…",
        ]
    )
    parts.append(
        f"<p class='meta'>{_t(tr, L['Period'])}: {e(window)} "
        f"({e(_zone_name(z))}) · {_t(tr, L['Made'])}: "
        f"{e(_fmt_time(report.generated_at, z))}</p>"
    )
    # summary
    parts.append(f"<h2>{_t(tr, L['Summary'])}</h2><table>")
    summary = [
        (QT_TRANSLATE_NOOP("Report", "Unique posts after dedupe"), str(len(report.posts))),
        (QT_TRANSLATE_NOOP("Report", "Copies read"), str(report.read)),
        (
            QT_TRANSLATE_NOOP("Report", "Contributors"),
            str(len({p.author.handle for p in report.posts})),
        ),
        (QT_TRANSLATE_NOOP("Report", "Networks"), ", ".join(report.networks) or "–"),
    ]
    for label, value in summary:
        parts.append(f"<tr><th>{_t(tr, label)}</th><td>{e(value)}</td></tr>")
    parts.append("</table>")
    if not report.posts:
        parts.append(f"<p>{_t(tr, L['No posts were stored for this period.'])}</p>")
    # per hour per network
    if report.hours:
        parts.append(f"<h2>{_t(tr, L['Posts per hour'])}</h2><table>")
        parts.append(f"<tr><th>{_t(tr, L['Hour'])}</th>")
        for n in report.networks:
            parts.append(f"<th>{e(n)}</th>")
        parts.append(f"<th>{_t(tr, L['All'])}</th></tr>")
        for row in report.hours:
            parts.append(f"<tr><td>{e(row.start.strftime('%Y-%m-%d %H:00'))}</td>")
            for n in report.networks:
                parts.append(f"<td class='n'>{row.counts.get(n, 0)}</td>")
            parts.append(f"<td class='n'>{row.total}</td></tr>")
        parts.append("</table>")
    if report.contributors:
        parts.append(f"<h2>{_t(tr, L['Top contributors'])}</h2><table>")
        for handle, name, count in report.contributors:
            parts.append(
                f"<tr><td>{e(name)}</td><td>@{e(handle)}</td><td class='n'>{count}</td></tr>"
            )
        parts.append("</table>")
    if report.languages:
        parts.append(f"<h2>{_t(tr, L['Languages'])}</h2><table>")
        for lang, count in report.languages:
            label = lang or tr(QT_TRANSLATE_NOOP("Report", "not stated"))
            parts.append(f"<tr><td>{e(label)}</td><td class='n'>{count}</td></tr>")
        parts.append("</table>")
    if report.shared_links or report.reposted:
        parts.append(f"<h2>{_t(tr, L['Most shared'])}</h2>")
    if report.shared_links:
        parts.append("<table>")
        for url, count in report.shared_links:
            parts.append(f"<tr><td>{_link(url)}</td><td class='n'>{count}</td></tr>")
        parts.append("</table>")
    if report.reposted:
        parts.append(f"<h3>{_t(tr, L['Reposted posts'])}</h3><ul>")
        for p in report.reposted:
            parts.append(
                f"<li>{e(p.author.name)} (@{e(p.author.handle)}): {e(_short(p.text))} "
                f"— {_t(tr, L['reposted by'])} @{e(p.reposted_by or '')}"
                f"{' ' + _link(p.url) if p.url else ''}</li>"
            )
        parts.append("</ul>")
    if report.posts:
        parts.append(f"<h2>{_t(tr, L['Every post'])}</h2>")
        for p in report.posts:
            meta = (
                f"{_fmt_time(p.created_at, z)} · {p.network} · {p.author.name} (@{p.author.handle})"
            )
            parts.append(f"<div class='post'><p class='meta'><b>{e(meta)}</b></p>")
            if p.content_warning:
                parts.append(f"<p><i>CW: {e(p.content_warning)}</i></p>")
            parts.append(f"<p>{e(p.text).replace(chr(10), '<br>')}</p>")
            if p.url:
                parts.append(f"<p>{_link(p.url)}</p>")
            parts.append("</div>")
    parts.append("</body></html>\n")
    return "".join(parts)


def _link(url: str) -> str:
    safe = url if url.startswith(("https://", "http://")) else ""
    if not safe:
        return html.escape(url)
    return f"<a href='{html.escape(safe, quote=True)}'>{html.escape(url)}</a>"


def _short(text: str, n: int = 120) -> str:
    one = " ".join(text.split())
    return one if len(one) <= n else one[: n - 1] + "…"


def write_html(report: DayReport, path: Path, tr: Translate = _same) -> None:
    _write(path, render_html(report, tr).encode("utf-8"))


def report_window(
    start: datetime | None, end: datetime | None
) -> tuple[datetime | None, datetime | None]:
    """Check ``--from``/``--to``."""
    if start is not None and end is not None and end <= start:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP("Errors", "The report's end (%1) is not after its start (%2)."),
            args=(iso(end), iso(start)),
        )
    return start, end


class ReportWriteError(KnownError):
    pass


def cannot_write(path: Path, exc: OSError) -> ReportWriteError:
    return ReportWriteError(
        QT_TRANSLATE_NOOP("Errors", "Could not write the report to %1: %2"),
        args=(str(path), exc.strerror or str(exc)),
    )


def load_report(
    app: AppServices, start: datetime | None = None, end: datetime | None = None
) -> DayReport:
    """The report over the stored posts, with the event's name, tags and time zone.
    Reads SQLite: call it where the database may be used (the lane in the GUI)."""
    from companion.core.event.model import EventFileError
    from companion.core.event.store import EventStore
    from companion.core.live.feed import event_tags
    from companion.core.live.store import MAX_CACHED

    zone: tzinfo = UTC
    title = ""
    try:
        event = EventStore(app.paths).load().event
        zone, title = event.zone, event.name
    except (OSError, EventFileError) as exc:
        log.warning("the report uses UTC: no event file could be read (%s)", exc)
    posts = app.posts().recent(limit=MAX_CACHED, since=start)
    return build_report(
        posts,
        now=app.clock.now(),
        zone=zone,
        start=start,
        end=end,
        title=title,
        tags=event_tags(app.core),
    )
