"""One safe way to read JSON that comes from outside the app.

Packs, event files and server replies are written by somebody else. ``json.loads``
alone lets through, or crashes on, things the rest of the app cannot handle:

* integers longer than Python's 4,300-digit conversion limit (a ``ValueError`` deep
  in the parser) — and any integer that long is nonsense in our documents anyway;
* ``NaN``, ``Infinity`` and numbers like ``1e999`` (which become ``inf``): not JSON;
* lone surrogates such as ``"\\ud800"``: valid JSON escapes that make a Python
  string no UTF-8 encoder, SQLite, Qt or file write accepts;
* nesting deep enough to exhaust the recursion limit;
* documents far larger than any genuine one.

:func:`loads` refuses all of these with :class:`JsonInputError`, a one-line
:class:`~companion.core.errors.InvalidInputError` that is also a ``ValueError`` (so
code that already catches ``ValueError`` around ``resp.json()`` keeps working).

:func:`strict_validator` builds a JSON Schema validator whose ``"integer"`` means a
Python ``int`` that is not a ``bool``: the standard one accepts ``45.0`` as an
integer, which then breaks slicing and ``range`` further on.
"""

from __future__ import annotations

import json
import logging
import math
import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Protocol, TypeGuard

from companion.core.errors import QT_TRANSLATE_NOOP, InvalidInputError

if TYPE_CHECKING:
    import jsonschema

log = logging.getLogger(__name__)

#: the longest integer accepted, in digits: 64-bit values have at most 20
MAX_INT_DIGITS = 40
#: the largest reply body :func:`response_json` accepts
MAX_REPLY_BYTES = 32 * 1024 * 1024
#: a quick test for a ``\uD800``–``\uDFFF`` escape; only then are strings walked
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")


class JsonInputError(InvalidInputError, ValueError):
    """JSON that cannot be used: malformed, too large, or with values the app refuses."""


class _Response(Protocol):
    """The part of ``requests.Response`` :func:`response_json` uses."""

    @property
    def content(self) -> bytes: ...


class _Refused(Exception):
    """Raised by the parser hooks, which do not know what is being read."""

    def __init__(self, template: str, *args: object) -> None:
        super().__init__(template)
        self.template = template
        self.values = args


def _parse_int(text: str) -> int:
    digits = len(text) - (text[0] == "-")
    if digits > MAX_INT_DIGITS:
        raise _Refused(
            QT_TRANSLATE_NOOP(
                "Errors", "%1 contains a number with %2 digits; at most %3 are accepted."
            ),
            digits,
            MAX_INT_DIGITS,
        )
    return int(text)


def _parse_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise _Refused(
            QT_TRANSLATE_NOOP("Errors", "%1 contains a number too large to use: %2."), text[:40]
        )
    return value


def _parse_constant(name: str) -> Any:
    raise _Refused(QT_TRANSLATE_NOOP("Errors", "%1 contains %2, which is not a JSON value."), name)


def loads(data: bytes | str, *, what: str = "The data", max_bytes: int | None = None) -> Any:
    """Parse JSON text from outside the app; raise :class:`JsonInputError` naming ``what``.

    ``data`` as bytes must be UTF-8 (a byte-order mark is allowed, as RFC 8259 lets a
    reader do); as ``str`` it was decoded already. Every string in the result, keys
    included, can be encoded as UTF-8.
    """
    if max_bytes is not None and len(data) > max_bytes:
        raise JsonInputError(
            QT_TRANSLATE_NOOP("Errors", "%1 is too large (%2 KB; at most %3 KB is accepted)."),
            args=(what, len(data) // 1024, max_bytes // 1024),
        )
    if isinstance(data, bytes | bytearray | memoryview):
        try:
            text = bytes(data).decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise JsonInputError(
                QT_TRANSLATE_NOOP("Errors", "%1 is not UTF-8 text (at byte %2)."),
                args=(what, exc.start),
            ) from None
    else:
        text = data
    try:
        value = json.loads(
            text,
            parse_int=_parse_int,
            parse_float=_parse_float,
            parse_constant=_parse_constant,
        )
    except _Refused as exc:
        raise JsonInputError(exc.template, args=(what, *exc.values)) from None
    except json.JSONDecodeError as exc:
        raise JsonInputError(
            QT_TRANSLATE_NOOP("Errors", "%1 is not valid JSON (line %2, column %3: %4)."),
            args=(what, exc.lineno, exc.colno, exc.msg),
        ) from None
    except RecursionError:
        raise JsonInputError(
            QT_TRANSLATE_NOOP("Errors", "%1 is not valid JSON: it is nested too deeply."),
            args=(what,),
        ) from None
    except ValueError as exc:  # anything else the decoder refuses
        raise JsonInputError(
            QT_TRANSLATE_NOOP("Errors", "%1 is not valid JSON (%2)."), args=(what, str(exc)[:80])
        ) from None
    if _SURROGATE_ESCAPE.search(text):
        check_encodable(value, what)
    return value


def response_json(resp: _Response, what: str = "The server's reply") -> Any:
    """``resp.json()`` done safely: the body must be UTF-8 JSON of a sane size."""
    return loads(resp.content, what=what, max_bytes=MAX_REPLY_BYTES)


def check_encodable(value: Any, what: str = "The data") -> None:
    """Refuse strings (values and keys) that cannot be encoded as UTF-8 (lone surrogates),
    walking without recursion."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            strings: list[str] = [item]
        elif isinstance(item, Mapping):
            strings = list(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
            continue
        else:
            continue
        for s in strings:
            try:
                s.encode("utf-8")
            except UnicodeEncodeError as exc:
                raise JsonInputError(
                    QT_TRANSLATE_NOOP("Errors", "%1 contains text that is not valid Unicode (%2)."),
                    args=(what, f"\\u{ord(s[exc.start]):04x}"),
                ) from None


def parse_digits(text: str, *, max_digits: int = MAX_INT_DIGITS) -> int | None:
    """A count written as ASCII digits (a header, a number sent as a string), or None.

    ``str.isdigit`` alone lets ``"²"`` and ``"٣"`` through, on which ``int`` fails, and
    5,000 digits exceed Python's conversion limit."""
    text = text.strip()
    if not text or len(text) > max_digits or not text.isascii() or not text.isdigit():
        return None
    return int(text)


def is_int(value: object) -> TypeGuard[int]:
    """A JSON integer as the app means it: an ``int``, never ``True``/``False`` or ``45.0``."""
    return isinstance(value, int) and not isinstance(value, bool)


def strict_validator(schema: Mapping[str, Any]) -> jsonschema.protocols.Validator:
    """A Draft 2020-12 validator whose ``"integer"`` refuses floats (``45.0``) and bools."""
    import jsonschema

    base = jsonschema.Draft202012Validator
    checker = base.TYPE_CHECKER.redefine("integer", lambda _checker, value: is_int(value))
    cls = jsonschema.validators.extend(base, type_checker=checker)  # type: ignore[no-untyped-call]
    return cls(schema)  # type: ignore[no-any-return]
