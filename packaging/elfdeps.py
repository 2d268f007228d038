"""Just enough ELF reading to list a shared library's direct dependencies (DT_NEEDED)
and the glibc symbol versions it asks for, without binutils on the machine."""

from __future__ import annotations

import re
import struct
from dataclasses import dataclass
from pathlib import Path

_ELF_MAGIC = b"\x7fELF"
_SHT_DYNAMIC = 6
_DT_NEEDED = 1
_DT_RPATH = 15
_DT_RUNPATH = 29
_GLIBC = re.compile(rb"GLIBC_(\d+)\.(\d+)(?:\.(\d+))?")


@dataclass(frozen=True)
class ElfInfo:
    needed: tuple[str, ...]
    #: highest ``GLIBC_x.y`` symbol version the file refers to, or None
    glibc: tuple[int, int] | None
    #: carries DWARF debug information (safe to remove with ``strip --strip-debug``)
    has_debug_info: bool = False
    #: DT_RUNPATH or DT_RPATH entries, as written (``$ORIGIN/../lib``)
    runpath: tuple[str, ...] = ()
    #: carries a full symbol table (``.symtab``; ``strip --strip-unneeded`` removes it)
    has_symtab: bool = False


def is_elf(path: Path) -> bool:
    try:
        with path.open("rb") as fh:
            return fh.read(4) == _ELF_MAGIC
    except OSError:
        return False


def read_elf(path: Path) -> ElfInfo:
    """DT_NEEDED names and the glibc version need of a 64- or 32-bit ELF file."""
    data = path.read_bytes()
    if data[:4] != _ELF_MAGIC:
        raise ValueError(f"{path}: not an ELF file")
    is64 = data[4] == 2
    endian = "<" if data[5] == 1 else ">"
    if is64:
        (shoff,) = struct.unpack_from(endian + "Q", data, 0x28)
        shentsize, shnum = struct.unpack_from(endian + "HH", data, 0x3A)
    else:
        (shoff,) = struct.unpack_from(endian + "I", data, 0x20)
        shentsize, shnum = struct.unpack_from(endian + "HH", data, 0x2E)

    def section(i: int) -> tuple[int, int, int, int]:
        """(type, offset, size, link) of section ``i``."""
        base = shoff + i * shentsize
        if is64:
            _name, stype, _flags, _addr, off, size, link = struct.unpack_from(
                endian + "IIQQQQI", data, base
            )
        else:
            _name, stype, _flags, _addr, off, size, link = struct.unpack_from(
                endian + "IIIIIII", data, base
            )
        return stype, off, size, link

    shstrndx: int = struct.unpack_from(endian + "H", data, 0x3E if is64 else 0x32)[0]
    _t, names_off, names_size, _l = section(shstrndx)
    names = data[names_off : names_off + names_size]

    def section_name(i: int) -> bytes:
        base = shoff + i * shentsize
        (name_off,) = struct.unpack_from(endian + "I", data, base)
        return names[name_off : names.index(b"\0", name_off)]

    debug = any(section_name(i) == b".debug_info" for i in range(shnum))
    symtab = any(section_name(i) == b".symtab" for i in range(shnum))
    needed: list[str] = []
    runpath: list[str] = []
    glibc: tuple[int, int] | None = None
    for i in range(shnum):
        stype, off, size, link = section(i)
        if stype != _SHT_DYNAMIC:
            continue
        _st, str_off, str_size, _l = section(link)
        strtab = data[str_off : str_off + str_size]
        entry = 16 if is64 else 8
        fmt = endian + ("qQ" if is64 else "iI")
        for pos in range(off, off + size, entry):
            tag, val = struct.unpack_from(fmt, data, pos)
            if tag == 0:
                break
            if tag in (_DT_NEEDED, _DT_RUNPATH, _DT_RPATH):
                end = strtab.index(b"\0", val)
                text = strtab[val:end].decode("utf-8", "replace")
                if tag == _DT_NEEDED:
                    needed.append(text)
                else:
                    runpath.extend(p for p in text.split(":") if p)
        for m in _GLIBC.finditer(strtab):
            v = (int(m.group(1)), int(m.group(2)))
            glibc = v if glibc is None or v > glibc else glibc
    return ElfInfo(tuple(needed), glibc, debug, tuple(runpath), symtab)


def loadable(path: Path) -> bool:
    """Every PT_LOAD segment's file offset and address agree modulo its alignment: what
    the loader insists on ("ELF load command address/offset not page-aligned" otherwise,
    which ``strip`` can cause on a library patchelf already rewrote)."""
    data = path.read_bytes()
    if data[:4] != _ELF_MAGIC or data[4] != 2:
        return data[:4] == _ELF_MAGIC  # 32-bit: not checked
    endian = "<" if data[5] == 1 else ">"
    (phoff,) = struct.unpack_from(endian + "Q", data, 0x20)
    phentsize, phnum = struct.unpack_from(endian + "HH", data, 0x36)
    for i in range(phnum):
        ptype, _flags, off, vaddr, _paddr, _fsz, _msz, align = struct.unpack_from(
            endian + "IIQQQQQQ", data, phoff + i * phentsize
        )
        if ptype == 1 and align > 1 and off % align != vaddr % align:
            return False
    return True


def search_dirs(path: Path, info: ElfInfo) -> list[Path]:
    """Folders the loader searches for ``path``'s dependencies from its RUNPATH/RPATH,
    with ``$ORIGIN`` expanded (the system folders and LD_LIBRARY_PATH not included)."""
    origin = str(path.parent)
    return [
        Path(entry.replace("${ORIGIN}", origin).replace("$ORIGIN", origin)).resolve()
        for entry in info.runpath
    ]
