"""Demo shops for the browser checks, the screenshots and Lighthouse: a niche's shop, filled in.

Each demo shop has a complete legal identity, an order email, a PayPal.me name, coupons, a
promotion and generated product photos (no network here: Pillow paints them), so that every
page a real shop has is built and checked.
"""

from __future__ import annotations

import datetime as dt
import io
import math
import random
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter

from wizard.domain.legal import niche_legal
from wizard.domain.legalinfo import QuantityUnit
from wizard.domain.model import (
    Coupon,
    CouponKind,
    ImageRef,
    LegalIdentity,
    PaymentSettings,
    Product,
    ProductKind,
    Variant,
)
from wizard.domain.niches import catalogue
from wizard.store.newshop import create_shop
from wizard.store.shopfile import ShopFile

NICHES = tuple(n.id for n in catalogue())
PUBLIC_URL = "https://boutique.example.fr/"
ORDER_EMAIL = "commandes@example.fr"
PAYPAL_ME = "echoppedemo"

NAMES = {
    "fr": "L'Atelier de Lou",
    "en": "Lou's Workshop",
}

# Soft, natural palettes (background top, background bottom, object, highlight).
PALETTES = (
    ("#f3e9dc", "#d9c4a9", "#9c5b3b", "#f7d9b0"),
    ("#e6efe9", "#b9d3c6", "#2f5d50", "#cfe8dc"),
    ("#f1e4ea", "#d8b7c4", "#8a3b5c", "#f6d3e0"),
    ("#e7ecf4", "#b8c6dc", "#34507a", "#dbe6f7"),
    ("#f4efdf", "#dccf9f", "#8a6d1e", "#fbeab5"),
    ("#ece8f3", "#c6bcdc", "#5b4a86", "#e4dcf7"),
)


# Names for the extra products of the screenshot shops, so that the grids look like a real shop's.
EXTRA_NAMES = {
    ("local-food", "fr"): (
        "Miel de châtaignier des Cévennes",
        "Confiture de figues à la vanille",
        "Miel de thym de Provence",
        "Gelée de coing à l'ancienne",
        "Miel d'acacia du Gâtinais",
        "Marmelade d'oranges amères",
        "Miel toutes fleurs crémeux",
        "Confiture fraise-rhubarbe",
        "Pain d'épices au miel",
        "Coffret découverte trois miels",
    ),
    ("clothing", "en"): (
        "Striped Breton top",
        "Wool-blend fisherman sweater",
        "Linen overshirt",
        "Organic cotton hoodie",
        "Ribbed merino scarf",
        "Canvas tote bag",
        "Heavyweight pocket T-shirt",
        "Cable-knit socks",
        "Waxed cotton cap",
        "Recycled wool mittens",
    ),
}


def _rgb(color: str) -> tuple[int, int, int]:
    return int(color[1:3], 16), int(color[3:5], 16), int(color[5:7], 16)


def product_photo(seed: int, size: tuple[int, int] = (1200, 900), quality: int = 88) -> bytes:
    """A pleasant still life: a soft gradient backdrop, a shadowed object, a highlight."""
    rnd = random.Random(seed)
    top, bottom, obj, light = (_rgb(c) for c in PALETTES[seed % len(PALETTES)])
    w, h = size
    ramp = Image.linear_gradient("L").resize((w, h))
    img = Image.composite(Image.new("RGB", size, bottom), Image.new("RGB", size, top), ramp)
    draw = ImageDraw.Draw(img)
    # A table edge.
    horizon = int(h * rnd.uniform(0.62, 0.72))
    draw.rectangle((0, horizon, w, h), fill=tuple(max(0, c - 18) for c in bottom))
    shadow = Image.new("L", size, 0)
    sd = ImageDraw.Draw(shadow)
    cx, r = int(w * rnd.uniform(0.4, 0.6)), int(min(w, h) * rnd.uniform(0.2, 0.27))
    sd.ellipse((cx - r * 1.2, horizon - r * 0.12, cx + r * 1.2, horizon + r * 0.28), fill=120)
    shadow = shadow.filter(ImageFilter.GaussianBlur(max(4, r // 6)))
    img.paste((40, 30, 20), mask=shadow)
    draw = ImageDraw.Draw(img)
    shape = seed % 5
    if shape == 3:  # a bottle
        draw.rounded_rectangle((cx - r // 2, horizon - 2 * r, cx + r // 2, horizon), radius=r // 4, fill=obj)
        draw.rectangle((cx - r // 7, horizon - int(2.7 * r), cx + r // 7, horizon - 2 * r + 4), fill=obj)
        draw.rectangle(
            (cx - r // 2 + 6, horizon - int(1.4 * r), cx + r // 2 - 6, horizon - int(0.8 * r)), fill=light
        )
    elif shape == 4:  # a plant pot
        draw.polygon(
            [
                (cx - r, horizon - int(1.4 * r)),
                (cx + r, horizon - int(1.4 * r)),
                (cx + int(0.7 * r), horizon),
                (cx - int(0.7 * r), horizon),
            ],
            fill=obj,
        )
        draw.rectangle((cx - r - 6, horizon - int(1.55 * r), cx + r + 6, horizon - int(1.35 * r)), fill=light)
        for dx in (-r // 2, 0, r // 2):
            draw.ellipse(
                (cx + dx - r // 3, horizon - int(2.4 * r), cx + dx + r // 3, horizon - int(1.5 * r)),
                fill=(96, 140, 92),
            )
    elif shape == 0:  # a bowl or jar
        draw.rounded_rectangle((cx - r, horizon - 2 * r, cx + r, horizon), radius=r // 2, fill=obj)
        draw.ellipse((cx - r, horizon - 2 * r - r // 5, cx + r, horizon - 2 * r + r // 5), fill=light)
    elif shape == 1:  # a sphere
        draw.ellipse((cx - r, horizon - 2 * r, cx + r, horizon), fill=obj)
        draw.ellipse((cx - r // 2, horizon - int(1.7 * r), cx - r // 8, horizon - int(1.35 * r)), fill=light)
    else:  # a folded cloth / book stack
        for i in range(3):
            y = horizon - (i + 1) * r // 2
            tone = tuple(min(255, c + i * 22) for c in obj)
            draw.rounded_rectangle((cx - r - i * 6, y, cx + r - i * 6, y + r // 2 - 4), radius=8, fill=tone)
    # A sprig of leaves for life.
    lx = int(w * (0.18 if cx > w / 2 else 0.8))
    for i in range(5):
        angle = -math.pi / 2 + (i - 2) * 0.35
        x2, y2 = lx + int(math.cos(angle) * r * 0.9), horizon - int(r * 0.2) + int(math.sin(angle) * r * 0.9)
        draw.line((lx, horizon - 4, x2, y2), fill=(86, 120, 84), width=max(2, r // 30))
        draw.ellipse((x2 - r // 9, y2 - r // 14, x2 + r // 9, y2 + r // 14), fill=(110, 150, 100))
    img = img.filter(ImageFilter.GaussianBlur(0.6))
    out = io.BytesIO()
    img.save(out, "JPEG", quality=quality)
    return out.getvalue()


def make_demo_shop(
    path: Path,
    niche_id: str,
    lang: str,
    *,
    photos: bool = True,
    photo_size: tuple[int, int] = (900, 675),
    extra_products: int = 0,
    name: str | None = None,
    legal_details: bool = True,
) -> ShopFile:
    """A niche's shop with everything filled in; returned open (the caller closes it).

    ``legal_details`` fills what the legal checklist asks of products and delivery options (net
    quantities, ingredients, references, delivery deadlines), as a merchant would; without it, the
    shop is as the niche made it and ``echoppe check`` lists its gaps."""
    shop = create_shop(path, name or NAMES[lang], niche_id, lang, today=dt.date(2026, 6, 1))
    identity = shop.shop().identity
    shop.save_settings(
        replace(identity, email="bonjour@example.fr", phone="06 12 34 56 78", public_url=PUBLIC_URL),
        LegalIdentity(
            owner_name="Louise Martin",
            legal_form="EI",
            trade_name=name or NAMES[lang],
            address="12 rue des Tilleuls\n69003 Lyon",
            siret="73282932000074",
            mediator_name="CM2C",
            mediator_url="https://www.cm2c.net/",
            host_name="OVH SAS",
            host_address="2 rue Kellermann, 59100 Roubaix, France",
            host_phone="1007",
        ),
        PaymentSettings(
            order_by_email=True,
            order_email=ORDER_EMAIL,
            paypal_me=PAYPAL_ME,
            promotion_text="-10 % dès 30 € d'achat" if lang == "fr" else "10% off orders from €30",
            promotion_coupon="BIENVENUE",
        ),
    )
    shop.save_coupon(Coupon("BIENVENUE", CouponKind.PERCENT, Decimal("10"), min_order=Decimal("30")))
    shop.save_coupon(Coupon("CINQ", CouponKind.FIXED, Decimal("5")))
    shop.save_coupon(Coupon("NOEL2020", CouponKind.PERCENT, Decimal("20"), ends=dt.date(2020, 12, 31)))
    products = shop.products()
    names = EXTRA_NAMES.get((niche_id, lang), ())
    for i in range(extra_products):
        base = products[i % len(products)]
        shop.add_product(
            replace(
                base,
                id=0,
                slug="",
                name=names[i] if i < len(names) else f"{base.name} · {i + 2}",
                price=base.price + Decimal(i % 5),
                featured=i < 4,
                variants=tuple(replace(v, id=0) for v in base.variants),
                images=(),
            )
        )
    if extra_products:
        # A full first row or two of featured products, as a shop owner would choose them.
        for index, product in enumerate(shop.products()):
            if product.featured != (index < 6):
                shop.update_product(replace(product, featured=index < 6))
    if legal_details:
        fill_legal_details(shop)
    if photos:
        for index, product in enumerate(shop.products()):
            keys = [
                shop.add_image(product_photo(index * 7 + k, photo_size)).key
                for k in range(2 if index == 0 else 1)
            ]
            refs = tuple(ImageRef(key=k, alt=f"{product.name}, photo {n + 1}") for n, k in enumerate(keys))
            shop.update_product(replace(product, images=refs))
    return shop


def cart_products(shop: ShopFile) -> list[Product]:
    """Products with variants, for the cart test (the demo shops of goods niches have some)."""
    return [p for p in shop.products(published_only=True) if p.variants]


def variant_price(product: Product, variant: Variant) -> Decimal:
    return variant.price if variant.price is not None else product.price


def fill_legal_details(shop: ShopFile) -> None:
    """What a merchant completes after the checklist: deadlines, references, quantities, ingredients."""
    for rate in shop.shipping_rates():
        if rate.delivery_days is None and not rate.pickup:
            shop.save_shipping_rate(replace(rate, delivery_days=3 if rate.zone.value == "FR" else 6))
    rules = niche_legal(shop.shop().identity.niche)
    for index, product in enumerate(shop.products()):
        legal = product.legal
        if not (product.sku or legal.safety.reference or any(v.sku for v in product.variants)):
            legal = replace(legal, safety=replace(legal.safety, reference=f"REF-{index + 1:03d}"))
        if (rules.food or rules.unit_price) and legal.quantity is None and product.kind == ProductKind.GOODS:
            legal = replace(legal, quantity=Decimal("250"), unit=QuantityUnit.G)
        if rules.food and not legal.food.ingredients:
            ingredients = "Sucre, fruits (50 %), jus de citron" if "onfiture" in product.name or "jam" in product.name \
                else product.name
            legal = replace(legal, food=replace(legal.food, ingredients=ingredients,
                                                storage="À conserver au sec, à l'abri de la lumière."))
        if legal != product.legal:
            shop.update_product(replace(product, legal=legal))
