"""Every directory the app uses, derived from platformdirs in one place.

``Paths.for_data_dir(DIR)`` puts config, data, cache and logs under one folder
(tests, ``--data-dir``, portable installs). Nothing else in the app builds a
path from the home directory.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path
from typing import NamedTuple

from companion import APP_ID

log = logging.getLogger(__name__)

#: name of the marker file that makes an install portable (data beside the app)
PORTABLE_MARKER = "portable"
#: environment override, same meaning as ``--data-dir``
DATA_DIR_ENV = "SHAREASM_DATA_DIR"


class Paths(NamedTuple):
    config: Path
    data: Path
    cache: Path
    logs: Path

    @classmethod
    def for_data_dir(cls, root: Path) -> Paths:
        root = root.expanduser().absolute()
        return cls(
            config=root / "config",
            data=root / "data",
            cache=root / "cache",
            logs=root / "logs",
        )

    @classmethod
    def platform_default(cls) -> Paths:
        # only here: platformdirs imports tempfile, shutil and random (~1.4 MB, ~5 ms),
        # which a start with ``--data-dir``, the environment or a portable marker never uses
        import platformdirs

        return cls(
            config=Path(platformdirs.user_config_dir(APP_ID, appauthor=False, roaming=True)),
            data=Path(platformdirs.user_data_dir(APP_ID, appauthor=False)),
            cache=Path(platformdirs.user_cache_dir(APP_ID, appauthor=False)),
            logs=Path(platformdirs.user_log_dir(APP_ID, appauthor=False)),
        )

    @classmethod
    def resolve(cls, data_dir: str | os.PathLike[str] | None = None) -> Paths:
        """Pick the directories: ``--data-dir``, then the environment, then a
        portable marker beside the executable, then the platform defaults."""
        if data_dir:
            return cls.for_data_dir(Path(data_dir))
        env = os.environ.get(DATA_DIR_ENV)
        if env:
            return cls.for_data_dir(Path(env))
        portable = portable_root()
        if portable is not None:
            return cls.for_data_dir(portable / "shareasm-data")
        return cls.platform_default()

    def ensure(self) -> None:
        for p in (self.config, self.data, self.cache, self.logs):
            p.mkdir(parents=True, exist_ok=True)

    @property
    def settings_file(self) -> Path:
        return self.config / "settings.json"

    @property
    def database_file(self) -> Path:
        return self.data / "companion.sqlite3"

    @property
    def log_file(self) -> Path:
        return self.logs / "companion.log"


def executable_dir() -> Path:
    """The folder of the frozen executable, or of the source tree when run from it."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return Path(__file__).resolve().parents[2]


def portable_root() -> Path | None:
    """The app folder when a ``portable`` marker file sits beside the frozen executable."""
    if not getattr(sys, "frozen", False):
        return None
    root = executable_dir()
    return root if (root / PORTABLE_MARKER).is_file() else None


def resources_dir() -> Path:
    """Where ``resources/`` is: beside the package in a source tree or wheel, or in the bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    here = Path(__file__).resolve().parents[1]  # companion/
    for candidate in (here / "resources", here.parent / "resources"):
        if candidate.is_dir():
            return candidate
    return here.parent / "resources"
