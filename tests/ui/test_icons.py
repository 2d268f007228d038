"""One bundled icon set (Lucide, ISC) painted in the palette's colours."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QPalette
from pytestqt.qtbot import QtBot

from companion.core.paths import resources_dir
from companion.ui.areas import AREA_KEYS
from companion.ui.icons import AREA_ICONS, area_icon


def _ink(palette: QPalette, key: str) -> set[str]:
    image = area_icon(key, palette).pixmap(QSize(24, 24)).toImage()
    return {
        image.pixelColor(x, y).name()
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y).alpha() == 255
    }


def test_every_area_has_an_icon_with_its_licence() -> None:
    folder = resources_dir() / "icons" / "lucide"
    assert "ISC License" in (folder / "LICENSE").read_text("utf-8")
    for key in AREA_KEYS:
        assert (folder / f"{AREA_ICONS[key]}.svg").is_file()


def test_icons_follow_the_light_and_dark_palettes(qtbot: QtBot) -> None:
    light, dark = QPalette(), QPalette()
    light.setColor(QPalette.ColorRole.WindowText, QColor("#101010"))
    dark.setColor(QPalette.ColorRole.WindowText, QColor("#f0f0f0"))
    for key in AREA_KEYS:
        assert _ink(light, key) == {"#101010"}
        assert _ink(dark, key) == {"#f0f0f0"}
