"""shareASM Companion: a desktop companion for IIED's #shareASM digital day."""

from __future__ import annotations

from importlib import metadata

APP_NAME = "shareASM Companion"
APP_ID = "shareasm-companion"
ORG_NAME = "IIED shareASM"
LICENSE = "MIT"


def _version() -> str:
    try:
        return metadata.version(APP_ID)
    except metadata.PackageNotFoundError:  # running from a source tree without install
        return "0.0.0+source"


__version__ = _version()
