"""The day's report: computed from the stored posts, written and read back."""

from __future__ import annotations

import csv
import errno
import shutil
import subprocess
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from html.parser import HTMLParser
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from companion.cli import main
from companion.core.accounts.credentials import MemoryCredentialStore
from companion.core.app import AppServices
from companion.core.errors import InvalidInputError
from companion.core.live.day_report import build_report
from companion.core.live.model import Author, Media, Post
from companion.core.live.report import CSV_COLUMNS, format_for, render_html
from companion.core.paths import Paths
from companion.core.services import CoreServices

T0 = datetime(2026, 6, 16, 7, 5, tzinfo=UTC)  # 10:05 in Nairobi


@pytest.fixture(autouse=True)
def _one_qapplication(qapp: object) -> None:
    """The PDF is written by Qt: the suite's one QApplication must exist first. A
    QGuiApplication made here would stay for the rest of the run, and every QWidget
    after it aborts the process ("Cannot create a QWidget without QApplication")."""


def post(
    n: int,
    *,
    network: str = "mastodon",
    handle: str = "amina@mastodon.social",
    minutes: int = 0,
    lang: str | None = "en",
    links: tuple[str, ...] = (),
    reposted_by: str | None = None,
    uri: str | None = None,
    text: str | None = None,
) -> Post:
    return Post(
        uri=uri or f"https://x.example/{n}",
        network=network,
        author=Author(handle.split("@")[0].title(), handle),
        created_at=T0 + timedelta(minutes=minutes),
        html="",
        text=text if text is not None else f"post {n} #shareASM",
        url=f"https://mastodon.social/@a/{n}",
        links=links,
        tags=("shareASM",),
        language=lang,
        media=(Media("image", "https://files.example/p.jpg", None, "miners"),),
        reposted_by=reposted_by,
    )


def sample() -> list[Post]:
    return [
        post(1, minutes=0, links=("https://iied.org/asm",)),
        post(2, minutes=30, handle="juma@bsky.social", network="bluesky", lang="sw"),
        post(
            3,
            minutes=70,
            handle="juma@bsky.social",
            network="bluesky",
            lang="sw",
            links=("https://iied.org/asm",),
        ),
        # the same post seen twice (a repost and the original): one unique post
        post(
            3,
            minutes=70,
            handle="juma@bsky.social",
            network="bluesky",
            lang="sw",
            reposted_by="amina@mastodon.social",
            links=("https://iied.org/asm",),
        ),
        post(
            4,
            minutes=190,
            handle="k@x.com",
            network="x",
            lang=None,
            text='=HYPERLINK("http://evil")',
            reposted_by="juma@bsky.social",
        ),
        post(5, minutes=-600),  # before the window
    ]


def test_figures_per_hour_network_contributors_languages_and_shared() -> None:
    zone = ZoneInfo("Africa/Nairobi")
    r = build_report(
        sample(),
        now=T0 + timedelta(hours=5),
        zone=zone,
        start=T0 - timedelta(hours=1),
        end=T0 + timedelta(hours=6),
    )
    assert r.read == 5 and len(r.posts) == 4
    assert [p.uri for p in r.posts] == [f"https://x.example/{n}" for n in (1, 2, 3, 4)]
    # hours in the event's zone, empty hours kept
    assert [h.start.hour for h in r.hours] == [10, 11, 12, 13]
    assert [h.counts for h in r.hours] == [
        {"bluesky": 1, "mastodon": 1},
        {"bluesky": 1},
        {},
        {"x": 1},
    ]
    assert r.networks == ["bluesky", "mastodon", "x"]
    assert r.contributors[0] == ("juma@bsky.social", "Juma", 2)
    assert r.languages == [("sw", 2), ("", 1), ("en", 1)]
    assert r.shared_links == [("https://iied.org/asm", 2)]
    # the original wins the dedupe (prefer non-repost), the X post is kept as reposted
    assert [p.uri for p in r.reposted] == ["https://x.example/4"]


def test_empty_report_says_so() -> None:
    r = build_report([], now=T0)
    assert r.posts == [] and r.hours == []
    assert "No posts were stored for this period." in render_html(r)


def test_format_by_extension() -> None:
    assert format_for(Path("a.PDF")) == "pdf"
    assert format_for(Path("a.htm")) == "html"
    with pytest.raises(InvalidInputError, match=r"not report\.docx"):
        format_for(Path("report.docx"))


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    d = tmp_path / "data"
    paths = Paths.for_data_dir(d)
    paths.ensure()
    core = CoreServices.open(paths, credentials=MemoryCredentialStore())
    try:
        AppServices(core).posts().save(sample(), T0)
    finally:
        core.close()
    return d


def run(data_dir: Path, *args: str) -> int:
    return main(["--data-dir", str(data_dir), "report", *args])


def test_csv_one_row_per_unique_post(data_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "day.csv"
    assert run(data_dir, "--from", "2026-06-16T06:00Z", "--out", str(out)) == 0
    with out.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert sorted(r["uri"] for r in rows) == [f"https://x.example/{n}" for n in (1, 2, 3, 4)]
    by_uri = {r["uri"]: r for r in rows}
    assert by_uri["https://x.example/1"]["url"] == "https://mastodon.social/@a/1"
    assert by_uri["https://x.example/2"]["language"] == "sw"
    # local times in the event's zone (the shipped edition is in London: BST in June)
    assert by_uri["https://x.example/1"]["time_local"] == "2026-06-16T08:05:00+01:00"
    # a formula in a post stays text in a spreadsheet
    assert by_uri["https://x.example/4"]["text"].startswith("'=")


class _Collect(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []
        self.headings: list[str] = []
        self.text: list[str] = []
        self._h = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "a":
            self.links.append(dict(attrs).get("href") or "")
        self._h = tag in ("h1", "h2", "h3")

    def handle_endtag(self, tag: str) -> None:
        self._h = False

    def handle_data(self, data: str) -> None:
        self.text.append(data)
        if self._h:
            self.headings.append(data)


def test_html_has_every_section_and_every_link(data_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "day.html"
    assert (
        run(data_dir, "--from", "2026-06-16T06:00Z", "--to", "2026-06-16T12:00Z", "--out", str(out))
        == 0
    )
    parsed = _Collect()
    parsed.feed(out.read_text(encoding="utf-8"))
    for h in (
        "Summary",
        "Posts per hour",
        "Top contributors",
        "Languages",
        "Most shared",
        "Every post",
    ):
        assert h in parsed.headings
    for n in (1, 2, 3, 4):
        assert f"https://mastodon.social/@a/{n}" in parsed.links
    text = "".join(parsed.text)
    assert "Unique posts after dedupe" in text and "Europe/London" in text
    assert "<script" not in out.read_text(encoding="utf-8")


def test_pdf_is_a_pdf_with_the_posts(data_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "day.pdf"
    assert run(data_dir, "--out", str(out)) == 0
    data = out.read_bytes()
    assert data.startswith(b"%PDF-") and b"%%EOF" in data[-1024:]
    # read the text back with Qt's own PDF reader (poppler's pdftotext when installed)
    if shutil.which("pdftotext"):
        text = subprocess.run(
            ["pdftotext", str(out), "-"], capture_output=True, text=True, check=True
        ).stdout
    else:
        text = _pdf_text(out)
    assert "Posts per hour" in text and "Juma" in text
    assert "https://mastodon.social/@a/4" in text


def _pdf_text(path: Path) -> str:
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtPdf import QPdfDocument

    assert QGuiApplication.instance() is not None  # the suite's QApplication (qapp)
    doc = QPdfDocument()
    assert doc.load(str(path)) == QPdfDocument.Error.None_
    text = "\n".join(doc.getAllText(i).text() for i in range(doc.pageCount()))
    doc.close()
    return text


def test_bad_input_is_one_line(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(data_dir, "--out", str(tmp_path / "x.docx")) == 2
    assert (
        run(
            data_dir,
            "--from",
            "2026-06-17T00:00Z",
            "--to",
            "2026-06-16T00:00Z",
            "--out",
            str(tmp_path / "x.csv"),
        )
        == 2
    )
    assert run(data_dir, "--out", str(tmp_path / "missing" / "x.csv")) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 3 and all(line.startswith("shareasm-companion: error:") for line in err)


def test_a_report_cut_off_while_written_leaves_the_last_one_whole(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the organisers' last report is at the path; the next one stops half way (the
    # app closed, the disk filled): the last one is still there, whole
    from companion.core.live import report as report_module

    out = tmp_path / "day.csv"
    assert run(data_dir, "--from", "2026-06-16T06:00Z", "--out", str(out)) == 0
    before = out.read_bytes()
    assert before.startswith("\ufeff".encode())  # the BOM Excel needs

    real = report_module.csv_rows

    def cut_off(report: object) -> Iterator[dict[str, str]]:
        rows = iter(real(report))  # type: ignore[arg-type]
        yield next(rows)
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(report_module, "csv_rows", cut_off)
    with pytest.raises(OSError):
        report_module.write_csv(build_report(sample(), now=T0 + timedelta(hours=5)), out)
    assert out.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".day")) == []
