"""What leaves the laptop is pixels only: PNG text chunks, XMP, EXIF and comments go."""

from __future__ import annotations

import io

from PIL import Image, PngImagePlugin

from companion.core.compose.images import prepare_image


def _exif() -> Image.Exif:
    exif = Image.Exif()
    exif[0x0112] = 6  # rotate 90°
    exif[0x010F] = "CameraMaker"
    exif[0x8825] = {1: "S", 2: (3.0, 20.0, 0.0), 3: "E", 4: (32.0, 10.0, 0.0)}
    return exif


def test_png_text_chunks_xmp_and_exif_are_gone_alpha_kept() -> None:
    info = PngImagePlugin.PngInfo()
    info.add_text("Comment", "Geita pit 3.33S 32.16E")
    info.add_itxt("XML:com.adobe.xmp", "<x:xmpmeta>GPSLatitude</x:xmpmeta>")
    buf = io.BytesIO()
    Image.new("RGBA", (300, 100), (10, 20, 30, 0)).save(
        buf, "PNG", pnginfo=info, exif=_exif().tobytes()
    )
    out = prepare_image(buf.getvalue(), 1_000_000)
    assert out.mime == "image/png"
    for needle in (b"Geita", b"xmpmeta", b"GPS", b"CameraMaker", b"tEXt", b"iTXt", b"eXIf"):
        assert needle not in out.data
    img = Image.open(io.BytesIO(out.data))
    assert img.size == (100, 300)  # turned upright
    assert img.mode == "RGBA" and not img.getexif()


def test_jpeg_comment_and_gps_are_gone_after_reduced_decoding() -> None:
    buf = io.BytesIO()
    Image.new("RGB", (6000, 3000), "red").save(
        buf, "JPEG", exif=_exif().tobytes(), comment=b"Geita pit"
    )
    out = prepare_image(buf.getvalue(), 1_000_000)
    img = Image.open(io.BytesIO(out.data))
    assert img.size == (1280, 2560)  # upright, long side at the limit
    assert not img.getexif() and b"Geita" not in out.data and b"CameraMaker" not in out.data
