"""``pack build``: a folder of pages, captions, PDFs and videos becomes a real pack."""

from __future__ import annotations

import json
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PIL import Image

from companion.cli import main
from companion.core.library.build import build_pack, slug
from companion.core.library.build_plan import PackBuildError
from companion.core.library.service import drain
from companion.core.library.sideload import verify_pack
from companion.core.library.signing import generate_key

NOW = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)
EN = ["Miners at the washing pond.", "A gold kiln without mercury.", "The cooperative meets."]
SW = [
    "Wachimbaji kwenye bwawa la kuoshea.",
    "Tanuru la dhahabu bila zebaki.",
    "Mkutano wa ushirika.",
]


def page(path: Path, size: tuple[int, int] = (120, 80), fmt: str = "JPEG") -> None:
    Image.new("RGB", size, (40, 90, 140)).save(path, fmt)


def folder(tmp_path: Path, pages: int = 3) -> Path:
    root = tmp_path / "book"
    root.mkdir()
    for n in range(1, pages + 1):
        page(root / f"{n:02d}.jpg")
    (root / "captions.en.txt").write_text("\n".join(EN[:pages]) + "\n", "utf-8")
    (root / "captions.sw.txt").write_bytes(b"\xef\xbb\xbf" + "\r\n".join(SW[:pages]).encode())
    return root


def cli(tmp_path: Path, *args: str) -> int:
    return main(["--data-dir", str(tmp_path / "data"), *args])


def test_build_verify_import_and_search_in_swahili(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = folder(tmp_path)
    (root / "brief.en.pdf").write_bytes(b"%PDF-1.4 en")
    (root / "brief.sw.pdf").write_bytes(b"%PDF-1.4 sw")
    (root / "dialogue.mp4").write_bytes(b"\x00\x00\x00\x18ftypmp42")
    (root / "Thumbs.db").write_bytes(b"junk")  # left by Windows: skipped
    (root / "title.sw.txt").write_text("Ziara ya shambani\n", "utf-8")
    out = tmp_path / "out" / "field.zip"
    assert (
        cli(tmp_path, "pack", "build", str(root), "--out", str(out), "--title", "Field visit") == 0
    )
    said = capsys.readouterr().out
    assert "pack field-visit version" in said and "3 pages, captions in en, sw" in said
    assert cli(tmp_path, "pack", "verify", str(out)) == 0
    assert "OK: pack field-visit" in capsys.readouterr().out
    assert cli(tmp_path, "pack", "import", str(out)) == 0
    capsys.readouterr()
    assert cli(tmp_path, "search", "bwawa", "--lang", "sw", "--json") == 0
    hits = json.loads(capsys.readouterr().out)
    assert {"item": "photobook", "lang": "sw", "page": 1}.items() <= hits[0].items()
    assert cli(tmp_path, "search", "kiln", "--json") == 0
    assert json.loads(capsys.readouterr().out)[0]["page"] == 2
    manifest = json.loads(zipfile.ZipFile(out).read("manifest.json"))
    items = {i["id"]: i for i in manifest["items"]}
    assert manifest["title"] == {"en": "Field visit", "sw": "Ziara ya shambani"}
    assert items["photobook"]["editions"]["sw"]["captions"] == SW
    assert set(items["brief"]["editions"]) == {"en", "sw"}
    assert items["dialogue"]["kind"] == "video"
    assert "Thumbs.db" not in zipfile.ZipFile(out).namelist()


def test_signed_build_names_its_signer(tmp_path: Path) -> None:
    key = generate_key("IIED Programme")
    result = build_pack(
        folder(tmp_path), tmp_path / "p.zip", title="Signed", now=NOW, key=key, version="7"
    )
    assert result.manifest.signer is not None
    assert result.manifest.signer.fingerprint == key.fingerprint
    assert result.manifest.version == "7"
    assert drain(verify_pack(tmp_path / "p.zip")).ok


def test_defaults_come_from_title_and_clock(tmp_path: Path) -> None:
    result = build_pack(folder(tmp_path), tmp_path / "p.zip", title="Ziara ya Mwaka!", now=NOW)
    assert (result.manifest.id, result.manifest.version) == ("ziara-ya-mwaka", "2026.11.20.0930")
    assert slug("Café — Été 2026") == "cafe-ete-2026"


def _refused(tmp_path: Path, root: Path, **kw: str) -> str:
    with pytest.raises(PackBuildError) as info:
        build_pack(root, tmp_path / "p.zip", title=kw.get("title", "T"), now=NOW)
    assert not (tmp_path / "p.zip").exists()
    return info.value.message


def test_a_missing_page_is_refused(tmp_path: Path) -> None:
    root = folder(tmp_path)
    (root / "02.jpg").unlink()
    assert "Page 2 is missing" in _refused(tmp_path, root)


def test_caption_lines_must_match_the_pages(tmp_path: Path) -> None:
    root = folder(tmp_path)
    (root / "captions.sw.txt").write_text("\n".join(SW[:2]), "utf-8")
    message = _refused(tmp_path, root)
    assert "captions.sw.txt has 2 lines for 3 pages" in message


def test_an_empty_line_is_a_page_without_caption(tmp_path: Path) -> None:
    root = folder(tmp_path)
    (root / "captions.en.txt").write_text(f"{EN[0]}\n\n{EN[2]}\n\n\n", "utf-8")
    result = build_pack(root, tmp_path / "p.zip", title="T", now=NOW)
    book = result.manifest.item("photobook")
    assert book is not None and book.editions["en"].captions == (EN[0], "", EN[2])


@pytest.mark.parametrize(
    ("name", "data", "expected"),
    [
        ("notes.docx", b"PK", "files a pack does not carry: notes.docx"),
        ("cover.jpg", None, "cover.jpg is an image without a page number"),
        ("03.jpg", b"not an image", "03.jpg is not a JPEG or PNG image"),
        ("captions.English.txt", b"x", "'English' is not a language code"),
        ("captions.fr.txt", b"\xff\xfeB\x00", "captions.fr.txt is not UTF-8 text"),
    ],
)
def test_strange_files_are_refused_by_name(
    tmp_path: Path, name: str, data: bytes | None, expected: str
) -> None:
    root = folder(tmp_path)
    if data is None:
        page(root / name)
    else:
        (root / name).write_bytes(data)
    assert expected in _refused(tmp_path, root)


def test_a_png_named_jpg_and_a_huge_page_are_refused(tmp_path: Path) -> None:
    root = folder(tmp_path)
    page(root / "03.jpg", fmt="PNG")
    assert "holds PNG data" in _refused(tmp_path, root)
    Image.new("1", (10_001, 10_001)).save(root / "03.jpg", "JPEG")
    assert "too large for a page" in _refused(tmp_path, root)


def test_large_pages_only_warn(tmp_path: Path) -> None:
    root = folder(tmp_path)
    Image.new("L", (4200, 100)).save(root / "03.jpg", "JPEG")
    result = build_pack(root, tmp_path / "p.zip", title="T", now=NOW)
    assert any("03.jpg is 4200×100" in w for w in result.warnings)


def test_nothing_to_pack_and_output_inside_the_folder(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    assert "holds nothing to pack" in _refused(tmp_path, empty)
    root = folder(tmp_path)
    with pytest.raises(PackBuildError, match="outside the folder"):
        build_pack(root, root / "p.zip", title="T", now=NOW)
    with pytest.raises(PackBuildError, match="no usable pack id"):
        build_pack(root, tmp_path / "p.zip", title="!!!", now=NOW)


def test_cli_refusal_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = folder(tmp_path)
    (root / "01.jpg").unlink()
    out = str(tmp_path / "p.zip")
    assert cli(tmp_path, "pack", "build", str(root), "--out", out, "--title", "T") == 2
    err = capsys.readouterr().err.strip()
    assert "Page 1 is missing" in err and "\n" not in err


def test_pages_dated_before_1980_still_build(tmp_path: Path) -> None:
    """A page whose file says 1970 (a camera without a clock, a copy that lost its date)
    stopped the build with a traceback: zip cannot store dates before 1980."""
    import os

    root = folder(tmp_path)
    os.utime(root / "02.jpg", (0, 0))
    out = tmp_path / "out" / "old.zip"
    build_pack(root, out, title="Old pages", now=NOW)
    report = drain(verify_pack(out))
    assert report.ok
    assert not list(out.parent.glob("*.part"))


def test_an_edition_without_language_and_the_same_with_one_is_refused(tmp_path: Path) -> None:
    """``brief.pdf`` is the first caption language's edition (en), so with
    ``brief.en.pdf`` beside it one of the two was dropped from the manifest in silence
    (and still copied into the archive)."""
    root = folder(tmp_path)
    (root / "brief.pdf").write_bytes(b"%PDF-1.4 a")
    (root / "brief.en.pdf").write_bytes(b"%PDF-1.4 b")
    out = tmp_path / "out" / "two.zip"
    with pytest.raises(
        PackBuildError, match=r"brief\.en\.pdf.*brief\.pdf|brief\.pdf.*brief\.en\.pdf"
    ):
        build_pack(root, out, title="Two briefs", now=NOW)
    assert not out.exists()


def test_an_output_that_cannot_be_written_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = folder(tmp_path)
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", "utf-8")
    out = blocker / "pack.zip"  # a "folder" that is a file: the system refuses
    assert cli(tmp_path, "pack", "build", str(root), "--out", str(out), "--title", "T") != 0
    err = capsys.readouterr().err
    assert "Could not write" in err and "Traceback" not in err


def test_unicode_line_separators_inside_a_caption_do_not_shift_pages(tmp_path: Path) -> None:
    """Notepad shows three lines; ``splitlines`` saw six (U+2028, U+0085, \\x1e)."""
    root = folder(tmp_path)
    odd = [EN[0] + "\u2028more", EN[1] + "\u0085more", EN[2] + "\x1emore"]
    (root / "captions.en.txt").write_text("\r\n".join(odd) + "\r\n", "utf-8")
    result = build_pack(root, tmp_path / "p.zip", title="T", now=NOW)
    book = result.manifest.item("photobook")
    assert book is not None and book.editions["en"].captions == tuple(odd)
