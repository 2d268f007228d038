"""The one way the GUI decodes a picture: at the size it is shown, with one limit.

Live posts' media, photobook pages and the composer's previews all come through
:func:`decode_scaled`. It reads the header first and refuses a picture with more
than :data:`MAX_PIXELS` pixels (a decompression bomb from a server or a pack), then
decodes it scaled down (a 3000×2000 JPEG shown 1000 px wide is decoded at that size).
Thread-safe: QImage only, and no process-wide setting is changed.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage, QImageIOHandler, QImageReader

from companion.core.errors import QT_TRANSLATE_NOOP, InvalidInputError

log = logging.getLogger(__name__)

#: the largest picture the app decodes, in pixels (the pack importer checks the same)
MAX_PIXELS = 100_000_000


def decode_scaled(path: str | Path, box: QSize) -> QImage:
    """``path`` decoded to fit ``box`` (never larger than the original), upright.

    Raises :class:`InvalidInputError` when the picture is too large or unreadable."""
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    size = reader.size()
    if not size.isValid() or size.width() * size.height() > MAX_PIXELS:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP("Errors", "The image is too large or unreadable.")
        )
    # a photo stored on its side with an EXIF "turn me" tag: the box applies to the
    # picture as shown, the scaled size to the picture as stored
    turned = bool(reader.transformation() & QImageIOHandler.Transformation.TransformationRotate90)
    shown = size.transposed() if turned else size
    if shown.width() > box.width() or shown.height() > box.height():
        scaled = shown.scaled(box, Qt.AspectRatioMode.KeepAspectRatio)
        reader.setScaledSize(scaled.transposed() if turned else scaled)
    image = reader.read()
    if image.isNull():
        raise InvalidInputError(
            QT_TRANSLATE_NOOP("Errors", "The image could not be read: %1"),
            args=(reader.errorString(),),
        )
    return image


def decode_or_null(path: str | Path, box: QSize) -> QImage:
    """As :func:`decode_scaled`, but a null image (logged) instead of an error."""
    try:
        return decode_scaled(path, box)
    except InvalidInputError as exc:
        log.info("could not decode %s: %s", Path(path).name, exc)
        return QImage()
