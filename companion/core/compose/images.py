"""Prepare a photo for posting: orientation applied, EXIF/GPS gone, size within limit.

The picture is decoded (with a decompression-bomb guard), turned upright from its
EXIF orientation, and encoded again from the pixels only: no EXIF, GPS, XMP,
maker notes or comments survive. JPEG quality, then size, step down until the
file fits the network's byte limit.
"""

from __future__ import annotations

import io
import logging
import warnings
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageOps, UnidentifiedImageError

from companion.core.errors import QT_TRANSLATE_NOOP, InvalidInputError
from companion.core.userfile import read_capped

log = logging.getLogger(__name__)

NOT_A_PICTURE = QT_TRANSLATE_NOOP("Errors", "This file is not a picture the app can read.")

#: refuse pictures with more pixels than this (a 100-megapixel camera is fine)
MAX_PIXELS = 120_000_000
#: never send more than this on the long side (saves data on slow links)
MAX_SIDE = 2560
MAX_INPUT_BYTES = 60_000_000
MAX_IMAGES = 4

#: why alt text is required, shown next to the field
ALT_REMINDER = (
    "Describe the picture for people who cannot see it (screen readers, slow "
    "connections that do not load images). Say what matters: who, where, what."
)


@dataclass(frozen=True)
class PreparedImage:
    data: bytes
    mime: str
    width: int
    height: int


def prepare_image(
    source: Path | bytes, max_bytes: int, *, max_side: int = MAX_SIDE
) -> PreparedImage:
    """Decode, orient, strip metadata and re-encode ``source`` to at most ``max_bytes``."""
    try:
        raw = (
            read_capped(source, MAX_INPUT_BYTES, what=source.name)
            if isinstance(source, Path)
            else source
        )
    except OSError as exc:
        name = source.name if isinstance(source, Path) else "?"
        raise InvalidInputError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The picture %1 could not be read: it was moved, deleted or is on a "
                "drive that is not connected.",
            ),
            args=(name,),
        ) from exc
    if len(raw) > MAX_INPUT_BYTES:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP("Errors", "This picture file is too big (over %1 MB)."),
            args=(MAX_INPUT_BYTES // 1_000_000,),
        )
    old_limit = Image.MAX_IMAGE_PIXELS
    try:
        Image.MAX_IMAGE_PIXELS = MAX_PIXELS
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            img = Image.open(io.BytesIO(raw))
        with img:
            fmt = (img.format or "").upper()
            # JPEG decodes straight at 1/2, 1/4 or 1/8 size when that is still larger
            # than what is sent: a 50-megapixel photo then needs ~100 MB, not ~700 MB
            img.draft("RGB", (max_side, max_side))
            img.load()
            oriented = ImageOps.exif_transpose(img)
            if oriented is not img:
                img.close()  # free the unrotated pixels before the next copies
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP(
                "Errors", "This picture is far too large to open safely (too many pixels)."
            )
        ) from exc
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError) as exc:
        raise InvalidInputError(NOT_A_PICTURE) from exc
    finally:
        Image.MAX_IMAGE_PIXELS = old_limit
    if oriented is None:  # pragma: no cover - exif_transpose returns an image
        raise InvalidInputError(NOT_A_PICTURE)
    has_alpha = oriented.mode in ("RGBA", "LA") or (
        oriented.mode == "P" and "transparency" in oriented.info
    )
    keep_png = fmt == "PNG" and has_alpha
    pixels = oriented.convert("RGBA" if keep_png else "RGB")
    del oriented
    if max(pixels.size) > max_side:
        pixels.thumbnail((max_side, max_side), Image.Resampling.LANCZOS)
    # a clean image: pixels only, no info dict carried over
    clean = Image.new(pixels.mode, pixels.size)
    clean.paste(pixels)
    return _fit(clean, max_bytes, keep_png)


def _encode(img: Image.Image, png: bool, quality: int) -> bytes:
    buf = io.BytesIO()
    if png:
        img.save(buf, "PNG", optimize=True)
    else:
        img.save(buf, "JPEG", quality=quality, optimize=True, progressive=True)
    return buf.getvalue()


def _fit(img: Image.Image, max_bytes: int, png: bool) -> PreparedImage:
    current = img
    for _ in range(12):
        qualities = (None,) if png else (88, 80, 72, 64)
        for q in qualities:
            data = _encode(current, png, q or 0)
            if len(data) <= max_bytes:
                mime = "image/png" if png else "image/jpeg"
                return PreparedImage(data, mime, current.width, current.height)
        if png:
            # transparent pictures that stay too big become JPEG on white
            background = Image.new("RGB", current.size, "white")
            background.paste(current, mask=current.getchannel("A"))
            current, png = background, False
            continue
        w, h = current.size
        if min(w, h) < 64:
            break
        current = current.resize(
            (max(1, int(w * 0.8)), max(1, int(h * 0.8))), Image.Resampling.LANCZOS
        )
    raise InvalidInputError(
        QT_TRANSLATE_NOOP("Errors", "This picture could not be made small enough for the network.")
    )
