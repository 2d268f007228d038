"""Subcommands for signed packs and venue sharing: ``pack keygen|sign|trust|share|peers``.

Registered by :mod:`companion.commands.library` under ``pack``.
"""

from __future__ import annotations

import argparse
import contextlib
import getpass
import json
import os
import signal
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from companion.commands.common import open_services, out, print_json
from companion.core.atomic import atomic_write_text
from companion.core.errors import QT_TRANSLATE_NOOP, InvalidInputError, KnownError
from companion.core.library.manifest import MANIFEST_NAME, Manifest
from companion.core.library.signing import (
    PASSPHRASE_ENV,
    TrustPolicy,
    UntrustedSignerError,
    generate_key,
    load_key_file,
    normalise_fingerprint,
    read_public_key,
    sign_manifest,
    trusted_keys,
    write_key_file,
)
from companion.core.messages import ALREADY_EXISTS
from companion.core.paths import Paths
from companion.core.services import CoreServices


def register(psub: Any) -> None:
    """Add the signing and sharing actions to the ``pack`` subparsers."""
    p = psub.add_parser("keygen", help="make a publisher's signing key (passphrase-protected)")
    p.add_argument("--out", type=Path, required=True, metavar="KEYFILE")
    p.add_argument("--name", default="", help="the publisher's name shown to users")
    p.set_defaults(handler=keygen_command)
    p = psub.add_parser("sign", help="sign a pack folder's manifest with a publisher's key")
    p.add_argument("path", type=Path, metavar="PACK")
    p.add_argument("--key", type=Path, required=True, metavar="KEYFILE")
    p.set_defaults(handler=sign_command)
    trust = psub.add_parser("trust", help="the publishers whose packs install without asking")
    tsub = trust.add_subparsers(dest="trust_command", metavar="ACTION", required=True)
    p = tsub.add_parser("add", help="trust a publisher's public key")
    p.add_argument("key", help="the public key (base64), a .pub file or a key file")
    p.add_argument("--name", default="", help="the publisher's name")
    p.set_defaults(handler=trust_add_command)
    p = tsub.add_parser("list", help="the trusted publishers")
    p.set_defaults(handler=trust_list_command)
    p = tsub.add_parser("remove", help="stop trusting a key")
    p.add_argument("fingerprint")
    p.set_defaults(handler=trust_remove_command)
    p = psub.add_parser("share", help="share the installed packs on this network until stopped")
    p.add_argument("--port", type=int, default=None, help="port (default 8737, else any free)")
    p.add_argument(
        "--bind",
        action="append",
        metavar="ADDRESS",
        help="serve on this private or loopback address only (default: every private one)",
    )
    p.add_argument("--no-announce", action="store_true", help="do not announce with mDNS")
    p.add_argument("--max-downloads", type=int, default=4, help="files sent at once")
    p.set_defaults(handler=share_command)
    p = psub.add_parser("peers", help="list nearby shares; --sync ID takes a pack from one")
    p.add_argument(
        "--address", action="append", metavar="HOST:PORT", help="a share's address (typed)"
    )
    p.add_argument("--wait", type=float, default=3.0, help="seconds to listen for shares")
    p.add_argument(
        "--interface",
        action="append",
        metavar="ADDRESS",
        help="listen for shares on this address only (default: every private one)",
    )
    p.add_argument("--sync", metavar="ID", help="sync this pack from the first share offering it")
    add_trust_signer(p)
    p.add_argument("--json", action="store_true", help="machine-readable list")
    p.set_defaults(handler=peers_command)


def add_trust_signer(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--trust-signer",
        action="append",
        default=[],
        metavar="FINGERPRINT",
        help="accept a pack signed by this (untrusted) key, for this install only",
    )


def trust_policy(core: CoreServices, args: argparse.Namespace) -> TrustPolicy:
    return TrustPolicy.from_lines(
        core.settings.library.trusted_keys, allow=getattr(args, "trust_signer", None) or []
    )


@contextlib.contextmanager
def how_to_accept() -> Iterator[None]:
    """An untrusted signer's refusal also says how to take the pack anyway."""
    try:
        yield
    except UntrustedSignerError as exc:
        raise UntrustedSignerError(
            QT_TRANSLATE_NOOP("Errors", "%1 To take it anyway: --trust-signer %2"),
            signer=exc.signer,
            args=(exc, exc.signer.fingerprint),
        ) from exc


def signer_text(manifest: Manifest, policy: TrustPolicy) -> str:
    """One line for ``pack verify``: who signed, and whether this computer trusts them."""
    s = manifest.signer
    if s is None:
        return "Not signed: the publisher cannot be checked."
    known = policy.name_of(s)
    if s.is_sample:
        state = "the SAMPLE key, trusted only for the sample pack bundled with the app"
    elif policy.is_trusted(s):
        state = "trusted"
    else:
        state = "NOT trusted on this computer"
    name = known or (f"claims to be {s.name}" if s.name else "no name")
    return f"Signed by: {name} (fingerprint {s.fingerprint}) — {state}."


# --------------------------------------------------------------------------- keys
def _passphrase(*, confirm: bool) -> str:
    env = os.environ.get(PASSPHRASE_ENV)
    if env is not None:
        return env
    if sys.stdin.isatty():
        first = getpass.getpass("Passphrase for the key: ")
        if confirm and getpass.getpass("The same passphrase again: ") != first:
            raise InvalidInputError(
                QT_TRANSLATE_NOOP("Errors", "The two passphrases differ; nothing was written.")
            )
        return first
    line = sys.stdin.readline()
    if not line:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP(
                "Errors", "No passphrase: type it, pipe it on standard input, or set %1."
            ),
            args=(PASSPHRASE_ENV,),
        )
    return line.rstrip("\r\n")


def _inside(path: Path, folder: Path) -> bool:
    try:
        return path.resolve().is_relative_to(folder.resolve())
    except OSError:
        return False


def _check_outside_data(path: Path, paths: Paths, data_dir: str | None) -> None:
    folders = [paths.config, paths.data, paths.cache, paths.logs]
    if data_dir:
        folders.append(Path(data_dir).expanduser())
    if any(_inside(path, f) for f in folders):
        raise InvalidInputError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "%1 is inside the app's data folder. Keep a signing key somewhere else "
                "(a USB stick, your documents), never with the app's data.",
            ),
            args=(path,),
        )


def keygen_command(args: argparse.Namespace) -> int:
    target: Path = args.out
    _check_outside_data(target, args.paths, getattr(args, "data_dir", None))
    if target.exists():
        raise InvalidInputError(ALREADY_EXISTS, args=(target,))
    passphrase = _passphrase(confirm=True)
    key = generate_key(args.name.strip())
    write_key_file(target, key, passphrase)
    pub = target.with_name(target.name + ".pub")
    atomic_write_text(pub, f"{key.public} {key.name}".strip() + "\n")
    out(f"Key written to {target} (keep it and its passphrase safe).")
    out(f"Public key (give it to the people who install your packs): {pub}")
    out(f"Fingerprint: {key.fingerprint}")
    return 0


def sign_command(args: argparse.Namespace) -> int:
    from companion.core.library.service import drain
    from companion.core.library.sideload import verify_pack

    folder: Path = args.path
    manifest_path = folder if folder.name == MANIFEST_NAME else folder / MANIFEST_NAME
    if not manifest_path.is_file():
        raise InvalidInputError(
            QT_TRANSLATE_NOOP("Errors", "No %1 in %2: give a pack folder."),
            args=(MANIFEST_NAME, folder),
        )
    if _inside(args.key, manifest_path.parent):
        raise InvalidInputError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "%1 is inside the pack folder, which is copied and shared as it is. Keep "
                "the signing key somewhere else.",
            ),
            args=(args.key,),
        )
    report = drain(verify_pack(manifest_path.parent))
    if not report.ok:
        for problem in report.problems:
            sys.stderr.write(f"problem: {problem}\n")
        raise InvalidInputError(
            QT_TRANSLATE_NOOP(
                "Errors", "The pack's files do not match its manifest; fix them before signing."
            )
        )
    key = load_key_file(args.key, _passphrase(confirm=False))
    signed = sign_manifest(manifest_path.read_bytes(), key)
    tmp = manifest_path.with_name(MANIFEST_NAME + ".tmp")
    tmp.write_bytes(signed)
    os.replace(tmp, manifest_path)
    out(f"Signed {manifest_path} as {key.name or 'no name'} (fingerprint {key.fingerprint}).")
    return 0


# --------------------------------------------------------------------------- trust list
def trust_add_command(args: argparse.Namespace) -> int:
    entry = read_public_key(args.key, args.name)
    core = open_services(args)
    try:
        keys = trusted_keys(core.settings.library.trusted_keys)
        kept = [k for k in keys if k.key != entry.key]
        _set_trusted(core, [k.line() for k in (*kept, entry)])
        out(f"Trusted: {entry.name or 'no name'} (fingerprint {entry.fingerprint}).")
        return 0
    finally:
        core.close()


def _set_trusted(core: CoreServices, lines: list[str]) -> None:
    """Through the settings service, the one place settings change."""
    from companion.core.app import AppServices

    AppServices(core).settings.update(lambda s: setattr(s.library, "trusted_keys", lines))


def trust_list_command(args: argparse.Namespace) -> int:
    from companion.core.library.signing import SAMPLE_KEY_NAME, SAMPLE_PUBLIC_KEY, fingerprint

    core = open_services(args)
    try:
        for k in trusted_keys(core.settings.library.trusted_keys):
            out(f"{k.fingerprint}\t{k.name}")
        out(
            f"{fingerprint(SAMPLE_PUBLIC_KEY)}\t{SAMPLE_KEY_NAME} "
            "[sample: only for the bundled sample pack]"
        )
        return 0
    finally:
        core.close()


def trust_remove_command(args: argparse.Namespace) -> int:
    wanted = normalise_fingerprint(args.fingerprint)
    core = open_services(args)
    try:
        keys = trusted_keys(core.settings.library.trusted_keys)
        kept = [k for k in keys if k.fingerprint != wanted]
        if len(kept) == len(keys):
            raise InvalidInputError(
                QT_TRANSLATE_NOOP("Errors", "No trusted key has the fingerprint %1."),
                args=(wanted,),
            )
        _set_trusted(core, [k.line() for k in kept])
        out(f"No longer trusted: {wanted}.")
        return 0
    finally:
        core.close()


# --------------------------------------------------------------------------- sharing
def share_command(args: argparse.Namespace) -> int:
    import segno

    from companion.core.app import AppServices
    from companion.core.library.share import PackShare

    core = open_services(args)
    try:
        lib = AppServices(core).library()
        share = PackShare(
            lib.store,
            addresses=args.bind,
            port=args.port,
            max_downloads=max(1, args.max_downloads),
            announce=not args.no_announce,
        )
        share.start()
        stop = threading.Event()
        for sig in (signal.SIGINT, signal.SIGTERM):
            signal.signal(sig, lambda *_: stop.set())
        try:
            for url in share.urls:
                out(f"Sharing packs at {url}")
            if sys.stdout.isatty() and share.urls:
                segno.make(share.urls[0], error="m").terminal(compact=True)
            out("Press Ctrl+C to stop sharing.")
            sys.stdout.flush()
            while not stop.wait(0.5):
                pass
        finally:
            share.stop()
        out("Stopped sharing.")
        return 0
    finally:
        core.close()


def peers_command(args: argparse.Namespace) -> int:
    from companion.core.library.peers import Peer, base_url, discover, list_packs, peer_http

    bases: list[tuple[str, str]] = [(base_url(a), "") for a in args.address or []]
    if args.interface or not args.address:
        bases += discover(args.wait, args.interface)
    core = open_services(args)
    http = peer_http(core.clock.now)
    try:
        peers: list[Peer] = []
        seen: set[str] = set()
        for base, name in bases:
            if base in seen:
                continue
            seen.add(base)
            try:
                peer = list_packs(http, base)
            except KnownError as exc:  # one unreachable share must not hide the others
                sys.stderr.write(f"warning: {base}: {exc}\n")
                continue
            peers.append(Peer(peer.base, peer.name or name, peer.packs))
        if args.sync:
            return _sync_from(core, http, peers, args)
        if args.json:
            print_json(
                [
                    {"address": p.base, "name": p.name, "packs": [vars(x) for x in p.packs]}
                    for p in peers
                ]
            )
            return 0
        if not peers:
            out("No share found on this network. Ask for its address and use --address.")
        for p in peers:
            out(f"{p.name or '?'}\t{p.base}")
            for x in p.packs:
                signer = x.signer or "not signed"
                out(f"    {x.id}\t{x.version}\t{x.size / 1_000_000:.1f} MB\tsigner {signer}")
        return 0
    finally:
        http.close()
        core.close()


def _sync_from(core: CoreServices, http: Any, peers: list[Any], args: argparse.Namespace) -> int:
    from companion.commands.library import _pdf_text, _Reporter, _run
    from companion.core.app import AppServices
    from companion.core.library.peers import sync_from_peer

    offering = [p for p in peers if any(x.id == args.sync for x in p.packs)]
    if not offering:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP("Errors", "No share nearby offers the pack %1."),
            args=(repr(args.sync),),
        )
    peer = offering[0]
    lib = AppServices(core).library()
    policy = trust_policy(core, args)
    reporter = _Reporter()
    with how_to_accept():
        result = _run(sync_from_peer(http, lib.store, peer, args.sync, policy), reporter)
    m = result.manifest
    if result.up_to_date:
        out(f"Pack {m.id} version {m.version} is up to date.")
    else:
        reporter.show(f"{result.bytes_fetched / 1_000_000:.1f} MB downloaded", final=True)
        lib.reindex(_pdf_text())
        out(
            f"Installed pack {m.id} version {m.version} from {peer.base}: "
            f"{result.files_fetched} files, {result.bytes_fetched / 1_000_000:.1f} MB."
        )
    if m.signer is not None:
        out(signer_text(m, policy))
    if getattr(args, "json", False):
        sys.stdout.write(json.dumps({"installed": m.id, "version": m.version}) + "\n")
    return 0
