"""The headless subcommands, run through the real CLI entry point."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from companion.cli import main
from companion.core.library.service import sample_pack_dir
from tests.core.library.packs import PackServer, photobook_raw, write_pack
from tests.support.httpserver import LoopbackServer


def cli(tmp_path: Path, *args: str) -> int:
    return main(["--data-dir", str(tmp_path / "data"), *args])


def test_verify_the_sample_and_a_tampered_copy(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli(tmp_path, "pack", "verify", str(sample_pack_dir())) == 0
    assert "OK: pack shareasm-sample" in capsys.readouterr().out
    files = {"en/p1.jpg": b"one"}
    src = write_pack(tmp_path / "usb", photobook_raw(files), files)
    (src / "en/p1.jpg").write_bytes(b"two")
    assert cli(tmp_path, "pack", "verify", str(src)) == 1
    captured = capsys.readouterr()
    assert "book (photobook): en/p1.jpg is damaged" in captured.err
    assert "FAILED" in captured.out


def test_bad_paths_are_one_line_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli(tmp_path, "pack", "import", str(tmp_path / "nowhere")) == 2
    err = capsys.readouterr().err.strip()
    assert "Could not read" in err and "nowhere" in err and "\n" not in err
    assert cli(tmp_path, "pack", "sync") == 2
    assert "No pack address" in capsys.readouterr().err


def test_search_json_finds_pdf_text_with_pages(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli(tmp_path, "search", "dialogue", "--json") == 0
    hits = json.loads(capsys.readouterr().out)
    assert {"item": "sample-brief", "page": 2, "lang": "en"}.items() <= next(
        h for h in hits if h["item"] == "sample-brief" and h["page"] == 2
    ).items()


def test_sync_import_export_round_trip(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], loopback: LoopbackServer
) -> None:
    files = {"en/p1.jpg": b"x" * 50_000, "en/p2.jpg": b"y" * 10}
    server = PackServer(loopback)
    server.publish(photobook_raw(files, pack_id="programme"), files)
    assert cli(tmp_path, "pack", "sync", server.url) == 0
    captured = capsys.readouterr()
    assert "Installed pack programme version 1" in captured.out
    assert "MB" in captured.err  # progress on stderr
    assert cli(tmp_path, "pack", "sync", server.url) == 0
    assert "up to date" in capsys.readouterr().out
    assert cli(tmp_path, "pack", "export", str(tmp_path / "usb.zip")) == 0
    assert (tmp_path / "usb.zip").exists()
    other = tmp_path / "other"
    assert main(["--data-dir", str(other), "pack", "import", str(tmp_path / "usb.zip")]) == 0
    assert "Installed pack programme" in capsys.readouterr().out
    assert main(["--data-dir", str(other), "pack", "list"]) == 0
    assert "programme\t1\t1 items" in capsys.readouterr().out
