"""A big camera photo is prepared without holding several full-size copies in memory
(old laptops have 2–4 GB; a 54-megapixel photo is ~160 MB per decoded copy)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

# peak memory in KiB: ``resource`` is POSIX only (and counts bytes on macOS); Windows
# has the peak working set (psutil)
MEASURE = """
import sys
from pathlib import Path
from companion.core.compose.images import prepare_image
if sys.platform == "win32":
    import psutil
    def peak_kib(): return psutil.Process().memory_info().peak_wset // 1024
else:
    import resource
    scale = 1024 if sys.platform == "darwin" else 1
    def peak_kib(): return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // scale
raw = Path(sys.argv[1]).read_bytes()
before = peak_kib()
p = prepare_image(raw, 1_000_000)
grown = peak_kib() - before
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
