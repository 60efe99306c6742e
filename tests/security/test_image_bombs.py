"""Finding 6: pictures are refused by side and pixel count before decoding; storing stays bounded.

Each case runs in a fresh process whose peak memory (``VmHWM``, Linux) is measured.
"""

from __future__ import annotations

import io
import json
import subprocess
import sys
import textwrap
import zlib
from pathlib import Path

import pytest
from PIL import Image

REPO = Path(__file__).resolve().parents[2]
PEAK_BOUND_MB = 450  # Python + Pillow + the shop file ≈ 70 MB; a 25 MP PNG decoded whole ≈ 100 MB a copy

CHILD = textwrap.dedent("""
    import json, sys
    from pathlib import Path
    from wizard.store.shopfile import ShopFile
    from wizard.i18n import EchoppeError
    raw = Path(sys.argv[1]).read_bytes()
    with ShopFile.create(Path(sys.argv[2])) as shop:
        try:
            image = shop.add_image(raw)
            outcome = [image.width, image.height]
        except EchoppeError as exc:
            outcome = exc.text("en")
    # VmHWM: this process's own peak resident memory (ru_maxrss would include the parent's at fork)
    status = Path("/proc/self/status").read_text()
    peak_mb = int(next(l.split()[1] for l in status.splitlines() if l.startswith("VmHWM"))) / 1024
    print(json.dumps({"outcome": outcome, "peak_mb": peak_mb}))
""")


def _png_header_only(width: int, height: int) -> bytes:
    """A small valid PNG of a huge size: zero rows compress to almost nothing (a real bomb)."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return len(data).to_bytes(4, "big") + kind + data + zlib.crc32(kind + data).to_bytes(4, "big")

    row = b"\x00" + b"\x00" * width  # filter byte + one grey byte a pixel
    compressor = zlib.compressobj(9)
    body = b"".join(compressor.compress(row) for _ in range(min(height, 64)))
    body += compressor.flush()
    ihdr = width.to_bytes(4, "big") + height.to_bytes(4, "big") + bytes([8, 0, 0, 0, 0])
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", body) + chunk(b"IEND", b"")


def _store(tmp_path: Path, raw: bytes) -> dict:
    src = tmp_path / "picture.bin"
    src.write_bytes(raw)
    done = subprocess.run([sys.executable, "-c", CHILD, str(src), str(tmp_path / "s.echoppe")], cwd=REPO,
                          capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


@pytest.mark.parametrize("size", [(15_000, 15_000), (1, 100_000_000), (100_000_000, 1), (30_001, 2)])
def test_bombs_are_refused_before_decoding(tmp_path, size):
    result = _store(tmp_path, _png_header_only(*size))
    assert isinstance(result["outcome"], str) and "too large" in result["outcome"]
    assert result["peak_mb"] < 200, result


def test_the_largest_accepted_png_stays_bounded(tmp_path):
    img = Image.effect_noise((6250, 4000), 60).convert("RGBA")  # 25 MP, transparent: kept as PNG
    out = io.BytesIO()
    img.save(out, "PNG", compress_level=1)
    del img
    result = _store(tmp_path, out.getvalue())
    assert result["outcome"] == [2400, 1536]
    assert result["peak_mb"] < PEAK_BOUND_MB, result
    print("peak MB, 25 MP PNG:", round(result["peak_mb"]))


def test_a_large_jpeg_is_decoded_at_a_reduced_scale(tmp_path):
    img = Image.linear_gradient("L").resize((8000, 6000)).convert("RGB")  # 48 MP
    out = io.BytesIO()
    img.save(out, "JPEG", quality=70)
    del img
    result = _store(tmp_path, out.getvalue())
    assert result["outcome"] == [2400, 1800]
    assert result["peak_mb"] < 250, result  # decoded at 1/2: 4000 × 3000 (36 MB), not 144 MB
    print("peak MB, 48 MP JPEG:", round(result["peak_mb"]))


def test_a_stored_900_megapixel_picture_is_one_line_not_a_traceback(tmp_path, capsys):
    """Finding 16: a received shop file whose stored picture is a 30000×30000 PNG."""
    import hashlib

    from tests.security.crafted import raw, shop_with_picture
    from wizard.cli import main

    shop, key = shop_with_picture(tmp_path / "shop.echoppe")
    bomb = _png_header_only(30000, 30000)
    new_key = hashlib.sha256(bomb).hexdigest()
    with raw(shop) as conn:
        conn.execute("UPDATE images SET key=?, data=? WHERE key=?", (new_key, bomb, key))
        conn.execute("UPDATE product_images SET image_key=? WHERE image_key=?", (new_key, key))
    status = main(["build", str(shop), "--out", str(tmp_path / "site")])
    _, err = capsys.readouterr()
    assert "Traceback" not in err, err
    assert status == 0
    assert (tmp_path / "site" / "index.html").is_file()
