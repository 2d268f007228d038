"""The app icon: every size generated from the SVG source, for every installer."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image, ImageChops, ImageStat
from pytestqt.qtbot import QtBot

import make_icons


@pytest.mark.parametrize("size", make_icons.PNG_SIZES)
def test_png_sizes_exist_and_are_square_rgba(size: int) -> None:
    with Image.open(make_icons.png_path(size)) as im:
        assert im.size == (size, size)
        assert im.mode == "RGBA"
        # a rounded tile: transparent corners, opaque middle
        assert im.getpixel((0, 0))[3] == 0
        assert im.getpixel((size // 2, size // 2))[3] == 255


def test_ico_holds_the_windows_sizes() -> None:
    with Image.open(make_icons.ICONS / "shareasm-companion.ico") as im:
        assert {(s, s) for s in make_icons.ICO_SIZES} <= set(im.info["sizes"])


def test_icns_holds_the_macos_sizes() -> None:
    with Image.open(make_icons.ICONS / "shareasm-companion.icns") as im:
        sizes = {(w, h) for (w, h, _scale) in im.info["sizes"]}
    for s in (16, 32, 128, 256, 512):
        assert (s, s) in sizes


@pytest.mark.parametrize("size", [16, 48, 256])
def test_committed_pngs_are_renderings_of_the_svg(qtbot: QtBot, size: int) -> None:
    """Someone who edits the SVG must run make_icons.py: the PNGs follow the source."""
    fresh = make_icons.render(make_icons.SVG, size)
    with Image.open(make_icons.png_path(size)) as committed:
        diff = ImageChops.difference(fresh, committed.convert("RGBA"))
    mean = sum(ImageStat.Stat(diff).mean) / 4
    assert mean < 2.0, f"{size}px PNG differs from the SVG (mean difference {mean:.1f})"


@pytest.mark.parametrize("svg", make_icons.lucide_icons(), ids=lambda p: p.stem)
def test_committed_masks_draw_the_icons_as_their_svg(qtbot: QtBot, svg: Path) -> None:
    """The app draws its icons from the masks: at every size the sidebar and buttons use,
    and at 150 %, they cover the same pixels as the SVG drawn directly (mean alpha
    difference under 2 %)."""
    from PySide6.QtGui import QColor

    from companion.ui import icons

    mask = icons._mask(svg.stem)
    assert mask is not None, f"no mask for {svg.name}: run packaging/make_icons.py --masks"
    assert mask.width() == make_icons.MASK_SIZE
    for size in icons._SIZES:
        for ratio in (1.0, 1.5, 2.0):
            drawn = icons._tinted(mask, QColor("#204080"), size, ratio).toImage()
            direct = icons._pixmap(
                icons._renderer(svg.read_text("utf-8"), QColor("#204080")), size, ratio
            ).toImage()
            assert drawn.size() == direct.size(), (size, ratio)
            w, h = drawn.width(), drawn.height()
            diff = sum(
                abs(drawn.pixelColor(x, y).alpha() - direct.pixelColor(x, y).alpha())
                for x in range(w)
                for y in range(h)
            )
            assert diff / (w * h * 255) < 0.02, (svg.stem, size, ratio)


@pytest.mark.allow_warnings  # "icon no-such-icon is missing"
def test_an_icon_without_its_mask_is_drawn_from_its_svg(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QPalette

    from companion.ui import icons

    lucide = tmp_path / "icons" / "lucide"
    lucide.mkdir(parents=True)
    (lucide / "star.svg").write_bytes((make_icons.ICONS / "lucide" / "star.svg").read_bytes())
    monkeypatch.setattr(icons, "resources_dir", lambda: tmp_path)
    icons._mask.cache_clear()
    icons._svg.cache_clear()
    try:
        assert icons._mask("star") is None
        image = icons.themed_icon("star", QPalette()).pixmap(QSize(24, 24)).toImage()
        assert any(image.pixelColor(x, 12).alpha() > 128 for x in range(24))  # drawn
        assert icons.themed_icon("no-such-icon", QPalette()).isNull()
    finally:
        icons._mask.cache_clear()
        icons._svg.cache_clear()


def test_build_writes_every_output(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    icons = tmp_path / "icons"
    icons.mkdir()
    svg = icons / "shareasm-companion.svg"
    svg.write_bytes(make_icons.SVG.read_bytes())
    monkeypatch.setattr(make_icons, "ICONS", icons)
    monkeypatch.setattr(make_icons, "SVG", svg)
    monkeypatch.setattr(make_icons, "ROOT", tmp_path)
    assert len(make_icons.check()) == len(make_icons.outputs())  # nothing generated yet
    written = make_icons.build()
    assert sorted(written) == sorted(make_icons.outputs())
    assert make_icons.check() == []
