"""A small, fully set-up shop for the generator's tests (no network, one tiny picture)."""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal
from pathlib import Path

from PIL import Image

from wizard.domain.model import (
    Coupon,
    CouponKind,
    ImageRef,
    LegalIdentity,
    PaymentSettings,
    Product,
    ProductKind,
    ShippingKind,
    ShippingRate,
    ShippingZone,
    ShopIdentity,
    Variant,
    VatStatus,
)
from wizard.store.shopfile import ShopFile

PUBLIC_URL = "https://boutique.example.fr/"
FULL_LEGAL = LegalIdentity(
    owner_name="Louise Martin",
    trade_name="L'Atelier de Lou",
    address="12 rue des Lilas\n69001 Lyon",
    siret="73282932000074",
    vat_status=VatStatus.FRANCHISE,
    mediator_name="Médiateur Exemple",
    mediator_url="https://mediateur.example.org/",
    host_name="OVH SAS",
    host_address="2 rue Kellermann, 59100 Roubaix",
    host_phone="1007",
)


def small_jpeg(color: tuple[int, int, int] = (200, 120, 60), size: tuple[int, int] = (64, 48)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, color).save(out, "JPEG")
    return out.getvalue()


def make_shop(
    path: Path,
    *,
    lang: str = "fr",
    theme: str = "market",
    public_url: str = PUBLIC_URL,
    legal: LegalIdentity = FULL_LEGAL,
    extra_products: int = 0,
    with_image: bool = True,
) -> ShopFile:
    """A shop with categories (one nested), variants, a service, coupons, shipping and a promotion."""
    shop = ShopFile.create(
        path,
        ShopIdentity(
            name="L'Atelier de Lou" if lang == "fr" else "Lou's Workshop",
            tagline="Céramiques faites main" if lang == "fr" else "Handmade ceramics",
            about="Nous **tournons** chaque pièce à Lyon.\n\n[Notre atelier](https://boutique.example.fr/)",
            language=lang,
            email="bonjour@example.fr",
            phone="04 72 00 00 00",
            public_url=public_url,
            theme=theme,
        ),
    )
    shop.save_settings(
        legal,
        PaymentSettings(
            order_email="commandes@example.fr",
            paypal_me="atelierlou",
            promotion_text="-10 % sur tout le site" if lang == "fr" else "10% off everything",
            promotion_coupon="BIENVENUE10",
        ),
    )
    bowls = shop.add_category("Bols")
    small = shop.add_category("Petits bols", parent_id=bowls.id)
    cups = shop.add_category("Tasses")
    workshops = shop.add_category("Ateliers")
    image_refs: tuple[ImageRef, ...] = ()
    if with_image:
        key = shop.add_image(small_jpeg()).key
        image_refs = (ImageRef(key=key, alt="Un bol bleu"),)
    products = [
        Product(
            name="Bol bleu",
            price=Decimal("24.50"),
            compare_at_price=Decimal("29.00"),
            category_id=bowls.id,
            description="Un bol **émaillé**.\n\n<script>alert(1)</script>\n\n[x](javascript:alert(1))",
            images=image_refs,
            featured=True,
            stock=2,
            weight_g=400,
            sku="BOL-BLEU",
        ),
        Product(
            name="Tasse à café",
            price=Decimal("12"),
            category_id=cups.id,
            option_names=("Couleur",),
            variants=(
                Variant(options=(("Couleur", "Blanc"),), sku="TASSE-B", stock=5),
                Variant(options=(("Couleur", "Noir"),), sku="TASSE-N", price=Decimal("14"), stock=0),
            ),
            featured=True,
            weight_g=200,
        ),
        Product(
            name="Petit bol",
            price=Decimal("9.90"),
            category_id=small.id,
            description="<p>Imported <b>HTML</b><img src='https://cdn.example.com/x.png'><a href='javascript:x()'>bad</a></p>",
            description_format="html",
        ),
        Product(
            name="Atelier tournage",
            price=Decimal("65"),
            category_id=workshops.id,
            kind=ProductKind.EXPERIENCE,
            duration_minutes=150,
            event_date=dt.datetime(2026, 3, 14, 14, 0),
            location="Lyon 1er",
        ),
        Product(name="Brouillon", price=Decimal("5"), published=False),
    ]
    products += [
        Product(name=f"Assiette {i}", price=Decimal("10") + i, category_id=bowls.id) for i in range(extra_products)
    ]
    shop.add_products(products)
    shop.save_coupon(Coupon(code="BIENVENUE10", kind=CouponKind.PERCENT, value=Decimal("10")))
    shop.save_coupon(
        Coupon(code="MOINS5", kind=CouponKind.FIXED, value=Decimal("5"), min_order=Decimal("30"),
               ends=dt.date(2030, 1, 1))
    )
    shop.save_shipping_rate(
        ShippingRate("Colissimo", ShippingZone.FRANCE, ShippingKind.FREE_ABOVE, Decimal("6.90"), Decimal("60"))
    )
    shop.save_shipping_rate(ShippingRate("Europe", ShippingZone.EU, ShippingKind.FLAT, Decimal("14.50")))
    return shop
