"""One icon set for the app: Lucide SVGs (ISC licence, ``resources/icons/lucide``),
painted in the palette's colours so they follow the light and dark palettes."""

from __future__ import annotations

import logging
from functools import cache

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from companion.core.paths import resources_dir

log = logging.getLogger(__name__)

#: the sidebar's icon of each area
AREA_ICONS = {
    "countdown": "timer",
    "live": "radio",
    "compose": "square-pen",
    "library": "library-big",
    "accounts": "users",
}
_SIZES = (16, 22, 24, 32, 48)


@cache
def _svg(name: str) -> str:
    path = resources_dir() / "icons" / "lucide" / f"{name}.svg"
    try:
        return path.read_text("utf-8")
    except OSError:
        log.warning("icon %s is missing", name)
        return ""


def _pixmap(svg: str, colour: QColor, size: int, ratio: float) -> QPixmap:
    renderer = QSvgRenderer(QByteArray(svg.replace("currentColor", colour.name()).encode()))
    pixmap = QPixmap(int(size * ratio), int(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return pixmap


def themed_icon(name: str, palette: QPalette, ratio: float = 1.0) -> QIcon:
    """Icon ``name`` in the palette's text colour, the highlighted-text colour when
    selected, and the disabled text colour when disabled. Empty when the file is missing."""
    svg = _svg(name)
    icon = QIcon()
    if not svg:
        return icon
    normal = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText)
    selected = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.HighlightedText)
    disabled = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
    for size in _SIZES:
        icon.addPixmap(_pixmap(svg, normal, size, ratio), QIcon.Mode.Normal)
        icon.addPixmap(_pixmap(svg, selected, size, ratio), QIcon.Mode.Selected)
        icon.addPixmap(_pixmap(svg, disabled, size, ratio), QIcon.Mode.Disabled)
    return icon


def area_icon(key: str, palette: QPalette, ratio: float = 1.0) -> QIcon:
    return themed_icon(AREA_ICONS.get(key, ""), palette, ratio)
