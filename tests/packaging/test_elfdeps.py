"""The tiny ELF reader and the bundle's library check, on real files of this machine."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import check_bundle
import elfdeps


def _ssl_extension() -> Path:
    import _ssl

    assert _ssl.__file__
    return Path(_ssl.__file__)


def test_reads_needed_libraries_and_glibc() -> None:
    info = elfdeps.read_elf(_ssl_extension())
    assert any(n.startswith("libssl.so") for n in info.needed)
    assert any(n.startswith("libcrypto.so") for n in info.needed)
    assert info.glibc is not None and info.glibc >= (2, 2)


def test_qt_library_needs_qt_core() -> None:
    import PySide6

    lib = Path(PySide6.__file__).parent / "Qt" / "lib" / "libQt6Gui.so.6"
    assert "libQt6Core.so.6" in elfdeps.read_elf(lib).needed
    assert elfdeps.read_elf(lib).has_debug_info is False


def test_not_elf(tmp_path: Path) -> None:
    text = tmp_path / "x.so"
    text.write_text("hello")
    assert not elfdeps.is_elf(text)
    with pytest.raises(ValueError, match="not an ELF"):
        elfdeps.read_elf(text)


def test_unbundled_dependency_is_reported_then_satisfied(tmp_path: Path) -> None:
    ext = _ssl_extension()
    internal = tmp_path / "_internal"
    (internal / "lib-dynload").mkdir(parents=True)
    shutil.copy2(ext, internal / "lib-dynload" / ext.name)
    report = check_bundle.Report()
    check_bundle.check_linux_libs(tmp_path, report)
    assert report.failures and "libssl.so" in report.failures[0]
    # beside it is not where the loader looks (no RUNPATH); _internal is (LD_LIBRARY_PATH)
    needed = [n for n in elfdeps.read_elf(ext).needed if n.startswith(("libssl", "libcrypto"))]
    for lib in needed:
        (internal / "lib-dynload" / lib).write_bytes(b"not really a library")
    report = check_bundle.Report()
    check_bundle.check_linux_libs(tmp_path, report)
    assert report.failures
    for lib in needed:
        (internal / lib).write_bytes(b"not really a library")
    report = check_bundle.Report()
    check_bundle.check_linux_libs(tmp_path, report)
    assert report.failures == []


def test_runpath_is_read_and_expanded() -> None:
    import PySide6

    lib = Path(PySide6.__file__).parent / "QtCore.abi3.so"
    info = elfdeps.read_elf(lib)
    assert any("$ORIGIN" in r for r in info.runpath)
    dirs = elfdeps.search_dirs(lib, info)
    assert (lib.parent / "Qt" / "lib").resolve() in dirs


def test_symlinks_are_reported(tmp_path: Path) -> None:
    (tmp_path / "real.so").write_bytes(b"x")
    report = check_bundle.Report()
    check_bundle.check_no_symlinks(tmp_path, report)
    assert report.failures == []
    (tmp_path / "link.so").symlink_to(tmp_path / "real.so")
    check_bundle.check_no_symlinks(tmp_path, report)
    assert report.failures and "1 symbolic links" in report.failures[0]


def test_missing_bundle_fails_with_a_hint(tmp_path: Path) -> None:
    report = check_bundle.check(tmp_path / "nothing")
    assert report.failures and "packaging/build.py" in report.failures[0]
