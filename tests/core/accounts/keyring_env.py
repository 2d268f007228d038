"""A working Secret Service for the keyring tests (see ``test_keyring_real``)."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator

import keyring
import pytest
from keyring.backend import KeyringBackend

from companion.core.accounts.keyring_store import keyring_available

MUST_WORK = bool(os.environ.get("CI") or os.environ.get("COMPANION_REAL_KEYRING"))


def _working(backend: KeyringBackend) -> bool:
    if not keyring_available(backend):
        return False
    try:
        backend.get_password("shareasm-companion-test", "probe")
    except Exception:
        return False
    return True


def _private_secret_service() -> Iterator[KeyringBackend]:
    """A private dbus-daemon + unlocked gnome-keyring for this test session."""
    from keyring.backends import SecretService

    run_dir = tempfile.mkdtemp(prefix="companion-keyring-")
    os.chmod(run_dir, 0o700)
    env = dict(os.environ, XDG_RUNTIME_DIR=run_dir, XDG_DATA_HOME=os.path.join(run_dir, "d"))
    bus = subprocess.Popen(
        [
            "dbus-daemon",
            "--session",
            "--nofork",
            "--print-address=1",
            "--address=unix:path=" + os.path.join(run_dir, "bus"),
        ],
        stdout=subprocess.PIPE,
        env=env,
        text=True,
    )
    assert bus.stdout is not None
    address = bus.stdout.readline().strip()
    env["DBUS_SESSION_BUS_ADDRESS"] = address
    daemon = subprocess.Popen(
        ["gnome-keyring-daemon", "--foreground", "--unlock", "--components=secrets"],
        stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=env,
        text=True,
    )
    assert daemon.stdin is not None
    daemon.stdin.write("companion-test")
    daemon.stdin.close()
    saved = {k: os.environ.get(k) for k in ("DBUS_SESSION_BUS_ADDRESS", "XDG_RUNTIME_DIR")}
    os.environ["DBUS_SESSION_BUS_ADDRESS"] = address
    os.environ["XDG_RUNTIME_DIR"] = run_dir
    try:
        backend = SecretService.Keyring()
        deadline = time.monotonic() + 60
        while not _working(backend):  # the daemon takes a moment to claim its bus name
            if time.monotonic() > deadline or daemon.poll() is not None:
                pytest.fail("could not start a private gnome-keyring for the keyring tests")
            time.sleep(0.05)
        yield backend
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
        for proc in (daemon, bus):
            proc.terminate()
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                proc.kill()
        shutil.rmtree(run_dir, ignore_errors=True)


@pytest.fixture(scope="module")
def real_backend() -> Iterator[KeyringBackend]:
    backend = keyring.get_keyring()
    if _working(backend):
        yield backend
        return
    if MUST_WORK:
        pytest.fail(
            "COMPANION_REAL_KEYRING/CI is set but no Secret Service works: "
            f"keyring backend is {backend!r}. Run the tests with scripts/test.sh."
        )
    if not (shutil.which("dbus-daemon") and shutil.which("gnome-keyring-daemon")):
        pytest.fail("no keyring: install dbus and gnome-keyring (scripts/bootstrap.sh)")
    yield from _private_secret_service()
