"""Helpers for the venue-sharing tests: signed packs in an app data folder, the CLI as a
subprocess, and private network namespaces (``ip netns`` + veth) for mDNS."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from companion.core.library.service import drain
from companion.core.library.sideload import import_pack
from companion.core.library.signing import SigningKey, TrustPolicy, sign_manifest
from companion.core.library.store import PackStore
from companion.core.paths import Paths
from tests.core.library.packs import photobook_raw, write_pack

ROOT = Path(__file__).resolve().parents[3]


def pages(n: int, size: int, seed: bytes = b"") -> dict[str, bytes]:
    """``n`` page files of ``size`` bytes each, different per seed."""
    block = os.urandom(min(size, 1 << 20))
    out = {}
    for i in range(n):
        head = seed + f"page {i}".encode()
        body = (block * (size // len(block) + 1))[: size - len(head)]
        out[f"book/en/page-{i + 1:02d}.jpg"] = head + body
    return out


def jpeg_page() -> bytes:
    import io

    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (64, 48), (200, 100, 50)).save(buf, "JPEG")
    return buf.getvalue()


def make_signed_pack(
    folder: Path, key: SigningKey | None, files: dict[str, bytes], *, version: str = "1"
) -> Path:
    raw = photobook_raw(files, version=version, pack_id="venue-pack")
    write_pack(folder, raw, files)
    if key is not None:
        m = folder / "manifest.json"
        m.write_bytes(sign_manifest(m.read_bytes(), key))
    return folder


def store_of(data_dir: Path) -> PackStore:
    return PackStore(Paths.for_data_dir(data_dir).data / "library")


def install_into(data_dir: Path, folder: Path) -> None:
    drain(import_pack(folder, store_of(data_dir), trust=None))


def cli_cmd(data_dir: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "companion", "--data-dir", str(data_dir), *args]


def cli_env() -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def run_cli(
    data_dir: Path, *args: str, netns: str = "", timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    cmd = cli_cmd(data_dir, *args)
    if netns:
        cmd = ["ip", "netns", "exec", netns, *cmd]
    return subprocess.run(
        cmd, capture_output=True, text=True, env=cli_env(), timeout=timeout, check=False
    )


@contextlib.contextmanager
def sharing(
    data_dir: Path, *args: str, netns: str = "", timeout: float = 60
) -> Iterator[tuple[str, subprocess.Popen[str]]]:
    """Run ``pack share`` in a subprocess; yields the first address it prints."""
    cmd = cli_cmd(data_dir, "pack", "share", *args)
    if netns:
        cmd = ["ip", "netns", "exec", netns, *cmd]
    proc = subprocess.Popen(
        cmd,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=cli_env(),
    )
    try:
        url = _read_address(proc.stdout, timeout)
        if not url:
            proc.kill()
            raise AssertionError(f"the share did not start: {proc.stderr.read()}")  # type: ignore[union-attr]
        yield url, proc
    finally:
        if proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(10)


def _read_address(stream: IO[str] | None, timeout: float) -> str:
    assert stream is not None
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        line = stream.readline()
        if not line:
            return ""
        if line.startswith("Sharing packs at "):
            return line.split(" at ", 1)[1].strip()
    return ""


def policy_of(*keys: SigningKey) -> TrustPolicy:
    from companion.core.library.signing import TrustedKey

    return TrustPolicy(tuple(TrustedKey(k.public, k.name) for k in keys))


# --------------------------------------------------------------------------- namespaces
class Namespaces:
    """Two network namespaces joined by a veth pair with link-local addresses: a venue
    network that exists only inside this test (nothing reaches a real interface)."""

    def __init__(self, tag: str) -> None:
        self.a = f"shareasm-{tag}-a"
        self.b = f"shareasm-{tag}-b"
        self.addr_a = "169.254.77.1"
        self.addr_b = "169.254.77.2"

    def create(self) -> bool:
        if shutil.which("ip") is None or os.geteuid() != 0:
            return False
        steps = [
            ["ip", "netns", "add", self.a],
            ["ip", "netns", "add", self.b],
            ["ip", "link", "add", "veth-sa", "netns", self.a, "type", "veth", "peer", "name"],
            ["ip", "-n", self.a, "addr", "add", f"{self.addr_a}/16", "dev", "veth-sa"],
            ["ip", "-n", self.b, "addr", "add", f"{self.addr_b}/16", "dev", "veth-sb"],
        ]
        for ns, dev in ((self.a, "veth-sa"), (self.b, "veth-sb")):
            steps += [["ip", "-n", ns, "link", "set", dev, "up"]]
            steps += [["ip", "-n", ns, "link", "set", "lo", "up"]]
        steps[2] += ["veth-sb", "netns", self.b]
        for step in steps:
            if subprocess.run(step, capture_output=True, check=False).returncode != 0:
                self.delete()
                return False
        return True

    def delete(self) -> None:
        for ns in (self.a, self.b):
            subprocess.run(["ip", "netns", "del", ns], capture_output=True, check=False)


def kill(proc: subprocess.Popen[Any]) -> None:
    with contextlib.suppress(ProcessLookupError):
        proc.kill()
    proc.wait(10)
