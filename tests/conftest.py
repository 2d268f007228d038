"""Shared fixtures. Tests never touch the real home: HOME and XDG dirs point into tmp."""

from __future__ import annotations

import gc
import logging
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# A private home for the whole test session, set before anything reads it.
_HOME = Path(tempfile.mkdtemp(prefix="companion-test-home-"))
for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
    if not os.environ.get("COMPANION_KEEP_XDG"):
        os.environ[var] = str(_HOME / var.lower())
os.environ["SHAREASM_DATA_DIR"] = str(_HOME / "default-data")

from companion.core.accounts.credentials import MemoryCredentialStore  # noqa: E402
from companion.core.connectivity import stay_on_this_machine  # noqa: E402
from companion.core.logsetup import install_redacting_record_factory  # noqa: E402
from companion.core.paths import Paths  # noqa: E402
from companion.core.services import CoreServices  # noqa: E402
from tests.support.windows_semantics import windows_files  # noqa: E402, F401  (a fixture)

install_redacting_record_factory()

from tests.support import netguard  # noqa: E402

netguard.install()

from hypothesis import HealthCheck, settings  # noqa: E402

# Property tests judge results, never speed: no per-example deadline (200 ms by default)
# and no "too slow" health check, which fail on a busy CI machine or under faketime.
settings.register_profile("companion", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("companion")


@pytest.fixture(autouse=True)
def nothing_leaves_the_machine(request: pytest.FixtureRequest) -> Iterator[None]:
    """Only loopback and AF_UNIX connections (tests/support/netguard.py); a test that
    tried to reach another host fails."""
    netguard.take()
    yield
    refused = netguard.take()
    if refused and not request.node.get_closest_marker("allow_off_machine_attempts"):
        pytest.fail("the test tried to reach off the machine: " + "; ".join(refused[:5]))


@pytest.fixture
def paths(tmp_path: Path) -> Paths:
    p = Paths.for_data_dir(tmp_path / "data-dir")
    p.ensure()
    return p


@pytest.fixture
def core(paths: Paths) -> Iterator[CoreServices]:
    services = CoreServices.open(paths, credentials=MemoryCredentialStore())
    # the shipped defaults that point off the machine are off in tests (as in self-test)
    stay_on_this_machine(services.settings)
    yield services
    services.close()


@pytest.fixture
def loopback() -> Iterator[object]:
    from tests.support.httpserver import LoopbackServer

    with LoopbackServer() as srv:
        yield srv


@pytest.fixture(autouse=True)
def collect_garbage_on_the_gui_thread() -> Iterator[None]:
    """As in the app (companion/ui/gc_guard.py): no automatic collection that could
    start in a worker thread and free Qt objects there; collect here instead."""
    gc.disable()
    try:
        yield
    finally:
        gc.collect()
        gc.enable()


class _WarningCollector(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@pytest.fixture(autouse=True)
def fail_on_unexpected_warnings(request: pytest.FixtureRequest) -> Iterator[None]:
    """A test fails if the app logs a WARNING or worse it did not declare with
    ``@pytest.mark.allow_warnings`` (after qutebrowser's ``logfail``)."""
    collector = _WarningCollector()
    root = logging.getLogger()
    root.addHandler(collector)
    try:
        yield
    finally:
        root.removeHandler(collector)
    if request.node.get_closest_marker("allow_warnings"):
        return
    app_records = [r for r in collector.records if r.name.startswith(("companion", "qt"))]
    if app_records:
        lines = "\n".join(f"{r.levelname} {r.name}: {r.getMessage()}" for r in app_records)
        pytest.fail(f"unexpected warnings were logged:\n{lines}")
