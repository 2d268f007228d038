"""The event file format (version 1) as a JSON Schema. Documented in docs/event-format.md."""

from __future__ import annotations

from typing import Any

FORMAT_NAME = "shareasm-event"
FORMAT_VERSION = 1
#: larger files are refused before parsing (a real event file is a few KB)
MAX_FILE_BYTES = 512 * 1024
MAX_SESSIONS = 300

_DATETIME = {
    "type": "string",
    "maxLength": 40,
    # local wall time in the event's zone, or with an explicit offset / Z
    "pattern": r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})?$",
}
#: a web address; nothing before the host (``https://iied.org@evil.example/`` opens
#: evil.example) and no backslash in it (browsers read ``\`` as ``/``)
_URL = {
    "type": "string",
    "maxLength": 2000,
    "pattern": r"^https?://[^\s<>\"/?#@\\]+([/?#][^\s<>\"]*)?$",
}
_TAG = {"type": "string", "pattern": r"^#?[^\s#]{1,100}$"}
_LANG = {"type": "string", "pattern": r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$"}


def _text(limit: int, min_length: int = 0) -> dict[str, Any]:
    return {"type": "string", "minLength": min_length, "maxLength": limit}


EVENT_SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "title": "shareASM event file",
    "type": "object",
    "required": ["format", "version", "id", "name", "hashtag", "timezone", "start", "end"],
    "properties": {
        "format": {"const": FORMAT_NAME},
        "version": {"type": "integer", "minimum": 1, "maximum": FORMAT_VERSION},
        "id": {"type": "string", "pattern": r"^[A-Za-z0-9._-]{1,80}$"},
        "updated": _DATETIME,
        "sample": {"type": "boolean"},
        "name": _text(200, 1),
        "hashtag": _TAG,
        "extra_tags": {"type": "array", "maxItems": 20, "items": _TAG},
        "templates": {"type": "array", "maxItems": 30, "items": _text(1000, 1)},
        "organiser": {
            "type": "object",
            "properties": {
                "name": _text(200),
                "url": _URL,
                "email": {"type": "string", "maxLength": 200, "pattern": r"^[^@\s]+@[^@\s]+$"},
            },
        },
        "timezone": {"type": "string", "pattern": r"^[A-Za-z0-9_+\-]+(/[A-Za-z0-9_+\-]+){0,3}$"},
        "start": _DATETIME,
        "end": _DATETIME,
        "all_day": {"type": "boolean"},
        "description": _text(5000),
        "notes": {"type": "array", "maxItems": 20, "items": _text(1000)},
        "links": {
            "type": "array",
            "maxItems": 30,
            "items": {
                "type": "object",
                "required": ["kind", "title", "url"],
                "properties": {
                    "kind": {"type": "string", "pattern": r"^[a-z_-]{1,40}$"},
                    "title": _text(200, 1),
                    "url": _URL,
                },
            },
        },
        "past_editions": {
            "type": "array",
            "maxItems": 50,
            "items": {
                "type": "object",
                "required": ["name", "date"],
                "properties": {
                    "name": _text(200, 1),
                    "date": {"type": "string", "pattern": r"^\d{4}-\d{2}-\d{2}$"},
                    "url": _URL,
                },
            },
        },
        "next_edition": {
            "type": "object",
            "required": ["name", "start", "end"],
            "properties": {"name": _text(200, 1), "start": _DATETIME, "end": _DATETIME},
        },
        "archive_url": _URL,
        # the language of the texts above; translations below fall back to them
        "language": _LANG,
        "translations": {
            "type": "object",
            "maxProperties": 20,
            "propertyNames": _LANG,
            "additionalProperties": {
                "type": "object",
                "additionalProperties": False,
                "properties": {
                    "name": _text(200, 1),
                    "description": _text(5000),
                    "notes": {"type": "array", "maxItems": 20, "items": _text(1000)},
                    "templates": {"type": "array", "maxItems": 30, "items": _text(1000, 1)},
                    "sessions": {
                        "type": "object",
                        "maxProperties": MAX_SESSIONS,
                        "additionalProperties": {
                            "type": "object",
                            "additionalProperties": False,
                            "properties": {
                                "title": _text(300, 1),
                                "description": _text(3000),
                            },
                        },
                    },
                },
            },
        },
        "sessions": {
            "type": "array",
            "maxItems": MAX_SESSIONS,
            "items": {
                "type": "object",
                "required": ["id", "start", "end", "title"],
                "properties": {
                    "id": {"type": "string", "pattern": r"^[A-Za-z0-9._-]{1,80}$"},
                    "start": _DATETIME,
                    "end": _DATETIME,
                    "title": _text(300, 1),
                    "description": _text(3000),
                    "organisation": _text(200),
                    "platform": _text(200),
                    "link": _URL,
                    "language": _LANG,
                },
            },
        },
    },
}
