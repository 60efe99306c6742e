#!/usr/bin/env python3
"""Disk and time taken by backups of a shop of N products with one photo each.

Photos: a generated still life (``tests/site/browser/demo.py``) with sensor-like grain blended in, so
JPEG compresses them like real photos, stored as the app stores them (``prepare_image``: at most
2400 px, quality 88). Measures the shop file, one backup (time and size), the sealed copy for the host
(Argon2id "moderate" + SecretBox), and the steady-state disk of the rotation (simulated over 400 days
with ``--per-day`` backups a day).

    .venv/bin/python bench/backup_bench.py [--products 1000] [--size 1600x1200] [--per-day 3]
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PIL import Image

from tests.site.browser.demo import product_photo
from wizard.domain.model import ImageRef, Product
from wizard.store import backups
from wizard.store.images import prepare_image
from wizard.store.sealing import seal
from wizard.store.shopfile import ShopFile


def grainy_photo(seed: int, size: tuple[int, int]) -> bytes:
    base = Image.open(io.BytesIO(product_photo(seed, size))).convert("RGB")
    grain = Image.effect_noise(size, 24).convert("RGB")
    out = io.BytesIO()
    Image.blend(base, grain, 0.12).save(out, "JPEG", quality=92)
    return out.getvalue()


def steady_count(per_day: int, days: int = 400) -> int:
    now = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    kept: list[dt.datetime] = []
    for _ in range(days * per_day):
        kept = sorted(backups.to_keep([*kept, now], now))
        now += dt.timedelta(hours=24 / per_day)
    return len(kept)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--products", type=int, default=1000)
    parser.add_argument("--size", default="1600x1200")
    parser.add_argument("--per-day", type=int, default=3)
    args = parser.parse_args()
    size = tuple(int(x) for x in args.size.split("x"))
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        shop = ShopFile.create(folder / "shop.echoppe")
        t0 = time.perf_counter()
        batch: list[Product] = []
        image_bytes = 0
        for i in range(args.products):
            prepared = prepare_image(grainy_photo(i, size))  # type: ignore[arg-type]
            shop.store_prepared_image(prepared)
            image_bytes += len(prepared.data)
            batch.append(Product(name=f"Produit {i}", price=Decimal("19.90"), description="Une belle pièce. " * 20,
                                 images=(ImageRef(key=prepared.key, alt=f"Photo {i}"),)))
            if len(batch) == 100:
                shop.add_products(batch)
                batch = []
        if batch:
            shop.add_products(batch)
        made = time.perf_counter() - t0
        shop.close()
        shop = ShopFile.open(folder / "shop.echoppe")
        shop_bytes = (folder / "shop.echoppe").stat().st_size
        t0 = time.perf_counter()
        info = backups.make_backup(shop, root=folder / "backups")
        backup_s = time.perf_counter() - t0
        pool = info.path.parent / "images"
        pool_bytes = sum(p.stat().st_size for p in pool.iterdir())
        t0 = time.perf_counter()
        again = backups.make_backup(shop, root=folder / "backups")
        again_s = time.perf_counter() - t0
        t0 = time.perf_counter()
        data = backups.whole_bytes(info.path)
        whole_s = time.perf_counter() - t0
        t0 = time.perf_counter()
        backups.restore(info.path, folder / "restored.echoppe")
        restore_s = time.perf_counter() - t0
        t0 = time.perf_counter()
        sealed = seal(data, "une phrase assez longue")
        seal_s = time.perf_counter() - t0
        shop.close()
    count = steady_count(args.per_day)
    mb = 1e6
    print(f"products: {args.products}, photos {args.size} with grain, stored: {image_bytes / mb:.1f} MB "
          f"({image_bytes / args.products / 1e3:.0f} kB each); shop made in {made:.0f} s")
    print(f"shop file: {shop_bytes / mb:.1f} MB")
    print(f"first backup: {info.bytes / mb:.2f} MB + picture pool {pool_bytes / mb:.1f} MB in {backup_s:.2f} s "
          f"(copy, pool, vacuum, integrity check, fsync, rename)")
    print(f"next backup (pool already holds the pictures): {again.bytes / mb:.2f} MB in {again_s:.2f} s")
    print(f"whole file rebuilt for the host: {whole_s:.2f} s; restore into a new file: {restore_s:.2f} s")
    print(f"sealed copy for the host: {len(sealed) / mb:.1f} MB, sealed in {seal_s:.2f} s")
    print(f"rotation steady state with {args.per_day} backups a day: {count} backups = "
          f"{(count * info.bytes + pool_bytes) / mb:.0f} MB with the pool "
          f"(full copies would take {count * shop_bytes / mb:.0f} MB)")
    print(f"on the host: {3} sealed copies = {3 * len(sealed) / mb:.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
