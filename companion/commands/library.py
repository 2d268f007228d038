"""Subcommands of the library feature: ``pack build|verify|import|export|sync|list`` and
``search``.

Signing and venue sharing (``pack keygen|sign|trust|share|peers``) are in
:mod:`companion.commands.library_venue`."""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Generator
from pathlib import Path
from typing import Any, TypeVar

from companion.commands import library_venue
from companion.commands.common import open_services, out, print_json
from companion.core.errors import QT_TRANSLATE_NOOP, InvalidInputError
from companion.core.library.index import PdfText
from companion.core.library.service import Library
from companion.core.library.sideload import FileProgress, export_pack, import_pack, verify_pack
from companion.core.library.sync import SyncProgress, sync_pack
from companion.core.services import CoreServices

T = TypeVar("T")


def register(sub: Any) -> None:
    """Add this feature's subcommands to ``sub`` (argparse subparsers)."""
    pack = sub.add_parser("pack", help="content packs: verify, import, export, sync, list")
    psub = pack.add_subparsers(dest="pack_command", metavar="ACTION", required=True)
    p = psub.add_parser("build", help="make a pack (.zip) from a folder of pages and captions")
    p.add_argument("folder", type=Path, metavar="FOLDER")
    p.add_argument("--out", type=Path, required=True, metavar="PACK.zip")
    p.add_argument("--title", required=True, metavar="TEXT", help="the pack's title")
    p.add_argument("--id", dest="pack_id", default="", metavar="ID", help="default: from title")
    p.add_argument("--version", default="", metavar="V", help="default: the date and time")
    p.add_argument("--key", type=Path, metavar="KEYFILE", help="sign with this publisher key")
    p.set_defaults(handler=build_command)
    p = psub.add_parser("verify", help="check a pack folder or archive without installing it")
    p.add_argument("path", type=Path)
    p.set_defaults(handler=verify_command)
    p = psub.add_parser("import", help="install a pack from a folder or archive (USB stick)")
    p.add_argument("path", type=Path)
    library_venue.add_trust_signer(p)
    p.set_defaults(handler=import_command)
    p = psub.add_parser("export", help="write the installed pack to a folder, or to a .zip")
    p.add_argument("dest", type=Path, metavar="DIR")
    p.add_argument("--pack", dest="pack_id", metavar="ID", help="which pack (default: newest)")
    p.set_defaults(handler=export_command)
    p = psub.add_parser("sync", help="download what changed from the pack address")
    p.add_argument("url", nargs="?", help="pack address (default: the one in settings)")
    library_venue.add_trust_signer(p)
    p.set_defaults(handler=sync_command)
    p = psub.add_parser("list", help="the installed packs")
    p.set_defaults(handler=list_command)
    library_venue.register(psub)
    p = sub.add_parser("search", help="search the library (titles, captions, PDF text)")
    p.add_argument("query")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.add_argument("--lang", default="", help="prefer results in this language")
    p.set_defaults(handler=search_command)


def _mb(n: float) -> str:
    return f"{n / 1_000_000:.1f} MB"


class _Reporter:
    """Progress lines on stderr: rewritten in place on a terminal, one a second otherwise."""

    def __init__(self) -> None:
        self.tty = sys.stderr.isatty()
        self.last = 0.0

    def show(self, text: str, *, final: bool = False) -> None:
        now = time.monotonic()
        if not final and now - self.last < (0.2 if self.tty else 1.0):
            return
        self.last = now
        if self.tty:
            sys.stderr.write("\r" + text.ljust(78)[:78] + ("\n" if final else ""))
        else:
            sys.stderr.write(text + "\n")
        sys.stderr.flush()


def _run(gen: Generator[Any, None, T], reporter: _Reporter) -> T:
    while True:
        try:
            value = next(gen)
        except StopIteration as stop:
            return stop.value  # type: ignore[no-any-return]
        if isinstance(value, SyncProgress):
            if value.stage == "manifest":
                reporter.show("reading the pack manifest…")
                continue
            if value.stage == "waiting":
                reporter.show("the share is busy sending to others; waiting for a turn…")
                continue
            text = f"{_mb(value.done_bytes)} of {_mb(value.total_bytes)}"
            if value.speed:
                text += f" · {_mb(value.speed)}/s"
            if value.eta is not None:
                text += f" · {value.eta:.0f} s left"
            current = min(value.files_done + 1, value.files_total)
            text += f" · file {current}/{value.files_total}"
            reporter.show(text)
        elif isinstance(value, FileProgress):
            reporter.show(
                f"{value.files_done}/{value.files_total} files · "
                f"{_mb(value.done_bytes)} of {_mb(value.total_bytes)}"
            )


def _library(core: CoreServices) -> Library:
    from companion.core.app import AppServices

    return AppServices(core).library()


def build_command(args: argparse.Namespace) -> int:
    from companion.core.clock import Clock, parse_instant
    from companion.core.library.build import build_pack
    from companion.core.library.signing import load_key_file

    key = None
    if args.key is not None:
        key = load_key_file(args.key, library_venue._passphrase(confirm=False))
    now = Clock(parse_instant(args.now) if getattr(args, "now", None) else None).now()
    result = build_pack(
        args.folder,
        args.out,
        title=args.title,
        now=now,
        pack_id=args.pack_id,
        version=args.version,
        key=key,
    )
    for warning in result.warnings:
        sys.stderr.write(f"warning: {warning}\n")
    report = _run(verify_pack(result.out), _Reporter())
    if not report.ok:  # the archive on disk differs from what was written: a failing drive
        for problem in report.problems:
            sys.stderr.write(f"problem: {problem}\n")
        raise InvalidInputError(
            QT_TRANSLATE_NOOP("Errors", "%1 could not be read back intact; build again."),
            args=(result.out,),
        )
    m = result.manifest
    langs = ", ".join(result.languages) or "none"
    signed = f", signed by {key.name or key.fingerprint}" if key else ", not signed"
    out(
        f"Built {result.out}: pack {m.id} version {m.version}, {len(m.items)} items, "
        f"{result.pages} pages, captions in {langs}{signed}."
    )
    return 0


def verify_command(args: argparse.Namespace) -> int:
    report = _run(verify_pack(args.path), _Reporter())
    m = report.manifest
    core = open_services(args)
    try:
        out(library_venue.signer_text(m, library_venue.trust_policy(core, args)))
    finally:
        core.close()
    if report.ok:
        out(f"OK: pack {m.id} version {m.version}, {report.files_checked} files verified.")
        return 0
    for problem in report.problems:
        sys.stderr.write(f"problem: {problem}\n")
    out(f"FAILED: pack {m.id} version {m.version}: {len(report.problems)} problems.")
    return 1


def import_command(args: argparse.Namespace) -> int:
    core = open_services(args)
    try:
        lib = _library(core)
        trust = library_venue.trust_policy(core, args)
        with library_venue.how_to_accept():
            manifest = _run(import_pack(args.path, lib.store, trust=trust), _Reporter())
        lib.reindex(_pdf_text())
        out(f"Installed pack {manifest.id} version {manifest.version}.")
        return 0
    finally:
        core.close()


def export_command(args: argparse.Namespace) -> int:
    core = open_services(args)
    try:
        lib = _library(core)
        lib.ensure_sample()
        packs = lib.packs()
        if args.pack_id:
            pack_id = args.pack_id
        elif packs:
            real = [p for p in packs if not p.manifest.sample]
            pack_id = (real or packs)[0].manifest.id
        else:
            raise InvalidInputError(QT_TRANSLATE_NOOP("Errors", "No pack is installed."))
        target = _run(export_pack(lib.store, pack_id, args.dest), _Reporter())
        out(f"Exported pack {pack_id} to {target}.")
        return 0
    finally:
        core.close()


def sync_command(args: argparse.Namespace) -> int:
    core = open_services(args)
    try:
        url = args.url or core.settings.library.pack_url
        if not url:
            raise InvalidInputError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "No pack address: give one (pack sync URL) or set it in Settings → Library.",
                )
            )
        lib = _library(core)
        reporter = _Reporter()
        trust = library_venue.trust_policy(core, args)
        with library_venue.how_to_accept():
            result = _run(sync_pack(core.http, lib.store, url, trust=trust), reporter)
        m = result.manifest
        if result.up_to_date:
            reporter.show("", final=True) if reporter.tty else None
            out(f"Pack {m.id} version {m.version} is up to date.")
        else:
            reporter.show(f"{_mb(result.bytes_fetched)} downloaded", final=True)
            lib.reindex(_pdf_text())
            out(
                f"Installed pack {m.id} version {m.version}: "
                f"{result.files_fetched} files, {_mb(result.bytes_fetched)} downloaded."
            )
        return 0
    finally:
        core.close()


def list_command(args: argparse.Namespace) -> int:
    core = open_services(args)
    try:
        lib = _library(core)
        lib.ensure_sample()
        for p in lib.packs():
            m = p.manifest
            out(f"{m.id}\t{m.version}\t{len(m.items)} items\t{_mb(m.total_size)}")
        return 0
    finally:
        core.close()


def search_command(args: argparse.Namespace) -> int:
    core = open_services(args)
    try:
        lib = _library(core)
        lib.ensure_sample()
        lib.reindex(_pdf_text())
        hits = lib.search(args.query, lang=args.lang)
        if args.json:
            print_json([h.as_dict() for h in hits])
            return 0
        if not hits:
            out("No results.")
        for h in hits:
            page = f" p.{h.page + 1}" if h.page >= 0 else ""
            out(f"{h.title} [{h.kind}, {h.lang}{page}]")
            out(f"    {h.snippet}")
        return 0
    finally:
        core.close()


def _pdf_text() -> PdfText | None:
    from companion.adapters.pdf_text import pdf_text_extractor

    return pdf_text_extractor()
