"""One decoder for every picture the GUI shows, with one limit."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QImage

from companion.core.errors import InvalidInputError
from companion.ui.image_decode import MAX_PIXELS, decode_or_null, decode_scaled


def _png_header_only(path: Path, width: int, height: int) -> None:
    """A PNG whose header claims ``width``×``height`` (a decompression bomb's first bytes)."""
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    chunk = b"IHDR" + ihdr
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n"
        + struct.pack(">I", len(ihdr))
        + chunk
        + struct.pack(">I", zlib.crc32(chunk) & 0xFFFFFFFF)
    )


def test_decodes_at_the_size_shown(tmp_path: Path) -> None:
    big = QImage(3000, 2000, QImage.Format.Format_RGB32)
    big.fill(QColor("#336699"))
    path = tmp_path / "page.jpg"
    assert big.save(str(path))
    image = decode_scaled(path, QSize(300, 300))
    assert (image.width(), image.height()) == (300, 200)
    small = decode_scaled(path, QSize(6000, 6000))
    assert (small.width(), small.height()) == (3000, 2000)  # never larger


def test_refuses_a_bomb_before_decoding_it(tmp_path: Path) -> None:
    side = int(MAX_PIXELS**0.5) + 10
    path = tmp_path / "bomb.png"
    _png_header_only(path, side, side)
    with pytest.raises(InvalidInputError, match="too large"):
        decode_scaled(path, QSize(256, 256))
    assert decode_or_null(path, QSize(256, 256)).isNull()


def test_every_gui_decoder_uses_it() -> None:
    import inspect

    from companion.ui.compose import view
    from companion.ui.library import pages
    from companion.ui.live import images

    for module in (view, pages, images):
        source = inspect.getsource(module)
        assert "QImageReader(" not in source, module.__name__
        assert "setAllocationLimit" not in source, module.__name__
