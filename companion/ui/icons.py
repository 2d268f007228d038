"""One icon set for the app: Lucide SVGs (ISC licence, ``resources/icons/lucide``),
painted in the palette's colours so they follow the light and dark palettes.

Each icon is drawn from its alpha mask, ``lucide/png/<name>.png`` (192 px, made from
the SVG by ``packaging/make_icons.py``), scaled down smoothly and filled with the
colour: the first screen then loads neither QtSvg nor Qt's SVG icon engine (~1.8 MB
and their load time, issue 19). An icon without its mask is drawn from the SVG.
"""

from __future__ import annotations

import logging
from functools import cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QIconEngine, QImage, QPainter, QPalette, QPixmap

from companion.core.paths import resources_dir

if TYPE_CHECKING:
    from PySide6.QtSvg import QSvgRenderer

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


@cache
def _mask(name: str) -> QImage | None:
    """The icon's alpha mask, or None when it has none (then the SVG is drawn)."""
    path = resources_dir() / "icons" / "lucide" / "png" / f"{name}.png"
    image = QImage(str(path)) if path.is_file() else QImage()
    if image.isNull() or image.width() != image.height():
        return None
    # kept as alpha alone: 37 KB a mask rather than 147 KB in ARGB32
    return image.convertToFormat(QImage.Format.Format_Alpha8)


def _renderer(svg: str, colour: QColor) -> QSvgRenderer:
    from PySide6.QtCore import QByteArray
    from PySide6.QtSvg import QSvgRenderer

    return QSvgRenderer(QByteArray(svg.replace("currentColor", colour.name()).encode()))


def _pixmap(renderer: QSvgRenderer, size: int, ratio: float) -> QPixmap:
    from PySide6.QtCore import QRectF

    pixmap = QPixmap(int(size * ratio), int(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return pixmap


def _tinted(mask: QImage, colour: QColor, size: int, ratio: float) -> QPixmap:
    """``mask`` scaled down to ``size`` logical pixels and filled with ``colour``."""
    px = max(1, round(size * ratio))
    alpha = mask.scaled(
        px, px, Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.SmoothTransformation
    )
    # the colour with the mask's alpha (multiplied with the colour's own), as a painter
    # filling it "source in" would: pixel for pixel the same, without QPainter.fillRect,
    # whose overloads make PySide build QGradient and its 169 presets (~1 ms at start)
    image = QImage(px, px, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(colour)
    image.setAlphaChannel(alpha)
    pixmap = QPixmap.fromImage(image)
    pixmap.setDevicePixelRatio(ratio)
    return pixmap


def _mode_icon(name: str, colour: QColor, mode: QIcon.Mode, ratio: float) -> QIcon:
    """The pixmaps of one mode at every size (one mask, or one parsed SVG, drawn five
    times)."""
    icon = QIcon()
    mask = _mask(name)
    if mask is not None:
        for size in _SIZES:
            icon.addPixmap(_tinted(mask, colour, size, ratio), mode)
        return icon
    renderer = _renderer(_svg(name), colour)
    for size in _SIZES:
        icon.addPixmap(_pixmap(renderer, size, ratio), mode)
    return icon


class _ThemedEngine(QIconEngine):
    """Draws a mode's pixmaps the first time that mode is asked for: the sidebar shows
    five icons normal and one selected, so ten of the 75 pixmaps are ever drawn at
    start (~10 ms, issue 19). Each mode answers exactly as an icon holding all of them
    would, from a :class:`QIcon` with that mode's pixmaps."""

    def __init__(self, name: str, colours: dict[QIcon.Mode, QColor], ratio: float) -> None:
        super().__init__()
        self._name = name
        self._colours = colours
        self._ratio = ratio
        self._icons: dict[QIcon.Mode, QIcon] = {}

    def _icon(self, mode: QIcon.Mode) -> QIcon:
        # a mode without its own pixmaps (Active) is answered from Normal, as QIcon does
        key = mode if mode in self._colours else QIcon.Mode.Normal
        icon = self._icons.get(key)
        if icon is None:
            icon = self._icons[key] = _mode_icon(self._name, self._colours[key], key, self._ratio)
        return icon

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        self._icon(mode).paint(painter, rect, Qt.AlignmentFlag.AlignCenter, mode, state)

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self._icon(mode).pixmap(size, mode, state)

    def scaledPixmap(
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        return self._icon(mode).pixmap(size, scale, mode, state)

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:
        return self._icon(mode).actualSize(size, mode, state)

    def availableSizes(
        self, mode: QIcon.Mode = QIcon.Mode.Normal, state: QIcon.State = QIcon.State.Off
    ) -> list[QSize]:
        return self._icon(mode).availableSizes(mode, state)

    def clone(self) -> QIconEngine:
        return _ThemedEngine(self._name, self._colours, self._ratio)

    def isNull(self) -> bool:
        return False


def themed_icon(name: str, palette: QPalette, ratio: float = 1.0) -> QIcon:
    """Icon ``name`` in the palette's text colour, the highlighted-text colour when
    selected, and the disabled text colour when disabled. Empty when the file is missing.
    Each mode is drawn when first shown."""
    if _mask(name) is None and not _svg(name):
        return QIcon()
    return QIcon(_ThemedEngine(name, icon_colours(palette), ratio))


def icon_colours(palette: QPalette) -> dict[QIcon.Mode, QColor]:
    """The colour of each mode a themed icon is drawn in (a palette change that alters
    one of them calls for new icons)."""
    return {
        QIcon.Mode.Normal: palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText),
        QIcon.Mode.Selected: palette.color(
            QPalette.ColorGroup.Active, QPalette.ColorRole.HighlightedText
        ),
        QIcon.Mode.Disabled: palette.color(
            QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText
        ),
    }


def area_icon(key: str, palette: QPalette, ratio: float = 1.0) -> QIcon:
    return themed_icon(AREA_ICONS.get(key, ""), palette, ratio)
