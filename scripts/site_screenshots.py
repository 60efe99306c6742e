#!/usr/bin/env python3
"""Screenshots of two demo shops (one per theme, one French, one English) for the docs.

Builds each shop, serves it on 127.0.0.1, and has the system's headless Chromium take full-page
shots of the home, a category and a product page at 390 px and 1280 px, plus the cart with two
products in it. The PNGs go to ``docs/screenshots/site/`` (or ``--out``), optimised so that they
stay small.

    .venv/bin/python scripts/site_screenshots.py [--out DIR] [--only market-fr]
"""

from __future__ import annotations

import argparse
import io
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from PIL import Image  # noqa: E402

from tests.site.browser.demo import make_demo_shop  # noqa: E402
from tests.site.browser.serve import chromium, serve  # noqa: E402
from wizard.site import build_site  # noqa: E402
from wizard.site.paths import paths_for  # noqa: E402

# (label, niche, language, theme, shop name)
SHOPS = (
    ("market-fr", "local-food", "fr", "market", "Les Bocaux de Léa"),
    ("gallery-en", "clothing", "en", "gallery", "Tidewear"),
)
WIDTHS = (390, 1280)


def shrink(png: bytes, limit_px: int = 6000, budget: int = 500_000) -> bytes:
    """An optimised PNG; reduced to a dithered palette only when the full colours exceed ``budget``."""
    img = Image.open(io.BytesIO(png)).convert("RGB")
    if img.height > limit_px:
        img = img.crop((0, 0, img.width, limit_px))
    out = io.BytesIO()
    img.save(out, "PNG", optimize=True)
    if out.tell() > budget:
        out = io.BytesIO()
        img.quantize(colors=256, method=Image.Quantize.FASTOCTREE).save(out, "PNG", optimize=True)
    return out.getvalue()


def pages(shop, lang: str) -> dict[str, str]:
    """Home, the first category with products, and the first product with variants."""
    paths = paths_for(lang)
    products = shop.products(published_only=True)
    product = next((p for p in products if p.variants), products[0])
    used = {p.category_id for p in products}
    category = next(c for c in shop.categories() if c.id in used)
    return {
        "home": paths.home,
        "category": paths.category(category.slug),
        "product": paths.product(product.slug),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "screenshots" / "site")
    parser.add_argument("--only", help="one shop label, e.g. market-fr")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="echoppe-shots-") as tmp, chromium() as browser:
        for label, niche, lang, theme, name in SHOPS:
            if args.only and args.only != label:
                continue
            started = time.monotonic()
            site = Path(tmp) / label
            shop = make_demo_shop(
                Path(tmp) / f"{label}.echoppe",
                niche,
                lang,
                name=name,
                photo_size=(1600, 1200),
                extra_products=10,
            )
            try:
                build_site(shop, site, theme=theme)
                wanted = pages(shop, lang)
                cart_page = paths_for(lang).cart
            finally:
                shop.close()
            with serve(site) as base:
                for width in WIDTHS:
                    context = browser.new_context(
                        viewport={"width": width, "height": 900}, device_scale_factor=1
                    )
                    page = context.new_page()
                    for kind, rel in wanted.items():
                        page.goto(base + rel, wait_until="networkidle")
                        if kind == "product":
                            page.click("form[data-cart-add] button[type=submit]")
                        target = args.out / f"{label}-{kind}-{width}.png"
                        target.write_bytes(shrink(page.screenshot(full_page=True)))
                        print(
                            f"{target.relative_to(REPO) if target.is_relative_to(REPO) else target}"
                            f"  {target.stat().st_size // 1024} KB"
                        )
                    page.goto(base + cart_page, wait_until="networkidle")
                    target = args.out / f"{label}-cart-{width}.png"
                    target.write_bytes(shrink(page.screenshot(full_page=True)))
                    print(f"{target.name}  {target.stat().st_size // 1024} KB")
                    context.close()
            print(f"{label}: {time.monotonic() - started:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
