"""Windows file semantics on Linux, for tests that must fail where Windows would.

Windows differs from POSIX in two ways that broke the app there (issue 22):

* a file cannot be renamed, replaced or deleted while any handle on it is open
  (``PermissionError: [WinError 32] The process cannot access the file because it is
  being used by another process``), and a folder cannot be renamed or removed while
  a file inside it is open;
* ``os.fsync`` needs a handle opened for writing (``OSError: [Errno 9] Bad file
  descriptor`` on a read-only one).

The fixture ``windows_files`` patches ``os.rename``, ``os.replace``, ``os.remove``,
``os.unlink``, ``os.rmdir`` and ``os.fsync`` to behave like that (on Windows itself
it patches nothing). It finds open
handles the way Windows does, from the process's own open files (``/proc/self/fd``),
so every handle counts: Python file objects, raw descriptors, and SQLite's own (a
connection holds its database, ``-wal`` and ``-shm`` files).
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest

StrPath = str | bytes | os.PathLike[str] | os.PathLike[bytes]


def _resolve(path: StrPath, dir_fd: int | None = None) -> str:
    p = os.fsdecode(os.fspath(path))
    if dir_fd is not None and not os.path.isabs(p):
        p = os.path.join(os.readlink(f"/proc/self/fd/{dir_fd}"), p)
    return os.path.realpath(p)


def open_files() -> dict[str, int]:
    """Every regular file this process holds open: real path -> a descriptor."""
    found: dict[str, int] = {}
    for name in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{name}")
        except OSError:
            continue  # closed meanwhile (the listing's own descriptor)
        try:
            regular = stat.S_ISREG(os.stat(f"/proc/self/fd/{name}").st_mode)
        except OSError:
            continue
        if regular and target.startswith("/") and not target.endswith(" (deleted)"):
            found.setdefault(target, int(name))
    return found


def under_wine() -> bool:
    """True when this is Windows' Python running under Wine (which cannot show some of
    Windows' behaviour: symbolic links, permissions; see ../shared/wine/README.md)."""
    if os.name != "nt":
        return False
    import ctypes

    try:
        return hasattr(ctypes.WinDLL("ntdll"), "wine_get_version")  # type: ignore[attr-defined,unused-ignore]
    except OSError:
        return False


@dataclass
class WindowsFiles:
    """What the patched functions refused, for assertions."""

    refused: list[str] = field(default_factory=list)
    #: False on Windows itself, where nothing is patched and ``refused`` stays empty
    simulated: bool = True

    def was_refused(self) -> bool:
        """Something was refused (always assumed on Windows, where it is real)."""
        return bool(self.refused) or not self.simulated

    def held(self, path: StrPath, dir_fd: int | None = None) -> str | None:
        """The open file that keeps ``path`` (a file, or a folder above it) in place."""
        target = _resolve(path, dir_fd)
        prefix = target.rstrip("/") + "/"
        for name in open_files():
            if name == target or name.startswith(prefix):
                return name
        return None

    def refuse(self, op: str, path: StrPath, held: str) -> PermissionError:
        self.refused.append(f"{op} {os.fsdecode(os.fspath(path))}")
        err = PermissionError(
            errno.EACCES,
            "The process cannot access the file because it is being used by another "
            f"process: {held}",
            os.fsdecode(os.fspath(path)),
        )
        err.winerror = 32  # type: ignore[attr-defined]
        return err


def _wrap_move(files: WindowsFiles, name: str, real: Callable[..., Any]) -> Callable[..., Any]:
    def move(src: StrPath, dst: StrPath, *args: Any, **kwargs: Any) -> Any:
        for path, fd in ((src, kwargs.get("src_dir_fd")), (dst, kwargs.get("dst_dir_fd"))):
            held = files.held(path, fd)
            if held is not None:
                raise files.refuse(name, path, held)
        return real(src, dst, *args, **kwargs)

    return move


def _wrap_remove(files: WindowsFiles, name: str, real: Callable[..., Any]) -> Callable[..., Any]:
    def remove(path: StrPath, *args: Any, **kwargs: Any) -> Any:
        held = files.held(path, kwargs.get("dir_fd"))
        if held is not None:
            raise files.refuse(name, path, held)
        return real(path, *args, **kwargs)

    return remove


def _wrap_fsync(files: WindowsFiles, real: Callable[[Any], None]) -> Callable[[Any], None]:
    import fcntl  # POSIX only: the fixture patches nothing elsewhere

    def fsync(fd: Any) -> None:
        number = fd if isinstance(fd, int) else fd.fileno()
        # a folder's fsync is POSIX-only code (companion/core/atomic.py skips it there)
        if (
            stat.S_ISREG(os.fstat(number).st_mode)
            and fcntl.fcntl(number, fcntl.F_GETFL) & os.O_ACCMODE == os.O_RDONLY
        ):
            files.refused.append(f"fsync {number}")
            raise OSError(errno.EBADF, "Bad file descriptor")
        real(fd)

    return fsync


@pytest.fixture
def windows_files(monkeypatch: pytest.MonkeyPatch) -> Iterator[WindowsFiles]:
    """Rename, replace, delete and fsync as on Windows (see the module docstring)."""
    if os.name == "nt":  # the real thing
        yield WindowsFiles(simulated=False)
        return
    files = WindowsFiles()
    if not os.path.isdir("/proc/self/fd"):
        pytest.skip("needs /proc/self/fd to see open files (Linux)")
    for name in ("rename", "replace"):
        monkeypatch.setattr(os, name, _wrap_move(files, name, getattr(os, name)))
    for name in ("remove", "unlink", "rmdir"):
        monkeypatch.setattr(os, name, _wrap_remove(files, name, getattr(os, name)))
    monkeypatch.setattr(os, "fsync", _wrap_fsync(files, os.fsync))
    yield files
