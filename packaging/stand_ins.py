"""Stand-ins for the Qt Quick and Qml libraries in the Linux bundle (16.6 MB saved).

The app has no Qt Quick: its Python modules are left out. But the FFmpeg video backend
(``plugins/multimedia/libffmpegmediaplugin.so``, the only one in the Linux wheels) lists
``libQt6Quick.so.6`` and ``libQt6Qml.so.6`` as DT_NEEDED, and Quick pulls in QmlModels,
QmlMeta and QmlWorkerScript: 16.6 MB the loader wants present. The plugin imports just
two symbols from them, both from Qt's window capture (``QWindowCapture``, which the app
never uses), and only for a window that is a ``QQuickWindow``:

* ``QQuickWindow::staticMetaObject``, for ``qobject_cast<QQuickWindow *>(window)``:
  ``QMetaObject::cast`` compares it by address with the window's class chain, so an
  object no class points to makes every cast fail (the app has no QQuickWindow);
* ``QQuickWindow::grabWindow()``, called only when that cast succeeded: never.

So the bundle carries two tiny libraries with the real sonames and the real ``Qt_6``
symbol version that define exactly those symbols (``grabWindow`` traps if it were ever
reached). Any other symbol the plugin needs from them (a newer Qt) stops this: the real
libraries are copied instead and the build says so. ``check_bundle.py`` then proves the
backend loads (the plugin is bound immediately, BIND_NOW: a missing symbol fails the load)
and decodes a video.
"""

from __future__ import annotations

import importlib.util
import shutil
import struct
import subprocess
import tempfile
from pathlib import Path

#: the Qt Quick/Qml libraries the stand-ins replace (the bundle_config rule leaves them out)
QUICK_FAMILY = ("Quick", "Qml", "QmlModels", "QmlMeta", "QmlWorkerScript")
PLUGIN = Path("PySide6") / "Qt" / "plugins" / "multimedia" / "libffmpegmediaplugin.so"

#: symbols a stand-in may define, with why nothing in this app reaches them
SAFE_SYMBOLS = {
    # QQuickWindow::staticMetaObject: qobject_cast<QQuickWindow *> never matches it
    "_ZN12QQuickWindow16staticMetaObjectE": "object",
    # QQuickWindow::grabWindow(): only called on a QQuickWindow
    "_ZN12QQuickWindow10grabWindowEv": "function",
}

_SHT_DYNSYM = 11
_SHT_GNU_VERNEED = 0x6FFFFFFE
_SHT_GNU_VERSYM = 0x6FFFFFFF


def imports_by_library(path: Path) -> dict[str, dict[str, str]]:
    """``{soname: {symbol: version}}`` for the versioned symbols an ELF64 file imports
    (the library each comes from is named by its version requirement)."""
    data = path.read_bytes()
    (shoff,) = struct.unpack_from("<Q", data, 0x28)
    shentsize, shnum = struct.unpack_from("<HH", data, 0x3A)
    secs = [struct.unpack_from("<IIQQQQIIQQ", data, shoff + i * shentsize) for i in range(shnum)]

    def cstr(off: int) -> str:
        return data[off : data.index(b"\0", off)].decode("ascii", "replace")

    by_type = {s[1]: s for s in secs}
    dynsym = by_type.get(_SHT_DYNSYM)
    versym = by_type.get(_SHT_GNU_VERSYM)
    verneed = by_type.get(_SHT_GNU_VERNEED)
    if dynsym is None or versym is None or verneed is None:
        return {}
    # version index -> (library, version name)
    index: dict[int, tuple[str, str]] = {}
    strs = secs[verneed[6]][4]
    pos = verneed[4]
    while True:
        _v, cnt, file_, aux, nxt = struct.unpack_from("<HHIII", data, pos)
        apos = pos + aux
        for _ in range(cnt):
            _h, _f, other, name, anext = struct.unpack_from("<IHHII", data, apos)
            index[other] = (cstr(strs + file_), cstr(strs + name))
            apos += anext
        if not nxt:
            break
        pos += nxt
    found: dict[str, dict[str, str]] = {}
    dynstr = secs[dynsym[6]][4]
    for i in range(dynsym[5] // dynsym[9]):
        st_name, _info, _other, shndx = struct.unpack_from("<IBBH", data, dynsym[4] + i * 24)
        if shndx != 0 or not st_name:
            continue
        (ver,) = struct.unpack_from("<H", data, versym[4] + 2 * i)
        if (ver & 0x7FFF) in index:
            lib, vname = index[ver & 0x7FFF]
            found.setdefault(lib, {})[cstr(dynstr + st_name)] = vname
    return found


def _soname(stem: str) -> str:
    return f"libQt6{stem}.so.6"


def _build_stand_in(soname: str, symbols: dict[str, str], out: Path, cc: str) -> None:
    lines = [f"/* stand-in for {soname}: see packaging/stand_ins.py */"]
    for sym in sorted(symbols):
        if SAFE_SYMBOLS[sym] == "object":
            lines.append(f"const void *const {sym}[8] = {{0}};")
        else:
            lines.append(f"void {sym}(void) {{ __builtin_trap(); }}")
    versions = sorted(set(symbols.values())) or ["Qt_6"]
    script = ""
    for v in versions:
        names = " ".join(f"{s};" for s, sv in sorted(symbols.items()) if sv == v)
        script += f"{v} {{ {'global: ' + names if names else ''} local: *; }};\n"
    with tempfile.TemporaryDirectory(prefix="stand-in-") as tmp:
        src, ver = Path(tmp) / "stub.c", Path(tmp) / "stub.map"
        src.write_text("\n".join(lines) + "\n", encoding="ascii")
        ver.write_text(script, encoding="ascii")
        subprocess.run(
            [
                *(cc, "-shared", "-fPIC", "-O2", "-nostdlib", f"-Wl,-soname,{soname}"),
                *(f"-Wl,--version-script={ver}", "-Wl,-z,noexecstack", "-o", str(out), str(src)),
            ],
            check=True,
        )


def qt_lib_dir() -> Path:
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("PySide6 is not installed")
    return Path(next(iter(spec.submodule_search_locations))) / "Qt" / "lib"


def install(app_dir: Path) -> str:
    """Put stand-ins (or, failing that, the real libraries) for the Quick family into
    ``_internal``; returns what was done, for the build log."""
    internal = app_dir / "_internal"
    plugin = internal / PLUGIN
    if not plugin.is_file():
        return "no FFmpeg plugin: no Qt Quick libraries needed"
    needs = imports_by_library(plugin)
    from elfdeps import read_elf

    family = {_soname(s) for s in QUICK_FAMILY}
    wanted = [n for n in read_elf(plugin).needed if n in family]
    unsafe = sorted(sym for lib in wanted for sym in needs.get(lib, {}) if sym not in SAFE_SYMBOLS)
    cc = shutil.which("cc") or shutil.which("gcc")
    why = f"the plugin needs {unsafe[:3]} from Qt Quick" if unsafe else "no C compiler (cc)"
    if not unsafe and cc:
        try:
            for soname in wanted:
                _build_stand_in(soname, needs.get(soname, {}), internal / soname, cc)
        except subprocess.CalledProcessError as exc:
            why = f"building a stand-in failed: {exc}"
        else:
            return f"stand-ins for {', '.join(wanted)} (the FFmpeg plugin's only Qt Quick needs)"
    source = qt_lib_dir()
    for stem in QUICK_FAMILY:
        shutil.copy2(source / _soname(stem), internal / _soname(stem))
    return f"copied the real Qt Quick/Qml libraries ({why}): the bundle is ~16 MB larger"
