#!/usr/bin/env python3
"""Image derivatives for a shop of 200 products with one 3000×2000 photo each: cold, then warm.

Times :class:`wizard.site.images.ImagePipeline` the way a build uses it (a ``<picture>`` and an
Open Graph image per product), with a thread pool and with a process pool (2 workers each):

- cold: empty cache, every derivative is encoded;
- warm, new folder: the cache holds everything, files are copied into an empty site folder;
- warm, same folder: nothing to encode nor to copy (the usual rebuild).

    .venv/bin/python bench/images_bench.py [--products 200] [--executor thread|process|both]
"""

from __future__ import annotations

import argparse
import io
import os
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PIL import Image, ImageDraw

from tests.site.browser.demo import product_photo
from wizard.site.images import ImagePipeline
from wizard.store.images import prepare_image
from wizard.store.shopfile import ShopFile


def photos(count: int, size: tuple[int, int]) -> list[bytes]:
    """``count`` distinct camera-sized JPEGs: a few painted scenes, each stamped with its number."""
    bases = [Image.open(io.BytesIO(product_photo(seed, size))) for seed in range(6)]
    out = []
    for i in range(count):
        img = bases[i % len(bases)].copy()
        draw = ImageDraw.Draw(img)
        draw.rectangle((40 + i % 50 * 8, 40, 120 + i % 50 * 8, 120), fill=(i % 256, 80, 255 - i % 256))
        buf = io.BytesIO()
        img.save(buf, "JPEG", quality=90)
        out.append(buf.getvalue())
    return out


def fill_shop(shop: ShopFile, raws: list[bytes]) -> list[str]:
    """Store the photos as an import does (downscaled to 2400 px), on both cores."""
    with ThreadPoolExecutor(max_workers=2) as pool:
        prepared = list(pool.map(prepare_image, raws))
    for p in prepared:
        shop.store_prepared_image(p)
    return [p.key for p in prepared]


def run(
    shop: ShopFile, keys: list[str], out: Path, cache: Path, executor: str
) -> tuple[float, ImagePipeline]:
    started = time.perf_counter()
    pipeline = ImagePipeline(shop, out, cache, executor=executor)
    for key in keys:
        pipeline.picture(key, "")
        pipeline.og_image(key)
    pipeline.run()
    return time.perf_counter() - started, pipeline


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--products", type=int, default=200)
    parser.add_argument("--executor", choices=("thread", "process", "both"), default="both")
    args = parser.parse_args(argv)
    executors = ("thread", "process") if args.executor == "both" else (args.executor,)
    with tempfile.TemporaryDirectory(prefix="echoppe-images-bench-") as tmp_name:
        tmp = Path(tmp_name)
        started = time.perf_counter()
        raws = photos(args.products, (3000, 2000))
        with ShopFile.create(tmp / "bench.echoppe") as shop:
            keys = fill_shop(shop, raws)
            print(
                f"{args.products} photos of 3000×2000 made and imported in {time.perf_counter() - started:.1f} s"
                f" (cores: {os.cpu_count()}, load: {os.getloadavg()[0]:.1f})"
            )
            for executor in executors:
                cache = tmp / f"cache-{executor}"
                cold, p = run(shop, keys, tmp / f"site-{executor}", cache, executor)
                files = sum(1 for _ in (tmp / f"site-{executor}" / "img").iterdir())
                size = sum(f.stat().st_size for f in (tmp / f"site-{executor}" / "img").iterdir())
                print(
                    f"[{executor}] cold: {cold:.1f} s, {p.stats.encoded} encodes, {files} files, "
                    f"{size / 1e6:.1f} MB ({cold / args.products * 1000:.0f} ms a product)"
                )
                warm_new, p = run(shop, keys, tmp / f"site-{executor}-2", cache, executor)
                print(
                    f"[{executor}] warm, new folder: {warm_new:.2f} s, {p.stats.encoded} encodes, "
                    f"{p.stats.written} files copied"
                )
                warm, p = run(shop, keys, tmp / f"site-{executor}", cache, executor)
                print(
                    f"[{executor}] warm, same folder: {warm:.2f} s, {p.stats.encoded} encodes, "
                    f"{p.stats.written} written, {p.stats.unchanged} unchanged"
                )
                assert p.stats.encoded == 0 and p.stats.written == 0
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
