"""The pack manifest: a JSON document, checked with a JSON Schema, read into dataclasses.

See ``docs/pack-format.md``. Every error names the problem and where it is, so a
person preparing a pack (or a tampered pack) gets a clear message, never a crash.
"""

from __future__ import annotations

import dataclasses
import functools
import json
import re
import unicodedata
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import jsonschema

from companion.core import jsonsafe
from companion.core.errors import QT_TRANSLATE_NOOP, InvalidInputError, Phrase
from companion.core.messages import MANIFEST_TOO_LARGE

if TYPE_CHECKING:
    from companion.core.library.signing import Signer

FORMAT_VERSION = 1
MANIFEST_NAME = "manifest.json"
#: a manifest larger than this is refused before parsing (a pack of 1,000s of items is ~1 MB)
MAX_MANIFEST_BYTES = 8 * 1024 * 1024
#: the largest single file a pack may declare (a long video); larger is "absurd"
MAX_FILE_BYTES = 4 * 1024**3
KINDS = ("photobook", "publication", "video", "newsletter", "link")

_LANG = {"type": "string", "pattern": "^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$"}
_TEXTS = {
    "type": "object",
    "propertyNames": _LANG,
    "additionalProperties": {"type": "string", "maxLength": 20000},
}
_FILE = {
    "type": "object",
    "required": ["path", "size", "sha256"],
    "additionalProperties": False,
    "properties": {
        "path": {"type": "string", "minLength": 1, "maxLength": 400},
        "size": {"type": "integer", "minimum": 0, "maximum": MAX_FILE_BYTES},
        "sha256": {"type": "string", "pattern": "^[0-9a-f]{64}$"},
        "on_demand": {"type": "boolean"},
    },
}
#: a host name or IPv4 address, lower case (the only other servers files may come from)
_HOST = {"type": "string", "pattern": "^[a-z0-9]([a-z0-9.-]{0,251}[a-z0-9])?$"}
_EDITION = {
    "type": "object",
    "required": ["files"],
    "additionalProperties": False,
    "properties": {
        "files": {"type": "array", "items": _FILE, "maxItems": 2000},
        "captions": {"type": "array", "items": {"type": "string", "maxLength": 5000}},
    },
}
SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "type": "object",
    "required": ["format", "id", "version", "title", "items"],
    "additionalProperties": False,
    "properties": {
        "format": {"type": "integer", "const": FORMAT_VERSION},
        "id": {"type": "string", "pattern": "^[a-z0-9][a-z0-9._-]{0,63}$"},
        "version": {"type": "string", "pattern": "^[0-9A-Za-z][0-9A-Za-z._+-]{0,39}$"},
        "title": _TEXTS,
        "description": _TEXTS,
        "sample": {"type": "boolean"},
        # the publisher's Ed25519 signature: companion/core/library/signing.py
        "signature": {
            "type": "object",
            "required": ["alg", "key", "sig"],
            "additionalProperties": False,
            "properties": {
                "alg": {"const": "ed25519"},
                "key": {"type": "string", "maxLength": 100},
                "sig": {"type": "string", "maxLength": 200},
                "name": {"type": "string", "maxLength": 200},
            },
        },
        "download_hosts": {"type": "array", "maxItems": 20, "items": _HOST},
        "items": {
            "type": "array",
            "maxItems": 20000,
            "items": {
                "type": "object",
                "required": ["id", "kind", "title"],
                "additionalProperties": False,
                "properties": {
                    "id": {"type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]{0,79}$"},
                    "kind": {"enum": list(KINDS)},
                    "title": _TEXTS,
                    "description": _TEXTS,
                    "url": {"type": "string", "pattern": "^https?://", "maxLength": 2000},
                    "date": {"type": "string", "maxLength": 40},
                    "editions": {
                        "type": "object",
                        "propertyNames": _LANG,
                        "additionalProperties": _EDITION,
                    },
                },
            },
        },
    },
}

#: "integer" means int here: the standard validator takes 45.0 (and ``sha256`` slicing,
#: ``range`` and HTTP Range maths then fail far away from the manifest)
_VALIDATOR = jsonsafe.strict_validator(SCHEMA)
_SEGMENT_BAD = re.compile(r'[\x00-\x1f\x7f<>:"|?*\\]')
#: names Windows keeps for devices, whatever the case or extension ("nul.txt",
#: "COM0.pdf", "CONIN$"): learn.microsoft.com/windows/win32/fileio/naming-a-file
_WINDOWS_RESERVED = frozenset(
    {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"}
    | {f"{p}{n}" for p in ("COM", "LPT") for n in (*"0123456789", "¹", "²", "³")}
)
#: schema patterns end in ``$``, which Python's ``re`` also matches before a final newline;
#: line and paragraph separators and direction overrides would let a signer's name
#: print lines of its own ("Signed by IIED (trusted)") or turn words around
UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


class PackError(InvalidInputError):
    """A pack or manifest that cannot be used; the message names the problem."""


@dataclass(frozen=True)
class PackFile:
    path: str
    size: int
    sha256: str
    on_demand: bool = False

    @property
    def suffix(self) -> str:
        name = self.path.rsplit("/", 1)[-1]
        dot = name.rfind(".")
        return name[dot:].lower() if 0 < dot < len(name) - 1 and len(name) - dot <= 6 else ""


@dataclass(frozen=True)
class Edition:
    lang: str
    files: tuple[PackFile, ...]
    captions: tuple[str, ...] = ()

    @property
    def is_pdf(self) -> bool:
        return len(self.files) == 1 and self.files[0].suffix == ".pdf"

    def caption(self, page: int) -> str:
        return self.captions[page] if 0 <= page < len(self.captions) else ""


@dataclass(frozen=True)
class Item:
    id: str
    kind: str
    title: dict[str, str]
    description: dict[str, str] = field(default_factory=dict)
    url: str = ""
    date: str = ""
    editions: dict[str, Edition] = field(default_factory=dict)

    def text(self, texts: dict[str, str], lang: str) -> str:
        return pick(texts, lang)

    def edition(self, lang: str) -> Edition | None:
        if lang in self.editions:
            return self.editions[lang]
        for fallback in ("en", *sorted(self.editions)):
            if fallback in self.editions:
                return self.editions[fallback]
        return None

    def files(self) -> list[PackFile]:
        return [f for ed in self.editions.values() for f in ed.files]


@dataclass(frozen=True)
class Manifest:
    id: str
    version: str
    title: dict[str, str]
    items: tuple[Item, ...]
    description: dict[str, str] = field(default_factory=dict)
    sample: bool = False
    #: other servers a file download may be redirected to (a CDN), besides the pack's own
    download_hosts: tuple[str, ...] = ()
    raw: bytes = b""
    #: who signed the manifest (checked when parsed), None when unsigned
    signer: Signer | None = None

    def item(self, item_id: str) -> Item | None:
        return next((i for i in self.items if i.id == item_id), None)

    def files(self, *, include_on_demand: bool = True) -> list[PackFile]:
        """Every file, once per (path), in manifest order."""
        seen: set[str] = set()
        out: list[PackFile] = []
        for item in self.items:
            for f in item.files():
                if f.path in seen or (f.on_demand and not include_on_demand):
                    continue
                seen.add(f.path)
                out.append(f)
        return out

    def item_of(self, path: str) -> Item | None:
        return self._item_by_path.get(path)

    @functools.cached_property
    def _item_by_path(self) -> dict[str, Item]:
        """The first item naming each path: a search per file made verifying a pack of
        20,000 missing files quadratic (minutes)."""
        out: dict[str, Item] = {}
        for item in self.items:
            for f in item.files():
                out.setdefault(f.path, item)
        return out

    @property
    def total_size(self) -> int:
        return sum(f.size for f in self.files())


def pick(texts: dict[str, str], lang: str) -> str:
    """The text in ``lang``, else English, else any."""
    if lang in texts:
        return texts[lang]
    if "en" in texts:
        return texts["en"]
    return next(iter(texts.values()), "")


def check_relative_path(path: str) -> None:
    """Refuse absolute paths, ``..``, drive letters, backslashes and control characters,
    and names Windows cannot hold (``CON``, ``nul.txt``, a trailing dot or space) or no
    file system can (a segment over 255 bytes): a pack must copy to any USB stick."""
    if path.startswith("/") or "\\" in path or re.match(r"^[A-Za-z]:", path):
        raise PackError(
            QT_TRANSLATE_NOOP("Errors", "The pack names an unsafe file path: %1 (absolute)."),
            args=(repr(path),),
        )
    for part in path.split("/"):
        if part in ("", ".", ".."):
            raise PackError(
                QT_TRANSLATE_NOOP("Errors", "The pack names an unsafe file path: %1."),
                args=(repr(path),),
            )
        if _SEGMENT_BAD.search(part):
            raise PackError(
                QT_TRANSLATE_NOOP(
                    "Errors", "The pack names a file path with forbidden characters: %1."
                ),
                args=(repr(path),),
            )
        if (
            is_windows_reserved(part)
            or part[-1] in ". "
            or len(part.encode("utf-8", "surrogatepass")) > 255
        ):
            raise PackError(
                QT_TRANSLATE_NOOP("Errors", "The pack names a file that Windows cannot store: %1."),
                args=(repr(path),),
            )


def is_windows_reserved(name: str) -> bool:
    """Whether Windows treats the file name ``name`` as a device (``CON``, ``com1.txt``,
    ``LPT¹``, ``CONIN$``, ``nul .tar.gz``, ``AUX.``): case, extension and trailing dots
    and spaces do not matter."""
    base = name.split(".", 1)[0].rstrip(" .").strip()
    return base.upper() in _WINDOWS_RESERVED


def _where(error: jsonschema.ValidationError) -> str:
    parts = [str(p) for p in error.absolute_path]
    return "/".join(parts) if parts else Phrase(QT_TRANSLATE_NOOP("Errors", "top level"))


_WHAT = Phrase(QT_TRANSLATE_NOOP("Errors", "The pack manifest"))


def parse_manifest(data: bytes) -> Manifest:
    """Check and read a manifest; raise :class:`PackError` naming the first problem."""
    if len(data) > MAX_MANIFEST_BYTES:
        raise PackError(MANIFEST_TOO_LARGE)
    try:
        raw = jsonsafe.loads(data, what=_WHAT)
    except jsonsafe.JsonInputError as exc:
        raise PackError(exc.template, args=exc.args_for_message) from None
    fmt = raw.get("format") if isinstance(raw, dict) else None
    if jsonsafe.is_int(fmt) and fmt > FORMAT_VERSION:
        raise PackError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "This pack uses format %1, made for a newer version of the app "
                "(this one reads format %2). Please update the app.",
            ),
            args=(fmt, FORMAT_VERSION),
        )
    errors = sorted(_VALIDATOR.iter_errors(raw), key=lambda e: list(map(str, e.absolute_path)))
    if errors:
        first = errors[0]
        message = first.message if len(first.message) < 200 else first.message[:200] + "…"
        if len(errors) > 1:
            raise PackError(
                QT_TRANSLATE_NOOP(
                    "Errors", "The pack manifest is invalid at %1: %2 (and %3 more problems)."
                ),
                args=(_where(first), message, len(errors) - 1),
            )
        raise PackError(
            QT_TRANSLATE_NOOP("Errors", "The pack manifest is invalid at %1: %2."),
            args=(_where(first), message),
        )
    _check_names(raw)
    from companion.core.library.signing import verify_raw

    signer = verify_raw(raw)
    return dataclasses.replace(_build(raw, data), signer=signer)


def _check_names(raw: dict[str, Any]) -> None:
    """Ids, versions and language codes become file names and keys: no control
    characters (a trailing newline slips past the schema's ``$``)."""
    names = [("id", raw["id"]), ("version", raw["version"])]
    if isinstance(raw.get("signature"), dict) and "name" in raw["signature"]:
        names.append(("signature/name", raw["signature"]["name"]))
    names += [(f"download_hosts/{i}", h) for i, h in enumerate(raw.get("download_hosts", []))]
    # the publisher's claimed name is shown, and not covered by the signature
    names += [("signature/name", raw["signature"].get("name", ""))] if "signature" in raw else []
    for index, it in enumerate(raw["items"]):
        names.append((f"items/{index}/id", it["id"]))
        names += [(f"items/{index}/editions", lang) for lang in it.get("editions", {})]
        names += [(f"items/{index}/title", lang) for lang in it["title"]]
    for where, name in names:
        if UNPRINTABLE.search(name):
            raise PackError(
                QT_TRANSLATE_NOOP(
                    "Errors", "The pack manifest is invalid at %1: %2 has a control character."
                ),
                args=(where, repr(name)),
            )


def _build(raw: dict[str, Any], data: bytes) -> Manifest:
    items: list[Item] = []
    ids: set[str] = set()
    paths: dict[str, str] = {}
    folded_paths: dict[str, str] = {}
    for index, it in enumerate(raw["items"]):
        item_id = it["id"]
        if item_id in ids:
            raise PackError(
                QT_TRANSLATE_NOOP("Errors", "The pack lists the item %1 twice (items/%2)."),
                args=(repr(item_id), index),
            )
        ids.add(item_id)
        kind = it["kind"]
        editions: dict[str, Edition] = {}
        for lang, ed in it.get("editions", {}).items():
            files = []
            for f in ed["files"]:
                check_relative_path(f["path"])
                if f["path"] == MANIFEST_NAME:
                    raise PackError(
                        QT_TRANSLATE_NOOP("Errors", "Item %1 names the manifest itself as a file."),
                        args=(repr(item_id),),
                    )
                # macOS also folds "é" and "e\u0301" together: normalise, then fold case
                folded = unicodedata.normalize("NFC", f["path"]).casefold()
                other = folded_paths.setdefault(folded, f["path"])
                if other != f["path"] and other.casefold() != f["path"].casefold():
                    raise PackError(
                        QT_TRANSLATE_NOOP(
                            "Errors",
                            "Item %1: the files %2 and %3 differ only in how their accents "
                            "are written in Unicode; macOS cannot keep both.",
                        ),
                        args=(repr(item_id), ascii(other), ascii(f["path"])),
                    )
                if other != f["path"]:
                    raise PackError(
                        QT_TRANSLATE_NOOP(
                            "Errors",
                            "Item %1: the files %2 and %3 differ only in capital letters; "
                            "Windows and macOS cannot keep both.",
                        ),
                        args=(repr(item_id), repr(other), repr(f["path"])),
                    )
                known = paths.get(f["path"])
                if known is not None and known != f["sha256"]:
                    raise PackError(
                        QT_TRANSLATE_NOOP(
                            "Errors",
                            "Item %1: the file %2 is listed twice with different contents.",
                        ),
                        args=(repr(item_id), repr(f["path"])),
                    )
                paths[f["path"]] = f["sha256"]
                files.append(PackFile(f["path"], f["size"], f["sha256"], f.get("on_demand", False)))
            editions[lang] = Edition(lang, tuple(files), tuple(ed.get("captions", [])))
        if kind in ("link", "newsletter") and not it.get("url") and not editions:
            raise PackError(
                QT_TRANSLATE_NOOP("Errors", "Item %1 (%2) has neither a web address nor files."),
                args=(repr(item_id), kind),
            )
        if kind in ("photobook", "publication", "video") and not editions:
            raise PackError(
                QT_TRANSLATE_NOOP("Errors", "Item %1 (%2) has no language edition."),
                args=(repr(item_id), kind),
            )
        if not it["title"]:
            raise PackError(
                QT_TRANSLATE_NOOP("Errors", "Item %1 has no title in any language."),
                args=(repr(item_id),),
            )
        items.append(
            Item(
                id=item_id,
                kind=kind,
                title=dict(it["title"]),
                description=dict(it.get("description", {})),
                url=it.get("url", ""),
                date=it.get("date", ""),
                editions=editions,
            )
        )
    return Manifest(
        id=raw["id"],
        version=raw["version"],
        title=dict(raw["title"]),
        items=tuple(items),
        description=dict(raw.get("description", {})),
        sample=bool(raw.get("sample", False)),
        download_hosts=tuple(raw.get("download_hosts", ())),
        raw=data,
    )


def dump_manifest(raw: dict[str, Any]) -> bytes:
    return (json.dumps(raw, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
