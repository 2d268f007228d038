"""shareASM Companion: a desktop companion for IIED's #shareASM digital day."""

from __future__ import annotations

APP_NAME = "shareASM Companion"
APP_ID = "shareasm-companion"
ORG_NAME = "IIED shareASM"
LICENSE = "MIT"

_version: str | None = None


def version() -> str:
    """The installed package's version (read once, on first use: importing
    ``importlib.metadata`` costs ~15 ms, so it stays off the start path)."""
    global _version
    if _version is None:
        from importlib import metadata

        try:
            _version = metadata.version(APP_ID)
        except metadata.PackageNotFoundError:  # a source tree without install
            _version = "0.0.0+source"
    return _version


def __getattr__(name: str) -> str:
    if name == "__version__":
        return version()
    raise AttributeError(f"module 'companion' has no attribute {name!r}")
