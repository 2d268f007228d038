from __future__ import annotations

from pathlib import Path

from companion.core.clock import Clock
from companion.core.event.current import current_basics
from companion.core.event.store import EventStore
from companion.core.paths import Paths
from companion.core.settings import Settings
from tests.core.event.helpers import event_bytes


def test_basics_from_the_shipped_edition(paths: Paths) -> None:
    settings = Settings()
    settings.live.extra_tags = ["#mining", "ASM"]
    basics = current_basics(paths, settings)
    assert basics.hashtag == "shareASM"
    assert basics.extra_tags == ("ASM", "artisanalmining", "mining")
    assert basics.templates and all("#shareASM" in t for t in basics.templates)
    assert basics.event_id == "shareasm-2018"


def test_basics_follow_a_newer_file(paths: Paths, tmp_path: Path) -> None:
    f = tmp_path / "e.json"
    f.write_bytes(
        event_bytes(hashtag="#shareASM2019", extra_tags=["gold"], templates=["Hello #shareASM2019"])
    )
    EventStore(paths).import_file(f, now=Clock().now())
    basics = current_basics(paths, Settings())
    assert basics.hashtag == "shareASM2019"
    assert basics.extra_tags == ("gold",)
    assert basics.templates == ("Hello #shareASM2019",)
