from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from companion.core.clock import Clock, parse_instant
from companion.core.errors import InvalidInputError
from companion.core.paths import Paths


def test_parse_instant() -> None:
    assert parse_instant("2018-03-15T09:00:00Z") == datetime(2018, 3, 15, 9, tzinfo=UTC)
    assert parse_instant("2018-03-15T12:00:00+03:00") == datetime(2018, 3, 15, 9, tzinfo=UTC)
    with pytest.raises(InvalidInputError, match="no time zone"):
        parse_instant("2018-03-15T09:00:00")
    with pytest.raises(InvalidInputError):
        parse_instant("yesterday")


def test_shifted_clock_moves_on() -> None:
    wall = [1000.0]
    clock = Clock(datetime(2018, 3, 15, 9, tzinfo=UTC), wall=lambda: wall[0])
    assert clock.now() == datetime(2018, 3, 15, 9, tzinfo=UTC)
    wall[0] += 61
    assert clock.now() == datetime(2018, 3, 15, 9, 1, 1, tzinfo=UTC)
    assert clock.is_shifted


def test_data_dir_puts_everything_under_it(tmp_path: Path) -> None:
    p = Paths.resolve(tmp_path)
    for d in (p.config, p.data, p.cache, p.logs):
        assert tmp_path in d.parents
    assert p.database_file.parent == p.data
