"""A big camera photo is prepared without holding several full-size copies in memory
(old laptops have 2–4 GB; a 54-megapixel photo is ~160 MB per decoded copy)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

MEASURE = """
import resource, sys
from pathlib import Path
from companion.core.compose.images import prepare_image
raw = Path(sys.argv[1]).read_bytes()
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
p = prepare_image(raw, 1_000_000)
grown = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before
print(p.width, p.height, grown // 1024)
"""

MAKE = """
import sys
from PIL import Image
Image.new("RGB", (9000, 6000), (30, 90, 160)).save(sys.argv[1], "JPEG", quality=40)
"""


def test_big_jpeg_is_decoded_at_a_reduced_size(tmp_path: Path) -> None:
    photo = tmp_path / "big.jpg"
    subprocess.run([sys.executable, "-c", MAKE, str(photo)], check=True, timeout=120)
    out = subprocess.run(
        [sys.executable, "-c", MEASURE, str(photo)],
        check=True,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=Path(__file__).resolve().parents[3],
    )
    width, height, grown_mb = map(int, out.stdout.split())
    assert (width, height) == (2560, 1707)
    # four full-size copies were ~650 MB; one decode at half size is ~40 MB
    assert grown_mb < 250, f"peak memory grew by {grown_mb} MB"
