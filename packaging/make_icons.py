"""Render the app icon from its SVG source into every size the installers need.

    python packaging/make_icons.py          # (re)write resources/icons/*
    python packaging/make_icons.py --check  # exit 1 when a generated file is missing or stale
    python packaging/make_icons.py --masks  # only the Lucide masks

Source: ``resources/icons/shareasm-companion.svg``. Output beside it:
``png/<N>x<N>.png`` for N in 16…512 (the Linux hicolor sizes), ``shareasm-companion.ico``
(Windows: 16–256) and ``shareasm-companion.icns`` (macOS: 16–512). Each size is rendered
from the SVG with Qt's QSvgRenderer (crisp at 16 px, not a downscaled 512 image) and
written with Pillow.

Also the app's Lucide icons (``resources/icons/lucide/*.svg``) as alpha masks,
``lucide/png/<name>.png`` at 192 px: the app tints and scales them down
(``companion/ui/icons.py``), so the first screen needs neither QtSvg nor the SVG icon
engine (~1.8 MB of memory and their load time, issue 19).
"""

from __future__ import annotations

import argparse
import io
import os
import sys
from pathlib import Path

from PIL import Image

ROOT = Path(__file__).resolve().parents[1]
ICONS = ROOT / "resources" / "icons"
SVG = ICONS / "shareasm-companion.svg"
#: the masks' size: the largest icon drawn (48 px) at a device pixel ratio of 4
MASK_SIZE = 192
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512)


def png_path(size: int) -> Path:
    return ICONS / "png" / f"{size}x{size}.png"


def mask_path(svg: Path) -> Path:
    return svg.parent / "png" / f"{svg.stem}.png"


def lucide_icons() -> list[Path]:
    return sorted((ICONS / "lucide").glob("*.svg"))


def render_mask(svg: Path) -> Image.Image:
    """The icon's coverage as an alpha mask: black, with the coverage as its alpha
    (``currentColor`` drawn black)."""
    text = svg.read_text("utf-8").replace("currentColor", "#000000")
    tmp = svg.with_name(f".{svg.stem}.mask.svg")
    try:
        tmp.write_text(text, "utf-8")
        im = render(tmp, MASK_SIZE)
    finally:
        tmp.unlink(missing_ok=True)
    alpha = im.getchannel("A")
    return Image.merge("LA", (Image.new("L", alpha.size, 0), alpha))


def render(svg: Path, size: int) -> Image.Image:
    """One square RGBA rendering of ``svg`` at ``size`` pixels."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg}: not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buf, "PNG")  # type: ignore[call-overload]  # the stubs say bytes; runtime wants str
    buf.close()
    return Image.open(io.BytesIO(bytes(data.data()))).convert("RGBA")


def build() -> list[Path]:
    images = {size: render(SVG, size) for size in PNG_SIZES}
    written: list[Path] = []
    for size, im in images.items():
        path = png_path(size)
        path.parent.mkdir(parents=True, exist_ok=True)
        im.save(path, "PNG", optimize=True)
        written.append(path)
    ico = ICONS / "shareasm-companion.ico"
    largest = images[max(ICO_SIZES)]
    largest.save(
        ico,
        "ICO",
        sizes=[(s, s) for s in ICO_SIZES],
        append_images=[images[s] for s in ICO_SIZES if s != max(ICO_SIZES)],
    )
    written.append(ico)
    icns = ICONS / "shareasm-companion.icns"
    images[512].save(icns, "ICNS", append_images=[images[s] for s in ICNS_SIZES if s != 512])
    written.append(icns)
    return written + build_masks()


def build_masks() -> list[Path]:
    written = []
    for svg in lucide_icons():
        path = mask_path(svg)
        path.parent.mkdir(parents=True, exist_ok=True)
        render_mask(svg).save(path, "PNG", optimize=True)
        written.append(path)
    return written


def outputs() -> list[Path]:
    return [
        *(png_path(s) for s in PNG_SIZES),
        ICONS / "shareasm-companion.ico",
        ICONS / "shareasm-companion.icns",
    ]


def check() -> list[str]:
    """Generated files that are missing or older than the SVG."""
    problems = []
    sources = [(SVG, path) for path in outputs()]
    sources += [(svg, mask_path(svg)) for svg in lucide_icons()]
    for svg, path in sources:
        if not path.is_file():
            problems.append(f"missing: {path.relative_to(ROOT)}")
        elif path.stat().st_mtime + 1 < svg.stat().st_mtime:
            problems.append(f"older than the SVG: {path.relative_to(ROOT)}")
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="only check the generated files")
    parser.add_argument("--masks", action="store_true", help="only (re)write the Lucide masks")
    args = parser.parse_args()
    if args.check:
        problems = check()
        for p in problems:
            sys.stderr.write(p + "\n")
        return 1 if problems else 0
    for path in build_masks() if args.masks else build():
        sys.stdout.write(f"wrote {path.relative_to(ROOT)}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
