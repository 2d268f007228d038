"""Trim ICU's data library (``libicudata.so.NN``, 32 MB in the Qt wheel) to what Qt uses.

Qt Core calls ICU for four things only (its imported ``*_73`` symbols): collation
(``ucol_*``: QCollator, locale-aware sorting in file dialogs), time-zone names
(``ucal_*``: QTimeZone::displayName), legacy text encodings (``ucnv_*``:
QStringDecoder for names other than UTF-8/16/32 and Latin-1) and case mapping (built
into libicuuc, no data). Everything else in the data library (break iterators and
their CJK/Thai dictionaries, transliteration, spelled-out numbers, unit, currency,
language and region display names) is never read by Qt: Qt has its own CLDR tables for
QLocale. The library is rebuilt with:

* the core tables (``root``, ``supplementalData``, ``likelySubtags``, ``zoneinfo64``,
  ``metaZones`` ...), the locale data of the app's languages (and English);
* collation: the root order (``ucadata.icu``, right for most Latin-script languages) and
  the tailorings of the app's languages; other languages sort by the root order;
* time-zone names in the app's languages (others fall back to ``GMT+03:00`` forms);
* every single-byte code page (Windows-125x, ISO-8859-x, KOI8, Mac ...): tables up to
  :data:`MAX_CONVERTER` bytes; the multi-byte East Asian tables are left out (the app
  decodes network text in Python, never with Qt).

Pure Python except the last step: the trimmed package is wrapped into a shared library
exporting the same ``icudtNN_dat`` symbol with the system assembler and linker
(``cc``/binutils).

    python packaging/icu_data.py LIB [OUT]   # report (and write) a trimmed library
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

_SYMBOL = re.compile(rb"^icudt\d+_dat$")
_SHT_DYNSYM = 11

#: ICU trees Qt never reads (see the module docstring)
DROP_TREES = ("brkitr", "translit", "rbnf", "unit", "curr", "lang", "region")
#: top-level items Qt never reads: character names, IDNA/stringprep, spoof checks
DROP_FILES = ("unames.icu", "confusables.cfu", "uts46.nrm", "*.spp")
#: converter tables up to this size are kept (every single-byte code page is < 10 KB)
MAX_CONVERTER = 30_000
#: locale-independent resource bundles in the top-level tree (not locales)
_NOT_LOCALES = {
    "root",
    "pool",
    "res_index",
    "supplementalData",
    "likelySubtags",
    "metadata",
    "metaZones",
    "windowsZones",
    "timezoneTypes",
    "zoneinfo64",
    "keyTypeData",
    "icuver",
    "icustd",
    "numberingSystems",
    "plurals",
    "pluralRanges",
    "dayPeriods",
    "genderList",
    "grammaticalFeatures",
    "units",
    "currencyNumericCodes",
    "langInfo",
    "tzdbNames",
}


@dataclass(frozen=True)
class Item:
    name: str  # "icudt73l/coll/root.res"
    data: bytes


@dataclass(frozen=True)
class Package:
    header: bytes  # the common-data header ("CmnD"), kept as is
    items: tuple[Item, ...]
    symbol: str  # "icudt73_dat"

    @property
    def size(self) -> int:
        return sum(len(i.data) for i in self.items)


def _elf_symbol(data: bytes) -> tuple[str, int, int]:
    """Name, file offset and size of the ``icudtNN_dat`` object in an ELF64 library."""
    if data[:4] != b"\x7fELF" or data[4] != 2 or data[5] != 1:
        raise ValueError("not a little-endian ELF64 file")
    (shoff,) = struct.unpack_from("<Q", data, 0x28)
    shentsize, shnum = struct.unpack_from("<HH", data, 0x3A)
    sections = [
        struct.unpack_from("<IIQQQQIIQQ", data, shoff + i * shentsize) for i in range(shnum)
    ]
    for _n, stype, _f, _a, off, size, link, _i, _al, entsize in sections:
        if stype != _SHT_DYNSYM:
            continue
        strtab_off = sections[link][4]
        for pos in range(off, off + size, entsize):
            st_name, _info, _other, shndx, value, st_size = struct.unpack_from("<IBBHQQ", data, pos)
            end = data.index(b"\0", strtab_off + st_name)
            name = data[strtab_off + st_name : end]
            if _SYMBOL.match(name) and shndx:
                sec = sections[shndx]
                return name.decode(), sec[4] + value - sec[3], st_size
    raise ValueError("no icudtNN_dat symbol: not an ICU data library")


def read_package(lib: Path) -> Package:
    """The ICU common data package inside ``libicudataNN.so``."""
    raw = lib.read_bytes()
    symbol, off, size = _elf_symbol(raw)
    return parse(raw[off : off + size], symbol)


def parse(blob: bytes, symbol: str) -> Package:
    """A common data package from its bytes (what :func:`pack` writes)."""
    (header_size,) = struct.unpack_from("<H", blob, 0)
    if blob[2:4] != b"\xda\x27" or blob[12:16] != b"CmnD":
        raise ValueError("not an ICU common data package")
    toc = header_size
    (count,) = struct.unpack_from("<I", blob, toc)
    entries = [struct.unpack_from("<II", blob, toc + 4 + 8 * i) for i in range(count)]
    items = []
    for i, (name_off, data_off) in enumerate(entries):
        end = blob.index(b"\0", toc + name_off)
        name = blob[toc + name_off : end].decode("ascii")
        stop = entries[i + 1][1] if i + 1 < count else len(blob) - toc
        items.append(Item(name, blob[toc + data_off : toc + stop]))
    return Package(blob[:header_size], tuple(items), symbol)


def _is_app_locale(stem: str, languages: tuple[str, ...]) -> bool:
    return stem in ("root", "pool", "res_index") or stem.split("_")[0] in languages


def keep_item(name: str, languages: tuple[str, ...]) -> bool:
    """Whether Qt can need item ``name`` (``icudt73l/coll/fr.res``) for these languages."""
    parts = name.split("/")[1:]
    base = parts[-1]
    stem = base.rsplit(".", 1)[0]
    if len(parts) > 2:
        return False
    if len(parts) == 2:
        tree = parts[0]
        if tree in DROP_TREES:
            return False
        if tree == "coll":
            return base == "ucadata.icu" or _is_app_locale(stem, languages)
        if tree == "zone":
            return stem == "tzdbNames" or _is_app_locale(stem, languages)
        return True
    if any(Path(base).match(p) for p in DROP_FILES):
        return False
    if base.endswith(".res") and stem not in _NOT_LOCALES:
        return _is_app_locale(stem, languages)  # a locale: sw_TZ.res, fr.res ...
    return True


def trim(pkg: Package, languages: tuple[str, ...]) -> Package:
    """The package with only what Qt can need for ``languages`` (English always)."""
    langs = tuple(sorted({"en", *languages}))
    kept = []
    for item in pkg.items:
        if item.name.endswith(".cnv"):
            if len(item.data) <= MAX_CONVERTER:
                kept.append(item)
        elif keep_item(item.name, langs):
            kept.append(item)
    return Package(pkg.header, tuple(kept), pkg.symbol)


def _pad16(n: int) -> int:
    return (n + 15) & ~15


def pack(pkg: Package) -> bytes:
    """The common data bytes (header, table of contents, 16-byte-aligned items), the
    layout ICU's ``udata`` reads and ``icupkg`` writes. Items stay sorted by name
    (ICU looks them up by binary search)."""
    names = sorted(pkg.items, key=lambda i: i.name.encode("ascii"))
    count = len(names)
    name_bytes = b"".join(i.name.encode("ascii") + b"\0" for i in names)
    toc_size = 4 + 8 * count
    first = _pad16(len(pkg.header) + toc_size + len(name_bytes)) - len(pkg.header)
    entries, body, pos = [], bytearray(), first
    name_pos = toc_size
    for item in names:
        entries.append((name_pos, pos))
        name_pos += len(item.name) + 1
        chunk = item.data + b"\0" * (_pad16(len(item.data)) - len(item.data))
        body += chunk
        pos += len(chunk)
    toc = struct.pack("<I", count) + b"".join(struct.pack("<II", *e) for e in entries)
    head = pkg.header + toc + name_bytes
    head += b"\0" * (_pad16(len(head)) - len(head))
    return bytes(head + body)


def link_library(data: bytes, symbol: str, soname: str, out: Path) -> None:
    """Write ``out``: a shared library exporting ``symbol`` = ``data`` (16-byte
    aligned, read-only), as ICU's own ``pkgdata`` builds it."""
    cc = shutil.which("cc") or shutil.which("gcc")
    if not cc:
        raise RuntimeError("no C compiler driver (cc) to link the ICU data library")
    with tempfile.TemporaryDirectory(prefix="icudata-") as tmp:
        dat = Path(tmp) / "icudt.dat"
        dat.write_bytes(data)
        asm = Path(tmp) / "icudt.s"
        asm.write_text(
            f"\t.section .rodata\n\t.balign 16\n\t.globl {symbol}\n\t.type {symbol}, @object\n"
            f'{symbol}:\n\t.incbin "{dat}"\n\t.size {symbol}, .-{symbol}\n'
            '\t.section .note.GNU-stack,"",@progbits\n',
            encoding="ascii",
        )
        subprocess.run(
            [
                *(cc, "-shared", "-nostdlib", f"-Wl,-soname,{soname}", "-Wl,-z,noexecstack"),
                *("-o", str(out), str(asm)),
            ],
            check=True,
        )


def trim_library(lib: Path, languages: tuple[str, ...]) -> tuple[int, int]:
    """Replace ``lib`` by a trimmed copy; returns its size (bytes) before and after."""
    before = lib.stat().st_size
    pkg = trim(read_package(lib), languages)
    tmp = lib.with_name(lib.name + ".trimmed")
    link_library(pack(pkg), pkg.symbol, lib.name, tmp)
    tmp.replace(lib)
    return before, lib.stat().st_size


def main(argv: list[str]) -> int:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import bundle_config as cfg

    lib = Path(argv[0])
    pkg = read_package(lib)
    small = trim(pkg, cfg.APP_LANGUAGES)
    sys.stdout.write(
        f"{lib.name}: {len(pkg.items)} items, {pkg.size / 1e6:.1f} MB -> "
        f"{len(small.items)} items, {small.size / 1e6:.1f} MB\n"
    )
    if len(argv) > 1:
        out = Path(argv[1])
        link_library(pack(small), small.symbol, lib.name, out)
        sys.stdout.write(f"wrote {out} ({out.stat().st_size / 1e6:.1f} MB)\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
